// Sentence splitter over tokens.
//
// A boundary falls before token i when
//   - a blank line, removed furniture or region start precedes it;
//   - a single line break precedes it after a short line (a headline or list
//     item), and it starts like a sentence;
//   - a terminal (. ! ? ... …), plus any attached closing quotes and brackets,
//     precedes it and the next token starts like a sentence:
//       "in Oman.The talks"         => split (glued period)
//       "Brig. Gen. Zahedi"         => no split (title abbreviations)
//       "since Oct. 7 has"          => no split (month before a number)
//       "in the U.S. The talks"     => split (abbreviation, then a sentence starter)
//       "\"Why now?\" he asked."    => no split (lowercase follows)
// Sentences longer than max_sentence_tokens are cut at the last ';' or ','
// in their second half (else hard) and flagged kCapped.
#include "parley/text.h"
#include "text/abbrev.h"
#include "text/chars.h"

namespace parley {
namespace {

bool IsOpeningBracketOrQuote(char32_t cp) {
  return cp == '(' || cp == '[' || cp == '{' || cp == '"' || cp == '\'' || cp == 0x201C ||
         cp == 0x2018 || cp == 0xAB || cp == 0x201E;
}

bool IsClosing(char32_t cp) {
  return cp == ')' || cp == ']' || cp == '}' || cp == '"' || cp == '\'' || cp == 0x201D ||
         cp == 0x2019 || cp == 0xBB;
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens, const SegmentOptions& opts)
      : text_(text), tokens_(tokens), opts_(opts) {}

  void Run(std::vector<Sentence>* out);

