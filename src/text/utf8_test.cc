#include "text/utf8.h"

#include <gtest/gtest.h>

namespace parley::utf8 {
namespace {

TEST(Utf8, DecodesWellFormedSequences) {
  char32_t cp;
  std::string s = "\xE2\x80\x94";  // em dash
  EXPECT_EQ(Decode(s.data(), s.data() + s.size(), &cp), 3u);
  EXPECT_EQ(cp, 0x2014u);
}

TEST(Utf8, RejectsOverlongSurrogateAndTruncated) {
  char32_t cp;
  for (std::string bad : {std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
                          std::string("\xE2\x80"), std::string("\xF5\x80\x80\x80"),
                          std::string("\x80")}) {
    EXPECT_EQ(Decode(bad.data(), bad.data() + bad.size(), &cp), 0u) << bad.size();
    EXPECT_EQ(cp, kReplacement);
  }
}

TEST(Utf8, CountsAndReplacesInvalidBytes) {
  std::string s = "ok\xFF\xFEok\xE2\x80\x94";
  EXPECT_EQ(CountInvalid(s), 2u);
  EXPECT_EQ(FirstInvalid(s), 2u);
  std::string out;
  AppendValid(s, &out);
  EXPECT_EQ(out, "ok\xEF\xBF\xBD\xEF\xBF\xBDok\xE2\x80\x94");
  EXPECT_EQ(FirstInvalid("all ascii and ünïcode"), std::string::npos);
}

TEST(Utf8, CountInvalidFastPathMatchesSlowPath) {
  std::string s(1000, 'a');
  s[997] = '\xFF';
  EXPECT_EQ(CountInvalid(s), 1u);
}

}  // namespace
}  // namespace parley::utf8
