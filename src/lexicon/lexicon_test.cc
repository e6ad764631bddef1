#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parley/lexicon.h"
#include "parley/lexicon_index.h"
#include "text/test_util.h"
#include "util/strings.h"

namespace parley {
namespace {

TEST(DictDates, SixAndEightDigitsWithTheCenturyRule) {
  int32_t d = 0;
  EXPECT_TRUE(ParseDictDate("991201", &d));
  EXPECT_EQ(d, 19991201);
  EXPECT_TRUE(ParseDictDate("010114", &d));
  EXPECT_EQ(d, 20010114);
  EXPECT_TRUE(ParseDictDate("291231", &d));  // below 30: 20xx
  EXPECT_EQ(d, 20291231);
  EXPECT_TRUE(ParseDictDate("300101", &d));  // 30 and above: 19xx
  EXPECT_EQ(d, 19300101);
  EXPECT_TRUE(ParseDictDate("20090126", &d));
  EXPECT_EQ(d, 20090126);
  EXPECT_TRUE(ParseDictDate("000229", &d));  // 2000 was a leap year
  for (const char* bad : {"991301", "990100", "010229", "12345", "1234567", "abcdef", "", "040931"})
    EXPECT_FALSE(ParseDictDate(bad, &d)) << bad;
}

TEST(DictDates, CodeBlocks) {
  DatedCode c;
  std::string error;
  ASSERT_TRUE(ParseCodeBlock("USAGOV", &c, &error));
  EXPECT_EQ(c.code, "USAGOV");
  EXPECT_FALSE(c.dated());
  ASSERT_TRUE(ParseCodeBlock("USAGOV <991201", &c, &error));
  EXPECT_EQ(c.from, kFirstDate);
  EXPECT_EQ(c.to, 19991130);
  ASSERT_TRUE(ParseCodeBlock("HOB < 950301", &c, &error));  // across a month end
  EXPECT_EQ(c.to, 19950228);
  ASSERT_TRUE(ParseCodeBlock("USAGOV >991231", &c, &error));
  EXPECT_EQ(c.from, 20000101);
  EXPECT_EQ(c.to, kLastDate);
  ASSERT_TRUE(ParseCodeBlock(" HOBGOV 950601 - 990815 ", &c, &error));
  EXPECT_EQ(c.from, 19950601);
  EXPECT_EQ(c.to, 19990815);
  ASSERT_TRUE(ParseCodeBlock("ISR 20031001-040101", &c, &error));  // mixed widths
  EXPECT_EQ(c.from, 20031001);
  EXPECT_EQ(c.to, 20040101);
  // A day past its month's end is read as the last day, with a note.
  ASSERT_TRUE(ParseCodeBlock("AFGGOV 030101-040931", &c, &error));
  EXPECT_EQ(c.to, 20040930);
  EXPECT_NE(error.find("040931"), std::string::npos);
  for (const char* bad : {"", "ISR 040101-920712", "PSE 030430 040101-040101", "X <99", "X ~991201"}) {
    EXPECT_FALSE(ParseCodeBlock(bad, &c, &error)) << bad;
    EXPECT_FALSE(error.empty());
  }
}

TEST(Actor, CodeChangesOverTime) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText(
      "GOLLUM\n+SMEAGOL\n\t[HOB <950601]\n\t[HOBGOV 950601-990815]\n\t[HOBREB >990816]\n"
      "AXNOR  [AR1 <911226] [AR2]\n",
      "test.actors", DictFormat::kTabari, &lex, &problems);
  EXPECT_TRUE(problems.empty()) << problems[0].ToString();
  ASSERT_EQ(lex.actors.size(), 2u);
  const Actor& g = lex.actors[0];
  EXPECT_EQ(g.synonyms.size(), 1u);
  auto on = [](const Actor& a, int32_t date) { return std::string(a.CodeOn(date)); };
  EXPECT_EQ(on(g, 19950531), "HOB");
  EXPECT_EQ(on(g, 19950601), "HOBGOV");
  EXPECT_EQ(on(g, 19990815), "HOBGOV");
  EXPECT_EQ(on(g, 19990817), "HOBREB");
  EXPECT_EQ(on(lex.actors[1], 19911225), "AR1");
  EXPECT_EQ(on(lex.actors[1], 19920101), "AR2");  // the undated code otherwise
}

TEST(Actor, PhrasesStemsAndFormats) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText("ARGENTIN [ARG]\nESTONIA_  [EST] ;tony  4/21/91\nAL GORE [USA]\n", "t.actors",
                     DictFormat::kTabari, &lex, &problems);
  ReadDictionaryText("KABUL_ [AFG] # comment\nMAZAR-I-SHARIF [AFG]\n", "t.actors.txt",
                     DictFormat::kAuto, &lex, &problems);
  ASSERT_EQ(lex.actors.size(), 5u);
  EXPECT_TRUE(lex.actors[0].phrase.prefix_last());  // TABARI stem: ARGENTINA, ARGENTINE
  EXPECT_FALSE(lex.actors[1].phrase.prefix_last());
  EXPECT_EQ(lex.actors[2].phrase.words, (std::vector<std::string>{"AL", "GORE"}));
  EXPECT_FALSE(lex.actors[4].phrase.prefix_last());  // PETRARCH: no stemming
  EXPECT_EQ(lex.actors[4].phrase.Text(), "MAZAR I SHARIF_");  // hyphens separate words, as in tokens
  EXPECT_EQ(lex.actors[4].phrase.MatchAt({"MAZAR", "-", "I", "-", "SHARIF"}, 0), 5u);
  EXPECT_EQ(lex.files.size(), 2u);
}

