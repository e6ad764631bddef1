// Full-pipeline scoring from raw text with CoNLL 2018 word alignment.
#include "absl/container/flat_hash_map.h"
#include "eval/span_score.h"
#include "parley/conllu.h"
#include "parley/eval.h"
#include "parley/lemmatizer.h"
#include "parley/parser.h"
#include "parley/tagger.h"

namespace parley {
namespace {

// One word of the gold or the system analysis, heads as indexes into the
// same list (-1: the root).
struct Word {
  Span span;
  std::string upos, xpos, lemma, deprel;
  int head = -1;
};

std::vector<Word> GoldWords(const std::vector<ConlluSentence>& gold, const GoldText& text) {
  std::vector<Word> out;
  for (const ConlluSentence& s : gold) {
    const int base = static_cast<int>(out.size());
    for (const ConlluWord& w : s.words) {
      Word g{text.words[out.size()], w.upos, w.xpos, w.lemma, w.deprel, -1};
      if (w.head > 0) g.head = base + w.head - 1;
      out.push_back(std::move(g));
    }
  }
  return out;
}

std::vector<Word> SystemWords(const std::string& text, const SegmentedText& seg, const Tagger& tagger,
                              const Lemmatizer& lemmatizer, const Parser& parser) {
  std::vector<Word> out;
  std::vector<std::string_view> words, xpos;
  std::vector<int> tags, heads;
  std::vector<std::string> labels;
  for (const Sentence& s : seg.sentences) {
    const int base = static_cast<int>(out.size());
    words.clear();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t)
      words.push_back(std::string_view(text).substr(seg.tokens[t].begin, seg.tokens[t].end - seg.tokens[t].begin));
    tagger.Tag(words, &tags);
    xpos.clear();
    for (int t : tags) xpos.push_back(tagger.xpos(t));
    parser.Parse(words, xpos, &heads, &labels);
    for (size_t i = 0; i < words.size(); ++i) {
      const Token& tok = seg.tokens[s.token_begin + i];
      Word w{{tok.begin, tok.end}, tagger.upos(tags[i]), tagger.xpos(tags[i]),
             lemmatizer.Lemma(words[i], tagger.upos(tags[i]), tagger.xpos(tags[i])), labels[i], -1};
      if (heads[i] > 0) w.head = base + heads[i] - 1;
      out.push_back(std::move(w));
    }
  }
  return out;
}

}  // namespace

PipelineScores ScorePipeline(const std::vector<ConlluSentence>& gold, const Segmenter& segmenter,
                             const Tagger& tagger, const Lemmatizer& lemmatizer,
                             const Parser& parser) {
  const GoldText text = Rebuild(gold);
  SegmentedText seg;
  segmenter.Segment(text.text, &seg);
  const std::vector<Word> g = GoldWords(gold, text);
  const std::vector<Word> sys = SystemWords(text.text, seg, tagger, lemmatizer, parser);

  PipelineScores s;
  std::vector<Span> sentences;
  for (const Sentence& sent : seg.sentences) sentences.push_back({sent.begin, sent.end});
  eval_internal::ScoreSpans(text.sentences, sentences, &s.sentences);

  // Alignment: system word -> gold word with the same span (-2: none).
  absl::flat_hash_map<uint64_t, int> by_span;
  for (size_t i = 0; i < g.size(); ++i) by_span.emplace(eval_internal::SpanKey(g[i].span), static_cast<int>(i));
  std::vector<int> aligned(sys.size(), -2);
  for (size_t i = 0; i < sys.size(); ++i)
    if (auto it = by_span.find(eval_internal::SpanKey(sys[i].span)); it != by_span.end()) aligned[i] = it->second;

  for (Prf* p : {&s.tokens, &s.upos, &s.xpos, &s.lemma, &s.uas, &s.las}) {
    p->gold = g.size();
    p->system = sys.size();
  }
  for (size_t i = 0; i < sys.size(); ++i) {
    if (aligned[i] < 0) continue;
    const Word& w = sys[i];
    const Word& gw = g[aligned[i]];
    ++s.tokens.correct;
    s.upos.correct += w.upos == gw.upos;
    s.xpos.correct += w.xpos == gw.xpos;
    s.lemma.correct += w.lemma == gw.lemma;
    const bool head = w.head < 0 ? gw.head < 0 : aligned[w.head] == gw.head;
    s.uas.correct += head;
    s.las.correct += head && w.deprel == gw.deprel;
  }
  return s;
}

}  // namespace parley
