// Tagger training: averaged perceptron (perceptron.h) over the features of
// tagger_features.h. Decoding during training is greedy with the model's own
// previous tags, as at tagging time.
#include "nlp/tagger_train.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

#include "absl/container/flat_hash_map.h"
#include "util/model_io.h"
#include "nlp/perceptron.h"
#include "nlp/tagger_features.h"
#include "nlp/tagger_model.h"
#include "nlp/wordnet.h"
#include "parley/tagger.h"
#include "util/strings.h"

namespace parley {
namespace {

// The model file: tag names, tag dictionary, then the averaged weights.
std::string Export(const Perceptron& model, const std::vector<std::string>& upos,
                   const std::vector<std::string>& xpos, const tagger::TagDictionary& dict,
                   const WordNetLexicon& wordnet) {
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
  wordnet.Write(&w);
  model.WriteAveraged(&w);
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
      if (n * 50 >= total) {
        if (!amb.empty()) amb += '|';
        amb += std::to_string(tag);
      }
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
  WordNetLexicon wordnet;
  if (!options.wordnet_dir.empty()) PARLEY_RETURN_IF_ERROR(wordnet.ReadIndex(options.wordnet_dir));
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
      ctx.Build(forms, dict, wordnet);
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
    bytes = Export(model, tags.upos, tags.xpos, dict, wordnet);
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

absl::Status JackknifeTags(std::vector<ConlluSentence>* sentences, int folds,
                           const TaggerTrainOptions& options) {
  if (folds < 2) return absl::InvalidArgumentError("jackknifing needs at least 2 folds");
  std::vector<std::vector<std::pair<std::string, std::string>>> tags(sentences->size());
  for (int k = 0; k < folds; ++k) {
    std::vector<ConlluSentence> rest;
    for (size_t i = 0; i < sentences->size(); ++i)
      if (static_cast<int>(i % folds) != k) rest.push_back((*sentences)[i]);
    PARLEY_ASSIGN_OR_RETURN(std::string bytes, TrainTagger(rest, {}, options));
    PARLEY_ASSIGN_OR_RETURN(std::unique_ptr<Tagger> tagger, Tagger::FromBytes(bytes, "fold"));
    std::vector<int> out;
    for (size_t i = k; i < sentences->size(); i += folds) {
      tagger->Tag(Forms((*sentences)[i]), &out);
      for (int t : out) tags[i].emplace_back(tagger->upos(t), tagger->xpos(t));
    }
  }
  for (size_t i = 0; i < sentences->size(); ++i)
    for (size_t w = 0; w < tags[i].size(); ++w) {
      (*sentences)[i].words[w].upos = tags[i][w].first;
      (*sentences)[i].words[w].xpos = tags[i][w].second;
    }
  return absl::OkStatus();
}

}  // namespace parley
