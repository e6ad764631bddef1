#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "text/test_util.h"

namespace parley {
namespace {

TEST(Segmenter, CountsInvalidBytesAndKeepsOffsets) {
  std::string text = "Iran\xFF said.";
  SegmentedText out;
  Segmenter().Segment(text, &out);
  EXPECT_EQ(out.invalid_bytes, 1u);
  ASSERT_EQ(out.sentences.size(), 1u);
  EXPECT_EQ(out.sentences[0].end, text.size());
}

TEST(Segmenter, HeadlineIsFlagged) {
  std::string text = "Iran fires missiles at Israel\n\nIran fired missiles on Saturday. Israel said so.";
  SegmentedText out;
  Segmenter().Segment(text, &out);
  ASSERT_EQ(out.sentences.size(), 3u);
  EXPECT_TRUE(out.sentences[0].flags & kHeadline);
  EXPECT_FALSE(out.sentences[1].flags & kHeadline);
}

TEST(Segmenter, HostileInputsFinishWithSaneOutput) {
  std::vector<std::string> inputs = {
      "", ".", "!!!???...", std::string(100000, '.'), std::string(200000, 'a'),
      "🕊️🕊️🕊️ 🚀", "IRAN FIRES MISSILES AT ISRAEL", "Москва и Киев. 北京。 Tehran.",
      std::string("\0\0\0", 3), std::string(5000, '-'), "\xFF\xFE\xFD"};
  std::string words;
  for (int i = 0; i < 2000; ++i) words += "word ";
  inputs.push_back(words);
  for (const std::string& in : inputs) {
    SegmentedText out;
    Segmenter().Segment(in, &out);
    for (const Sentence& s : out.sentences) {
      EXPECT_LE(s.begin, s.end);
      EXPECT_LE(s.end, in.size());
      EXPECT_LE(s.token_end - s.token_begin, 250u);
    }
    for (const Token& t : out.tokens) EXPECT_LT(t.begin, t.end);
  }
}

TEST(Segmenter, ConcurrentUseGivesIdenticalResults) {
  const Segmenter seg;
  std::string text = "The U.S. envoy met Iranian officials in Oman.The talks ended. ";
  for (int i = 0; i < 6; ++i) text += text;
  SegmentedText ref;
  seg.Segment(text, &ref);
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      SegmentedText out;
      for (int i = 0; i < 20; ++i) {
        seg.Segment(text, &out);
        if (out.sentences.size() != ref.sentences.size() || out.tokens.size() != ref.tokens.size())
          ++mismatches;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace parley
