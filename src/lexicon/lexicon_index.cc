#include "parley/lexicon_index.h"

#include <algorithm>

namespace parley {
namespace {

// "MILITIAS" / "MILITIA": the plural endings TABARI allows on a whole word.
bool IsPluralOf(std::string_view word, std::string_view base) {
  if (!word.starts_with(base)) return false;
  std::string_view ending = word.substr(base.size());
  return ending == "S" || ending == "ES" || ending == "'S";
}

}  // namespace

LexiconIndex::LexiconIndex(const Lexicon& lex) {
  for (uint32_t i = 0; i < lex.actors.size(); ++i) {
    const PhraseMatch m{PhraseMatch::kActor, i, 0, 0};
    Add(lex.actors[i].phrase, m);
    for (const Phrase& s : lex.actors[i].synonyms) Add(s, m);
  }
  for (uint32_t i = 0; i < lex.agents.size(); ++i) {
    const PhraseMatch m{PhraseMatch::kAgent, i, 0, 0};
    Add(lex.agents[i].phrase, m);
    for (const Phrase& s : lex.agents[i].synonyms) Add(s, m);
  }
  for (uint32_t b = 0; b < lex.verb_blocks.size(); ++b)
    for (uint32_t v = 0; v < lex.verb_blocks[b].verbs.size(); ++v) {
      const Verb& verb = lex.verb_blocks[b].verbs[v];
      const PhraseMatch m{PhraseMatch::kVerb, b, v, 0};
      Add(verb.phrase, m);
      if (verb.head >= verb.phrase.words.size()) continue;
      for (const std::string& form : verb.forms) {  // "MET" for MEET
        std::vector<std::string> words = verb.phrase.words;
        words[verb.head] = form;
        Add(std::move(words), false, m);
      }
    }
}

void LexiconIndex::Add(const Phrase& p, PhraseMatch m) { Add(p.words, p.prefix_last, m); }

void LexiconIndex::Add(std::vector<std::string> words, bool prefix_last, PhraseMatch m) {
  if (words.empty()) return;
  m.length = static_cast<uint32_t>(words.size());
  by_first_[words[0]].push_back(static_cast<uint32_t>(phrases_.size()));
  longest_first_word_ = std::max(longest_first_word_, words[0].size());
  phrases_.push_back({std::move(words), prefix_last, m});
}

bool LexiconIndex::Matches(const Entry& e, const std::vector<std::string>& words, size_t start) const {
  const size_t n = e.words.size();
  if (start + n > words.size()) return false;
  for (size_t i = 0; i + 1 < n; ++i)
    if (words[start + i] != e.words[i]) return false;
  const std::string& got = words[start + n - 1];
  const std::string& last = e.words.back();
  if (got == last) return true;
  return e.prefix_last ? got.starts_with(last) : IsPluralOf(got, last);
}

std::vector<PhraseMatch> LexiconIndex::MatchAt(const std::vector<std::string>& words, size_t start) const {
  std::vector<PhraseMatch> out;
  if (start >= words.size()) return out;
  // Entries are filed under their first word as written; a stem or a
  // singular is a prefix of the word in the text, so every prefix is a key.
  const std::string& w = words[start];
  std::string key;
  for (size_t k = std::min(w.size(), longest_first_word_); k >= 1; --k) {
    key.assign(w, 0, k);
    auto it = by_first_.find(key);
    if (it == by_first_.end()) continue;
    for (uint32_t i : it->second)
      if (Matches(phrases_[i], words, start)) out.push_back(phrases_[i].match);
  }
  std::stable_sort(out.begin(), out.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    if (a.length != b.length) return a.length > b.length;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.entry != b.entry ? a.entry < b.entry : a.verb < b.verb;
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const PhraseMatch& a, const PhraseMatch& b) {
                          return a.kind == b.kind && a.entry == b.entry && a.verb == b.verb && a.length == b.length;
                        }),
            out.end());
  return out;
}

}  // namespace parley
