#include <gtest/gtest.h>

#include "nlp/lemmatizer_train.h"
#include "parley/conllu.h"
#include "parley/lemmatizer.h"

namespace parley {
namespace {

constexpr char kTiny[] =
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\theld\thold\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ttalks\ttalk\tNOUN\tNNS\t_\t2\tobj\t_\t_\n4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tmilitias\tmilitia\tNOUN\tNNS\t_\t2\tobl\t_\t_\n6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tAmericans\tAmerican\tPROPN\tNNPS\t_\t2\tobl\t_\t_\n\n"
    "1\tcities\tcity\tNOUN\tNNS\t_\t0\troot\t_\t_\n2\tparties\tparty\tNOUN\tNNS\t_\t1\tdep\t_\t_\n"
    "3\tfired\tfire\tVERB\tVBD\t_\t1\tdep\t_\t_\n4\tmoved\tmove\tVERB\tVBD\t_\t1\tdep\t_\t_\n\n";

std::unique_ptr<Lemmatizer> Tiny() {
  auto train = ParseConllu(kTiny, "tiny");
  EXPECT_TRUE(train.ok());
  auto bytes = TrainLemmatizer(*train, {});
  EXPECT_TRUE(bytes.ok()) << bytes.status();
  auto lem = Lemmatizer::FromBytes(*bytes, "tiny");
  EXPECT_TRUE(lem.ok()) << lem.status();
  return std::move(*lem);
}

TEST(Lemmatizer, SeenWordsAndSuffixRules) {
  auto lem = Tiny();
  EXPECT_EQ(lem->Lemma("held", "VERB"), "hold");
  EXPECT_EQ(lem->Lemma("Officials", "NOUN"), "official");
  EXPECT_EQ(lem->Lemma("Americans", "PROPN"), "American");
  // Unseen words through suffix rules learned from cities/parties and fired/moved.
  EXPECT_EQ(lem->Lemma("militaries", "NOUN"), "military");
  EXPECT_EQ(lem->Lemma("Iran", "PROPN"), "Iran");
}

TEST(Lemmatizer, WordNetExceptionsFillIrregularForms) {
  auto train = ParseConllu(kTiny, "tiny");
  LemmatizerTrainOptions opts;
  opts.wordnet_dir = "/usr/share/wordnet";
  auto bytes = TrainLemmatizer(*train, opts);
  if (!bytes.ok()) GTEST_SKIP() << "skipped: WordNet exception lists not installed";
  auto lem = Lemmatizer::FromBytes(*bytes, "wn");
  ASSERT_TRUE(lem.ok());
  EXPECT_EQ((*lem)->Lemma("met", "VERB"), "meet");
  EXPECT_EQ((*lem)->Lemma("fought", "VERB"), "fight");
  EXPECT_EQ((*lem)->Lemma("children", "NOUN"), "child");
}

// Suffix rules from loaded/downloaded ("-aded": strip "ed") would give
// "upgrad"; with WordNet's lemmas the rule whose lemma is a word wins.
constexpr char kDed[] =
    "1\tloaded\tload\tVERB\tVBN\t_\t0\troot\t_\t_\n2\tdownloaded\tdownload\tVERB\tVBN\t_\t1\tdep\t_\t_\n"
    "3\ttraded\ttrade\tVERB\tVBN\t_\t1\tdep\t_\t_\n4\tuploaded\tupload\tVERB\tVBN\t_\t1\tdep\t_\t_\n"
    "5\t--\t--\tPUNCT\t:\t_\t1\tpunct\t_\t_\n6\t-\t-\tPUNCT\t:\t_\t1\tpunct\t_\t_\n"
    "7\t—\t-\tPUNCT\t:\t_\t1\tpunct\t_\t_\n\n";

TEST(Lemmatizer, DictionaryPicksBetweenRules) {
  auto train = ParseConllu(kDed, "ded");
  ASSERT_TRUE(train.ok());
  auto plain = Lemmatizer::FromBytes(*TrainLemmatizer(*train, {}), "plain");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ((*plain)->Lemma("upgraded", "VERB", "VBN"), "upgrad");  // without a dictionary
  LemmatizerTrainOptions opts;
  opts.wordnet_dir = "/usr/share/wordnet";
  auto bytes = TrainLemmatizer(*train, opts);
  if (!bytes.ok()) GTEST_SKIP() << "skipped: WordNet not installed";
  auto lem = Lemmatizer::FromBytes(*bytes, "wn");
  ASSERT_TRUE(lem.ok());
  EXPECT_EQ((*lem)->Lemma("upgraded", "VERB", "VBN"), "upgrade");
  EXPECT_EQ((*lem)->Lemma("loaded", "VERB", "VBN"), "load");
  EXPECT_EQ((*lem)->Lemma("invaded", "VERB", "VBD"), "invade");  // WordNet's detachment rules
}

TEST(Lemmatizer, PunctuationKeepsItsFormAndCase) {
  auto train = ParseConllu(kDed, "ded");
  auto lem = Lemmatizer::FromBytes(*TrainLemmatizer(*train, {}), "punct");
  ASSERT_TRUE(lem.ok());
  EXPECT_EQ((*lem)->Lemma("--", "PUNCT", ":"), "--");
  EXPECT_EQ((*lem)->Lemma("—", "PUNCT", ":"), "-");  // listed
  EXPECT_EQ((*lem)->Lemma("---", "PUNCT", ":"), "---");  // no suffix rule
  EXPECT_EQ((*lem)->Lemma("EY4096.1", "PUNCT", "."), "EY4096.1");
}

TEST(Lemmatizer, RejectsACorruptModel) {
  auto train = ParseConllu(kTiny, "tiny");
  std::string bytes = *TrainLemmatizer(*train, {});
  bytes[bytes.size() / 2] ^= 1;
  auto lem = Lemmatizer::FromBytes(bytes, "lem.bin");
  ASSERT_FALSE(lem.ok());
  EXPECT_NE(std::string(lem.status().message()).find("lem.bin"), std::string::npos);
}

}  // namespace
}  // namespace parley

