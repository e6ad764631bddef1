#include "parley/pipeline.h"

namespace parley {

absl::StatusOr<std::unique_ptr<Pipeline>> Pipeline::Load(
    const std::string& tagger, const std::string& lemmatizer,
    const std::string& parser, SegmentOptions options) {
  std::unique_ptr<Pipeline> p(new Pipeline(options));
  PARLEY_ASSIGN_OR_RETURN(p->tagger_, Tagger::Load(tagger));
  PARLEY_ASSIGN_OR_RETURN(p->lemmatizer_, Lemmatizer::Load(lemmatizer));
  PARLEY_ASSIGN_OR_RETURN(p->parser_, Parser::Load(parser));
  return p;
}

void Pipeline::ParseWords(const std::vector<std::string_view>& words,
                          ParsedSentence* out) const {
  std::vector<int> tags, heads;
  std::vector<std::string> labels;
  std::vector<std::string_view> xpos;
  tagger_->Tag(words, &tags);
  for (int t : tags) xpos.push_back(tagger_->xpos(t));
  parser_->Parse(words, xpos, &heads, &labels);
  out->words.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    ParsedWord& w = out->words[i];
    w.text = words[i];
    w.upos = tagger_->upos(tags[i]);
    w.xpos = tagger_->xpos(tags[i]);
    w.lemma = lemmatizer_->Lemma(words[i], w.upos, w.xpos);
    w.head = heads[i];
    w.deprel = std::move(labels[i]);
  }
}

void Pipeline::Parse(std::string_view text, std::vector<ParsedSentence>* out,
                     PageInfo* page) const {
  SegmentedText seg;
  segmenter_.Segment(text, &seg);
  if (page != nullptr) *page = seg.page;
  out->assign(seg.sentences.size(), ParsedSentence());
  std::vector<std::string_view> words;
  for (size_t si = 0; si < seg.sentences.size(); ++si) {
    const Sentence& s = seg.sentences[si];
    ParsedSentence& ps = (*out)[si];
    ps.begin = s.begin;
    ps.end = s.end;
    ps.flags = s.flags;
    words.clear();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t)
      words.push_back(text.substr(seg.tokens[t].begin,
                                  seg.tokens[t].end - seg.tokens[t].begin));
    ParseWords(words, &ps);
    for (size_t i = 0; i < words.size(); ++i) {
      const Token& tok = seg.tokens[s.token_begin + i];
      ps.words[i].begin = tok.begin;
      ps.words[i].end = tok.end;
      ps.words[i].space_after =
          i + 1 == words.size() ||
          seg.tokens[s.token_begin + i + 1].has(kSpaceBefore);
    }
  }
}

}  // namespace parley
