// Closed word lists used by the tokeniser and the sentence splitter:
// abbreviations that keep their period, words that start sentences, and
// prefixes that keep their hyphen.
#ifndef PARLEY_TEXT_ABBREV_H_
#define PARLEY_TEXT_ABBREV_H_

#include <string_view>

namespace parley {

enum class AbbrevClass {
  kNone,
  kTitle,         // "Gen.", "Mr.", initials "F.": a name always follows
  kNeverFinal,    // "e.g.", "i.e.", "vs.", "cf.": never ends a sentence
  kBeforeNumber,  // "No. 10", "p. 5", "Art. 5": an abbreviation only before a digit
  kMayEnd,        // "U.S.", "Inc.", "etc.", "a.m.", "Oct.": may end a sentence
};

// Class of `word` (without its period) followed by a period.
AbbrevClass ClassifyAbbrev(std::string_view word);

// True for words that typically start a sentence ("The", "He", "But", ...):
// after an abbreviation that may end a sentence, such a word decides a boundary.
bool IsSentenceStarter(std::string_view word);

// True if `lower` (lowercase) is a prefix whose hyphen stays inside the word
// in UD English ("anti-war", "pro-Iranian", "e-mail").
bool IsHyphenPrefix(std::string_view lower);

}  // namespace parley

#endif  // PARLEY_TEXT_ABBREV_H_
