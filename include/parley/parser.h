// Dependency parser: greedy arc-hybrid transitions scored by an averaged
// perceptron (trained with a dynamic oracle), Universal Dependencies
// relations with subtypes. Immutable after loading; Parse() is thread-safe.
//
//   PARLEY_ASSIGN_OR_RETURN(auto parser, Parser::Load("models/parser.bin"));
//   std::vector<int> heads;            // 0 = root, else 1-based word index
//   std::vector<std::string> labels;
//   parser->Parse(words, xpos_tags, &heads, &labels);
#ifndef PARLEY_PARSER_H_
#define PARLEY_PARSER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

class LinearModel;

class Parser {
 public:
  ~Parser();
  static absl::StatusOr<std::unique_ptr<Parser>> Load(const std::string& path);
  static absl::StatusOr<std::unique_ptr<Parser>> FromBytes(std::string_view bytes,
                                                          std::string_view name);

  // Parses one sentence given its words and their XPOS tags (same length).
  // heads[i] is the head of word i+1 (0 for the root); labels[i] its relation.
  void Parse(const std::vector<std::string_view>& words, const std::vector<std::string_view>& tags,
             std::vector<int>* heads, std::vector<std::string>* labels) const;

  const std::vector<std::string>& labels() const { return labels_; }

 private:
  Parser();
  std::vector<std::string> labels_;
  std::unique_ptr<LinearModel> model_;
};

inline constexpr std::string_view kParserMagic = "PRLYPAR\x01";
inline constexpr uint32_t kParserVersion = 1;

}  // namespace parley

#endif  // PARLEY_PARSER_H_
