// Averaged perceptron for training (Collins 2002) with lazy averaging: each
// weight keeps the running total of its past values and the step it last
// changed, so averaging costs nothing per update. Dense rows per feature,
// created on a feature's first update. Training only (parley_train).
#ifndef PARLEY_NLP_PERCEPTRON_H_
#define PARLEY_NLP_PERCEPTRON_H_

#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "util/model_io.h"

namespace parley {

class Perceptron {
 public:
  explicit Perceptron(int classes) : classes_(classes) {}

  // Current (not averaged) scores of all classes.
  void Score(const std::vector<uint64_t>& features, std::vector<float>* scores) const;

  // One perceptron step: reward `gold`, penalise `guess`.
  void Update(const std::vector<uint64_t>& features, int gold, int guess);

  // Writes the averaged weights as a LinearModel table (linear_model.h):
  // keys ascending, weights with |w| <= min_abs dropped (pruning), so the
  // same training run always writes the same bytes.
  void WriteAveraged(model_io::Writer* w, float min_abs = 1e-4f) const;

  int num_classes() const { return classes_; }

 private:
  uint32_t Row(uint64_t f);
  void Bump(size_t i, float delta);
  float Averaged(size_t i) const;

  int classes_;
  int64_t step_ = 0;
  absl::flat_hash_map<uint64_t, uint32_t> row_;
  std::vector<uint64_t> keys_;
  std::vector<float> weights_;
  std::vector<double> totals_;
  std::vector<int64_t> stamps_;
};

}  // namespace parley

#endif  // PARLEY_NLP_PERCEPTRON_H_
