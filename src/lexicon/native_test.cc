// parley's own dictionary format, the converter and the lexicon cache.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "parley/lexicon.h"
#include "parley/lexicon_index.h"
#include "text/test_util.h"
#include "util/strings.h"

namespace parley {
namespace {

// The facts two lexicons must share after a conversion (not where entries
// were read).
void ExpectSamePhrase(const Phrase& a, const Phrase& b,
                      const std::string& what) {
  EXPECT_EQ(a.words, b.words) << what;
  EXPECT_EQ(a.stems, b.stems) << what << " " << a.Text();
  EXPECT_EQ(a.gaps, b.gaps) << what << " " << a.Text();
}

void ExpectSamePhrases(const std::vector<Phrase>& a,
                       const std::vector<Phrase>& b, const std::string& what) {
  ASSERT_EQ(a.size(), b.size()) << what;
  for (size_t i = 0; i < a.size(); ++i) ExpectSamePhrase(a[i], b[i], what);
}

void ExpectSameLexicon(const Lexicon& a, const Lexicon& b) {
  ASSERT_EQ(a.actors.size(), b.actors.size());
  for (size_t i = 0; i < a.actors.size(); ++i) {
    const std::string what = Cat("actor ", a.actors[i].phrase.Text());
    ExpectSamePhrase(a.actors[i].phrase, b.actors[i].phrase, what);
    ExpectSamePhrases(a.actors[i].synonyms, b.actors[i].synonyms, what);
    ASSERT_EQ(a.actors[i].codes.size(), b.actors[i].codes.size()) << what;
    for (size_t k = 0; k < a.actors[i].codes.size(); ++k) {
      EXPECT_EQ(a.actors[i].codes[k].code, b.actors[i].codes[k].code) << what;
      EXPECT_EQ(a.actors[i].codes[k].from, b.actors[i].codes[k].from) << what;
      EXPECT_EQ(a.actors[i].codes[k].to, b.actors[i].codes[k].to) << what;
    }
  }
  ASSERT_EQ(a.agents.size(), b.agents.size());
  for (size_t i = 0; i < a.agents.size(); ++i) {
    const std::string what = Cat("agent ", a.agents[i].phrase.Text());
    ExpectSamePhrase(a.agents[i].phrase, b.agents[i].phrase, what);
    ExpectSamePhrases(a.agents[i].synonyms, b.agents[i].synonyms, what);
    EXPECT_EQ(a.agents[i].code, b.agents[i].code) << what;
    EXPECT_EQ(a.agents[i].prefix, b.agents[i].prefix) << what;
  }
  ASSERT_EQ(a.verb_blocks.size(), b.verb_blocks.size());
  for (size_t i = 0; i < a.verb_blocks.size(); ++i) {
    const VerbBlock &x = a.verb_blocks[i], &y = b.verb_blocks[i];
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.code, y.code) << x.name;
    ASSERT_EQ(x.verbs.size(), y.verbs.size()) << x.name;
    for (size_t v = 0; v < x.verbs.size(); ++v) {
      ExpectSamePhrase(x.verbs[v].phrase, y.verbs[v].phrase,
                       Cat("verb of ", x.name));
      EXPECT_EQ(x.verbs[v].head, y.verbs[v].head) << x.verbs[v].phrase.Text();
      EXPECT_EQ(x.verbs[v].forms, y.verbs[v].forms) << x.verbs[v].phrase.Text();
      EXPECT_EQ(x.verbs[v].code, y.verbs[v].code) << x.verbs[v].phrase.Text();
    }
    ASSERT_EQ(x.patterns.size(), y.patterns.size()) << x.name;
    for (size_t p = 0; p < x.patterns.size(); ++p) {
      EXPECT_EQ(x.patterns[p].text, y.patterns[p].text);
      EXPECT_EQ(x.patterns[p].code, y.patterns[p].code) << x.patterns[p].text;
      EXPECT_EQ(x.patterns[p].tokens.size(), y.patterns[p].tokens.size())
          << x.patterns[p].text;
    }
  }
  ASSERT_EQ(a.synonym_sets.size(), b.synonym_sets.size());
  for (size_t i = 0; i < a.synonym_sets.size(); ++i) {
    EXPECT_EQ(a.synonym_sets[i].name, b.synonym_sets[i].name);
    ExpectSamePhrases(a.synonym_sets[i].members, b.synonym_sets[i].members,
                      a.synonym_sets[i].name);
  }
  EXPECT_EQ(a.transformations, b.transformations);
  ASSERT_EQ(a.discards.size(), b.discards.size());
  for (size_t i = 0; i < a.discards.size(); ++i) {
    ExpectSamePhrase(a.discards[i].phrase, b.discards[i].phrase, "discard");
    EXPECT_EQ(a.discards[i].story, b.discards[i].story);
  }
  ASSERT_EQ(a.issues.size(), b.issues.size());
  for (size_t i = 0; i < a.issues.size(); ++i) {
    const IssuePhrase &x = a.issues[i], &y = b.issues[i];
    ExpectSamePhrase(x.phrase, y.phrase, "issue");
    EXPECT_EQ(std::make_tuple(x.code, x.category, x.pos, x.ignore),
              std::make_tuple(y.code, y.category, y.pos, y.ignore))
        << x.phrase.Text();
  }
  EXPECT_EQ(a.prepositions, b.prepositions);
  EXPECT_EQ(a.options, b.options);
  EXPECT_EQ(a.labels, b.labels);
}

// Written for this test: one of each kind of entry, TABARI and PETRARCH.
constexpr char kTabariActors[] =
    "ARGENTIN [ARG]\n"
    "AL GORE [USAGOV 930120-010120] [USAELI]\n"
    "GOLLUM\n+SMEAGOL_\n\t[HOB <950601]\n\t[HOBREB >990816]\n"
    "UNITED_STATES_ [USA]\n";
constexpr char kTabariVerbs[] =
    "ABANDON  [345]\n{ ABANDONS ABANDONED }\n- * $ OF + [344]\n";
constexpr char kPetrarchVerbs[] =
    "&MILITARY\n+SOLDIER\n+ARMED_FORCES\n"
    "---  ANGER   [---]  ---\n+ANGERED_BY {}\nHURRY {HURRIES HURRYING HURRIED "
    "}\n"
    "- * (TO {ARMS SHIPMENT}) $  [042:043]\n"
    "~ a (a b ATTACK) SAY = a b 015\n";
constexpr char kPetrarchAgents[] =
    "!PERSON! = MAN, WOMAN\nBUSINESS!PERSON! [~BUS]\nTRUCE_MONITOR_ [IGO~]\n";

Lexicon ReadSmallSet() {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText(kTabariActors, "t.actors", DictFormat::kTabari, &lex,
                     &problems);
  ReadDictionaryText(kTabariVerbs, "t.verbs", DictFormat::kTabari, &lex,
                     &problems);
  ReadDictionaryText(kPetrarchVerbs, "p.verbs.txt", DictFormat::kPetrarch, &lex,
                     &problems);
  ReadDictionaryText(kPetrarchAgents, "p.agents.txt", DictFormat::kPetrarch,
                     &lex, &problems);
  ReadDictionaryText("+WORLD_CUP\nSTOCK_MARKET\n", "p.discards.txt",
                     DictFormat::kPetrarch, &lex, &problems);
  ReadDictionaryText(
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\nn:kindergarten "
      "[EARLY_EDUCATION]\n"
      "~a head start\n</ISSUE>\n",
      "p.IssueCoding.txt", DictFormat::kPetrarch, &lex, &problems);
  ReadDictionaryText(
      "LABEL: 0211= Appeal for economic aid\nSET: DUP WARNING = FALSE\n",
      "t.options", DictFormat::kTabari, &lex, &problems);
  EXPECT_TRUE(problems.empty()) << problems[0].ToString();
  return lex;
}

TEST(NativeFormat, WritesEachKindOfEntryOnALine) {
  Lexicon lex = ReadSmallSet();
  std::vector<Diagnostic> problems;
  const std::string text = WriteNativeDictionary(lex, &problems);
  EXPECT_TRUE(problems.empty());
  for (const char* line :
       {"parley-dictionary 1\n", "actor ARGENTIN* = ARG\n",
        "actor AL* .. GORE* = USAGOV 1993-01-20..2001-01-20, USAELI\n",
        "actor GOLLUM* | SMEAGOL = HOB ..1995-05-31, HOBREB 1999-08-17..\n",
        "actor UNITED STATES = USA\n", "verbs ABANDON = 345\n",
        "verb ABANDON* {ABANDONS ABANDONED} = 345\n",
        "pattern * $ OF + = 344\n",
        "synset &MILITARY = SOLDIER | ARMED FORCES\n", "verb +ANGERED BY {}\n",
        "pattern * (TO {ARMS SHIPMENT}) $ = 042:043\n",
        "transform a (a b ATTACK) SAY = a b 015\n",
        "agent BUSINESSMAN | BUSINESSWOMAN = ~BUS\n",
        "agent TRUCE MONITOR = IGO~\n", "discard-story WORLD CUP\n",
        "discard STOCK MARKET\n",
        "issue EDUCATION: n: KINDERGARTEN = EARLY_EDUCATION\n",
        "issue-ignore EDUCATION: A HEAD START\n",
        "option LABEL: 0211= Appeal for economic aid\n"})
    EXPECT_NE(text.find(line), std::string::npos)
        << "missing: " << line << "in\n"
        << text;
}

TEST(NativeFormat, ReadsBackWhatItWrote) {
  const Lexicon lex = ReadSmallSet();
  std::vector<Diagnostic> problems;
  const std::string text = WriteNativeDictionary(lex, &problems);
  Lexicon back;
  ReadDictionaryText(text, "small.pdict", DictFormat::kAuto, &back, &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].ToString();
  ExpectSameLexicon(lex, back);
  EXPECT_EQ(WriteNativeDictionary(back, &problems), text);
  // Codes on dates and matching behave the same.
  EXPECT_EQ(back.actors[2].CodeOn(19950531), "HOB");
  EXPECT_EQ(back.actors[2].CodeOn(19990817), "HOBREB");
  EXPECT_EQ(back.actors[2].CodeOn(19970101), "");
  EXPECT_EQ(back.actors[1].phrase.MatchAt({"AL", "A.", "GORE"}, 0), 3u);
}

TEST(NativeFormat, ReportsBadLinesAndReadsTheRest) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText(
      "parley-dictionary 1\n"                          // 1
      "# a comment\n"                                  // 2
      "actor IRAN = IRN\n"                             // 3
      "actor RAISI = IRNGOV 2021-08-03..2021-02-30\n"  // 4 no such day
      "agent OFFICIAL = GOV\n"                         // 5 no '~'
      "verb MEET\n"                                    // 6 no block yet
      "frobnicate X\n"                                 // 7 unknown entry
      "actor  = IRN\n"                                 // 8 empty phrase
      "verbs MEET = 036\n"                             // 9
      "pattern * $ WITH +\n"                           // 10 no code
      "actor ISRAEL = ISR 2000-01-01..1999-01-01\n"    // 11 reversed
      "actor EGYPT | MISR = EGY\n",                    // 12
      "bad.pdict", DictFormat::kAuto, &lex, &problems);
  std::vector<uint32_t> lines;
  for (const Diagnostic& d : problems) lines.push_back(d.line);
  EXPECT_EQ(lines, (std::vector<uint32_t>{4, 5, 6, 7, 8, 10, 11}));
  ASSERT_EQ(lex.actors.size(), 2u);
  EXPECT_EQ(lex.actors[1].synonyms.size(), 1u);
  problems.clear();
  Lexicon other;
  ReadDictionaryText("parley-dictionary 2\nactor X = Y\n", "new.pdict",
                     DictFormat::kParley, &other, &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("format 2 is not supported"),
            std::string::npos);
  EXPECT_TRUE(other.actors.empty());
}

