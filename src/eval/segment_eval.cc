#include "eval/span_score.h"
#include "parley/eval.h"

namespace parley {

SegmentScores ScoreSegmentation(const GoldText& gold, const Segmenter& segmenter) {
  SegmentedText seg;
  segmenter.Segment(gold.text, &seg);
  std::vector<Span> sentences, tokens;
  for (const Sentence& s : seg.sentences) sentences.push_back({s.begin, s.end});
  for (const Token& t : seg.tokens) tokens.push_back({t.begin, t.end});
  SegmentScores scores;
  eval_internal::ScoreSpans(gold.sentences, sentences, &scores.sentences);
  eval_internal::ScoreSpans(gold.words, tokens, &scores.tokens);
  return scores;
}

}  // namespace parley
