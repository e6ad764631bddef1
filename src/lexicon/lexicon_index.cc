#include "parley/lexicon_index.h"

#include <algorithm>
#include <bit>
#include <tuple>

#include "lexicon/reader_internal.h"

namespace parley {

LexiconIndex::LexiconIndex(const Lexicon& lex) {
  for (uint32_t i = 0; i < lex.actors.size(); ++i) {
    const PhraseMatch m{PhraseMatch::kActor, i, 0, 0, 0, 0};
    Add(lex.actors[i].phrase, m);
    for (const Phrase& s : lex.actors[i].synonyms) Add(s, m);
  }
  for (uint32_t i = 0; i < lex.agents.size(); ++i) {
    const PhraseMatch m{PhraseMatch::kAgent, i, 0, 0, 0, 0};
    Add(lex.agents[i].phrase, m);
    for (const Phrase& s : lex.agents[i].synonyms) Add(s, m);
  }
  for (uint32_t b = 0; b < lex.verb_blocks.size(); ++b)
    for (uint32_t v = 0; v < lex.verb_blocks[b].verbs.size(); ++v) {
      const Verb& verb = lex.verb_blocks[b].verbs[v];
      const PhraseMatch m{PhraseMatch::kVerb, b, v, 0, 0, 0};
      Add(verb.phrase, m);
      if (verb.head >= verb.phrase.words.size()) continue;
      // A whole verb word also takes the regular endings, as in TABARI
      // ("DEPART_": DEPARTS, DEPARTED, DEPARTING, DEPARTEN ...).
      if (!verb.phrase.IsStem(verb.head))
        for (const char* ending : lexicon_internal::kRegularVerbEndings) {
          Phrase p = verb.phrase;
          p.words[verb.head] += ending;
          Add(std::move(p), m);
        }
      for (const std::string& form : verb.forms) {  // "MET" for MEET: a whole word
        Phrase p = verb.phrase;
        p.words[verb.head] = form;
        if (verb.head < Phrase::kMaxWords) p.stems &= ~(uint64_t{1} << verb.head);
        Add(std::move(p), m);
      }
    }
}

void LexiconIndex::Add(const Phrase& p, PhraseMatch m) {
  if (p.words.empty()) return;
  m.phrase_words = static_cast<uint32_t>(p.words.size());
  m.stem_words = static_cast<uint32_t>(std::popcount(p.stems));
  const auto id = static_cast<uint32_t>(phrases_.size());
  if (p.IsStem(0)) {
    by_stem_[p.words[0]].push_back(id);
    longest_stem_ = std::max(longest_stem_, p.words[0].size());
  } else {
    by_word_[p.words[0]].push_back(id);
  }
  phrases_.push_back({p.words, p.stems, p.gaps & ~uint64_t{1}, m});
}

// A whole first word is filed under itself: the text word, or the text word
// without a plural ending (a one-word phrase's word is also its last). A
// stem is filed under itself: every prefix of the text word.
template <typename Fn>
void LexiconIndex::ForEachCandidate(const std::string& word, Fn fn) const {
  auto visit = [&](const absl::flat_hash_map<std::string, std::vector<uint32_t>>& map, const std::string& key) {
    auto it = map.find(key);
    if (it != map.end())
      for (uint32_t i : it->second) fn(phrases_[i]);
  };
  visit(by_word_, word);
  for (std::string_view ending : {"S", "ES", "'S"})
    if (word.size() > ending.size() && std::string_view(word).ends_with(ending))
      visit(by_word_, word.substr(0, word.size() - ending.size()));
  std::string key;
  for (size_t k = std::min(word.size(), longest_stem_); k >= 1; --k) {
    key.assign(word, 0, k);
    visit(by_stem_, key);
  }
}

std::vector<PhraseMatch> LexiconIndex::MatchAt(const std::vector<std::string>& words, size_t start,
                                               const std::vector<std::string>* lemmas) const {
  std::vector<PhraseMatch> out;
  if (start >= words.size()) return out;
  auto consider = [&](const Entry& e) {
    if (size_t n = lexicon_internal::MatchWords(e.words, e.stems, e.gaps, words, start, lemmas, nullptr); n > 0) {
      out.push_back(e.match);
      out.back().length = static_cast<uint32_t>(n);
    }
  };
  ForEachCandidate(words[start], consider);
  // A phrase both keys reach is found twice; the unique below drops one.
  if (lemmas != nullptr && (*lemmas)[start] != words[start]) ForEachCandidate((*lemmas)[start], consider);
  auto key = [](const PhraseMatch& m) {
    return std::make_tuple(-static_cast<int64_t>(m.phrase_words), m.length, m.stem_words, m.kind, m.entry, m.verb);
  };
  std::sort(out.begin(), out.end(), [&](const PhraseMatch& a, const PhraseMatch& b) { return key(a) < key(b); });
  out.erase(std::unique(out.begin(), out.end(), [&](const PhraseMatch& a, const PhraseMatch& b) { return key(a) == key(b); }),
            out.end());
  return out;
}

}  // namespace parley