// Written for this test: every planted problem must be reported at its line.
constexpr char kBroken[] =
    "; a dictionary with planted errors\n"   // 1
    "+ORPHAN_\n"                              // 2  synonym before any entry
    "IRAN_ [IRN]\n"                           // 3
    "+PERSIA_\n"                              // 4
    "BAD_DATE_ [IRN 991301-000101]\n"         // 5  no month 13
    "NO_CODE_\n"                              // 6  no code
    "UNCLOSED_ [IRN\n"                        // 7  unclosed bracket
    "REVERSED_ [ISR 040101-920712]\n"         // 8  range ends before it starts
    "IRAN_ [IRQ]\n"                           // 9  duplicate of line 3
    "LOWER_ [ir-n]\n"                         // 10 malformed code
    "\t[XXX]\n"                               // 11 (code of LOWER_: fine)
    "TRAILING_ [IRN] junk\n"                  // 12 text after the blocks
    "OVERLAP_\n\t[A 990101-991231]\n\t[B 990601-000101]\n"  // 13 overlapping ranges
    "<NOUN>\nBEES\n</NOUN>\n";                // skipped word list

TEST(DictCheck, ReportsEveryPlantedErrorAtItsLine) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText(kBroken, "broken.actors", DictFormat::kTabari, &lex, &problems);
  CheckLexicon(lex, &problems);
  std::vector<std::pair<uint32_t, std::string>> got;
  for (const Diagnostic& d : problems) {
    EXPECT_EQ(d.file, "broken.actors");
    got.emplace_back(d.line, d.message);
  }
  auto has = [&](uint32_t line, std::string_view needle, Diagnostic::Severity sev) {
    for (const Diagnostic& d : problems)
      if (d.line == line && d.severity == sev && d.message.find(needle) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has(2, "no actor entry above", Diagnostic::kError));
  EXPECT_TRUE(has(5, "bad date '991301'", Diagnostic::kError));
  EXPECT_TRUE(has(6, "'NO CODE_' has no code", Diagnostic::kWarning));  // TABARI reads [---]
  EXPECT_TRUE(has(7, "unclosed '['", Diagnostic::kError));
  EXPECT_TRUE(has(8, "ends before it starts", Diagnostic::kError));
  EXPECT_TRUE(has(9, "duplicate actor 'IRAN_' (also at broken.actors:3)", Diagnostic::kWarning));
  EXPECT_TRUE(has(10, "malformed actor code 'ir-n'", Diagnostic::kError));
  EXPECT_TRUE(has(12, "unexpected text 'junk'", Diagnostic::kError));
  EXPECT_TRUE(has(13, "overlap", Diagnostic::kWarning));
  EXPECT_EQ(problems.size(), 9u) << [&] {
    std::string all;
    for (const Diagnostic& d : problems) all += d.ToString() + "\n";
    return all;
  }();
  // Nothing read from the <NOUN> list; everything else was kept.
  for (const Actor& a : lex.actors) EXPECT_NE(a.phrase.Text(), "BEES");
}

TEST(Agents, SuffixPrefixSetsAndPlurals) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText(
      "!PERSON! = MAN, WOMAN\n"                                  // 1
      "BUSINESS!PERSON! [~BUS]\n"                                // 2
      "TRUCE_MONITOR_ [IGO~]\n"                                  // 3
      "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\n"      // 4
      "FARMER [AGR]\n"                                           // 5 no '~'
      "CATTLE!HERDER! [~AGR]\n"                                  // 6 undefined set
      "RANCHER\n",                                               // 7 no code
      "t.agents.txt", DictFormat::kAuto, &lex, &problems);
  ASSERT_EQ(lex.agents.size(), 3u);
  EXPECT_EQ(lex.agents[0].phrase.Text(), "BUSINESSMAN_");
  ASSERT_EQ(lex.agents[0].synonyms.size(), 1u);
  EXPECT_EQ(lex.agents[0].synonyms[0].Text(), "BUSINESSWOMAN_");
  EXPECT_EQ(lex.agents[0].code, "BUS");
  EXPECT_FALSE(lex.agents[0].prefix);
  EXPECT_EQ(lex.agents[1].code, "IGO");
  EXPECT_TRUE(lex.agents[1].prefix);
  EXPECT_EQ(lex.agents[2].synonyms[0].Text(), "CHAMBERS OF COMMERCE_");
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].line, 5u);
  EXPECT_EQ(problems[1].line, 6u);
  EXPECT_EQ(problems[2].line, 7u);
}

