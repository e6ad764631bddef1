// Tagger runtime: model loading and greedy decoding.
//
// Model file (version 1), after the common header of model_io.h:
//   u32 tag count, then per tag: str upos, str xpos
//   u32 dictionary size, then per word: str word, str ambiguity class
//   u32 feature count, then per feature: u64 key, u16 n, n x (u8 tag, f32 weight)
#include "parley/tagger.h"

#include "nlp/model_io.h"
#include "nlp/tagger_features.h"
#include "nlp/tagger_model.h"
#include "util/strings.h"

namespace parley {

absl::StatusOr<std::unique_ptr<Tagger>> Tagger::Load(const std::string& path) {
  PARLEY_ASSIGN_OR_RETURN(std::string bytes, model_io::ReadFile(path));
  return FromBytes(bytes, path);
}

absl::StatusOr<std::unique_ptr<Tagger>> Tagger::FromBytes(std::string_view bytes,
                                                          std::string_view name) {
  PARLEY_ASSIGN_OR_RETURN(model_io::Reader r,
                          model_io::Reader::Open(bytes, tagger::kMagic, tagger::kVersion, name));
  std::unique_ptr<Tagger> t(new Tagger());
  uint32_t tags = 0;
  if (!r.U32(&tags)) return r.Truncated();
  if (tags == 0 || tags > 255) return absl::InvalidArgumentError(Cat(name, ": bad tag count"));
  t->upos_.resize(tags);
  t->xpos_.resize(tags);
  for (uint32_t i = 0; i < tags; ++i)
    if (!r.Str(&t->upos_[i]) || !r.Str(&t->xpos_[i])) return r.Truncated();
  uint32_t words = 0;
  if (!r.U32(&words)) return r.Truncated();
  for (uint32_t i = 0; i < words; ++i) {
    std::string word, amb;
    if (!r.Str(&word) || !r.Str(&amb)) return r.Truncated();
    t->dictionary_.emplace(std::move(word), std::move(amb));
  }
  uint32_t features = 0;
  if (!r.U32(&features)) return r.Truncated();
  t->rows_.reserve(features);
  for (uint32_t f = 0; f < features; ++f) {
    uint64_t key = 0;
    uint16_t n = 0;
    if (!r.U64(&key) || !r.U16(&n)) return r.Truncated();
    uint32_t begin = static_cast<uint32_t>(t->classes_.size());
    for (uint16_t k = 0; k < n; ++k) {
      uint8_t cls = 0;
      float w = 0;
      if (!r.U8(&cls) || !r.F32(&w)) return r.Truncated();
      if (cls >= tags) return absl::InvalidArgumentError(Cat(name, ": tag id out of range"));
      t->classes_.push_back(cls);
      t->weights_.push_back(w);
    }
    t->rows_.emplace(key, std::make_pair(begin, static_cast<uint32_t>(t->classes_.size())));
  }
  if (!r.AtEnd()) return absl::InvalidArgumentError(Cat(name, ": trailing data after the model"));
  return t;
}

void Tagger::Tag(const std::vector<std::string_view>& words, std::vector<int>* tags) const {
  tags->assign(words.size(), 0);
  tagger::SentenceContext ctx;
  ctx.Build(words, dictionary_);
  std::vector<uint64_t> features;
  std::vector<float> scores(upos_.size());
  int prev1 = -1, prev2 = -1;
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    tagger::Extract(ctx, words, i, prev1, prev2, &features);
    std::fill(scores.begin(), scores.end(), 0.f);
    for (uint64_t key : features) {
      auto it = rows_.find(key);
      if (it == rows_.end()) continue;
      for (uint32_t k = it->second.first; k < it->second.second; ++k)
        scores[classes_[k]] += weights_[k];
    }
    int best = 0;
    for (int c = 1; c < static_cast<int>(scores.size()); ++c)
      if (scores[c] > scores[best]) best = c;
    (*tags)[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
}

}  // namespace parley
