// Sparse linear model over hashed features, as stored in model files: for
// each feature key the non-zero weights by class. Shared by the tagger and
// the parser. Immutable after Read(); Score() is thread-safe.
//
// Serialised as: u32 F, F x (u64 key, u16 n, n x (u8 class, f32 weight)),
// keys ascending.
#ifndef PARLEY_NLP_LINEAR_MODEL_H_
#define PARLEY_NLP_LINEAR_MODEL_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "nlp/model_io.h"

namespace parley {

class LinearModel {
 public:
  // Reads the table; classes must be < num_classes. False on short data or a
  // bad class id.
  bool Read(model_io::Reader* r, int num_classes);

  // scores[c] = sum of the weights of `features` for class c.
  // REQUIRES: scores has num_classes elements.
  void Score(const std::vector<uint64_t>& features, float* scores) const {
    std::fill(scores, scores + num_classes_, 0.f);
    for (uint64_t key : features) {
      auto it = rows_.find(key);
      if (it == rows_.end()) continue;
      for (uint32_t k = it->second.first; k < it->second.second; ++k)
        scores[classes_[k]] += weights_[k];
    }
  }

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return rows_.size(); }

 private:
  int num_classes_ = 0;
  absl::flat_hash_map<uint64_t, std::pair<uint32_t, uint32_t>> rows_;
  std::vector<uint8_t> classes_;
  std::vector<float> weights_;
};

}  // namespace parley

#endif  // PARLEY_NLP_LINEAR_MODEL_H_