TEST(DictKind, FromNames) {
  EXPECT_EQ(DictKindOf("d/Levant.080629.actors"), DictKind::kActors);
  EXPECT_EQ(DictKindOf("Phoenix.Countries.actors.txt"), DictKind::kActors);
  EXPECT_EQ(DictKindOf("CountryInfo.120116.actors.zip"), DictKind::kActors);
  EXPECT_EQ(DictKindOf("PSU.120522.agents"), DictKind::kAgents);
  EXPECT_EQ(DictKindOf("CAMEO.2.0.txt"), DictKind::kUnknown);
}

// Counts entry lines of a TABARI or PETRARCH actors file independently of
// the reader, line by line: a TABARI file ends at a line starting with '~'
// and its lines starting with '#' or '/' are comments; a PETRARCH comment
// runs from '#'; what is left, trimmed, is an entry unless empty or starting
// with '+' (synonym), '[' (codes), ';' or '<' (comment or word-list tag).
size_t CountEntryLines(const std::string& path) {
  const bool petrarch = path.ends_with(".txt");
  std::ifstream in(path);
  size_t n = 0;
  bool word_list = false;
  for (std::string line; std::getline(in, line);) {
    if (!petrarch && !line.empty() && line[0] == '~') break;
    if (!petrarch && !line.empty() && (line[0] == '#' || line[0] == '/')) continue;
    if (petrarch) line = line.substr(0, line.find('#'));
    std::string_view t = StripSpace(line);
    if (t == "<NOUN>" || t == "<ADJECTIVE>") word_list = true;
    if (t == "</NOUN>" || t == "</ADJECTIVE>") word_list = false;
    if (word_list || t.empty()) continue;
    if (t[0] == '+' || t[0] == '[' || t[0] == ';' || t[0] == '<') continue;
    ++n;
  }
  return n;
}

TEST(RealDictionaries, CountsMatchAnIndependentCount) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "skipped: ../shared not found";
  const std::string dir = testing::SharedDir() + "/peers/";
  for (const char* f :
       {"tabari/dictionaries/Levant.080629.actors", "tabari/dictionaries/Internatnl.120521.actors",
        "tabari/dictionaries/CAMEO.RCS.120521.actors", "tabari/TABARI.Demo.actors",
        "petrarch2/petrarch2/data/dictionaries/Phoenix.Countries.actors.txt",
        "petrarch2/petrarch2/data/dictionaries/Phoenix.International.actors.txt"}) {
    Lexicon lex;
    std::vector<Diagnostic> problems;
    ASSERT_TRUE(ReadDictionaryFile(dir + f, DictFormat::kAuto, &lex, &problems).ok()) << f;
    EXPECT_EQ(lex.actors.size(), CountEntryLines(dir + f)) << f;
  }
}

// Written for this test, in PETRARCH-2's verb format.
constexpr char kPetrarchVerbs[] =
    "####### SYNONYM SETS #######\n"                 // 1
    "&MILITARY\n"                                    // 2
    "+SOLDIER\n"                                     // 3
    "+ARMED_FORCES\n"                                // 4
    "- * STRAY [010]\n"                              // 5 pattern before any block
    "---  RUSH   [---]  ---\n"                       // 6
    "RUSH # a comment\n"                             // 7
    "HURRY {HURRIES HURRYING HURRIED }\n"            // 8
    "+ANGERED_BY {}\n"                               // 9
    "- * (TO)          [042:043]  # RUSH\n"          // 10
    "- &MILITARY *     [154]\n"                      // 11
    "- NO VERB HERE    [154]\n"                      // 12 no '*'
    "- * AID\n"                                      // 13 no code
    "--- SEND  ###\n"                                // 14 header without [code]
    "SEND\n"                                         // 15
    "~ a (a b ATTACK) SAY = a b 015\n";              // 16

