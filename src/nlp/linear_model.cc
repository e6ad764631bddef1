#include "nlp/linear_model.h"

#include <cstring>

namespace parley {

bool LinearModel::Read(model_io::Reader* r, int num_classes) {
  num_classes_ = num_classes;
  uint32_t features = 0;
  if (!r->U32(&features)) return false;
  rows_.reserve(features);
  // Each feature has at least one (class, weight) pair; most have several.
  classes_.reserve(size_t{features} * 4);
  weights_.reserve(size_t{features} * 4);
  for (uint32_t f = 0; f < features; ++f) {
    uint64_t key = 0;
    uint16_t n = 0;
    if (!r->U64(&key) || !r->U16(&n)) return false;
    uint32_t begin = static_cast<uint32_t>(classes_.size());
    const char* p = r->Take(size_t{n} * 5);  // n x (u8 class, f32 weight)
    if (!p) return false;
    for (uint16_t k = 0; k < n; ++k, p += 5) {
      uint8_t cls = static_cast<uint8_t>(p[0]);
      float w;
      std::memcpy(&w, p + 1, 4);
      if (cls >= num_classes) return false;
      classes_.push_back(cls);
      weights_.push_back(w);
    }
    rows_.emplace(key, std::make_pair(begin, static_cast<uint32_t>(classes_.size())));
  }
  return true;
}

}  // namespace parley
