#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "parley/eval.h"

namespace parley {
namespace {

uint64_t Key(uint32_t b, uint32_t e) { return (uint64_t{b} << 32) | e; }

void Score(const std::vector<Span>& gold, const std::vector<Span>& system, Prf* prf) {
  absl::flat_hash_set<uint64_t> g;
  for (const Span& s : gold) g.insert(Key(s.begin, s.end));
  prf->gold += g.size();
  prf->system += system.size();
  for (const Span& s : system) prf->correct += g.contains(Key(s.begin, s.end));
}

}  // namespace

SegmentScores ScoreSegmentation(const GoldText& gold, const Segmenter& segmenter) {
  SegmentedText seg;
  segmenter.Segment(gold.text, &seg);
  std::vector<Span> sentences, tokens;
  for (const Sentence& s : seg.sentences) sentences.push_back({s.begin, s.end});
  for (const Token& t : seg.tokens) tokens.push_back({t.begin, t.end});
  SegmentScores scores;
  Score(gold.sentences, sentences, &scores.sentences);
  Score(gold.words, tokens, &scores.tokens);
  return scores;
}

}  // namespace parley
