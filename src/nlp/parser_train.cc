// Parser training with the dynamic oracle of Goldberg & Nivre (2013) for
// arc-hybrid. At each state every valid move gets a cost: the number of gold
// arcs it makes unreachable. The best-scoring move of least cost is the
// target; the perceptron is updated when the model's choice costs more. From
// pass `explore_from` on, the parser follows its own (possibly wrong) moves,
// so it learns to recover from its mistakes.
//
// Costs (s0, s1: stack top and below; b0: buffer front; B: buffer; S: stack):
//   LEFT   s0 loses a head in {s1} U B-{b0}, and its dependents in B
//   RIGHT  s0 loses a head in B, and its dependents in B
//   SHIFT  b0 loses a head in S-{s0}, and its dependents in S
// plus one for a wrong label on an arc whose head is right.
#include "nlp/parser_train.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

#include "util/model_io.h"
#include "nlp/parser_features.h"
#include "nlp/parser_state.h"
#include "nlp/perceptron.h"
#include "parley/parser.h"
#include "util/strings.h"

namespace parley {
namespace {

using parser::Move;
using parser::State;

struct Gold {
  std::vector<int> head, label;  // index 1..n
};

// Costs of SHIFT, LEFT and RIGHT before the label term (-1: invalid move).
struct MoveCosts {
  int shift = -1, left = -1, right = -1;
};

MoveCosts Costs(const State& st, const Gold& g) {
  MoveCosts c;
  const int s0 = st.S(0), s1 = st.S(1), b0 = st.B(0);
  auto in_buffer = [&](int k) { return k >= st.b && k <= st.n; };
  if (st.CanShift()) {
    c.shift = 0;
    for (size_t i = 0; i + 1 < st.stack.size(); ++i)
      if (g.head[b0] == st.stack[i]) ++c.shift;
    for (int k : st.stack)
      if (k > 0 && g.head[k] == b0) ++c.shift;
  }
  if (s0 > 0) {
    int deps = 0;
    for (int d = st.b; d <= st.n; ++d) deps += g.head[d] == s0;
    const int h = g.head[s0];
    if (st.CanLeft()) c.left = deps + (h != b0 && (h == s1 || in_buffer(h)));
    if (st.CanRight()) c.right = deps + in_buffer(h);
  }
  return c;
}

// Cost of class c given the move costs: a wrong label on a right head costs one.
int ClassCost(const MoveCosts& mc, const State& st, const Gold& g, int c, int num_labels) {
  Move m = parser::MoveOf(c, num_labels);
  if (m == parser::kShift) return mc.shift;
  const int s0 = st.S(0), lab = parser::LabelOf(c, num_labels);
  if (m == parser::kLeft) {
    if (mc.left < 0) return -1;
    return mc.left + (g.head[s0] == st.B(0) && g.label[s0] != lab);
  }
  if (mc.right < 0) return -1;
  return mc.right + (g.head[s0] == st.S(1) && g.label[s0] != lab);
}

struct Prepared {
  std::vector<std::string_view> words, tags;
  Gold gold;
};

std::vector<Prepared> Prepare(const std::vector<ConlluSentence>& sents,
                              std::map<std::string, int>* label_ids, bool add_labels) {
  std::vector<Prepared> out;
  for (const ConlluSentence& s : sents) {
    Prepared p;
    p.gold.head.assign(s.words.size() + 1, 0);
    p.gold.label.assign(s.words.size() + 1, -1);
    bool ok = true;
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& w = s.words[i];
      p.words.push_back(w.form);
      p.tags.push_back(w.xpos);
      if (w.head < 0 || w.head > static_cast<int>(s.words.size())) ok = false;
      p.gold.head[i + 1] = w.head;
      auto it = label_ids->find(w.deprel);
      if (it == label_ids->end() && add_labels)
        it = label_ids->emplace(w.deprel, static_cast<int>(label_ids->size())).first;
      p.gold.label[i + 1] = it == label_ids->end() ? -1 : it->second;
    }
    if (ok) out.push_back(std::move(p));
  }
  return out;
}

std::string Export(const Perceptron& model, const std::vector<std::string>& labels, float prune) {
  model_io::Writer w(kParserMagic, kParserVersion);
  w.U32(static_cast<uint32_t>(labels.size()));
  for (const std::string& l : labels) w.Str(l);
  model.WriteAveraged(&w, prune);
  return w.Finish();
}

void DevScores(const std::string& model, const std::vector<ConlluSentence>& dev, double* uas,
               double* las) {
  *uas = *las = 0;
  auto p = Parser::FromBytes(model, "dev");
  if (!p.ok() || dev.empty()) return;
  size_t total = 0, u = 0, l = 0;
  std::vector<int> heads;
  std::vector<std::string> labels;
  for (const ConlluSentence& s : dev) {
    std::vector<std::string_view> words, tags;
    for (const ConlluWord& w : s.words) {
      words.push_back(w.form);
      tags.push_back(w.xpos);
    }
    (*p)->Parse(words, tags, &heads, &labels);
    for (size_t i = 0; i < s.words.size(); ++i, ++total) {
      bool hu = heads[i] == s.words[i].head;
      u += hu;
      l += hu && labels[i] == s.words[i].deprel;
    }
  }
  *uas = double(u) / std::max<size_t>(total, 1);
  *las = double(l) / std::max<size_t>(total, 1);
}

}  // namespace

