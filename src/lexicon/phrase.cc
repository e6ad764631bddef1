// Phrases: how dictionaries write them, and how they match words of text.
#include <algorithm>
#include <cstring>

#include "lexicon/reader_internal.h"
#include "parley/lexicon.h"
#include "util/strings.h"

namespace parley {
namespace {

bool IsSeparator(char c) { return c == '_' || c == ' ' || c == '\t'; }

// A hyphen inside a word joins two words the tokeniser keeps apart
// ("BARAD-DUR": BARAD, DUR; the text's "-" between them is passed over).
bool IsJoiningHyphen(std::string_view text, size_t i) {
  return text[i] == '-' && i > 0 && i + 1 < text.size() &&
         !IsSeparator(text[i - 1]) && !IsSeparator(text[i + 1]);
}

// Words a gap never reaches over (TABARI turns ;:() into commas).
bool IsBarrier(const std::string& w) {
  return w == "," || w == ";" || w == ":" || w == "(" || w == ")";
}

// The plural endings TABARI allows on a whole last word.
bool IsPluralEnding(std::string_view e) {
  return e == "S" || e == "ES" || e == "'S";
}

// Cheap tests first: most candidates fail on length alone.
inline bool WordMatches(const std::string& phrase_word, bool stem, bool last,
                        const std::string& got) {
  const size_t n = phrase_word.size(), m = got.size();
  if (m < n || (m != n && !stem && !(last && m - n <= 2))) return false;
  if (std::memcmp(got.data(), phrase_word.data(), n) != 0) return false;
  return m == n || stem || IsPluralEnding(std::string_view(got).substr(n));
}

}  // namespace

namespace lexicon_internal {

bool ParsePhraseText(std::string_view text, DictFormat format, Phrase* out) {
  text = StripSpace(text);
  *out = Phrase();
  // As TABARI compares phrases: upper case, '-' after the first column as '_'.
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    out->written.push_back(c == '-' && i > 0 ? '_' : AsciiUpper(c));
  }
  // TABARI: a word followed by a space is a stem and lets other words come
  // before the next; '_' joins whole words; a last word without '_' is a
  // stem. PETRARCH: whole words, one after the other.
  const bool tabari = format != DictFormat::kPetrarch;
  std::string word;
  bool gap_next = false;
  auto push = [&](bool joined_by_underscore) {
    const size_t i = out->words.size();
    if (i < Phrase::kMaxWords) {
      if (gap_next) out->gaps |= uint64_t{1} << i;
      if (tabari && !joined_by_underscore) out->stems |= uint64_t{1} << i;
    }
    out->words.push_back(std::move(word));
    word.clear();
  };
  size_t i = 0;
  while (i < text.size()) {
    if (IsJoiningHyphen(text, i) && !word.empty()) {
      push(true);
      ++i;
      continue;
    }
    if (!IsSeparator(text[i])) {
      word.push_back(AsciiUpper(text[i++]));
      continue;
    }
    bool underscore = false, blank = false;
    for (; i < text.size() && IsSeparator(text[i]); ++i)
      (text[i] == '_' ? underscore : blank) = true;
    if (word.empty()) continue;
    push(underscore);
    gap_next = tabari && blank;
  }
  if (!word.empty()) push(false);
  return !out->words.empty() && out->words.size() <= Phrase::kMaxWords;
}

}  // namespace lexicon_internal

std::string Phrase::Text() const {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  if (!prefix_last()) out += '_';
  return out;
}

std::string Phrase::NativeText() const {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += GapBefore(i) ? " .. " : " ";
    out += words[i];
    if (IsStem(i)) out += '*';
  }
  return out;
}

namespace lexicon_internal {

size_t MatchWords(const std::vector<std::string>& words, uint64_t stems,
                  uint64_t gaps, const std::vector<std::string>& text,
                  size_t start, const std::vector<std::string>* lemmas,
                  std::vector<size_t>* positions) {
  const size_t n = words.size();
  if (positions != nullptr) positions->clear();
  if (n == 0 || start + n > text.size())
    return 0;  // each phrase word takes a text word
  auto matches = [&](size_t i, size_t at) {
    const bool stem = stems >> i & 1, last = i + 1 == n;
    return WordMatches(words[i], stem, last, text[at]) ||
           (lemmas != nullptr &&
            WordMatches(words[i], stem, last, (*lemmas)[at]));
  };
  size_t at = start;
  for (size_t i = 0; i < n; ++i, ++at) {
    if (at >= text.size()) return 0;
    if (!(gaps >> i & 1)) {
      // A hyphen token between two words of a phrase is passed over.
      if (i > 0 && !matches(i, at) && text[at] == "-" && at + 1 < text.size() &&
          matches(i, at + 1))
        ++at;
      if (!matches(i, at)) return 0;
    } else {
      // The first later word that matches, as TABARI takes it; no skipping
      // over a comma.
      while (at < text.size() && !IsBarrier(text[at]) && !matches(i, at)) ++at;
      if (at == text.size() || IsBarrier(text[at])) return 0;
    }
    if (positions != nullptr) positions->push_back(at);
  }
  return at - start;
}

}  // namespace lexicon_internal

size_t Phrase::MatchAt(const std::vector<std::string>& text, size_t start,
                       const std::vector<std::string>* lemmas,
                       std::vector<size_t>* positions) const {
  return lexicon_internal::MatchWords(words, stems, gaps & ~uint64_t{1}, text,
                                      start, lemmas, positions);
}

}  // namespace parley
