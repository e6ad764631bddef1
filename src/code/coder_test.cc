// The event coder on sentences written for these tests, with a small
// dictionary written here, the shipped models, and (when ../shared is
// there) TABARI's validation suite and the seed page.
#include "parley/coder.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "parley/pipeline.h"
#include "parley/validate.h"
#include "text/test_util.h"
#include "util/strings.h"

namespace parley {
namespace {

const Pipeline& Nlp() {
  static const Pipeline* nlp = [] {
    const std::string m = std::string(PARLEY_SOURCE_DIR) + "/models/";
    auto p = Pipeline::Load(m + "tagger.bin", m + "lemmatizer.bin",
                            m + "parser.bin");
    EXPECT_TRUE(p.ok()) << p.status().message();
    return p.ok() ? p->release() : nullptr;
  }();
  return *nlp;
}

constexpr char kDictionary[] =
    "parley-dictionary 1\n"
    "actor ARNOR = ARN\n"
    "actor GONDOR = GON\n"
    "actor IRAN | IRANIAN = IRN\n"
    "actor ISRAEL | ISRAELI = ISR\n"
    "actor ROHAN = ROH 1990-01-01..1999-12-31, RHN\n"
    "agent OFFICIAL = ~GOV\n"
    "agent GENERAL = ~MIL\n"
    "verbs RESTORE = 064\n"
    "verb RESTORE\n"
    "verbs ATTACK = 190\n"
    "verb ATTACK\n"
    "pattern * WITH MISSILES = 195\n"
    "verbs MEET = 036\n"
    "verb MEET {MET MEETS MEETING}\n"
    "verbs VISIT = 042:043\n"
    "verb VISIT\n"
    "verbs ACCUSE = 112\n"
    "verb ACCUSE\n";

// The coder over kDictionary, built once.
const Coder& TestCoder() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon;
    std::vector<Diagnostic> problems;
    ReadDictionaryText(kDictionary, "test.pdict", DictFormat::kAuto, l,
                       &problems);
    EXPECT_TRUE(problems.empty()) << problems[0].ToString();
    return l;
  }();
  static const Coder coder(*lex);
  return coder;
}

// "SRC/TGT/CODE" of each event, with "!" for negated and "?" for hypothetical.
std::string CodeText(std::string_view text, int32_t date = 20240518) {
  const Coder& coder = TestCoder();
  std::vector<ParsedSentence> sentences;
  Nlp().Parse(text, &sentences);
  std::string out;
  for (const ParsedSentence& s : sentences) {
    std::vector<CodedEvent> events;
    coder.Code(s, text, date, &events);
    for (const CodedEvent& e : events)
      out += Cat(out.empty() ? "" : " ", e.source.code, "/", e.target.code, "/",
                 e.code, e.negated ? "!" : "", e.hypothetical ? "?" : "");
  }
  return out;
}

TEST(Coder, SubjectVerbObject) {
  EXPECT_EQ(CodeText("Arnor restored ties with Gondor."), "ARN/GON/064");
  EXPECT_EQ(CodeText("Iran attacked Israel."), "IRN/ISR/190");
  EXPECT_EQ(CodeText("The weather was fine."), "");
}

TEST(Coder, PatternsGiveTheCode) {
  EXPECT_EQ(CodeText("Iran attacked Israel with missiles."), "IRN/ISR/195");
}

TEST(Coder, AgentsComposeWithActors) {
  EXPECT_EQ(CodeText("Iranian officials met Israeli officials."),
            "IRNGOV/ISRGOV/036");
}

TEST(Coder, PassiveWithBy) {
  EXPECT_EQ(CodeText("Israel was attacked by Iran."), "IRN/ISR/190");
}

TEST(Coder, ForwardAndReverseCodes) {
  EXPECT_EQ(CodeText("Arnor visited Gondor."), "ARN/GON/042 GON/ARN/043");
}

TEST(Coder, ConjunctsAreSeparateActors) {
  EXPECT_EQ(CodeText("Arnor and Rohan accused Gondor.", 19950101),
            "ARN/GON/112 ROH/GON/112");
}

TEST(Coder, DatedCodes) {
  EXPECT_EQ(CodeText("Rohan accused Gondor.", 19950101), "ROH/GON/112");
  EXPECT_EQ(CodeText("Rohan accused Gondor.", 20050101), "RHN/GON/112");
}

