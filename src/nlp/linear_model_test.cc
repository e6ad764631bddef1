#include "nlp/linear_model.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace parley {
namespace {

constexpr char kMagic[] = "TESTLIN\x01";

// A model file holding `rows` (key -> (class, weight) pairs) in the given order.
std::string Bytes(const std::vector<std::pair<uint64_t, std::vector<std::pair<uint8_t, float>>>>& rows) {
  model_io::Writer w(kMagic, 1);
  w.U32(static_cast<uint32_t>(rows.size()));
  for (const auto& [key, pairs] : rows) {
    w.U64(key);
    w.U16(static_cast<uint16_t>(pairs.size()));
    for (auto [cls, weight] : pairs) {
      w.U8(cls);
      w.F32(weight);
    }
  }
  return w.Finish();
}

bool Read(const std::string& bytes, int classes, LinearModel* model) {
  auto r = model_io::Reader::Open(bytes, kMagic, 1, "test");
  return r.ok() && model->Read(&*r, classes) && r->AtEnd();
}

TEST(LinearModel, ScoresEveryStoredRowAndNothingElse) {
  // Many random keys, so that buckets hold zero, one and several rows.
  std::mt19937_64 rng(7);
  std::map<uint64_t, float> truth;
  while (truth.size() < 5000) truth[rng()] = static_cast<float>(truth.size() % 17) - 8.f;
  std::vector<std::pair<uint64_t, std::vector<std::pair<uint8_t, float>>>> rows;
  for (auto [key, w] : truth) rows.push_back({key, {{0, w}, {2, 1.f}}});
  LinearModel model;
  ASSERT_TRUE(Read(Bytes(rows), 3, &model));
  EXPECT_EQ(model.num_features(), 5000u);
  float scores[3];
  for (auto [key, w] : truth) {
    model.Score({key}, scores);
    ASSERT_EQ(scores[0], w);
    ASSERT_EQ(scores[1], 0.f);
    ASSERT_EQ(scores[2], 1.f);
  }
  for (int i = 0; i < 5000; ++i) {
    uint64_t key = rng();
    if (truth.count(key)) continue;
    model.Score({key}, scores);
    ASSERT_EQ(scores[0] + scores[1] + scores[2], 0.f);
  }
  // Sums over many features (more than one prefetch block), repeats included.
  std::vector<uint64_t> features;
  float sum = 0;
  for (auto it = truth.begin(); features.size() < 150; ++it) {
    features.push_back(it->first);
    features.push_back(it->first);
    sum += 2 * it->second;
  }
  model.Score(features, scores);
  EXPECT_FLOAT_EQ(scores[0], sum);
  EXPECT_FLOAT_EQ(scores[2], 150.f);  // one per feature
}

TEST(LinearModel, RejectsUnsortedKeysAndBadClasses) {
  LinearModel model;
  EXPECT_TRUE(Read(Bytes({{1, {{0, 1.f}}}, {2, {{1, 1.f}}}}), 2, &model));
  EXPECT_FALSE(Read(Bytes({{2, {{0, 1.f}}}, {1, {{1, 1.f}}}}), 2, &model));  // out of order
  EXPECT_FALSE(Read(Bytes({{1, {{0, 1.f}}}, {1, {{1, 1.f}}}}), 2, &model));  // repeated
  EXPECT_FALSE(Read(Bytes({{1, {{2, 1.f}}}}), 2, &model));                   // class 2 of 2
  EXPECT_TRUE(Read(Bytes({}), 2, &model));                                   // empty: scores 0
  float scores[2] = {5, 5};
  model.Score({1, 2, 3}, scores);
  EXPECT_EQ(scores[0] + scores[1], 0.f);
}

}  // namespace
}  // namespace parley
