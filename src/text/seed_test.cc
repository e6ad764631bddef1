// The first acceptance case: the scraped News.Az page in ../shared/seed.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "text/test_util.h"

namespace parley {
namespace {

std::string ReadSeed() {
  std::string dir = testing::SharedDir();
  if (dir.empty()) return "";
  std::ifstream in(dir + "/seed/news_az_2024-05-18.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(SeedPage, SixteenSentencesDatePublisherNoCruft) {
  std::string text = ReadSeed();
  if (text.empty()) GTEST_SKIP() << "skipped: ../shared/seed not found";
  SegmentedText out;
  Segmenter().Segment(text, &out);
  EXPECT_EQ(out.page.date, "2024-05-18");
  EXPECT_EQ(out.page.publisher, "News.Az");
  ASSERT_EQ(out.sentences.size(), 16u);
  std::vector<std::string> s;
  for (const Sentence& x : out.sentences) s.push_back(text.substr(x.begin, x.end - x.begin));
  for (const std::string& sent : s) {
    EXPECT_EQ(sent.find("px"), std::string::npos) << sent;
    EXPECT_EQ(sent.find("News.Az"), std::string::npos) << sent;
  }
  EXPECT_TRUE(s[1].ends_with("held in Oman."));
  EXPECT_TRUE(s[2].starts_with("The talks occurred") && s[2].ends_with("on April 13."));
  EXPECT_TRUE(s[3].starts_with("The attack put"));
  EXPECT_NE(s[4].find("Brig. Gen. Mohammad Reza Zahedi"), std::string::npos);
  EXPECT_TRUE(s[4].ends_with("Lebanon and Syria."));
  EXPECT_TRUE(s[5].starts_with("It was the first-ever"));
  EXPECT_NE(s[9].find("since Oct. 7 has been"), std::string::npos);
  EXPECT_TRUE(s[15].ends_with("nuclear weapons."));
}

}  // namespace
}  // namespace parley
