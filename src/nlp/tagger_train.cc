// Averaged perceptron training (Collins 2002) with lazy averaging: each weight
// keeps the running total of its past values and the step it last changed,
// so averaging costs nothing per step. Decoding during training is greedy
// with the model's own previous tags, as at tagging time.
#include "nlp/tagger_train.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

#include "absl/container/flat_hash_map.h"
#include "nlp/model_io.h"
#include "nlp/tagger_features.h"
#include "nlp/tagger_model.h"
#include "parley/tagger.h"
#include "util/strings.h"

namespace parley {
namespace {

class Perceptron {
 public:
  explicit Perceptron(int classes) : classes_(classes) {}

  void Score(const std::vector<uint64_t>& features, std::vector<float>* scores) const {
    scores->assign(classes_, 0.f);
    for (uint64_t f : features) {
      auto it = row_.find(f);
      if (it == row_.end()) continue;
      const float* w = &weights_[size_t{it->second} * classes_];
      for (int c = 0; c < classes_; ++c) (*scores)[c] += w[c];
    }
  }

  void Update(const std::vector<uint64_t>& features, int gold, int guess) {
    ++step_;
    for (uint64_t f : features) {
      size_t base = size_t{Row(f)} * classes_;
      Bump(base + gold, 1.f);
      Bump(base + guess, -1.f);
    }
  }

  // Averaged weights in a Tagger model file.
  std::string Export(const std::vector<std::string>& upos, const std::vector<std::string>& xpos,
                     const tagger::TagDictionary& dict) const;

 private:
  uint32_t Row(uint64_t f) {
    auto [it, inserted] = row_.emplace(f, static_cast<uint32_t>(keys_.size()));
    if (inserted) {
      keys_.push_back(f);
      weights_.resize(weights_.size() + classes_, 0.f);
      totals_.resize(totals_.size() + classes_, 0.0);
      stamps_.resize(stamps_.size() + classes_, 0);
    }
    return it->second;
  }
  void Bump(size_t i, float delta) {
    totals_[i] += double(step_ - stamps_[i]) * weights_[i];
    stamps_[i] = step_;
    weights_[i] += delta;
  }
  float Averaged(size_t i) const {
    double total = totals_[i] + double(step_ - stamps_[i]) * weights_[i];
    return static_cast<float>(total / std::max<int64_t>(step_, 1));
  }