TEST(Coder, NegationAndModality) {
  EXPECT_EQ(CodeText("Iran did not attack Israel."), "IRN/ISR/190!");
  EXPECT_EQ(CodeText("Iran threatened to attack Israel."), "IRN/ISR/190?");
  EXPECT_EQ(CodeText("Iran could attack Israel."), "IRN/ISR/190?");
  EXPECT_EQ(CodeText("Iran refused to meet Israeli officials."),
            "IRN/ISRGOV/036!");
}

TEST(Coder, CitedSources) {
  const Coder& coder = TestCoder();
  auto cited = [&](const std::string& text) {
    std::vector<ParsedSentence> sentences;
    Nlp().Parse(text, &sentences);
    std::vector<CodedEvent> events;
    for (const ParsedSentence& s : sentences)
      coder.Code(s, text, 20240518, &events);
    return events.empty()
               ? std::string("no event")
               : Cat(events[0].cited.text, "/", events[0].cited.code);
  };
  EXPECT_EQ(cited("Iran attacked Israel on Tuesday, Israeli officials said."),
            "Israeli officials/ISRGOV");
  EXPECT_EQ(cited("Iran attacked Israel, two sources told reporters."),
            "two sources/");
  EXPECT_EQ(cited("Iran attacked Israel."), "/");
}

// Within a document, a name coded through its apposition keeps its code,
// and a pronoun subject takes the last subject's actors.
TEST(Coder, DocumentContextCarriesNamesAndSubjects) {
  const Coder& coder = TestCoder();
  const std::string text =
      "Israel attacked Zahedi, an Iranian general. Zahedi accused Israel. "
      "Later they attacked Gondor.";
  std::vector<ParsedSentence> sentences;
  Nlp().Parse(text, &sentences);
  ASSERT_EQ(sentences.size(), 3u);
  DocumentContext context;
  std::string got;
  for (const ParsedSentence& s : sentences) {
    std::vector<CodedEvent> events;
    coder.Code(s, text, 20240518, &events, nullptr, nullptr, &context);
    for (const CodedEvent& e : events)
      got += Cat(e.source.code, "/", e.target.code, "/", e.code, " ");
  }
  EXPECT_EQ(got, "ISR/IRNMIL/190 IRNMIL/ISR/112 IRNMIL/GON/190 ");
  // Without a context each sentence stands alone.
  std::vector<CodedEvent> alone;
  coder.Code(sentences[1], text, 20240518, &alone);
  EXPECT_TRUE(alone.empty());
}

TEST(Coder, AppositionGivesTheActor) {
  EXPECT_EQ(CodeText("Israel attacked Zahedi, an Iranian general."),
            "ISR/IRNMIL/190");
}

TEST(Coder, ExplainsWhatItFound) {
  const Coder& coder = TestCoder();
  const std::string text = "Iran attacked Israel with missiles.";
  std::vector<ParsedSentence> sentences;
  Nlp().Parse(text, &sentences);
  std::vector<CodedEvent> events;
  std::vector<std::string> trace;
  coder.Code(sentences[0], text, 20240518, &events, &trace);
  std::string all;
  for (const std::string& t : trace) all += t + "\n";
  EXPECT_NE(all.find("phrase 'Iran': actor IRAN_ (test.pdict:4) -> IRN"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("pattern '* WITH MISSILES' [195] (test.pdict:13)"),
            std::string::npos)
      << all;
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].matched, "test.pdict:13");
  EXPECT_EQ(text.substr(events[0].source.begin,
                        events[0].source.end - events[0].source.begin),
            "Iran");
  EXPECT_EQ(text.substr(events[0].target.begin,
                        events[0].target.end - events[0].target.begin),
            "Israel");
}

