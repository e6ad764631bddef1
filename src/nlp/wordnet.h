// WordNet's single-word lemmas by part of speech (Debian wordnet-base:
// /usr/share/wordnet/index.{noun,verb,adj,adv}) and its detachment rules
// ("morphy": "-ies" -> "-y", "-ed" -> "" or "-e", ...). The lemmatiser uses
// them to choose between suffix rules, the tagger to give words it never saw
// in training a word class ("upgraded": an inflected verb).
//
// Built once (from the index files at training time, from a model file at
// run time), then immutable and safe to share across threads.
//
// Stored in model files as: u32 P, then P x (str UPOS, u32 n, n x str lemma),
// UPOS among NOUN, VERB, ADJ, ADV, lemmas sorted.
#ifndef PARLEY_NLP_WORDNET_H_
#define PARLEY_NLP_WORDNET_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "util/model_io.h"
#include "parley/status.h"

namespace parley {

class WordNetLexicon {
 public:
  enum Pos { kNoun, kVerb, kAdj, kAdv, kNumPos };

  // Reads index.noun/verb/adj/adv from `dir`; multiword lemmas are skipped.
  absl::Status ReadIndex(const std::string& dir);
  void Write(model_io::Writer* w) const;
  bool Read(model_io::Reader* r);  // false: truncated or malformed

  bool empty() const;
  // The WordNet part of speech of a UPOS tag (NOUN, VERB, ADJ, ADV).
  static std::optional<Pos> FromUpos(std::string_view upos);
  // True if `lemma` (lowercase) is a WordNet lemma of `pos`.
  bool Contains(Pos pos, std::string_view lemma) const;
  // The first detachment of `lower` that is a lemma of `pos`, if any.
  std::optional<std::string> Morphy(Pos pos, std::string_view lower) const;
  // A word class for features: per part of speech, whether `lower` is a
  // lemma ("n"), an inflected form of one ("n~") or neither; "wn:" when
  // WordNet does not know the word. Returns one of a fixed set of strings.
  std::string_view Class(std::string_view lower) const;

 private:
  std::array<absl::flat_hash_set<std::string>, kNumPos> lemmas_;
};

}  // namespace parley

#endif  // PARLEY_NLP_WORDNET_H_
