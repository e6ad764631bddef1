// Helpers shared by the text tests.
#ifndef PARLEY_TEXT_TEST_UTIL_H_
#define PARLEY_TEXT_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "parley/text.h"

namespace parley::testing {

inline std::vector<std::string> TokenTexts(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

inline std::vector<std::string> SentenceTexts(std::string_view text, bool clean = false) {
  SegmentOptions opts;
  opts.clean_page = clean;
  Segmenter seg(opts);
  SegmentedText out;
  seg.Segment(text, &out);
  std::vector<std::string> s;
  for (const Sentence& x : out.sentences) s.emplace_back(text.substr(x.begin, x.end - x.begin));
  return s;
}

// Directory of ../shared, or empty if it is not there.
std::string SharedDir();

}  // namespace parley::testing

#endif  // PARLEY_TEXT_TEST_UTIL_H_
