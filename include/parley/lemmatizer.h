// Lemmatiser: the lemma of a word given its UPOS tag. A model holds
//   - exact entries: (tag, lowercased form) -> edit, learned from a treebank
//     and from WordNet's exception lists ("held" VERB -> "hold");
//   - suffix rules: (tag, last 1-6 letters) -> the commonest edit of words
//     ending so ("-ies" NOUN -> strip 3, add "y").
// The tag is "UPOS/XPOS" (XPOS tells possessive "her" from object "her"); a
// word whose pair is unknown falls back to entries under its UPOS alone.
// An edit strips characters from the end and appends a string. When a word
// has no exact entry and its tag has a dictionary (WordNet's lemmas of nouns,
// verbs, adjectives and adverbs), a rule whose lemma is a dictionary word wins
// over one whose lemma is not (XPOS rules first, then UPOS rules, then
// WordNet's own detachment rules): "upgraded" VBN is "upgrade", not "upgrad".
// Punctuation gets no suffix rules. Proper nouns, punctuation and symbols keep
// their case; other words are lowercased first ("Officials" -> "official").
// Numbers written in groups lose their commas ("1,993,045" -> "1993045").
//
//   PARLEY_ASSIGN_OR_RETURN(auto lem, Lemmatizer::Load("models/lemmatizer.bin"));
//   lem->Lemma("militias", "NOUN", "NNS")   // "militia"; thread-safe
#ifndef PARLEY_LEMMATIZER_H_
#define PARLEY_LEMMATIZER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "parley/status.h"

namespace parley {

class WordNetLexicon;

struct LemmaEdit {
  // Bytes removed from the end (bits 0-6); bit 7 set: then capitalise the
  // first letter ("iranian" -> "Iranian").
  uint8_t strip = 0;
  std::string append;  // then appended
  static constexpr uint8_t kCapitalize = 0x80;
};

class Lemmatizer {
 public:
  static absl::StatusOr<std::unique_ptr<Lemmatizer>> Load(const std::string& path);
  static absl::StatusOr<std::unique_ptr<Lemmatizer>> FromBytes(std::string_view bytes,
                                                              std::string_view name);
  std::string Lemma(std::string_view form, std::string_view upos,
                    std::string_view xpos = {}) const;

  // Key of both tables: the tag ("UPOS/XPOS" or "UPOS"), a tab, then the
  // (lowercased) form or suffix.
  static std::string Key(std::string_view tag, std::string_view text);

  // True for tags whose words keep their case (PROPN, PUNCT, SYM); other
  // words are lowercased before their edit.
  static bool KeepsCase(std::string_view upos) {
    return upos == "PROPN" || upos == "PUNCT" || upos == "SYM";
  }

  // `base` with edit `e` applied; an edit that does not fit leaves it whole.
  static std::string Apply(std::string_view base, const LemmaEdit& e);

 private:
  // The lemma of `lower` (base: the form to edit) under one tag, or nullopt
  // when the tag has neither an exact entry nor a rule for it. `wn_pos` is
  // the WordNetLexicon::Pos whose lemmas are preferred, or -1. `exact`, if
  // given, is set when the lemma came from an exact entry.
  std::optional<std::string> LemmaUnder(std::string_view tag, std::string_view lower,
                                        std::string_view base, int wn_pos, bool* exact = nullptr) const;
  bool InDictionary(int wn_pos, std::string_view lemma) const;

  Lemmatizer();
  absl::flat_hash_map<std::string, LemmaEdit> exact_;
  absl::flat_hash_map<std::string, LemmaEdit> rules_;
  std::unique_ptr<WordNetLexicon> wordnet_;  // lemmas by part of speech

 public:
  ~Lemmatizer();
};

// The lemma-edit model file: magic "PRLYLEM\x01", version 2 (docs/formats.md).
inline constexpr std::string_view kLemmatizerMagic = "PRLYLEM\x01";
inline constexpr uint32_t kLemmatizerVersion = 2;

}  // namespace parley

#endif  // PARLEY_LEMMATIZER_H_
