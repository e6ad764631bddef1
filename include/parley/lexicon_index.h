// A compiled, immutable index over a Lexicon's actor, agent and verb phrases
// for matching them in tokenised text, longest match first.
//
//   LexiconIndex index(lexicon);                 // lexicon must outlive index
//   std::vector<std::string> words = {"THE", "IRANIAN", "FOREIGN", "MINISTER"};
//   for (const PhraseMatch& m : index.MatchAt(words, 1)) ...   // longest first
//
// Words match as Phrase::MatchAt says (stems, plurals, TABARI's gaps, and
// lemmas when given); verbs also match their listed forms and, when written
// as whole words, the regular endings S, ED, ES, EN, ING, D. Thread-safe.
#ifndef PARLEY_LEXICON_INDEX_H_
#define PARLEY_LEXICON_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "parley/lexicon.h"

namespace parley {

struct PhraseMatch {
  enum Kind : uint8_t { kActor, kAgent, kVerb };
  Kind kind;
  uint32_t entry;   // index into lexicon.actors / agents / verb_blocks
  uint32_t verb;    // for kVerb: index into the block's verbs
  uint32_t length;  // words of the text covered, skipped ones included
  uint32_t phrase_words;  // words of the phrase
  uint32_t stem_words;    // of which stems (fewer: a more exact match, preferred)
};

class LexiconIndex {
 public:
  explicit LexiconIndex(const Lexicon& lexicon);

  // The phrases that match words[start...]: the most phrase words first,
  // then the shortest stretch of text, then the fewest stems, then lexicon
  // order. `words` are upper
  // case; `lemmas`, if given, are their lemmas (upper case, same length),
  // which phrase words also match ("HOLD TALKS" matches "held talks").
  std::vector<PhraseMatch> MatchAt(const std::vector<std::string>& words, size_t start,
                                   const std::vector<std::string>* lemmas = nullptr) const;

  size_t num_phrases() const { return phrases_.size(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    uint64_t stems, gaps;  // as in Phrase
    PhraseMatch match;     // length filled in at match time
  };
  void Add(const Phrase& p, PhraseMatch m);
  template <typename Fn>
  void ForEachCandidate(const std::string& word, Fn fn) const;

  std::vector<Entry> phrases_;
  // By first word: whole words and stems apart.
  absl::flat_hash_map<std::string, std::vector<uint32_t>> by_word_;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> by_stem_;
  size_t longest_stem_ = 0;
};

}  // namespace parley

#endif  // PARLEY_LEXICON_INDEX_H_
