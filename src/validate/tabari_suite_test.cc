#include <gtest/gtest.h>

#include "parley/validate.h"

#include <fstream>
#include <sstream>

#include "text/test_util.h"

namespace parley {
namespace {

// Written for this test, in TABARI's validation format.
constexpr char kSuite[] =
    "#####\n# a banner\n#####\n"                                       // 1-3
    "950101  DEMO-01\n"                                                // 4
    "Arnor is about to restore full diplomatic ties with Gondor.\n"    // 5
    "/*\\n-------\n\\n[Simple coding]\n\\n{ ARN / GON / 064 } */\n"   // 6-8
    "950102  OPT-01\n"                                                 // 9
    "Options only.\n"                                                  // 10
    "/* { OPTION: SET: TIME SHIFT = FALSE } */\n"                      // 11
    "950103  NONE-01\n"                                                // 12
    "Nothing happens.\n/* {---} -{ ARN / GON / 010 } */\n"             // 13-14
    "950104  BROKEN-01\n"                                              // 15
    "Text.\n/* { OPTION: SET: MINIMUM WORDS = 4  */\n"                 // 16-17
    "990101  FINAL-01\n"                                               // 18
    "End of the standard records.\n/* */\n"                            // 19-20
    "950105  EXTRA-01\n"                                               // 21
    "Gondor's planes attacked Osgiliath.\n/* { GON / OSG / 225 } {+++} */\n";

TEST(TabariSuite, RecordsExpectationsAndOptions) {
  std::vector<Diagnostic> problems;
  std::vector<ValidationRecord> r = ReadTabariSuite(kSuite, "suite.text", &problems);
  ASSERT_EQ(r.size(), 6u);
  EXPECT_EQ(r[0].id, "DEMO-01");
  EXPECT_EQ(r[0].date, 19950101);
  EXPECT_EQ(r[0].line, 4u);
  EXPECT_EQ(r[0].text, "Arnor is about to restore full diplomatic ties with Gondor.");
  ASSERT_EQ(r[0].events.size(), 1u);
  EXPECT_EQ(r[0].events[0].source, "ARN");
  EXPECT_EQ(r[0].events[0].target, "GON");
  EXPECT_EQ(r[0].events[0].code, "064");
  EXPECT_EQ(r[1].options, (std::vector<std::string>{"SET: TIME SHIFT = FALSE"}));
  EXPECT_TRUE(r[2].no_event);
  EXPECT_TRUE(r[2].unchecked);
  EXPECT_TRUE(r[2].events.empty());  // the -{...} one is not checked
  EXPECT_EQ(r[3].options, (std::vector<std::string>{"SET: MINIMUM WORDS = 4"}));
  EXPECT_TRUE(r[4].standard);
  EXPECT_FALSE(r[5].standard);  // after FINAL-01
  EXPECT_TRUE(r[5].complex);
  ASSERT_EQ(problems.size(), 1u);  // the unclosed '{' of BROKEN-01
  EXPECT_EQ(problems[0].line, 15u);
  EXPECT_EQ(problems[0].severity, Diagnostic::kWarning);
}

TEST(LexiconCodes, ActorsComposedWithAgents) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText("ARNOR [ARN]\nTHE_SHIRE [FRO/BIL]\n", "t.actors", DictFormat::kTabari, &lex, &problems);
  ReadDictionaryText("OFFICIAL_ [~GOV]\nACTIVIST_ [NGM~]\nREBEL_ [~REB]\n", "t.agents", DictFormat::kTabari, &lex,
                     &problems);
  ReadDictionaryText("---  MEET  [040]  ---\nMEET\n- * $ [042:043]\n", "t.verbs.txt", DictFormat::kAuto, &lex,
                     &problems);
  ASSERT_TRUE(problems.empty());
  LexiconCodes codes(lex);
  for (const char* known : {"ARN", "ARNGOV", "ARNGOVREB", "NGMARN", "~GOV", "~GOVREB", "BIL", "FRO"})
    EXPECT_TRUE(codes.KnowsActor(known)) << known;
  for (const char* unknown : {"GON", "ARNX", "GOV", "~XYZ", "FRO/BIL"}) EXPECT_FALSE(codes.KnowsActor(unknown)) << unknown;
  EXPECT_TRUE(codes.KnowsEvent("040"));
  EXPECT_TRUE(codes.KnowsEvent("043"));
  EXPECT_FALSE(codes.KnowsEvent("064"));
}

// TABARI's own suite, with the dictionaries its project names: it reads
// without errors, and the dictionaries know every code it expects.
TEST(TabariSuite, TabariValidationSuite) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "skipped: ../shared not found";
  const std::string dir = testing::SharedDir() + "/peers/tabari/";
  std::ifstream in(dir + "Validate.text", std::ios::binary);
  ASSERT_TRUE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  std::vector<Diagnostic> problems;
  std::vector<ValidationRecord> records = ReadTabariSuite(ss.str(), "Validate.text", &problems);
  EXPECT_EQ(records.size(), 477u);  // 475 headers with YYMMDD dates, 2 with YYYYMMDD
  for (const Diagnostic& d : problems) EXPECT_EQ(d.severity, Diagnostic::kWarning) << d.ToString();
  Lexicon lex;
  ASSERT_TRUE(ReadDictionaryFile(dir + "Validate.project", DictFormat::kAuto, &lex, &problems).ok());
  LexiconCodes codes(lex);
  size_t events = 0, verbs_known = 0;
  for (const ValidationRecord& r : records)
    for (const ExpectedEvent& e : r.events) {
      ++events;
      verbs_known += codes.KnowsEvent(e.code);
    }
  EXPECT_GT(events, 400u);
  EXPECT_EQ(verbs_known, events);
}

}  // namespace
}  // namespace parley