// A floor on TABARI's own validation suite: records whose coded events are
// exactly the expected ones (docs/ACCURACY.md lists the failures).
TEST(Coder, FloorOnTabariValidationSuite) {
  if (testing::SharedDir().empty())
    GTEST_SKIP() << "skipped: ../shared not found";
  const std::string dir = testing::SharedDir() + "/peers/tabari/";
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ASSERT_TRUE(ReadDictionaryFile(dir + "Validate.project", DictFormat::kAuto,
                                 &lex, &problems)
                  .ok());
  std::ifstream in(dir + "Validate.text", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::vector<ValidationRecord> records =
      ReadTabariSuite(ss.str(), "Validate.text", &problems);
  // As TABARI codes, and as parley validate runs its suite: one verb per
  // clause, and the project's .options.
  CoderOptions options;
  options.first_verb_only = true;
  const Coder coder(lex, TabariOptions(lex, options));
  SuiteChecker checker(Nlp(), coder);
  size_t checked = 0, passed = 0;
  for (const ValidationRecord& r : records) {
    if (r.standard &&
        (!r.events.empty() || r.no_event || r.complex || r.discard)) {
      ++checked;
      passed += checker.Check(r).pass;
    }
    checker.After(r);
  }
  std::printf("TABARI validation suite: %zu of %zu records pass\n", passed,
              checked);
  EXPECT_EQ(checked, 441u);
  EXPECT_GE(passed, 290u);
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// Hostile sentences finish, capped by the segmenter (flag kCapped), and
// code without blowing up.
TEST(Coder, HostileSentencesFinishWithAFlag) {
  std::string many_actors, commas, clauses, verbs;
  for (int i = 0; i < 50; ++i) many_actors += "Iran and Israel and ";
  many_actors += "Arnor attacked Gondor.";
  for (int i = 0; i < 200; ++i) commas += "Iran, ";
  commas += "attacked Israel.";
  for (int i = 0; i < 40; ++i) clauses += "Iran said that ";
  clauses += "Israel attacked Gondor.";
  for (int i = 0; i < 500; ++i) verbs += "attacked ";
  verbs = "Iran " + verbs + "Israel.";
  // More than 250 tokens (SegmentOptions::max_sentence_tokens): cut and
  // flagged.
  const std::pair<std::string, bool> cases[] = {
      {many_actors, false}, {commas, true}, {clauses, false}, {verbs, true}};
  for (const auto& [text, long_one] : cases) {
    std::vector<ParsedSentence> sentences;
    Nlp().Parse(text, &sentences);
    ASSERT_FALSE(sentences.empty());
    bool capped = false;
    for (const ParsedSentence& s : sentences)
      capped = capped || (s.flags & kCapped);
    EXPECT_EQ(capped, long_one) << text.substr(0, 40);
    EXPECT_LE(CodeText(text).size(),
              100000u);  // it finishes, and codes at most what the text holds
  }
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// The seed page with TABARI's real dictionaries: what the coder gets right
// today (docs/ACCURACY.md lists what it does not yet).
TEST(Coder, SeedPage) {
  if (testing::SharedDir().empty())
    GTEST_SKIP() << "skipped: ../shared not found";
  const std::string t = testing::SharedDir() + "/peers/tabari/";
  Lexicon lex;
  std::vector<Diagnostic> problems;
  for (const std::string& f :
       {t + "dictionaries/CountryInfo.120116.actors.zip",
        t + "dictionaries/Internatnl.120521.actors",
        t + "dictionaries/Levant.080629.actors",
        t + "dictionaries/PSU.120522.agents", t + "CAMEO.091003.master.verbs"})
    ASSERT_TRUE(ReadDictionaryFile(f, DictFormat::kAuto, &lex, &problems).ok())
        << f;
  std::ifstream in(testing::SharedDir() + "/seed/news_az_2024-05-18.txt",
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  const Coder coder(lex);
  std::vector<ParsedSentence> sentences;
  Nlp().Parse(text, &sentences);
  std::vector<std::string> events;
  for (const ParsedSentence& s : sentences) {
    std::vector<CodedEvent> out;
    coder.Code(s, text, 20240518, &out);
    for (const CodedEvent& e : out) {
      events.push_back(
          Cat(e.source.code, "/", e.target.code, "/", e.code.substr(0, 2)));
      EXPECT_EQ(text.substr(e.source.begin, e.source.end - e.source.begin)
                    .find("sources"),
                std::string::npos);
      EXPECT_EQ(text.substr(e.target.begin, e.target.end - e.target.begin)
                    .find("Axios"),
                std::string::npos);
    }
  }
  auto has = [&](const std::string& e) {
    return std::find(events.begin(), events.end(), e) != events.end();
  };
  EXPECT_TRUE(has("USA/IRN/04")) << "the talks";
  EXPECT_TRUE(has("IRN/ISR/19")) << "missiles fired";
  EXPECT_TRUE(has("ISR/IRNMIL/18"))
      << "assassination of Zahedi, via the apposition";
  EXPECT_TRUE(has("ISR/IRNMIL/19"))
      << "the strike on the Iranian air force base";
}

}  // namespace
}  // namespace parley