TEST(Verbs, PetrarchBlocksPatternsSetsAndErrors) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText(kPetrarchVerbs, "CAMEO.test.txt", DictFormat::kAuto, &lex, &problems);
  ASSERT_EQ(lex.synonym_sets.size(), 1u);
  EXPECT_EQ(lex.synonym_sets[0].name, "&MILITARY");
  EXPECT_EQ(lex.synonym_sets[0].members.size(), 2u);
  ASSERT_EQ(lex.verb_blocks.size(), 2u);
  const VerbBlock& rush = lex.verb_blocks[0];
  EXPECT_EQ(rush.name, "RUSH");
  EXPECT_EQ(rush.code, "---");
  ASSERT_EQ(rush.verbs.size(), 3u);
  EXPECT_EQ(rush.verbs[1].forms, (std::vector<std::string>{"HURRIES", "HURRYING", "HURRIED"}));
  EXPECT_TRUE(rush.verbs[2].forms_given);
  EXPECT_TRUE(rush.verbs[2].forms.empty());
  EXPECT_EQ(rush.verbs[2].phrase.words, (std::vector<std::string>{"ANGERED", "BY"}));
  EXPECT_EQ(rush.verbs[2].head, 0u);
  ASSERT_EQ(rush.patterns.size(), 3u);  // line 12 kept (reported), line 13 not
  EXPECT_EQ(rush.patterns[0].text, "* (TO)");
  EXPECT_EQ(rush.patterns[0].code, "042:043");
  EXPECT_EQ(rush.patterns[1].where.line, 11u);
  EXPECT_EQ(lex.verb_blocks[1].name, "SEND");  // "###" starts a PETRARCH comment
  ASSERT_EQ(lex.transformations.size(), 1u);
  EXPECT_EQ(lex.transformations[0], "a (a b ATTACK) SAY = a b 015");
  std::vector<uint32_t> lines;
  for (const Diagnostic& d : problems) lines.push_back(d.line);
  EXPECT_EQ(lines, (std::vector<uint32_t>{5, 12, 13, 14}));
}

TEST(Verbs, TabariVerbLinesOpenBlocks) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText(
      "<SYNSETS>\n&TIETYPES\n+DIPLOMATIC\n</SYNSETS>\n<TIME>\nYESTERDAY [-1]\n</TIME>\n"
      "ABANDON  [345] ;pas\n{ ABANDONS ABANDONED }\n- * NEW_&TIETYPES_RELATIONS [903]\n"
      "ACCUSE  [112]\n- % * EACH OTHER [112:112]\n",
      "t.verbs", DictFormat::kAuto, &lex, &problems);
  EXPECT_TRUE(problems.empty()) << problems[0].ToString();
  ASSERT_EQ(lex.verb_blocks.size(), 2u);
  EXPECT_EQ(lex.verb_blocks[0].code, "345");
  EXPECT_EQ(lex.verb_blocks[0].verbs[0].forms.size(), 2u);
  EXPECT_EQ(lex.verb_blocks[0].patterns[0].code, "903");
  EXPECT_EQ(lex.verb_blocks[1].patterns[0].text, "% * EACH OTHER");
  EXPECT_EQ(lex.synonym_sets.size(), 1u);
}

// The counts the dictionary issue gives for PETRARCH-2's CAMEO.2.0.txt, and
// the same from a line-by-line count.
TEST(RealDictionaries, PetrarchVerbCounts) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "skipped: ../shared not found";
  const std::string path = testing::SharedDir() + "/peers/petrarch2/petrarch2/data/dictionaries/CAMEO.2.0.txt";
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ASSERT_TRUE(ReadDictionaryFile(path, DictFormat::kAuto, &lex, &problems).ok());
  size_t verbs = 0, patterns = 0;
  for (const VerbBlock& b : lex.verb_blocks) {
    verbs += b.verbs.size();
    patterns += b.patterns.size();
  }
  EXPECT_EQ(lex.verb_blocks.size(), 397u);
  EXPECT_EQ(verbs, 1817u);
  EXPECT_EQ(patterns, 4668u);
  EXPECT_EQ(lex.synonym_sets.size(), 40u);
  // Line by line: headers start "---", patterns "-", sets "&"; verbs are the
  // other non-comment lines after the first header, but for '~' lines.
  std::ifstream in(path);
  size_t headers = 0, dashes = 0, sets = 0, verb_lines = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("---", 0) == 0) ++headers;
    if (line.rfind("-", 0) == 0) ++dashes;
    if (line.rfind("&", 0) == 0) ++sets;
    std::string_view t = StripSpace(std::string_view(line).substr(0, line.find('#')));
    if (headers > 0 && !t.empty() && t[0] != '-' && t[0] != '~') ++verb_lines;
  }
  EXPECT_EQ(lex.verb_blocks.size(), headers);
  EXPECT_EQ(patterns, dashes - headers);
  EXPECT_EQ(lex.synonym_sets.size(), sets);
  EXPECT_EQ(verbs, verb_lines);
}

