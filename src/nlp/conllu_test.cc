#include <gtest/gtest.h>

#include "parley/conllu.h"

namespace parley {
namespace {

TEST(ConlluReader, ReadsWordsRangesAndComments) {
  auto s = ParseConllu(
      "# sent_id = x1\n# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
      "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n"
      "3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
      "t");
  ASSERT_TRUE(s.ok()) << s.status();
  ASSERT_EQ(s->size(), 1u);
  const ConlluSentence& sent = (*s)[0];
  EXPECT_EQ(sent.comments[0], "sent_id = x1");
  ASSERT_EQ(sent.words.size(), 4u);
  EXPECT_EQ(sent.words[2].lemma, "not");
  EXPECT_EQ(sent.words[1].head, 0);
  ASSERT_EQ(sent.ranges.size(), 1u);
  EXPECT_EQ(sent.ranges[0].form, "don't");
  EXPECT_EQ(sent.ranges[0].last, 3);
}

TEST(ConlluReader, ErrorsNameTheLine) {
  auto s = ParseConllu("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", "f.conllu");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(std::string(s.status().message()).find("f.conllu:2:"), std::string::npos);
}

}  // namespace
}  // namespace parley
