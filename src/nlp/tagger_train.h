// Training the tagger (averaged perceptron). Part of the parley_train library:
// the runtime library never links it.
#ifndef PARLEY_NLP_TAGGER_TRAIN_H_
#define PARLEY_NLP_TAGGER_TRAIN_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "parley/conllu.h"
#include "parley/status.h"

namespace parley {

struct TaggerTrainOptions {
  int iterations = 8;
  uint64_t seed = 1;  // sentence order; the same seed and data give the same model
  // Directory with WordNet's index.noun/verb/adj/adv: classes for words the
  // treebank does not know well enough. Empty: none.
  std::string wordnet_dir;
};

struct TaggerTrainProgress {
  int iteration = 0;
  double train_accuracy = 0;  // of the greedy decisions made while training
  double dev_accuracy = 0;    // UPOS+XPOS pairs, averaged weights
};

// Returns the bytes of a model file. `dev` may be empty.
absl::StatusOr<std::string> TrainTagger(
    const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
    const TaggerTrainOptions& options,
    const std::function<void(const TaggerTrainProgress&)>& progress = nullptr);

// Jackknifing: splits `sentences` into `folds` parts, trains a tagger on all
// but one part and tags that part, so every sentence gets the kind of tags a
// tagger produces on unseen text. Replaces UPOS and XPOS in place. Used to
// train the parser on realistic rather than gold tags.
absl::Status JackknifeTags(std::vector<ConlluSentence>* sentences, int folds,
                           const TaggerTrainOptions& options);

}  // namespace parley

#endif  // PARLEY_NLP_TAGGER_TRAIN_H_
