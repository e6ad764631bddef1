#include "parley/text.h"
#include "text/utf8.h"

namespace parley {

void SegmentedText::Clear() {
  page = PageInfo();
  tokens.clear();
  sentences.clear();
  invalid_bytes = 0;
}

void Segmenter::Segment(std::string_view text, SegmentedText* out) const {
  out->Clear();
  out->invalid_bytes = utf8::CountInvalid(text);
  if (options_.clean_page) {
    out->page = AnalyzePage(text);
  } else {
    out->page.body.push_back({0, static_cast<uint32_t>(text.size())});
  }
  out->tokens.reserve(text.size() / 5 + 16);
  Tokenize(text, out->page.body, &out->tokens);
  SplitSentences(text, out->tokens, options_, &out->sentences);
  const Span title = out->page.title_span;
  if (title.size() == 0) return;
  for (Sentence& s : out->sentences) {
    if (s.begin >= title.begin && s.end <= title.end) s.flags |= kHeadline;
    if (s.begin >= title.end) break;
  }
}

}  // namespace parley
