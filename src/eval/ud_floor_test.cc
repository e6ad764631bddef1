// Accuracy floors on the UD test sets in ../shared/treebanks (skipped when
// absent). The figures themselves are printed by `parley eval segment` and
// recorded in docs/ACCURACY.md.
#include <gtest/gtest.h>

#include "parley/eval.h"
#include "text/test_util.h"

namespace parley {
namespace {

SegmentScores Score(const std::string& rel) {
  auto gold = ReadConlluFile(testing::SharedDir() + "/treebanks/" + rel);
  EXPECT_TRUE(gold.ok()) << gold.status();
  SegmentOptions opts;
  opts.clean_page = false;
  return gold.ok() ? ScoreSegmentation(*gold, Segmenter(opts)) : SegmentScores();
}

TEST(UdFloors, PudSentencesAndTokens) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "skipped: ../shared/treebanks not found";
  SegmentScores s = Score("UD_English-PUD/en_pud-ud-test.conllu");
  EXPECT_GE(s.sentences.f1(), 0.97);
  EXPECT_GE(s.tokens.f1(), 0.99);
}

TEST(UdFloors, EwtAndGumTokens) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "skipped: ../shared/treebanks not found";
  EXPECT_GE(Score("UD_English-EWT/en_ewt-ud-test.conllu").tokens.f1(), 0.99);
  EXPECT_GE(Score("UD_English-GUM/en_gum-ud-test.conllu").tokens.f1(), 0.99);
  // Regression floors for sentence boundaries on web text (see docs/ACCURACY.md).
  EXPECT_GE(Score("UD_English-EWT/en_ewt-ud-test.conllu").sentences.f1(), 0.78);
  EXPECT_GE(Score("UD_English-GUM/en_gum-ud-test.conllu").sentences.f1(), 0.94);
}

}  // namespace
}  // namespace parley