// The real TABARI and PETRARCH dictionaries survive the conversion: every
// entry the format can hold reads back the same.
TEST(NativeFormat, ConvertsTheRealDictionaries) {
  if (testing::SharedDir().empty())
    GTEST_SKIP() << "skipped: ../shared not found";
  const std::string p2 =
      testing::SharedDir() + "/peers/petrarch2/petrarch2/data/dictionaries/";
  Lexicon lex;
  std::vector<Diagnostic> problems;
  for (const std::string& f :
       {testing::SharedDir() + "/peers/tabari/Validate.project",
        p2 + "CAMEO.2.0.txt", p2 + "Phoenix.agents.txt",
        p2 + "Phoenix.Countries.actors.txt", p2 + "Phoenix.IssueCoding.txt",
        p2 + "Phoenix.discards.txt", p2 + "Phoenix.prepositions.txt"})
    ASSERT_TRUE(ReadDictionaryFile(f, DictFormat::kAuto, &lex, &problems).ok())
        << f;
  problems.clear();
  const std::string text = WriteNativeDictionary(lex, &problems);
  // Left out: one Phoenix synonym written "TAIOAN +TAWIAN_" (a stray '+').
  ASSERT_EQ(problems.size(), 1u) << problems[0].ToString();
  EXPECT_NE(problems[0].message.find("+TAWIAN"), std::string::npos);
  Lexicon back;
  problems.clear();
  ReadDictionaryText(text, "all.pdict", DictFormat::kAuto, &back, &problems);
  EXPECT_TRUE(problems.empty()) << problems[0].ToString();
  // Drop the phrase that was left out, then compare everything.
  for (Actor& a : lex.actors)
    std::erase_if(a.synonyms, [](const Phrase& p) {
      return p.words.size() == 2 && p.words[1] == "+TAWIAN";
    });
  ExpectSameLexicon(lex, back);
}

