// Pieces shared by the dictionary readers (dict_reader.cc, verb_reader.cc).
#ifndef PARLEY_LEXICON_READER_INTERNAL_H_
#define PARLEY_LEXICON_READER_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "parley/lexicon.h"

namespace parley::lexicon_internal {

// The endings TABARI accepts on a verb written as a whole word.
inline constexpr const char* kRegularVerbEndings[] = {"S", "ED", "ES", "EN", "ING", "D"};

// The line without its comment: from the first ';' (and, in PETRARCH
// files, '#') outside [...], and without one-line "<!-- -->" comments.
std::string StripComment(std::string_view line, DictFormat format);

// What a reader does with a line (after this has removed a final '\r'):
// in TABARI files a line starting with '~' ends the dictionary (a kept
// "tail" follows) and one starting with '#' or '/' is a comment.
enum class LineAction { kRead, kSkip, kStop };
LineAction ClassifyLine(std::string_view* raw, DictFormat format);

// Parses a phrase: words separated by '_' or spaces, upper-cased; in TABARI
// files a word followed by a space, or a last word without a final '_', is
// a stem, and a space lets other words come between.
// False if it has no words or more than Phrase::kMaxWords.
bool ParsePhraseText(std::string_view text, DictFormat format, Phrase* out);

// Phrase::MatchAt for `words` with the stem and gap bits of Phrase.
size_t MatchWords(const std::vector<std::string>& words, uint64_t stems, uint64_t gaps,
                  const std::vector<std::string>& text, size_t start, const std::vector<std::string>* lemmas,
                  std::vector<size_t>* positions);

// Readers of the line-list files (list_reader.cc).
void ReadDiscards(std::string_view text, const std::string& path, uint32_t file, DictFormat format,
                  Lexicon* lexicon, std::vector<Diagnostic>* problems);
void ReadIssues(std::string_view text, const std::string& path, uint32_t file, DictFormat format,
                Lexicon* lexicon, std::vector<Diagnostic>* problems);
void ReadOptions(std::string_view text, const std::string& path, uint32_t file, DictFormat format,
                 Lexicon* lexicon, std::vector<Diagnostic>* problems);
void ReadPrepositions(std::string_view text, const std::string& path, uint32_t file, DictFormat format,
                      Lexicon* lexicon, std::vector<Diagnostic>* problems);

// parley's own format (native.cc): IsNativeDictionary says whether `text`
// starts with its header line.
bool IsNativeDictionary(std::string_view text);
void ReadNative(std::string_view text, const std::string& path, uint32_t file, DictFormat format,
                Lexicon* lexicon, std::vector<Diagnostic>* problems);

// Reads the verb dictionary in `text` (file index `file` of lexicon->files).
void ReadVerbs(std::string_view text, const std::string& path, uint32_t file, DictFormat format,
               Lexicon* lexicon, std::vector<Diagnostic>* problems);

}  // namespace parley::lexicon_internal

#endif  // PARLEY_LEXICON_READER_INTERNAL_H_
