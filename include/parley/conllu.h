// CoNLL-U (Universal Dependencies) sentences: reading and writing.
#ifndef PARLEY_CONLLU_H_
#define PARLEY_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

// One syntactic word (a CoNLL-U line with an integer id).
struct ConlluWord {
  std::string form, lemma, upos, xpos, feats, deprel, misc;
  int head = -1;  // 0 = root; -1 if unspecified ("_")
};

// A multiword token line ("2-3 don't"): covers words [first, last] (1-based).
struct ConlluRange {
  int first = 0, last = 0;
  std::string form, misc;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // lines starting with '#', without the '#'
  std::vector<ConlluWord> words;
  std::vector<ConlluRange> ranges;
};

// The value of the sentence's "# sent_id = ..." comment, or "".
std::string_view SentId(const ConlluSentence& s);

// Parses CoNLL-U text. Empty nodes (ids like "8.1") are skipped. Errors name
// `name` and the line.
absl::StatusOr<std::vector<ConlluSentence>> ParseConllu(std::string_view text,
                                                         std::string_view name);

// Reads and parses one file.
absl::StatusOr<std::vector<ConlluSentence>> ReadConllu(const std::string& path);

// Reads several files given as "A.conllu,B.conllu" (comma-separated) into one list.
absl::StatusOr<std::vector<ConlluSentence>> ReadConlluList(std::string_view paths);

}  // namespace parley

#endif  // PARLEY_CONLLU_H_
