#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "text/test_util.h"
#include "text/tokenizer_internal.h"

namespace parley {
namespace {

using testing::TokenTexts;
using V = std::vector<std::string>;

TEST(Tokenizer, SplitsPunctuationAndKeepsOffsets) {
  std::string_view text = "Iran fired 350 missiles, officials said.";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(text.substr(tokens[4].begin, tokens[4].end - tokens[4].begin), ",");
  EXPECT_EQ(tokens[0].begin, 0u);
  EXPECT_EQ(tokens[7].end, text.size());
  EXPECT_EQ(tokens[7].kind, TokenKind::kTerminal);
  EXPECT_TRUE(tokens[1].has(kSpaceBefore));
  EXPECT_FALSE(tokens[4].has(kSpaceBefore));
}

TEST(Tokenizer, SplitsCliticsUdStyle) {
  EXPECT_EQ(TokenTexts("Iran's don't can't won't it’s they're"),
            (V{"Iran", "'s", "do", "n't", "ca", "n't", "wo", "n't", "it", "’s", "they", "'re"}));
  EXPECT_EQ(TokenTexts("cannot gonna"), (V{"can", "not", "gon", "na"}));
  EXPECT_EQ(TokenTexts("the Americans' plan"), (V{"the", "Americans", "'", "plan"}));
  EXPECT_EQ(TokenTexts("O'Brien"), (V{"O'Brien"}));
  EXPECT_EQ(TokenTexts("the 80's"), (V{"the", "80's"}));
}

TEST(Tokenizer, HyphensSplitExceptAfterPrefixes) {
  EXPECT_EQ(TokenTexts("a full-fledged first-ever war"),
            (V{"a", "full", "-", "fledged", "first", "-", "ever", "war"}));
  EXPECT_EQ(TokenTexts("pro-Iranian anti-war e-mail"), (V{"pro-Iranian", "anti-war", "e-mail"}));
  EXPECT_EQ(TokenTexts("an S-300 and F-16s"), (V{"an", "S-300", "and", "F-16s"}));
}

TEST(Tokenizer, NumbersStayWhole) {
  EXPECT_EQ(TokenTexts("3.5 1,000 10:30 24/7 $1.2 10%"),
            (V{"3.5", "1,000", "10:30", "24/7", "$", "1.2", "10", "%"}));
}

TEST(Tokenizer, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(TokenTexts("Brig. Gen. Zahedi"), (V{"Brig.", "Gen.", "Zahedi"}));
  EXPECT_EQ(TokenTexts("the U.S. and U.K."), (V{"the", "U.S.", "and", "U.K."}));
  EXPECT_EQ(TokenTexts("since Oct. 7"), (V{"since", "Oct.", "7"}));
  EXPECT_EQ(TokenTexts("No. 10"), (V{"No.", "10"}));
  EXPECT_EQ(TokenTexts("said no."), (V{"said", "no", "."}));
}

TEST(Tokenizer, GluedSentencesSplitAtThePeriod) {
  std::string_view text = "in Oman.The talks";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(text.substr(tokens[2].begin, 1), ".");
  EXPECT_TRUE(tokens[2].has(kGluedSplit));
  EXPECT_EQ(TokenTexts("April 13.The attack"), (V{"April", "13", ".", "The", "attack"}));
  EXPECT_EQ(TokenTexts("visit example.com now"), (V{"visit", "example.com", "now"}));
  EXPECT_EQ(TokenTexts("v2.5"), (V{"v2.5"}));
}

TEST(Tokenizer, UrlsHandlesAndEmailsStayWhole) {
  EXPECT_EQ(TokenTexts("see https://example.org/a?b=1)."),
            (V{"see", "https://example.org/a?b=1", ")", "."}));
  EXPECT_EQ(TokenTexts("@UN_News and #Gaza"), (V{"@UN_News", "and", "#Gaza"}));
  EXPECT_EQ(TokenTexts("mail press@example.com."), (V{"mail", "press@example.com", "."}));
  EXPECT_EQ(TokenTexts("www.example.com"), (V{"www.example.com"}));
}

TEST(Tokenizer, PunctuationRunsAndEmoticons) {
  EXPECT_EQ(TokenTexts("wait... what?! --- ok :) ____"),
            (V{"wait", "...", "what", "?!", "---", "ok", ":)", "____"}));
  EXPECT_EQ(TokenTexts("“Resign!”"), (V{"“", "Resign", "!", "”"}));
}

TEST(Tokenizer, WhitespaceFlags) {
  std::string_view text = "One.\n\nTwo\nThree";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_TRUE(tokens[0].has(kParagraphBefore));
  EXPECT_TRUE(tokens[2].has(kParagraphBefore));
  EXPECT_TRUE(tokens[3].has(kNewlineBefore));
  EXPECT_FALSE(tokens[3].has(kParagraphBefore));
}

TEST(Tokenizer, UnicodeSpacesSeparateAndInvalidBytesDoNotCrash) {
  EXPECT_EQ(TokenTexts("a\xC2\xA0" "b"), (V{"a", "b"}));  // NBSP
  EXPECT_EQ(TokenTexts("caf\xE9 ok"), (V{"caf\xE9", "ok"}));  // Latin-1 byte stays in the word
  EXPECT_EQ(TokenTexts(std::string_view("a\0b", 3)), (V{"a", "b"}));
  EXPECT_EQ(TokenTexts("Peace 🕊️ now"), (V{"Peace", "🕊️", "now"}));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// Differential test: the fast path for plain chunks must give exactly the
// tokens of the full scanner.
void ExpectSameTokens(std::string_view text) {
  std::vector<Span> all = {Span{0, static_cast<uint32_t>(text.size())}};
  std::vector<Token> fast, full;
  TokenizeRegions(text, all, true, &fast);
  TokenizeRegions(text, all, false, &full);
  ASSERT_EQ(fast.size(), full.size()) << text.substr(0, 200);
  for (size_t i = 0; i < fast.size(); ++i) {
    EXPECT_EQ(fast[i].begin, full[i].begin) << i;
    EXPECT_EQ(fast[i].end, full[i].end) << i;
    EXPECT_EQ(fast[i].kind, full[i].kind) << text.substr(full[i].begin, full[i].end - full[i].begin);
    EXPECT_EQ(fast[i].flags, full[i].flags) << i;
  }
}

TEST(TokenizerFastPath, AgreesWithFullScanner) {
  ExpectSameTokens(
      "(Reuters) \"Resign.\" “We will,” she said; ‘no’ (see below): Oman, Iran. 2024. No. 10 "
      "U.S. Gen. Smith etc. cannot gonna dont thats alot www.x.org a@b.co F16 10th, end? "
      "yes! what?! ... [sic] x] y) :) (: word): 'quoted' \"a\" “b” 13.The Oman.The ok.");
  std::ifstream in(std::string(PARLEY_SOURCE_DIR) + "/src/text/testdata/sentence_boundaries.txt");
  std::string line;
  while (std::getline(in, line)) ExpectSameTokens(line);
  for (const char* ex : {"/examples/pages/tehran_talks_page.txt", "/examples/pages/sahel_brief.txt",
                         "/examples/pages/reuters_style_wire.txt", "/examples/feeds/world_news.jsonl"}) {
    std::ifstream f(std::string(PARLEY_SOURCE_DIR) + ex);
    std::stringstream ss;
    ss << f.rdbuf();
    ExpectSameTokens(ss.str());
  }
}

}  // namespace
}  // namespace parley
