// Training the dependency parser (parley_train library).
#ifndef PARLEY_NLP_PARSER_TRAIN_H_
#define PARLEY_NLP_PARSER_TRAIN_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "parley/conllu.h"
#include "parley/status.h"

namespace parley {

struct ParserTrainOptions {
  int iterations = 10;
  uint64_t seed = 1;        // sentence order and exploration
  int explore_from = 2;     // from this pass on, follow the model's own moves
  // Averaged weights with |w| <= prune are dropped from the model file: 0.6
  // halves the EWT+GUM model (to ~24 MB) at no measurable cost in accuracy.
  float prune = 0.6f;
};

struct ParserTrainProgress {
  int iteration = 0;
  double dev_uas = 0, dev_las = 0;  // with gold tags, averaged weights
};

// Returns the bytes of a model file. Features use the gold XPOS of `train`;
// `dev` may be empty.
absl::StatusOr<std::string> TrainParser(
    const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
    const ParserTrainOptions& options,
    const std::function<void(const ParserTrainProgress&)>& progress = nullptr);

}  // namespace parley

#endif  // PARLEY_NLP_PARSER_TRAIN_H_