 private:
  std::string_view Text(size_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  chars::CodePoint First(size_t i) const { return chars::At(text_, tokens_[i].begin); }
  bool StartsLikeSentence(size_t i) const;
  size_t AbsorbClosers(size_t start, size_t i) const;
  bool QuoteIsOpen(size_t start, size_t i) const;
  bool AttributionFollows(size_t next) const;
  bool BoundaryAfterTerminal(size_t term, size_t next) const;
  bool BoundaryAtNewline(size_t i) const;
  void Emit(size_t b, size_t e, std::vector<Sentence>* out) const;
  void EmitCapped(size_t b, size_t e, std::vector<Sentence>* out) const;

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const SegmentOptions& opts_;
};

// Uppercase letter, digit, or an opening quote/bracket before one.
bool Splitter::StartsLikeSentence(size_t i) const {
  chars::CodePoint c = First(i);
  if (c.upper() || c.digit()) return true;
  if (c.letter() && !c.lower()) return true;  // caseless scripts
  if (IsOpeningBracketOrQuote(c.cp) && i + 1 < tokens_.size()) {
    chars::CodePoint d = First(i + 1);
    return d.upper() || d.digit();
  }
  return tokens_[i].kind == TokenKind::kUrl || tokens_[i].kind == TokenKind::kSymbol;
}

// Index after the closing quotes/brackets attached to terminal `i`. A quote
// glued to the following word opens the next sentence instead: `."We`.
// Brackets and curly closing quotes always close; a straight quote glued to the
// next word closes only if a quote is open in the sentence so far:
//   `chanted "Woman, life, freedom."Security` => closes;  `said."We` => opens.
size_t Splitter::AbsorbClosers(size_t start, size_t i) const {
  size_t j = i + 1;
  while (j < tokens_.size() && !(tokens_[j].flags & kSpaceBefore) &&
         tokens_[j].kind == TokenKind::kPunct && IsClosing(First(j).cp)) {
    char32_t cp = First(j).cp;
    bool last = j + 1 >= tokens_.size() || (tokens_[j + 1].flags & kSpaceBefore);
    bool glued_to_word = !last && First(j + 1).alnum();
    bool straight = cp == '"' || cp == '\'';
    if (glued_to_word && straight && !QuoteIsOpen(start, j)) break;
    ++j;
  }
  return j;
}

// True if an odd number of straight double quotes precede token i in the sentence.
bool Splitter::QuoteIsOpen(size_t start, size_t i) const {
  int quotes = 0;
  for (size_t k = start; k < i; ++k) quotes += (Text(k) == "\"");
  return Text(i) == "\"" ? quotes % 2 == 1 : true;
}

// `"Why now?" Putin asked reporters`: a name then a speech verb continues the
// sentence of a quoted question or exclamation.
bool Splitter::AttributionFollows(size_t next) const {
  static constexpr std::string_view kVerbs[] = {"asked", "said", "says", "told", "added",
                                                "wondered", "shouted", "wrote", "replied",
                                                "tweeted", "asks", "cried", "demanded"};
  for (size_t k = next + 1; k < tokens_.size() && k <= next + 3; ++k) {
    std::string_view w = Text(k);
    for (std::string_view v : kVerbs)
      if (w == v) return true;
    if (!chars::At(text_, tokens_[k].begin).upper()) return false;
  }
  return false;
}

bool Splitter::BoundaryAfterTerminal(size_t term, size_t next) const {
  const Token& t = tokens_[term];
  const Token& n = tokens_[next];
  chars::CodePoint nc = First(next);
  if (t.kind == TokenKind::kAbbrev) {
    std::string_view w = Text(term);
    w.remove_suffix(1);
    AbbrevClass cls = ClassifyAbbrev(w);
    if (cls == AbbrevClass::kTitle || cls == AbbrevClass::kNeverFinal) return false;
    if (!(n.flags & kSpaceBefore)) return false;
    if (nc.cp == '(' || nc.cp == '[') return false;  // "WASHINGTON, D.C. (AP)"
    if (IsOpeningBracketOrQuote(nc.cp)) return StartsLikeSentence(next);
    return IsSentenceStarter(Text(next));
  }
  if (t.flags & kGluedSplit) return true;
  if (nc.lower()) {
    // "iPhone", "eBay" start sentences too.
    bool camel = next + 0 < tokens_.size() && n.end - n.begin > 1 &&
                 chars::At(text_, n.begin + nc.len).upper();
    return camel && (n.flags & kSpaceBefore) && Text(term) == ".";
  }
  if (n.kind == TokenKind::kPunct && !IsOpeningBracketOrQuote(nc.cp) && nc.cp != 0x2014 &&
      nc.cp != '-')
    return false;  // "..., and", "?)"
  if (n.kind == TokenKind::kTerminal) return false;
  std::string_view tt = Text(term);
  if ((tt.size() >= 2 && tt[0] == '.') || tt == "\xE2\x80\xA6") {
    // Ellipsis: a boundary only before a capitalised word after a space.
    return (n.flags & kSpaceBefore) && (nc.upper() || IsOpeningBracketOrQuote(nc.cp));
  }
  if (!(n.flags & kSpaceBefore)) {
    // "3.5" never reaches here; a glued '?'/'!' before a capital splits.
    return nc.upper() || IsOpeningBracketOrQuote(nc.cp);
  }
  if (next > term + 1 && tt != "." && nc.upper() && AttributionFollows(next)) return false;
  return true;
}

// A single line break splits after a short line (headline, list item, date
// line) when the next line starts like a sentence; long lines are taken to be
// hard-wrapped prose.
bool Splitter::BoundaryAtNewline(size_t i) const {
  if (!StartsLikeSentence(i) && !(First(i).cls & (chars::kPunct | chars::kSymbol))) return false;
  size_t prev_end = tokens_[i - 1].end;
  size_t line_start = text_.rfind('\n', prev_end == 0 ? 0 : prev_end - 1);
  line_start = (line_start == std::string_view::npos) ? 0 : line_start + 1;
  return prev_end - line_start < 60;
}

void Splitter::Emit(size_t b, size_t e, std::vector<Sentence>* out) const {
  if (e - b > opts_.max_sentence_tokens && opts_.max_sentence_tokens > 1) {
    EmitCapped(b, e, out);
    return;
  }
  Sentence s;
  s.token_begin = static_cast<uint32_t>(b);
  s.token_end = static_cast<uint32_t>(e);
  s.begin = tokens_[b].begin;
  s.end = tokens_[e - 1].end;
  out->push_back(s);
}

void Splitter::EmitCapped(size_t b, size_t e, std::vector<Sentence>* out) const {
  const size_t max = opts_.max_sentence_tokens;
  while (b < e) {
    size_t cut = e;
    if (e - b > max) {
      cut = b + max;
      size_t best_semi = 0, best_comma = 0;
      for (size_t k = b + max / 2; k < b + max; ++k) {
        std::string_view w = Text(k);
        if (w == ";") best_semi = k + 1;
        if (w == ",") best_comma = k + 1;
      }
      if (best_semi) cut = best_semi;
      else if (best_comma) cut = best_comma;
    }
    Sentence s;
    s.token_begin = static_cast<uint32_t>(b);
    s.token_end = static_cast<uint32_t>(cut);
    s.begin = tokens_[b].begin;
    s.end = tokens_[cut - 1].end;
    s.flags = kCapped;
    out->push_back(s);
    b = cut;
  }
}

void Splitter::Run(std::vector<Sentence>* out) {
  const size_t n = tokens_.size();
  size_t start = 0;
  size_t i = 0;
  while (i < n) {
    if (i > start && ((tokens_[i].flags & kParagraphBefore) ||
                      ((tokens_[i].flags & kNewlineBefore) && BoundaryAtNewline(i)))) {
      Emit(start, i, out);
      start = i;
    }
    if (tokens_[i].kind == TokenKind::kTerminal || tokens_[i].kind == TokenKind::kAbbrev) {
      size_t j = AbsorbClosers(start, i);
      if (j < n && !(tokens_[j].flags & kParagraphBefore) && BoundaryAfterTerminal(i, j)) {
        Emit(start, j, out);
        start = j;
      }
      i = j;
      continue;
    }
    ++i;
  }
  if (start < n) Emit(start, n, out);
}

}  // namespace

void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    const SegmentOptions& options, std::vector<Sentence>* sentences) {
  Splitter(text, tokens, options).Run(sentences);
}

}  // namespace parley
