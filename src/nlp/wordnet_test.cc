#include "nlp/wordnet.h"

#include <gtest/gtest.h>

#include "nlp/tagger_features.h"

namespace parley {
namespace {

constexpr char kDir[] = "/usr/share/wordnet";

TEST(WordNetLexicon, LemmasDetachmentsAndClasses) {
  WordNetLexicon wn;
  if (!wn.ReadIndex(kDir).ok()) GTEST_SKIP() << "skipped: WordNet (wordnet-base) not installed";
  EXPECT_TRUE(wn.Contains(WordNetLexicon::kVerb, "upgrade"));
  EXPECT_FALSE(wn.Contains(WordNetLexicon::kVerb, "upgrad"));
  EXPECT_FALSE(wn.Contains(WordNetLexicon::kNoun, "armed_forces"));  // multiword: skipped
  EXPECT_EQ(wn.Morphy(WordNetLexicon::kVerb, "upgraded"), "upgrade");
  EXPECT_EQ(wn.Morphy(WordNetLexicon::kNoun, "militias"), "militia");
  EXPECT_EQ(wn.Morphy(WordNetLexicon::kNoun, "churches"), "church");
  EXPECT_EQ(wn.Morphy(WordNetLexicon::kVerb, "xyzzied"), std::nullopt);
  EXPECT_EQ(wn.Class("upgraded"), "wn:v~");  // only an inflected verb
  EXPECT_EQ(wn.Class("militias"), "wn:n~");
  EXPECT_EQ(wn.Class("talks"), "wn:nv~");  // WordNet lists the noun "talks" (negotiations)
  EXPECT_EQ(wn.Class("talk"), "wn:nv");
  EXPECT_EQ(wn.Class("xyzzy"), "wn:");
  EXPECT_EQ(WordNetLexicon::FromUpos("ADV"), WordNetLexicon::kAdv);
  EXPECT_EQ(WordNetLexicon::FromUpos("PROPN"), std::nullopt);
}

TEST(WordNetLexicon, RoundTripsAndRejectsTruncation) {
  WordNetLexicon wn;
  if (!wn.ReadIndex(kDir).ok()) GTEST_SKIP() << "skipped: WordNet (wordnet-base) not installed";
  model_io::Writer w("TESTWNL\x01", 1);
  wn.Write(&w);
  std::string bytes = w.Finish();
  auto r = model_io::Reader::Open(bytes, "TESTWNL\x01", 1, "wn");
  ASSERT_TRUE(r.ok());
  WordNetLexicon back;
  ASSERT_TRUE(back.Read(&*r));
  EXPECT_TRUE(r->AtEnd());
  EXPECT_TRUE(back.Contains(WordNetLexicon::kAdj, "unprecedented"));
  EXPECT_EQ(back.Class("talks"), wn.Class("talks"));
  // Writing is deterministic (hash-set order is not).
  model_io::Writer w2("TESTWNL\x01", 1);
  back.Write(&w2);
  EXPECT_EQ(w2.Finish(), bytes);
}

TEST(WordNetLexicon, GivesUnseenWordsAClassInTheTagger) {
  WordNetLexicon wn;
  if (!wn.ReadIndex(kDir).ok()) GTEST_SKIP() << "skipped: WordNet (wordnet-base) not installed";
  tagger::TagDictionary dict = {{"the", "3"}};
  tagger::SentenceContext ctx;
  std::vector<std::string_view> words = {"The", "upgraded", "Xyzzy"};
  ctx.Build(words, dict, wn);
  EXPECT_EQ(ctx.Amb(0), "3");
  EXPECT_EQ(ctx.Amb(1), "wn:v~");
  EXPECT_EQ(ctx.Amb(2), "<unk>");
  WordNetLexicon none;
  ctx.Build(words, dict, none);
  EXPECT_EQ(ctx.Amb(1), "<unk>");
}

}  // namespace
}  // namespace parley
