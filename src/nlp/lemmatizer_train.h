// Building a lemmatiser model from treebanks and WordNet exception lists.
#ifndef PARLEY_NLP_LEMMATIZER_TRAIN_H_
#define PARLEY_NLP_LEMMATIZER_TRAIN_H_

#include <string>
#include <vector>

#include "parley/conllu.h"
#include "parley/status.h"

namespace parley {

struct LemmatizerTrainOptions {
  // Directory with WordNet's noun.exc, verb.exc, adj.exc, adv.exc (Debian
  // wordnet-base: /usr/share/wordnet); empty to use the treebank only.
  std::string wordnet_dir;
  int min_rule_support = 2;  // suffix rules seen fewer times are dropped
};

// Returns the bytes of a model file.
absl::StatusOr<std::string> TrainLemmatizer(const std::vector<ConlluSentence>& train,
                                            const LemmatizerTrainOptions& options);

}  // namespace parley

#endif  // PARLEY_NLP_LEMMATIZER_TRAIN_H_