  int classes_;
  int64_t step_ = 0;
  absl::flat_hash_map<uint64_t, uint32_t> row_;
  std::vector<uint64_t> keys_;
  std::vector<float> weights_;
  std::vector<double> totals_;
  std::vector<int64_t> stamps_;
};

std::string Perceptron::Export(const std::vector<std::string>& upos,
                               const std::vector<std::string>& xpos,
                               const tagger::TagDictionary& dict) const {
  // Rows in key order with their non-zero averaged weights, so the same
  // training run always writes the same bytes.
  std::vector<uint32_t> order(keys_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  struct Row {
    uint64_t key;
    std::vector<std::pair<uint8_t, float>> entries;
  };
  std::vector<Row> rows;
  for (uint32_t r : order) {
    Row row{keys_[r], {}};
    for (int c = 0; c < classes_; ++c) {
      float a = Averaged(size_t{r} * classes_ + c);
      if (a > 1e-4f || a < -1e-4f) row.entries.emplace_back(static_cast<uint8_t>(c), a);
    }
    if (!row.entries.empty()) rows.push_back(std::move(row));
  }
  model_io::Writer w(tagger::kMagic, tagger::kVersion);
  w.U32(static_cast<uint32_t>(upos.size()));
  for (size_t i = 0; i < upos.size(); ++i) {
    w.Str(upos[i]);
    w.Str(xpos[i]);
  }
  std::vector<std::pair<std::string, std::string>> words(dict.begin(), dict.end());
  std::sort(words.begin(), words.end());
  w.U32(static_cast<uint32_t>(words.size()));
  for (const auto& [word, amb] : words) {
    w.Str(word);
    w.Str(amb);
  }
  w.U32(static_cast<uint32_t>(rows.size()));
  for (const Row& row : rows) {
    w.U64(row.key);
    w.U16(static_cast<uint16_t>(row.entries.size()));
    for (auto [c, a] : row.entries) {
      w.U8(c);
      w.F32(a);
    }
  }
  return w.Finish();
}

struct TagSet {
  std::vector<std::string> upos, xpos;
  std::map<std::pair<std::string, std::string>, int> id;
};

TagSet CollectTags(const std::vector<ConlluSentence>& train) {
  TagSet t;
  for (const ConlluSentence& s : train)
    for (const ConlluWord& w : s.words) t.id.emplace(std::make_pair(w.upos, w.xpos), 0);
  for (auto& [pair, id] : t.id) {  // std::map: sorted, so ids are deterministic
    id = static_cast<int>(t.upos.size());
    t.upos.push_back(pair.first);
    t.xpos.push_back(pair.second);
  }
  return t;
}

// Words seen at least 3 times, with the tags that make up at least 2% of
// their occurrences.
tagger::TagDictionary BuildDictionary(const std::vector<ConlluSentence>& train, const TagSet& tags) {
  std::map<std::string, std::map<int, int>> counts;
  for (const ConlluSentence& s : train)
    for (const ConlluWord& w : s.words)
      ++counts[tagger::NormalizeWord(w.form)][tags.id.at({w.upos, w.xpos})];
  tagger::TagDictionary dict;
  for (const auto& [word, by_tag] : counts) {
    int total = 0;
    for (const auto& [tag, n] : by_tag) total += n;
    if (total < 3) continue;
    std::string amb;
    for (const auto& [tag, n] : by_tag)
      if (n * 50 >= total) amb += (amb.empty() ? "" : "|") + std::to_string(tag);
    dict.emplace(word, amb);
  }
  return dict;
}

std::vector<std::string_view> Forms(const ConlluSentence& s) {
  std::vector<std::string_view> forms;
  for (const ConlluWord& w : s.words) forms.push_back(w.form);
  return forms;
}

double DevAccuracy(const std::string& model, const std::vector<ConlluSentence>& dev) {
  auto tagger = Tagger::FromBytes(model, "dev");
  if (!tagger.ok() || dev.empty()) return 0;
  size_t right = 0, total = 0;
  std::vector<int> tags;
  for (const ConlluSentence& s : dev) {
    (*tagger)->Tag(Forms(s), &tags);
    for (size_t i = 0; i < s.words.size(); ++i, ++total)
      right += (*tagger)->upos(tags[i]) == s.words[i].upos && (*tagger)->xpos(tags[i]) == s.words[i].xpos;
  }
  return total ? double(right) / total : 0;
}

}  // namespace

absl::StatusOr<std::string> TrainTagger(
    const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
    const TaggerTrainOptions& options,
    const std::function<void(const TaggerTrainProgress&)>& progress) {
  if (train.empty()) return absl::InvalidArgumentError("no training sentences");
  TagSet tags = CollectTags(train);
  if (tags.upos.size() > 255)
    return absl::InvalidArgumentError(Cat("too many UPOS/XPOS pairs: ", tags.upos.size()));
  Perceptron model(static_cast<int>(tags.upos.size()));
  const tagger::TagDictionary dict = BuildDictionary(train, tags);
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  std::vector<uint64_t> features;
  std::vector<float> scores;
  std::string bytes;
  for (int it = 1; it <= options.iterations; ++it) {
    // Fisher-Yates with our own draws: identical on every standard library.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t right = 0, total = 0;
    for (size_t idx : order) {
      const ConlluSentence& s = train[idx];
      std::vector<std::string_view> forms = Forms(s);
      tagger::SentenceContext ctx;
      ctx.Build(forms, dict);
      int prev1 = -1, prev2 = -1;
      for (int i = 0; i < static_cast<int>(forms.size()); ++i) {
        tagger::Extract(ctx, forms, i, prev1, prev2, &features);
        model.Score(features, &scores);
        int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        int gold = tags.id.at({s.words[i].upos, s.words[i].xpos});
        if (guess != gold) model.Update(features, gold, guess);
        right += guess == gold;
        ++total;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    bytes = model.Export(tags.upos, tags.xpos, dict);
    if (progress) {
      TaggerTrainProgress p;
      p.iteration = it;
      p.train_accuracy = double(right) / total;
      p.dev_accuracy = DevAccuracy(bytes, dev);
      progress(p);
    }
  }
  return bytes;
}

}  // namespace parley