TEST(Lists, DiscardsIssuesPrepositions) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText("# story-level with '+'\n+Manchester United   # note\nWORLD CUP\n", "t.discards.txt",
                     DictFormat::kAuto, &lex, &problems);
  ASSERT_EQ(lex.discards.size(), 2u);
  EXPECT_TRUE(lex.discards[0].story);
  EXPECT_EQ(lex.discards[0].phrase.words, (std::vector<std::string>{"MANCHESTER", "UNITED"}));
  EXPECT_FALSE(lex.discards[1].story);
  ReadDictionaryText(
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"   // 1
      "n:kindergarten [EARLY_EDUCATION]\n"               // 2
      "early+childhood education [EARLY_EDUCATION]\n"   // 3
      "~a head start\n"                                  // 4
      "eurozone\n"                                       // 5 no code: the category
      "</ISSUE>\n"                                       // 6
      "stray [X]\n",                                     // 7 outside <ISSUE>
      "t.IssueCoding.txt", DictFormat::kAuto, &lex, &problems);
  ASSERT_EQ(lex.issues.size(), 4u);
  EXPECT_EQ(lex.issues[0].pos, 'n');
  EXPECT_EQ(lex.issues[0].phrase.words, (std::vector<std::string>{"KINDERGARTEN"}));
  EXPECT_EQ(lex.issues[0].category, "EDUCATION");
  EXPECT_EQ(lex.issues[1].code, "EARLY_EDUCATION");
  EXPECT_TRUE(lex.issues[2].ignore);
  EXPECT_EQ(lex.issues[3].code, "EDUCATION");
  ReadDictionaryText("about\nabove\nin front\n", "t.prepositions.txt", DictFormat::kAuto, &lex, &problems);
  EXPECT_EQ(lex.prepositions, (std::vector<std::string>{"ABOUT", "ABOVE"}));
  std::vector<std::pair<std::string, uint32_t>> where;
  for (const Diagnostic& d : problems) where.emplace_back(d.file, d.line);
  EXPECT_EQ(where, (std::vector<std::pair<std::string, uint32_t>>{
                       {"t.IssueCoding.txt", 5}, {"t.IssueCoding.txt", 7}, {"t.prepositions.txt", 3}}));
  // A data table named like a discard list is refused as a whole.
  problems.clear();
  ReadDictionaryText("\t2\t1995\tAGO\tx\ty\n\t3\t1996\tAGO\tx\ty\n", "discards.txt", DictFormat::kAuto,
                     &lex, &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("tab-separated data table"), std::string::npos);
}

// Every dictionary file of the peers loads: something is read from each,
// except TABARI's "discards.txt", which is a data table (refused with one error).
TEST(RealDictionaries, EveryPeerDictionaryLoads) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "skipped: ../shared not found";
  const std::string peers = testing::SharedDir() + "/peers/";
  std::vector<std::string> files;
  for (const char* f : {"tabari/TABARI.Demo.actors", "tabari/TABARI.Demo.verbs", "tabari/Validate.agents",
                        "tabari/CAMEO.091003.master.verbs", "tabari/dictionaries/CAMEO.080612.verbs",
                        "tabari/dictionaries/CAMEO.ECS.120522.actors", "tabari/dictionaries/CAMEO.RCS.120521.actors",
                        "tabari/dictionaries/CountryInfo.120116.actors.zip",
                        "tabari/dictionaries/Internatnl.120521.actors", "tabari/dictionaries/Levant.080629.actors",
                        "tabari/dictionaries/PSU.120522.agents", "tabari/CAMEO.09b5.options",
                        "tabari/TABARI.Demo.options", "tabari/Validate.options", "tabari/bench/bench.options",
                        "tabari/dictionaries/CAMEO.09b5.options", "tabari/Validate.project",
                        "tabari/TABARI.Demo.project"})
    files.push_back(peers + f);
  for (const char* dir : {"petrarch/petrarch/data/dictionaries/", "petrarch2/petrarch2/data/dictionaries/"})
    for (const char* f : {"CAMEO.2.0.txt", "CAMEO.verbpatterns.150430.txt", "Phoenix.Countries.actors.txt",
                          "Phoenix.International.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt",
                          "Phoenix.prepositions.txt"})
      files.push_back(peers + dir + f);
  for (const char* f : {"Phoenix.MilNonState.actors.txt", "Phoenix.IssueCoding.txt", "CAMEO.2.0_unsorted.txt"})
    files.push_back(peers + "petrarch2/petrarch2/data/dictionaries/" + f);
  for (const std::string& f : files) {
    Lexicon lex;
    std::vector<Diagnostic> problems;
    ASSERT_TRUE(ReadDictionaryFile(f, DictFormat::kAuto, &lex, &problems).ok()) << f;
    const size_t read = lex.actors.size() + lex.agents.size() + lex.verb_blocks.size() + lex.discards.size() +
                        lex.issues.size() + lex.prepositions.size() + lex.options.size();
    EXPECT_GT(read, 0u) << f;
  }
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ASSERT_TRUE(ReadDictionaryFile(peers + "tabari/discards.txt", DictFormat::kAuto, &lex, &problems).ok());
  EXPECT_EQ(problems.size(), 1u);
}

