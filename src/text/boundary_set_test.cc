// The hand-written boundary test set (testdata/sentence_boundaries.txt): each
// line is a case with <S> before every sentence but the first. A case passes
// when the splitter finds exactly those boundaries. Floor: 99% of cases.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "parley/text.h"

namespace parley {
namespace {

struct Case {
  int line = 0;
  std::string text;
  std::set<uint32_t> starts;  // byte offsets where sentences 2..n start
};

std::vector<Case> LoadCases() {
  std::ifstream in(std::string(PARLEY_SOURCE_DIR) + "/src/text/testdata/sentence_boundaries.txt");
  std::vector<Case> cases;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    Case c;
    c.line = n;
    for (size_t i = 0; i < line.size();) {
      if (line.compare(i, 3, "<S>") == 0) {
        c.starts.insert(static_cast<uint32_t>(c.text.size()));
        i += 3;
      } else if (line.compare(i, 2, "\\n") == 0) {
        c.text += '\n';
        i += 2;
      } else {
        c.text += line[i++];
      }
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

TEST(BoundarySet, AtLeast99PercentOfCasesPass) {
  std::vector<Case> cases = LoadCases();
  ASSERT_GE(cases.size(), 200u) << "test set missing or too small";
  SegmentOptions opts;
  opts.clean_page = false;
  const Segmenter seg(opts);
  SegmentedText out;
  int passed = 0;
  for (const Case& c : cases) {
    seg.Segment(c.text, &out);
    std::set<uint32_t> got;
    for (size_t i = 1; i < out.sentences.size(); ++i) got.insert(out.sentences[i].begin);
    if (got == c.starts) {
      ++passed;
    } else {
      std::string shown;
      for (size_t i = 0; i < out.sentences.size(); ++i)
        shown += (i ? " <S>" : "") + c.text.substr(out.sentences[i].begin,
                                                  out.sentences[i].end - out.sentences[i].begin);
      std::printf("boundary case line %d failed: %s\n", c.line, shown.c_str());
    }
  }
  double rate = double(passed) / cases.size();
  std::printf("boundary set: %d of %zu cases pass (%.1f%%)\n", passed, cases.size(), 100 * rate);
  EXPECT_GE(rate, 0.99);
}

}  // namespace
}  // namespace parley
