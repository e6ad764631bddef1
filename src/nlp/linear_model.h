// Sparse linear model over hashed features, as stored in model files: for
// each feature key the non-zero weights by class. Shared by the tagger and
// the parser. Immutable after Read(); Score() is thread-safe.
//
// Serialised as: u32 F, F x (u64 key, u16 n, n x (u8 class, f32 weight)),
// keys ascending.
//
// In memory the (class, weight) pairs stay as stored, in one block copied
// from the file; rows (key, offset, count) are kept in key order, and a
// directory indexed by the top bits of the key (keys are hashes, so uniform)
// points at the first row of each bucket. Loading is one pass over the rows,
// with no hash table to build.
#ifndef PARLEY_NLP_LINEAR_MODEL_H_
#define PARLEY_NLP_LINEAR_MODEL_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "util/model_io.h"

namespace parley {

class LinearModel {
 public:
  // Reads the table; classes must be < num_classes and keys ascending. False
  // on short data, a bad class id or keys out of order.
  bool Read(model_io::Reader* r, int num_classes);

  // scores[c] = sum of the weights of `features` for class c.
  // REQUIRES: scores has num_classes elements.
  void Score(const std::vector<uint64_t>& features, float* scores) const {
    std::fill(scores, scores + num_classes_, 0.f);
    // The lookups are memory-bound (a directory entry, a row and its pairs
    // for each feature, anywhere in ~25 MB): each stage prefetches what the
    // next one reads, for a block of features at a time.
    constexpr size_t kBlock = 64;
    const Row* found[kBlock];
    for (size_t begin = 0; begin < features.size(); begin += kBlock) {
      const size_t n = std::min(kBlock, features.size() - begin);
      const uint64_t* keys = features.data() + begin;
      for (size_t i = 0; i < n; ++i) __builtin_prefetch(&directory_[keys[i] >> shift_]);
      for (size_t i = 0; i < n; ++i) __builtin_prefetch(rows_.data() + directory_[keys[i] >> shift_]);
      for (size_t i = 0; i < n; ++i) {
        found[i] = Find(keys[i]);
        if (found[i] == nullptr) continue;
        const char* p = pairs_.data() + found[i]->offset;
        for (uint32_t b = 0; b < 5 * found[i]->count; b += 64) __builtin_prefetch(p + b);
      }
      for (size_t i = 0; i < n; ++i) {
        if (found[i] == nullptr) continue;
        const char* p = pairs_.data() + found[i]->offset;
        for (uint32_t k = 0; k < found[i]->count; ++k, p += 5) {
          float w;
          std::memcpy(&w, p + 1, 4);
          scores[static_cast<uint8_t>(p[0])] += w;
        }
      }
    }
  }

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return rows_.size(); }

 private:
  struct Row {
    uint64_t key;
    uint32_t offset;  // into pairs_
    uint32_t count;   // (class, weight) pairs
  };

  const Row* Find(uint64_t key) const {
    const uint64_t bucket = key >> shift_;
    const Row* end = rows_.data() + directory_[bucket + 1];
    for (const Row* row = rows_.data() + directory_[bucket]; row < end; ++row)
      if (row->key == key) return row;
    return nullptr;
  }

  int num_classes_ = 0;
  std::string pairs_;                // n x (u8 class, f32 weight) per row, as stored
  std::vector<Row> rows_;            // ascending key
  std::vector<uint32_t> directory_;  // bucket b's rows: [directory_[b], directory_[b + 1])
  int shift_ = 63;                   // bucket = key >> shift_
};

}  // namespace parley

#endif  // PARLEY_NLP_LINEAR_MODEL_H_