std::string TempDir(const std::string& name) {
  const std::string dir = ::testing::TempDir() + "/" + name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(LexiconCache, UsedUntilASourceChanges) {
  const std::string dir = TempDir("parley_cache");
  std::ofstream(dir + "/a.actors") << "IRAN_ [IRN]\nBAD_ [IRN 991301-000101]\n";
  std::ofstream(dir + "/p.agents.txt") << "OFFICIAL_ [~GOV]\n";
  std::ofstream(dir + "/set.project")
      << "<actorsfile> a.actors\n<agentsfile> p.agents.txt\n";
  const std::vector<std::string> paths = {dir + "/set.project"};
  const std::string cache = dir + "/set.cache";
  auto load = [&](LexiconLoadInfo* info, std::vector<Diagnostic>* problems) {
    Lexicon lex;
    EXPECT_TRUE(
        LoadLexicon(paths, DictFormat::kAuto, cache, &lex, problems, info)
            .ok());
    return lex;
  };
  LexiconLoadInfo info;
  std::vector<Diagnostic> first_problems, second_problems;
  const Lexicon first = load(&info, &first_problems);
  EXPECT_FALSE(info.from_cache);
  EXPECT_TRUE(info.cache_written) << info.cache_note;
  const Lexicon second = load(&info, &second_problems);
  EXPECT_TRUE(info.from_cache) << info.cache_note;
  ExpectSameLexicon(first, second);
  EXPECT_EQ(second.files, first.files);
  ASSERT_EQ(second_problems.size(), 1u);  // the bad date, kept with the cache
  EXPECT_EQ(second_problems[0].ToString(), first_problems[0].ToString());
  // A dictionary the project names changes: read again.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  std::ofstream(dir + "/p.agents.txt") << "OFFICIAL_ [~GOV]\nMILITIA_ [~MIL]\n";
  std::vector<Diagnostic> ignored;
  const Lexicon third = load(&info, &ignored);
  EXPECT_FALSE(info.from_cache);
  EXPECT_NE(info.cache_note.find("p.agents.txt changed"), std::string::npos)
      << info.cache_note;
  EXPECT_EQ(third.agents.size(), 2u);
  EXPECT_TRUE(load(&info, &ignored).agents.size() == 2 && info.from_cache);
  // A damaged cache is not trusted.
  std::filesystem::resize_file(cache, std::filesystem::file_size(cache) - 5);
  EXPECT_EQ(load(&info, &ignored).agents.size(), 2u);
  EXPECT_FALSE(info.from_cache);
  EXPECT_NE(info.cache_note.find("checksum"), std::string::npos)
      << info.cache_note;
}

}  // namespace
}  // namespace parley
