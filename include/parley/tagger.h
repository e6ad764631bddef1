// Part-of-speech tagger: an averaged perceptron over hashed word, affix, shape
// and context features, greedy left to right. Each tag is a UPOS/XPOS pair
// seen in training ("PROPN NNP"), so both come from one decision.
//
//   PARLEY_ASSIGN_OR_RETURN(auto tagger, Tagger::Load("models/tagger.bin"));
//   std::vector<int> tags;
//   tagger->Tag(words, &tags);            // thread-safe: the tagger is immutable
//   tagger->upos(tags[0]), tagger->xpos(tags[0])
#ifndef PARLEY_TAGGER_H_
#define PARLEY_TAGGER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "parley/status.h"

namespace parley {

class LinearModel;
class WordNetLexicon;

class Tagger {
 public:
  ~Tagger();
  // Reads a model file (format: docs/formats.md). Fails with a message naming
  // the file if the magic number, version, size or checksum is wrong.
  static absl::StatusOr<std::unique_ptr<Tagger>> Load(const std::string& path);
  static absl::StatusOr<std::unique_ptr<Tagger>> FromBytes(std::string_view bytes,
                                                          std::string_view name);

  // Tags one sentence; afterwards tags->size() == words.size().
  void Tag(const std::vector<std::string_view>& words, std::vector<int>* tags) const;

  int num_tags() const { return static_cast<int>(upos_.size()); }
  const std::string& upos(int tag) const { return upos_[tag]; }
  const std::string& xpos(int tag) const { return xpos_[tag]; }
  size_t num_features() const;

 private:
  Tagger();
  std::vector<std::string> upos_, xpos_;
  absl::flat_hash_map<std::string, std::string> dictionary_;  // word -> ambiguity class
  std::unique_ptr<LinearModel> model_;
  std::unique_ptr<WordNetLexicon> wordnet_;  // classes of words missing from dictionary_
};

}  // namespace parley

#endif  // PARLEY_TAGGER_H_