#include "parley/eval.h"
#include "parley/tagger.h"
#include "text/test_util.h"

namespace parley {
namespace {

TEST(ShippedLemmatizer, IssueExamplesAndFloor) {
  auto lem = Lemmatizer::Load(std::string(PARLEY_SOURCE_DIR) + "/models/lemmatizer.bin");
  ASSERT_TRUE(lem.ok()) << lem.status();
  EXPECT_EQ((*lem)->Lemma("held", "VERB", "VBD"), "hold");
  EXPECT_EQ((*lem)->Lemma("fired", "VERB", "VBD"), "fire");
  EXPECT_EQ((*lem)->Lemma("met", "VERB", "VBD"), "meet");
  EXPECT_EQ((*lem)->Lemma("militias", "NOUN", "NNS"), "militia");
  EXPECT_EQ((*lem)->Lemma("Iranian", "ADJ", "JJ"), "Iranian");
  EXPECT_EQ((*lem)->Lemma("Houthis", "PROPN", "NNPS"), "Houthi");
  EXPECT_EQ((*lem)->Lemma("1,993,045", "NUM", "CD"), "1993045");
  if (testing::SharedDir().empty()) GTEST_SKIP() << "skipped accuracy floor: ../shared not found";
  auto tagger = Tagger::Load(std::string(PARLEY_SOURCE_DIR) + "/models/tagger.bin");
  ASSERT_TRUE(tagger.ok());
  auto gold = ReadConllu(testing::SharedDir() + "/treebanks/UD_English-EWT/en_ewt-ud-test.conllu");
  ASSERT_TRUE(gold.ok());
  TagScores s = ScoreTagger(**tagger, *gold, lem->get());
  EXPECT_GE(s.lemma, 0.9695);  // 97.04 at the time of writing (docs/ACCURACY.md)
}

}  // namespace
}  // namespace parley
