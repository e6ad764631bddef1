// Parser features: hashed combinations of words, tags, labels, distance and
// valency around the top of the stack and the front of the buffer (after
// Zhang & Nivre 2011). Shared by the parser and its trainer.
#ifndef PARLEY_NLP_PARSER_FEATURES_H_
#define PARLEY_NLP_PARSER_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "nlp/parser_state.h"

namespace parley::parser {

// Per-sentence hashes of each word's lowercased form and tag (index 0: root).
struct Sentence {
  std::vector<uint64_t> word, tag;
  void Build(const std::vector<std::string_view>& words, const std::vector<std::string_view>& tags);
};

void Extract(const Sentence& s, const State& st, std::vector<uint64_t>* features);

}  // namespace parley::parser

#endif  // PARLEY_NLP_PARSER_FEATURES_H_
