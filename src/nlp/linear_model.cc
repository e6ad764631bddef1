#include "nlp/linear_model.h"

#include <bit>

namespace parley {

bool LinearModel::Read(model_io::Reader* r, int num_classes) {
  num_classes_ = num_classes;
  uint32_t features = 0;
  if (!r->U32(&features)) return false;
  rows_.clear();
  rows_.reserve(features);
  const char* start = r->Take(0);
  for (uint32_t f = 0; f < features; ++f) {
    uint64_t key = 0;
    uint16_t n = 0;
    if (!r->U64(&key) || !r->U16(&n)) return false;
    if (!rows_.empty() && key <= rows_.back().key) return false;
    const char* p = r->Take(size_t{n} * 5);  // n x (u8 class, f32 weight)
    if (!p) return false;
    for (uint16_t k = 0; k < n; ++k)
      if (static_cast<uint8_t>(p[5 * k]) >= num_classes) return false;
    rows_.push_back({key, static_cast<uint32_t>(p - start), n});
  }
  const char* end = r->Take(0);
  pairs_.assign(start, end - start);  // keys and counts stay in it, unused
  // About one row per bucket.
  const int bits = std::max(1, static_cast<int>(std::bit_width(features)));
  shift_ = 64 - bits;
  directory_.assign((size_t{1} << bits) + 1, 0);
  size_t row = 0;
  for (size_t b = 0; b < (size_t{1} << bits); ++b) {
    directory_[b] = static_cast<uint32_t>(row);
    while (row < rows_.size() && (rows_[row].key >> shift_) == b) ++row;
  }
  directory_.back() = static_cast<uint32_t>(rows_.size());
  return true;
}

}  // namespace parley