TEST(Verbs, MalformedAndUnknownCodes) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText(
      "---  ACCUSE   [112]  ---\n"   // 1
      "ACCUSE\n"                     // 2
      "- * $ OF [112:112]\n"         // 3 fine
      "- * WAR [14O]\n"              // 4 letter O
      "- * BORDER [:1952]\n"         // 5 unknown passive code
      "- * PEACE [100!]\n"           // 6 fine: precedence mark
      "- * JUDGES [JPNJUD]\n"        // 7 an actor code
      "- * TALKS [###]\n",           // 8 fine
      "t.verbs", DictFormat::kPetrarch, &lex, &problems);
  CheckLexicon(lex, &problems);
  CheckCameoCodes(lex, {"100", "112", "140"}, &problems);
  std::vector<uint32_t> lines;
  for (const Diagnostic& d : problems) lines.push_back(d.line);
  EXPECT_EQ(lines, (std::vector<uint32_t>{4, 7, 4, 5, 7})) << [&] {
    std::string all;
    for (const Diagnostic& d : problems) all += d.ToString() + "\n";
    return all;
  }();
  EXPECT_EQ(problems[0].severity, Diagnostic::kWarning);  // [14O]: not CAMEO, but TABARI takes any code
  EXPECT_EQ(problems[2].severity, Diagnostic::kError);    // ... and the CAMEO table does not list it
  EXPECT_NE(problems[3].message.find("unknown CAMEO code 1952"), std::string::npos);
}

TEST(Verbs, CameoTableReader) {
  const std::string path = ::testing::TempDir() + "/cameo_codes.txt";
  std::ofstream(path) << "CAMEOEVENTCODE\tEVENTDESCRIPTION\n01\tMAKE PUBLIC STATEMENT\n010\tMake statement\n";
  auto codes = ReadCameoCodes(path);
  ASSERT_TRUE(codes.ok());
  EXPECT_EQ(*codes, (std::vector<std::string>{"01", "010"}));
  EXPECT_FALSE(ReadCameoCodes(path + ".missing").ok());
}

TEST(FindPhrase, ExactStemsPluralsSynonymsAndDates) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText("ARGENTIN [ARG]\nIRAN_ [IRN]\nGOLLUM\n+SMEAGOL\n\t[HOB <950601]\n\t[HOBGOV >950531]\n",
                     "t.actors", DictFormat::kTabari, &lex, &problems);
  ReadDictionaryText("MILITIA_ [~UAF]\nTRUCE_MONITOR_ [IGO~]\n", "t.agents", DictFormat::kTabari, &lex, &problems);
  ReadDictionaryText("---  MEET   [040]  ---\nMEET {MEETS MET MEETING}\n- * $ [040]\n", "t.verbs.txt",
                     DictFormat::kAuto, &lex, &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].ToString();
  auto one = [&](std::string_view q, int32_t date) {
    std::vector<LexiconMatch> m = FindPhrase(lex, q, date);
    return m.size() == 1 ? Cat(m[0].kind, " ", m[0].code, " ", m[0].why) : Cat(m.size(), " matches");
  };
  EXPECT_EQ(one("Argentina", 20240101), "actor ARG stem ARGENTIN begins ARGENTINA; codes [ARG]");
  EXPECT_EQ(one("Iran's", 20240101).substr(0, 29), "actor IRN plural of IRAN; cod");
  EXPECT_EQ(one("Iranian", 20240101), "0 matches");  // a whole word is no stem
  EXPECT_EQ(one("smeagol", 19900101).substr(0, 19), "actor (synonym) HOB");
  EXPECT_EQ(one("Gollum", 19950601).substr(0, 12), "actor HOBGOV");
  EXPECT_EQ(one("militias", 20240101).substr(0, 15), "agent ~UAF plur");
  EXPECT_EQ(one("truce monitor", 20240101).substr(0, 11), "agent IGO~ ");
  EXPECT_EQ(one("met", 20240101), "verb 040 listed form; block MEET with 1 patterns");
  EXPECT_EQ(one("Oman", 20240101), "0 matches");
}

