// A compiled, immutable index over a Lexicon's actor, agent and verb phrases
// for matching them in tokenised text, longest match first.
//
//   LexiconIndex index(lexicon);                 // lexicon must outlive index
//   std::vector<std::string> words = {"THE", "IRANIAN", "FOREIGN", "MINISTER"};
//   for (const PhraseMatch& m : index.MatchAt(words, 1)) ...   // longest first
//
// Words are compared upper-cased. A phrase's last word written as a TABARI
// stem matches any word it begins; a whole last word also matches its
// plurals (S, ES, 'S); verbs also match their listed forms. Thread-safe.
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
  uint32_t length;  // words matched
};

class LexiconIndex {
 public:
  explicit LexiconIndex(const Lexicon& lexicon);

  // The phrases that match words[start...], longest first (ties in lexicon
  // order). `words` are upper case.
  std::vector<PhraseMatch> MatchAt(const std::vector<std::string>& words, size_t start) const;

  size_t num_phrases() const { return phrases_.size(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    bool prefix_last;
    PhraseMatch match;  // length filled in at match time
  };
  void Add(const Phrase& p, PhraseMatch m);
  void Add(std::vector<std::string> words, bool prefix_last, PhraseMatch m);
  bool Matches(const Entry& e, const std::vector<std::string>& words, size_t start) const;

  std::vector<Entry> phrases_;
  // By first word (as written; for a one-word stem, the stem itself).
  absl::flat_hash_map<std::string, std::vector<uint32_t>> by_first_;
  size_t longest_first_word_ = 0;
};

}  // namespace parley

#endif  // PARLEY_LEXICON_INDEX_H_
