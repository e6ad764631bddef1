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

// Written for this test, in PETRARCH's XML validation format.
constexpr char kPetrarch[] =
    "<?xml version='1.0' encoding='utf-8'?>\n<Validation>\n"          // 1-2
    "# a banner & notes\n"                                             // 3
    "<Sentences>\n"                                                    // 4
    "<Sentence date=\"19940611\" id=\"S1\" evaluate=\"true\" category=\"x\">\n"  // 5
    "<EventCoding eid=\"E1\" eventcode=\"10\" plover=\"DEMAND\" sourcecode=\"COL\" targetcode=\"---\" />\n"
    "<Text>\nLa Iglesia pide votar.\n</Text>\n<Parse>\n1\tLa\t<x>\n</Parse>\n</Sentence>\n"
    "<Sentence category=\"y\" date=\"20080110\" evaluate=\"false\" id=\"S2\">\n"  // 14
    "<EventCoding eid=\"0\" noevents=\"True\"/>\n<Text>Nada.</Text>\n</Sentence>\n"
    "<Sentence date=\"2008\" id=\"S3\">\n"                          // 18: bad date
    "<EventCoding eid=\"0\" eventcode=\"\" plover=\"ASSAULT\" sourcecode=\"None UAF\" targetcode=\"PAK\"/>\n"
    "</Sentence>\n</Sentences>\n</Validation>\n";

TEST(PetrarchSuite, SentencesCodingsAndText) {
  std::vector<Diagnostic> problems;
  std::vector<ValidationRecord> r = ReadPetrarchSuite(kPetrarch, "v.xml", &problems);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].id, "S1");
  EXPECT_EQ(r[0].date, 19940611);
  EXPECT_EQ(r[0].line, 5u);
  EXPECT_EQ(r[0].text, "La Iglesia pide votar.");
  ASSERT_EQ(r[0].events.size(), 1u);
  EXPECT_EQ(r[0].events[0].code, "10");
  EXPECT_EQ(r[0].events[0].plover, "DEMAND");
  EXPECT_EQ(r[0].events[0].source, "COL");
  EXPECT_TRUE(r[1].no_event);
  EXPECT_FALSE(r[1].standard);  // evaluate="false"
  EXPECT_EQ(r[1].line, 14u);
  EXPECT_EQ(r[2].events[0].plover, "ASSAULT");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 18u);
  EXPECT_NE(problems[0].message.find("bad date"), std::string::npos);
}

TEST(PetrarchSuite, UniversalPetrarchFilesReadWithoutErrors) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "skipped: ../shared not found";
  const std::string up = testing::SharedDir() + "/peers/UniversalPetrarch/";
  for (const char* f : {"UniversalPetrarch/data/text/spanish_protest_plover_validation.xml",
                        "UniversalPetrarch/data/text/spanish_validation_1018_noaccent.xml",
                        "UniversalPetrarch/data/text/spanish_fight_reduced_181227_validation.xml",
                        "UniversalPetrarch/data/text/spanish_fight_reduced_181227v2_validation.xml",
                        "branch-dev-validate/UniversalPetrarch/validate/arabic/arabic_gsr_validation_18-11-14.xml",
                        "branch-dev-validate/UniversalPetrarch/validate/arabic/arabic_assault_gsr_validation.xml",
                        "branch-dev-validate/UniversalPetrarch/validate/arabic/arabic_protest_gsr_validation.xml"}) {
    std::ifstream in(up + f, std::ios::binary);
    ASSERT_TRUE(in) << f;
    std::stringstream ss;
    ss << in.rdbuf();
    std::vector<Diagnostic> problems;
    std::vector<ValidationRecord> records = ReadPetrarchSuite(ss.str(), f, &problems);
    EXPECT_GT(records.size(), 50u) << f;
    EXPECT_TRUE(problems.empty()) << problems[0].ToString();
    size_t events = 0;
    for (const ValidationRecord& r : records) events += r.events.size() + r.no_event;
    EXPECT_GT(events, records.size() / 2) << f;  // most sentences say what they expect
  }
}

}  // namespace
}  // namespace parley
