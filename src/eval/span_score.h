// Precision/recall of spans, shared by the evaluations.
#ifndef PARLEY_EVAL_SPAN_SCORE_H_
#define PARLEY_EVAL_SPAN_SCORE_H_

#include <vector>

#include "absl/container/flat_hash_set.h"
#include "parley/eval.h"

namespace parley::eval_internal {

inline uint64_t SpanKey(const Span& s) { return (uint64_t{s.begin} << 32) | s.end; }

// Adds to `prf` the exact matches of `system` spans among `gold` spans.
inline void ScoreSpans(const std::vector<Span>& gold, const std::vector<Span>& system, Prf* prf) {
  absl::flat_hash_set<uint64_t> g;
  for (const Span& s : gold) g.insert(SpanKey(s));
  prf->gold += g.size();
  prf->system += system.size();
  for (const Span& s : system) prf->correct += g.contains(SpanKey(s));
}

}  // namespace parley::eval_internal

#endif  // PARLEY_EVAL_SPAN_SCORE_H_
