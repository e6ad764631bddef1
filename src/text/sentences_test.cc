#include <gtest/gtest.h>

#include "text/test_util.h"

namespace parley {
namespace {

using testing::SentenceTexts;
using V = std::vector<std::string>;

TEST(Sentences, SplitsGluedSentences) {
  EXPECT_EQ(SentenceTexts("held in Oman.The talks occurred on April 13.The attack put it."),
            (V{"held in Oman.", "The talks occurred on April 13.", "The attack put it."}));
  EXPECT_EQ(SentenceTexts("Lebanon and Syria.It was the first."),
            (V{"Lebanon and Syria.", "It was the first."}));
}

TEST(Sentences, TitlesAndMonthsDoNotEndSentences) {
  EXPECT_EQ(SentenceTexts("Israel's assassination of Brig. Gen. Mohammad Reza Zahedi, a general."),
            (V{"Israel's assassination of Brig. Gen. Mohammad Reza Zahedi, a general."}));
  EXPECT_EQ(SentenceTexts("One goal since Oct. 7 has been peace."),
            (V{"One goal since Oct. 7 has been peace."}));
  EXPECT_EQ(SentenceTexts("Lt. Col. Smith met Mr. Jones at No. 10 Downing St. on Friday."),
            (V{"Lt. Col. Smith met Mr. Jones at No. 10 Downing St. on Friday."}));
}

TEST(Sentences, AcronymThenSentenceStarter) {
  EXPECT_EQ(SentenceTexts("He lives in the U.S. The talks ended."),
            (V{"He lives in the U.S.", "The talks ended."}));
  EXPECT_EQ(SentenceTexts("The U.S. President spoke."), (V{"The U.S. President spoke."}));
}

TEST(Sentences, QuotesAndQuestions) {
  EXPECT_EQ(SentenceTexts("\"Why now?\" he asked. \"We will respond.\" Iran said."),
            (V{"\"Why now?\" he asked.", "\"We will respond.\"", "Iran said."}));
  EXPECT_EQ(SentenceTexts("He said.\"We will win\""), (V{"He said.", "\"We will win\""}));
}

TEST(Sentences, ParagraphsAndHeadlines) {
  EXPECT_EQ(SentenceTexts("Iran fires missiles at Israel\n\nIran launched drones."),
            (V{"Iran fires missiles at Israel", "Iran launched drones."}));
}

TEST(Sentences, LongSentencesAreCappedAndFlagged) {
  std::string text;
  for (int i = 0; i < 600; ++i) text += (i % 50 == 49) ? "word, " : "word ";
  text += "end.";
  SegmentOptions opts;
  opts.clean_page = false;
  opts.max_sentence_tokens = 250;
  SegmentedText out;
  Segmenter(opts).Segment(text, &out);
  ASSERT_GE(out.sentences.size(), 3u);
  for (const Sentence& s : out.sentences) {
    EXPECT_LE(s.token_end - s.token_begin, 250u);
    EXPECT_TRUE(s.flags & kCapped);
  }
  EXPECT_EQ(text.substr(out.sentences[0].end - 1, 1), ",");  // cut after a comma
}

}  // namespace
}  // namespace parley
