#include <gtest/gtest.h>

#include "parley/eval.h"

namespace parley {
namespace {

constexpr char kConllu[] =
    "# newdoc id = d1\n# newpar id = p1\n# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
    "# text = Fine.\n"
    "1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n"
    "# newpar id = p2\n# text = Next\n"
    "1\tNext\tnext\tADJ\tJJ\t_\t0\troot\t_\t_\n\n";

TEST(Conllu, RebuildsTextWithParagraphsAndMultiwordTokens) {
  auto gold = RebuildRawText(kConllu, "t");
  ASSERT_TRUE(gold.ok()) << gold.status();
  EXPECT_EQ(gold->text, "I don't know. Fine.\n\nNext");
  ASSERT_EQ(gold->sentences.size(), 3u);
  EXPECT_EQ(gold->sentences[1].begin, 14u);
  ASSERT_EQ(gold->words.size(), 8u);
  EXPECT_EQ(gold->text.substr(gold->words[1].begin, gold->words[1].size()), "do");
  EXPECT_EQ(gold->text.substr(gold->words[2].begin, gold->words[2].size()), "n't");
}

TEST(Conllu, ScoresAPerfectSegmentation) {
  auto gold = RebuildRawText(kConllu, "t");
  SegmentOptions opts;
  opts.clean_page = false;
  SegmentScores s = ScoreSegmentation(*gold, Segmenter(opts));
  EXPECT_EQ(s.sentences.correct, 3u);
  EXPECT_DOUBLE_EQ(s.sentences.f1(), 1.0);
  EXPECT_DOUBLE_EQ(s.tokens.f1(), 1.0);
}

TEST(Conllu, BadLinesNameFileAndLine) {
  auto gold = RebuildRawText("1\tonly three\tcols\n", "bad.conllu");
  ASSERT_FALSE(gold.ok());
  EXPECT_NE(std::string(gold.status().message()).find("bad.conllu:1:"), std::string::npos);
}

}  // namespace
}  // namespace parley