TEST(LexiconIndex, LongestMatchFirst) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText("IRAN_ [IRN]\nIRANIAN_ [IRN]\nIRAN_FOREIGN_MINISTRY_ [IRNGOV]\nARGENTIN [ARG]\n", "t.actors",
                     DictFormat::kTabari, &lex, &problems);
  ReadDictionaryText("FOREIGN_MINISTER_ [~GOV]\nMILITIA_ [~UAF]\n", "t.agents", DictFormat::kTabari, &lex, &problems);
  ReadDictionaryText("---  MEET   [040]  ---\nMEET {MEETS MET MEETING}\n", "t.verbs.txt", DictFormat::kAuto, &lex,
                     &problems);
  LexiconIndex index(lex);
  const std::vector<std::string> words = {"THE", "IRAN", "FOREIGN", "MINISTRY", "MET", "ARGENTINA'S", "MILITIAS"};
  EXPECT_TRUE(index.MatchAt(words, 0).empty());
  std::vector<PhraseMatch> m = index.MatchAt(words, 1);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].length, 3u);  // IRAN FOREIGN MINISTRY before IRAN
  EXPECT_EQ(lex.actors[m[0].entry].codes[0].code, "IRNGOV");
  EXPECT_EQ(m[1].length, 1u);
  m = index.MatchAt(words, 4);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].kind, PhraseMatch::kVerb);
  m = index.MatchAt(words, 5);  // a stem
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(lex.actors[m[0].entry].codes[0].code, "ARG");
  m = index.MatchAt(words, 6);  // a plural
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].kind, PhraseMatch::kAgent);
  EXPECT_TRUE(index.MatchAt(words, 7).empty());
}

// TABARI's space lets other words come between (never across a comma) and
// makes the word before it a stem; '_' joins whole words.
TEST(LexiconIndex, TabariGapsStemsAndLemmas) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText("AL_GORE_ [AGR]\nAL GORE [TEN]\nHOLD_TALKS_ [040]\n", "t.actors", DictFormat::kTabari, &lex,
                     &problems);
  ReadDictionaryText("AL GORE [PET]\n", "t.actors.txt", DictFormat::kPetrarch, &lex, &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].ToString();
  const Phrase& gap = lex.actors[1].phrase;
  EXPECT_TRUE(gap.IsStem(0));
  EXPECT_TRUE(gap.GapBefore(1));
  EXPECT_EQ(gap.NativeText(), "AL* .. GORE*");
  EXPECT_EQ(lex.actors[0].phrase.NativeText(), "AL GORE");
  EXPECT_EQ(lex.actors[3].phrase.NativeText(), "AL GORE");
  LexiconIndex index(lex);
  auto codes = [&](const std::vector<std::string>& words, const std::vector<std::string>* lemmas = nullptr) {
    std::string out;
    for (const PhraseMatch& m : index.MatchAt(words, 0, lemmas))
      out += Cat(lex.actors[m.entry].codes[0].code, "/", m.length, " ");
    return out;
  };
  EXPECT_EQ(codes({"AL", "GORE"}), "AGR/2 PET/2 TEN/2 ");  // exact words before stems
  EXPECT_EQ(codes({"AL", "A.", "GORE", "SAID"}), "TEN/3 ");    // one word between
  EXPECT_EQ(codes({"ALBERT", "GORE"}), "TEN/2 ");              // AL is a stem
  EXPECT_EQ(codes({"AL", ",", "GORE"}), "");                   // never across a comma
  const std::vector<std::string> held = {"HELD", "TALKS"}, lemmas = {"HOLD", "TALK"};
  EXPECT_EQ(codes(held), "");
  EXPECT_EQ(codes(held, &lemmas), "040/2 ");                   // by lemma
  EXPECT_NE(FindPhrase(lex, "al b. gore", 20000101)[0].why.find("B. skipped"), std::string::npos);
}

// The index and FindPhrase (a plain scan) agree on every phrase of the real
// dictionaries, asked as written and as a plural.
TEST(LexiconIndex, AgreesWithAScanOnRealDictionaries) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "skipped: ../shared not found";
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ASSERT_TRUE(ReadDictionaryFile(testing::SharedDir() + "/peers/tabari/Validate.project", DictFormat::kAuto, &lex,
                                 &problems).ok());
  LexiconIndex index(lex);
  size_t checked = 0;
  for (const Actor& a : lex.actors) {
    for (const char* suffix : {"", "S"}) {
      std::vector<std::string> words = a.phrase.words;
      words.back() += suffix;
      std::string query;
      for (const std::string& w : words) query += w + " ";
      const size_t scan = FindPhrase(lex, query, 20000101).size();
      size_t indexed = 0;
      for (const PhraseMatch& m : index.MatchAt(words, 0)) indexed += m.length == words.size();
      EXPECT_EQ(indexed, scan) << query;
      ++checked;
    }
  }
  EXPECT_GT(checked, 200u);
}

