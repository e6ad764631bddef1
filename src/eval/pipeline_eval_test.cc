#include <gtest/gtest.h>

#include "parley/conllu.h"
#include "parley/eval.h"
#include "parley/lemmatizer.h"
#include "parley/parser.h"
#include "parley/tagger.h"
#include "text/test_util.h"

namespace parley {
namespace {

// Written for this test. Sentence 2 has a gold word with a space in it
// ("New York"), which parley's tokeniser splits: two unaligned system words.
constexpr char kGold[] =
    "# newdoc id = t1\n# newpar\n"
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\theld\thold\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ttalks\ttalk\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tOman\tOman\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tNew York\tNew York\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

struct Shipped {
  std::unique_ptr<Tagger> tagger;
  std::unique_ptr<Lemmatizer> lemmatizer;
  std::unique_ptr<Parser> parser;
};

Shipped Load() {
  const std::string dir = std::string(PARLEY_SOURCE_DIR) + "/models/";
  Shipped m;
  auto t = Tagger::Load(dir + "tagger.bin");
  auto l = Lemmatizer::Load(dir + "lemmatizer.bin");
  auto p = Parser::Load(dir + "parser.bin");
  EXPECT_TRUE(t.ok() && l.ok() && p.ok());
  if (t.ok() && l.ok() && p.ok()) m = {std::move(*t), std::move(*l), std::move(*p)};
  return m;
}

TEST(ScorePipeline, AlignsWordsBySpan) {
  Shipped m = Load();
  ASSERT_TRUE(m.parser);
  auto gold = ParseConllu(kGold, "gold");
  ASSERT_TRUE(gold.ok());
  const Segmenter segmenter;
  PipelineScores s = ScorePipeline(*gold, segmenter, *m.tagger, *m.lemmatizer, *m.parser);
  EXPECT_EQ(s.tokens.gold, 11u);
  EXPECT_EQ(s.tokens.system, 12u);  // "New", "York"
  EXPECT_EQ(s.tokens.correct, 10u);
  EXPECT_EQ(s.sentences.correct, 2u);
  EXPECT_EQ(s.uas.gold, 11u);
  EXPECT_EQ(s.uas.system, 12u);
  EXPECT_LE(s.uas.correct, 10u);
  EXPECT_LE(s.las.correct, s.uas.correct);
}

// Where segmentation and tokenisation agree with the gold, the raw-text
// scores count exactly what the gold-tokenisation scores count.
TEST(ScorePipeline, AgreesWithGoldTokenisationWhenTokensMatch) {
  Shipped m = Load();
  ASSERT_TRUE(m.parser);
  auto gold = ParseConllu(kGold, "gold");
  ASSERT_TRUE(gold.ok());
  gold->pop_back();  // keep the first sentence only
  const Segmenter segmenter;
  PipelineScores s = ScorePipeline(*gold, segmenter, *m.tagger, *m.lemmatizer, *m.parser);
  TagScores t = ScoreTagger(*m.tagger, *gold, m.lemmatizer.get(), m.parser.get());
  ASSERT_EQ(s.tokens.correct, 6u);
  EXPECT_DOUBLE_EQ(s.upos.f1(), t.upos);
  EXPECT_DOUBLE_EQ(s.lemma.f1(), t.lemma);
  EXPECT_DOUBLE_EQ(s.uas.f1(), t.uas);
  EXPECT_DOUBLE_EQ(s.las.f1(), t.las);
}

}  // namespace
}  // namespace parley
