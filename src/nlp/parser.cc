// Parser runtime. Model payload (after the frame of model_io.h):
//   u32 L, L x str label   then the weights as a LinearModel table over
//   2L + 1 classes (SHIFT, LEFT per label, RIGHT per label).
#include "parley/parser.h"

#include <algorithm>

#include "nlp/linear_model.h"
#include "util/model_io.h"
#include "util/file.h"
#include "nlp/parser_features.h"
#include "nlp/parser_state.h"
#include "util/strings.h"

namespace parley {

Parser::Parser() : model_(std::make_unique<LinearModel>()) {}
Parser::~Parser() = default;

absl::StatusOr<std::unique_ptr<Parser>> Parser::Load(const std::string& path) {
  PARLEY_ASSIGN_OR_RETURN(std::string bytes, ReadWholeFile(path));
  return FromBytes(bytes, path);
}

absl::StatusOr<std::unique_ptr<Parser>> Parser::FromBytes(std::string_view bytes,
                                                          std::string_view name) {
  PARLEY_ASSIGN_OR_RETURN(model_io::Reader r,
                          model_io::Reader::Open(bytes, kParserMagic, kParserVersion, name));
  std::unique_ptr<Parser> p(new Parser());
  uint32_t n = 0;
  if (!r.U32(&n)) return r.Truncated();
  if (n == 0 || 2 * n + 1 > 255) return absl::InvalidArgumentError(Cat(name, ": bad label count"));
  p->labels_.resize(n);
  for (std::string& l : p->labels_)
    if (!r.Str(&l)) return r.Truncated();
  if (!p->model_->Read(&r, static_cast<int>(2 * n + 1))) return r.Truncated();
  if (!r.AtEnd()) return absl::InvalidArgumentError(Cat(name, ": trailing data after the model"));
  return p;
}

void Parser::Parse(const std::vector<std::string_view>& words,
                   const std::vector<std::string_view>& tags, std::vector<int>* heads,
                   std::vector<std::string>* labels) const {
  const int n = static_cast<int>(words.size());
  const int num_labels = static_cast<int>(labels_.size());
  parser::Sentence sent;
  sent.Build(words, tags);
  parser::State st(n);
  std::vector<uint64_t> features;
  std::vector<float> scores(model_->num_classes());
  while (!st.Terminal()) {
    parser::Extract(sent, st, &features);
    model_->Score(features, scores.data());
    // Classes: 0 = SHIFT, 1..L = LEFT by label, L+1..2L = RIGHT by label.
    int best = -1;
    auto consider = [&](int begin, int end) {
      for (int c = begin; c < end; ++c)
        if (best < 0 || scores[c] > scores[best]) best = c;
    };
    if (st.CanShift()) consider(0, 1);
    if (st.CanLeft()) consider(1, num_labels + 1);
    if (st.CanRight()) consider(num_labels + 1, 2 * num_labels + 1);
    st.Apply(parser::MoveOf(best, num_labels), parser::LabelOf(best, num_labels));
  }
  heads->assign(n, 0);
  labels->assign(n, std::string());
  for (int i = 1; i <= n; ++i) {
    (*heads)[i - 1] = st.head[i];
    (*labels)[i - 1] = st.label[i] >= 0 ? labels_[st.label[i]] : "dep";
  }
}

}  // namespace parley