TEST(Options, CommandsAndLabels) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText(
      "// OPTIONS FILE\n"                        // 1
      "COMPLEX: VERBS[5] CONJ[4] EXPLAIN\n"      // 2
      "set: DUP WARNING = FALSE\n"              // 3
      "LABEL: 0211= Appeal for economic aid\n"   // 4
      "LABEL 0212 missing colon\n"               // 5
      "FROBNICATE: X\n"                          // 6
      "LABEL: 0213 no equals\n"                  // 7
      "~~~~~\nLABEL: after the end\n",          // 8-9
      "t.options", DictFormat::kAuto, &lex, &problems);
  ASSERT_EQ(lex.options.size(), 3u);
  EXPECT_EQ(lex.options[1].first, "SET");
  EXPECT_EQ(lex.options[1].second, "DUP WARNING = FALSE");
  ASSERT_EQ(lex.labels.size(), 1u);
  EXPECT_EQ(lex.labels[0].first, "0211");
  EXPECT_EQ(lex.labels[0].second, "Appeal for economic aid");
  std::vector<uint32_t> lines;
  for (const Diagnostic& d : problems) lines.push_back(d.line);
  EXPECT_EQ(lines, (std::vector<uint32_t>{5, 6, 7}));
}

TEST(Patterns, Tokens) {
  auto kinds = [](std::string_view text) {
    std::string out;
    for (const PatternToken& t : TokenizePattern(text)) {
      static const char kKind[] = "w*$+%^&({|";
      const bool bracket = t.kind == PatternToken::kOpen || t.kind == PatternToken::kClose;
      out += bracket ? t.text[0] : kKind[t.kind];
      if (t.joined) out += '_';
    }
    return out;
  };
  EXPECT_EQ(kinds("* (TO {ARMS SHIPMENT}) $"), "*(w{ww})$");
  EXPECT_EQ(kinds("+ IN_ ^ DRAWING * IN_ $"), "+w^w*w$");  // a final '_': whole word, no join
  EXPECT_EQ(kinds("&MILITARY * (OVER {&WEAPON ATTACK})"), "&*(w{&w})");
  EXPECT_EQ(kinds("INCHING { &TIETYPES | CLOSER } *"), "w{&|w}*");
  EXPECT_EQ(kinds("NEW_&TIETYPES_RELATIONS"), "w&_w_");
  std::vector<PatternToken> t = TokenizePattern("* $ of");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[2].text, "OF");
}

TEST(Patterns, BracketsVerbsRepeatsAndSets) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ReadDictionaryText(
      "&MILITARY\n+TROOPS\n"                   // 1-2
      "---  SEND   [---]  ---\n"                // 3
      "SEND\n"                                  // 4
      "- * &MILITARY (TO $  [154]\n"            // 5 unbalanced
      "- * * AID [070]\n"                       // 6 two verbs
      "- * AID [070]\n"                         // 7
      "- * AID [073]\n"                         // 8 repeats 7
      "- * &WEAPON [194]\n",                    // 9 undefined set
      "t.verbs.txt", DictFormat::kAuto, &lex, &problems);
  CheckLexicon(lex, &problems);
  std::vector<std::pair<uint32_t, Diagnostic::Severity>> got;
  for (const Diagnostic& d : problems) got.emplace_back(d.line, d.severity);
  EXPECT_EQ(got, (std::vector<std::pair<uint32_t, Diagnostic::Severity>>{
                     {5, Diagnostic::kError}, {6, Diagnostic::kError}, {8, Diagnostic::kWarning},
                     {9, Diagnostic::kWarning}}));
}

// A TABARI project names the files of a set; they are read relative to it.
TEST(Project, ReadsTheDictionariesItNames) {
  const std::string dir = ::testing::TempDir() + "/parley_project";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/demo.actors") << "IRAN_ [IRN]\n";
  std::ofstream(dir + "/demo.verbs") << "ACCUSE  [112]\n- * $ OF [112]\n";
  std::ofstream(dir + "/demo.project") << "A test set\n<actorsfile> demo.actors\n<verbsfile>\tdemo.verbs\n"
                                          "<agentsfile> missing.agents\n<textfile> demo.text\n";
  Lexicon lex;
  std::vector<Diagnostic> problems;
  ASSERT_TRUE(ReadDictionaryFile(dir + "/demo.project", DictFormat::kAuto, &lex, &problems).ok());
  EXPECT_EQ(lex.actors.size(), 1u);
  EXPECT_EQ(lex.verb_blocks.size(), 1u);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 4u);
  EXPECT_NE(problems[0].message.find("missing.agents"), std::string::npos);
}

}  // namespace
}  // namespace parley
