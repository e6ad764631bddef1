#include <gtest/gtest.h>

#include "parley/text.h"

namespace parley {
namespace {

TEST(Normalize, AsciiUnchanged) { EXPECT_EQ(NormalizeForMatching("S-300"), "S-300"); }

TEST(Normalize, FoldsQuotesDashesAndEllipsis) {
  EXPECT_EQ(NormalizeForMatching("Iran’s"), "Iran's");
  EXPECT_EQ(NormalizeForMatching("“Resign”"), "\"Resign\"");
  EXPECT_EQ(NormalizeForMatching("—"), "-");
  EXPECT_EQ(NormalizeForMatching("…"), "...");
}

TEST(Normalize, AppliesNfkc) {
  EXPECT_EQ(NormalizeForMatching("ﬁre"), "fire");         // ligature
  EXPECT_EQ(NormalizeForMatching("Ｉｒａｎ"), "Iran");     // full-width
  EXPECT_EQ(NormalizeForMatching("e\xCC\x81"), "\xC3\xA9");  // e + combining acute => é
}

TEST(Normalize, InvalidBytesBecomeReplacementCharacter) {
  EXPECT_EQ(NormalizeForMatching("a\xFF"), "a\xEF\xBF\xBD");
}

}  // namespace
}  // namespace parley