absl::StatusOr<std::string> TrainParser(
    const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
    const ParserTrainOptions& options,
    const std::function<void(const ParserTrainProgress&)>& progress) {
  std::map<std::string, int> label_ids;
  // Collect labels first, in sorted order, so ids do not depend on sentence order.
  for (const ConlluSentence& s : train)
    for (const ConlluWord& w : s.words) label_ids.emplace(w.deprel, 0);
  std::vector<std::string> labels;
  for (auto& [name, id] : label_ids) {
    id = static_cast<int>(labels.size());
    labels.push_back(name);
  }
  if (labels.empty()) return absl::InvalidArgumentError("no training sentences");
  if (2 * labels.size() + 1 > 255)
    return absl::InvalidArgumentError(Cat("too many relations: ", labels.size()));
  std::vector<Prepared> data = Prepare(train, &label_ids, false);
  const int num_labels = static_cast<int>(labels.size());
  const int num_classes = 2 * num_labels + 1;
  Perceptron model(num_classes);
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  std::vector<uint64_t> features;
  std::vector<float> scores;
  std::vector<int> costs(num_classes);
  std::string bytes;
  for (int it = 1; it <= options.iterations; ++it) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    const bool explore = it >= options.explore_from;
    for (size_t idx : order) {
      const Prepared& p = data[idx];
      parser::Sentence sent;
      sent.Build(p.words, p.tags);
      State st(static_cast<int>(p.words.size()));
      while (!st.Terminal()) {
        parser::Extract(sent, st, &features);
        model.Score(features, &scores);
        int best_any = -1, best_gold = -1, min_cost = 1 << 30;
        const MoveCosts mc = Costs(st, p.gold);
        for (int c = 0; c < num_classes; ++c) {
          costs[c] = ClassCost(mc, st, p.gold, c, num_labels);
          if (costs[c] < 0) continue;
          min_cost = std::min(min_cost, costs[c]);
          if (best_any < 0 || scores[c] > scores[best_any]) best_any = c;
        }
        for (int c = 0; c < num_classes; ++c)
          if (costs[c] == min_cost && (best_gold < 0 || scores[c] > scores[best_gold])) best_gold = c;
        if (costs[best_any] > min_cost) model.Update(features, best_gold, best_any);
        const int next = explore ? best_any : best_gold;
        st.Apply(parser::MoveOf(next, num_labels), parser::LabelOf(next, num_labels));
      }
    }
    bytes = Export(model, labels, options.prune);
    if (progress) {
      ParserTrainProgress pr;
      pr.iteration = it;
      DevScores(bytes, dev, &pr.dev_uas, &pr.dev_las);
      progress(pr);
    }
  }
  return bytes;
}

}  // namespace parley
