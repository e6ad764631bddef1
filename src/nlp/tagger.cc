// Tagger runtime: model loading and greedy decoding.
//
// Model file (version 2), after the common header of model_io.h:
//   u32 tag count, then per tag: str upos, str xpos
//   u32 dictionary size, then per word: str word, str ambiguity class
//   a WordNetLexicon (nlp/wordnet.h; no parts of speech if trained without)
//   the weights: a LinearModel table (nlp/linear_model.h)
#include "parley/tagger.h"

#include "nlp/linear_model.h"
#include "util/model_io.h"
#include "util/file.h"
#include "nlp/tagger_features.h"
#include "nlp/tagger_model.h"
#include "nlp/wordnet.h"
#include "util/strings.h"

namespace parley {

Tagger::Tagger()
    : model_(std::make_unique<LinearModel>()), wordnet_(std::make_unique<WordNetLexicon>()) {}
Tagger::~Tagger() = default;

size_t Tagger::num_features() const { return model_->num_features(); }

absl::StatusOr<std::unique_ptr<Tagger>> Tagger::Load(const std::string& path) {
  PARLEY_ASSIGN_OR_RETURN(std::string bytes, ReadWholeFile(path));
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
  if (!t->wordnet_->Read(&r) || !t->model_->Read(&r, static_cast<int>(tags))) return r.Truncated();
  if (!r.AtEnd()) return absl::InvalidArgumentError(Cat(name, ": trailing data after the model"));
  return t;
}

void Tagger::Tag(const std::vector<std::string_view>& words, std::vector<int>* tags) const {
  tags->assign(words.size(), 0);
  tagger::SentenceContext ctx;
  ctx.Build(words, dictionary_, *wordnet_);
  std::vector<uint64_t> features;
  std::vector<float> scores(upos_.size());
  int prev1 = -1, prev2 = -1;
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    tagger::Extract(ctx, words, i, prev1, prev2, &features);
    model_->Score(features, scores.data());
    int best = 0;
    for (int c = 1; c < static_cast<int>(scores.size()); ++c)
      if (scores[c] > scores[best]) best = c;
    (*tags)[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
}

}  // namespace parley
