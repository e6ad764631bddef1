// Tokeniser, UD English conventions.
//
// Text is cut at white space into chunks; each chunk is scanned left to right:
//   - URLs, e-mail addresses, @handles and #hashtags stay whole (minus trailing
//     punctuation): "https://x.org/a?b=1)." => ["https://x.org/a?b=1", ")", "."]
//   - a word is a run of letters and digits with internal connectors:
//     "U.S", "3.5", "1,000", "10:30", "AT&T", "O'Brien", "S-300", "24/7"
//   - a period after an abbreviation stays on it: "Gen." "U.S." "Oct."
//   - a period between a lowercase word or number and a capitalised word is a
//     sentence end glued to the next sentence: "Oman.The" => ["Oman", ".", "The"]
//   - clitics split: "don't" => ["do", "n't"], "Iran's" => ["Iran", "'s"],
//     "cannot" => ["can", "not"], "gonna" => ["gon", "na"]
//   - hyphenated compounds split unless the first part is a prefix:
//     "full-fledged" => ["full", "-", "fledged"], "anti-war" stays
//   - "..." "--" "?!" runs are one token; other punctuation one code point each.
#include <string>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "parley/text.h"
#include "text/abbrev.h"
#include "text/chars.h"
#include "text/tokenizer_internal.h"
#include "util/strings.h"

namespace parley {
namespace {

using chars::At;
using chars::CodePoint;

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }
bool IsHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

class ChunkTokenizer {
 public:
  ChunkTokenizer(std::string_view text, std::vector<Token>* out) : text_(text), out_(out) {}

  // Tokenises [begin, end), a run with no white space; the first token gets
  // `lead_flags`.
  // `has_at` says whether the chunk contains '@' (e-mail candidates).
  void Run(size_t begin, size_t end, uint8_t lead_flags, bool has_at) {
    begin_ = begin;
    end_ = end;
    lead_flags_ = lead_flags;
    has_at_ = has_at;
    size_t pos = begin;
    while (pos < end_) pos = Step(pos);
  }

 private:
  size_t Step(size_t pos);
  size_t ScanWordEnd(size_t pos) const;
  bool Connects(size_t i, char32_t c, size_t word_begin) const;
  bool GluedBoundary(size_t dot, size_t word_begin) const;
  size_t UrlEnd(size_t pos) const;
  size_t EmoticonEnd(size_t pos) const;
  size_t SymbolEnd(size_t pos) const;
  size_t TrimUrlTail(size_t begin, size_t end) const;
  bool AttachAbbrevPeriod(size_t begin, size_t end) const;
  void EmitWord(size_t begin, size_t end, TokenKind kind);
  void EmitHyphenated(size_t begin, size_t end);
  size_t CliticStart(size_t begin, size_t end) const;
  void Emit(size_t begin, size_t end, TokenKind kind, uint8_t extra_flags = 0);

  std::string_view text_;
  std::vector<Token>* out_;
  size_t begin_ = 0;  // of the current chunk
  size_t end_ = 0;
  uint8_t lead_flags_ = 0;
  bool has_at_ = false;
};

void ChunkTokenizer::Emit(size_t begin, size_t end, TokenKind kind, uint8_t extra_flags) {
  Token t;
  t.begin = static_cast<uint32_t>(begin);
  t.end = static_cast<uint32_t>(end);
  t.kind = kind;
  t.flags = lead_flags_ | extra_flags;
  lead_flags_ = 0;
  out_->push_back(t);
}

size_t ChunkTokenizer::Step(size_t pos) {
  CodePoint c = At(text_, pos);
  if (c.alnum() || c.cp == '@' || c.cp == '#') {
    if (size_t url_end = UrlEnd(pos); url_end > pos) {
      Emit(pos, url_end, TokenKind::kUrl);
      return url_end;
    }
  }
  if (c.alnum()) {
    size_t wend = ScanWordEnd(pos);
    if (wend < end_ && text_[wend] == '.' && AttachAbbrevPeriod(pos, wend)) {
      EmitWord(pos, wend + 1, TokenKind::kAbbrev);
      return wend + 1;
    }
    EmitWord(pos, wend, TokenKind::kWord);
    return wend;
  }
  size_t next = pos + c.len;
  if (c.cp == '.' || c.cp == '!' || c.cp == '?') {
    // "...", "?!", ".?" are one token.
    while (next < end_ && (text_[next] == '.' || text_[next] == '!' || text_[next] == '?')) ++next;
    uint8_t glued = 0;
    if (c.cp == '.' && next == pos + 1 && pos > 0 && next < end_ && !out_->empty() &&
        out_->back().end == pos && GluedBoundary(pos, out_->back().begin)) {
      glued = kGluedSplit;
    }
    Emit(pos, next, TokenKind::kTerminal, glued);
    return next;
  }
  if (c.cp == 0x2026) {  // …
    Emit(pos, next, TokenKind::kTerminal);
    return next;
  }
  if (IsApostrophe(c.cp) && next + 1 < end_ && IsAsciiDigit(text_[next]) &&
      IsAsciiDigit(text_[next + 1]) && (next + 2 == end_ || !IsAsciiAlnum(text_[next + 2]))) {
    Emit(pos, next + 2, TokenKind::kWord);  // decade or year: "'73"
    return next + 2;
  }
  if (size_t emo = EmoticonEnd(pos); emo > pos) {
    Emit(pos, emo, TokenKind::kSymbol);
    return emo;
  }
  if (c.cp < 0x80 && std::string_view("-_*=~#+^/\\|<>").find(static_cast<char>(c.cp)) !=
                         std::string_view::npos) {
    // A run of one character is one token: "--", "____", "***".
    while (next < end_ && text_[next] == static_cast<char>(c.cp)) ++next;
    Emit(pos, next, (c.cls & chars::kPunct) ? TokenKind::kPunct : TokenKind::kSymbol);
    return next;
  }
  if (c.cls & chars::kPunct) {
    Emit(pos, next, TokenKind::kPunct);
    return next;
  }
  next = SymbolEnd(next);
  Emit(pos, next, TokenKind::kSymbol);
  return next;
}

// Extends a symbol (emoji) over its variation selector, skin-tone modifier,
// keycap mark and zero-width-joiner sequence: "🕊️", "👍🏽", "👨‍👩‍👧".
size_t ChunkTokenizer::SymbolEnd(size_t pos) const {
  while (pos < end_) {
    CodePoint c = At(text_, pos);
    if (c.cp == 0xFE0E || c.cp == 0xFE0F || c.cp == 0x20E3 || (c.cp >= 0x1F3FB && c.cp <= 0x1F3FF)) {
      pos += c.len;
    } else if (c.cp == 0x200D && pos + c.len < end_ && (At(text_, pos + c.len).cls & chars::kSymbol)) {
      pos += c.len + At(text_, pos + c.len).len;
    } else {
      break;
    }
  }
  return pos;
}

// True if the connector c at byte i keeps the word going.
bool ChunkTokenizer::Connects(size_t i, char32_t c, size_t word_begin) const {
  size_t clen = (c < 0x80) ? 1 : At(text_, i).len;
  if (i + clen >= end_ || i == word_begin) return false;
  CodePoint prev = At(text_, chars::PrevStart(text_, i));
  CodePoint next = At(text_, i + clen);
  if (!prev.alnum() || !next.alnum()) return false;
  switch (c) {
    case '.':
      return !GluedBoundary(i, word_begin);
    case ',':  // 1,000 but not "Iran,Iraq"
      return prev.digit() && next.digit() && i + 3 < end_ &&
             IsAsciiDigit(text_[i + 2]) && IsAsciiDigit(text_[i + 3]) &&
             (i + 4 >= end_ || !IsAsciiDigit(text_[i + 4]));
    case ':':
    case '/':
      return prev.digit() && next.digit();
    case '&':
      return prev.upper() && next.upper();
    case '_':
      return true;
    default:
      if (IsApostrophe(c)) return next.letter();  // "O'Brien", "don't", "80's"
      if (IsHyphen(c)) return true;
      return false;
  }
}

// A period at `dot` inside a run ends a sentence glued to the next one when it
// follows a lowercase letter or digit, the run so far has no period (so not
// "U.S.The" or "example.com"), and a capitalised word follows: "Oman.The".
bool ChunkTokenizer::GluedBoundary(size_t dot, size_t word_begin) const {
  if (dot == 0 || dot + 1 >= end_) return false;
  CodePoint prev = At(text_, chars::PrevStart(text_, dot));
  if (!(prev.lower() || prev.digit())) return false;
  size_t last_dot = std::string_view::npos;
  for (size_t k = word_begin; k < dot; ++k) {
    char ch = text_[k];
    if (ch == '@' || ch == '/' || ch == ':') return false;
    if (ch == '.') last_dot = k;
  }
  if (last_dot != std::string_view::npos) {
    // Only after a domain ending: "un.org.It" splits, "U.S.The" and "e.g.The" do not.
    if (dot - last_dot < 3) return false;
    for (size_t k = last_dot + 1; k < dot; ++k)
      if (!(text_[k] >= 'a' && text_[k] <= 'z')) return false;
  }
  CodePoint n1 = At(text_, dot + 1);
  if (!n1.upper()) return false;
  size_t after = dot + 1 + n1.len;
  if (after >= end_) return n1.cp == 'I' || n1.cp == 'A';
  CodePoint n2 = At(text_, after);
  if (n2.lower()) return true;
  return (n1.cp == 'I' || n1.cp == 'A') && !n2.alnum() && n2.cp != '.';
}

size_t ChunkTokenizer::ScanWordEnd(size_t pos) const {
  const size_t word_begin = pos;
  constexpr unsigned kAlnum = chars::kLetter | chars::kDigit;
  while (pos < end_) {
    unsigned char b = static_cast<unsigned char>(text_[pos]);
    if (b < 0x80 && (chars::internal::kAsciiClass[b] & kAlnum)) {  // ASCII fast path
      ++pos;
      continue;
    }
    CodePoint c = At(text_, pos);
    if (c.alnum()) {
      pos += c.len;
      continue;
    }
    if (Connects(pos, c.cp, word_begin)) {
      pos += c.len;
      continue;
    }
    break;
  }
  return pos;
}

size_t ChunkTokenizer::TrimUrlTail(size_t begin, size_t end) const {
  int open_parens = 0;
  for (size_t k = begin; k < end; ++k) open_parens += (text_[k] == '(') - (text_[k] == ')');
  while (end > begin) {
    char ch = text_[end - 1];
    if (ch == ')' && open_parens < 0) {
      ++open_parens;
      --end;
    } else if (std::string_view(".,;:!?'\"]}>").find(ch) != std::string_view::npos) {
      --end;
    } else if (static_cast<unsigned char>(ch) >= 0x80) {
      size_t s = chars::PrevStart(text_, end);
      if (At(text_, s).cls & chars::kPunct) end = s; else break;
    } else {
      break;
    }
  }
  return end;
}

// End of an emoticon at pos (":)", ":-D", "(:", "<3", "^_^"), or pos if none.
// Only recognised at the start of a chunk, ending it or followed by
// punctuation: "(see below):" keeps its "):" as punctuation.
size_t ChunkTokenizer::EmoticonEnd(size_t pos) const {
  if (pos != begin_) return pos;
  static constexpr std::string_view kEmoticons[] = {
      ":-)", ":-(", ":-D", ":-P", ":-p", ";-)", ":-/", "^_^", ":)", ":(", ":D", ":P", ":p",
      ";)", ":/", "(:", "):", "<3", "XD", "=)", ":o", ":O"};
  std::string_view rest = text_.substr(pos, end_ - pos);
  for (std::string_view e : kEmoticons) {
    if (!rest.starts_with(e)) continue;
    if (rest.size() == e.size() || !IsAsciiAlnum(rest[e.size()])) {
      return pos + e.size();
    }
  }
  return pos;
}

// End of a URL, e-mail, @handle or #hashtag starting at pos, or pos if none.
size_t ChunkTokenizer::UrlEnd(size_t pos) const {
  std::string_view rest = text_.substr(pos, end_ - pos);
  size_t end = pos;
  const char first = AsciiLower(rest[0]);
  if (!has_at_ && first != 'h' && first != 'w' && first != 'f' && first != '#' && first != 'm')
    return pos;
  if (StartsWithIgnoreCase(rest, "http://") || StartsWithIgnoreCase(rest, "https://") ||
      StartsWithIgnoreCase(rest, "www.") || StartsWithIgnoreCase(rest, "ftp://") ||
      StartsWithIgnoreCase(rest, "mailto:")) {
    end = TrimUrlTail(pos, end_);
    return end > pos + 4 ? end : pos;
  }
  if ((rest[0] == '@' || rest[0] == '#') && rest.size() > 1) {
    size_t k = pos + 1;
    while (k < end_ && (IsAsciiAlnum(text_[k]) || text_[k] == '_')) ++k;
    if (rest[0] == '#' && k > pos + 1 && IsAsciiDigit(text_[pos + 1])) return pos;
    return k > pos + 1 ? k : pos;
  }
  size_t at = rest.find('@');
  if (at != std::string_view::npos && at > 0) {
    size_t dot = rest.find('.', at);
    if (dot != std::string_view::npos && dot > at + 1) {
      for (size_t k = 0; k < at; ++k)
        if (!(IsAsciiAlnum(rest[k]) || rest[k] == '.' || rest[k] == '_' ||
              rest[k] == '-' || rest[k] == '+'))
          return pos;
      end = TrimUrlTail(pos, end_);
      return end > pos + dot + 1 ? end : pos;
    }
  }
  return pos;
}

bool ChunkTokenizer::AttachAbbrevPeriod(size_t begin, size_t end) const {
  std::string_view w = text_.substr(begin, end - begin);
  switch (ClassifyAbbrev(w)) {
    case AbbrevClass::kNone:
      return false;
    case AbbrevClass::kBeforeNumber: {
      // Only when a number follows: "No. 10", "No.10".
      size_t k = end + 1;
      while (k < text_.size() && (text_[k] == ' ' || text_[k] == '\t')) ++k;
      return k < text_.size() && IsAsciiDigit(text_[k]);
    }
    default:
      return true;
  }
}

// Informal contractions written without an apostrophe, split as UD English
// does: "dont" => do nt, "thats" => that s, "alot" => a lot. Returns the
// length of the second part, or 0.
size_t FusedCliticLength(std::string_view w) {
  static constexpr std::pair<std::string_view, size_t> kFused[] = {
      {"dont", 2},   {"didnt", 2}, {"doesnt", 2}, {"isnt", 2},    {"wasnt", 2},  {"arent", 2},
      {"werent", 2}, {"wont", 2},  {"couldnt", 2}, {"wouldnt", 2}, {"shouldnt", 2}, {"hasnt", 2},
      {"havent", 2}, {"hadnt", 2}, {"thats", 1},  {"theres", 1},  {"whats", 1},  {"ive", 2},
      {"alot", 3}};
  if (w.size() < 3 || w.size() > 8) return 0;
  for (const auto& [form, tail] : kFused)
    if (EqualsIgnoreCase(w, form)) return tail;
  return 0;
}

// True if a plain ASCII word may be a fused form (cannot, gonna, dont, thats,
// ive, alot, ...): all of them end in one of these letter pairs.
bool NeedsCliticScan(std::string_view w) {
  if (w.size() < 3 || w.size() > 8) return false;
  char a = AsciiLower(w[w.size() - 2]), b = AsciiLower(w[w.size() - 1]);
  switch (b) {
    case 't': return a == 'n' || a == 'o';          // dont, cannot, alot
    case 's': return a == 't' || a == 'e';          // thats, theres
    case 'e': return a == 'v';                      // ive
    case 'a': return a == 'n' || a == 't';          // gonna, wanna, gotta
    default: return false;
  }
}

// Start of a clitic at the end of word [begin, end), or end if none.
size_t ChunkTokenizer::CliticStart(size_t begin, size_t end) const {
  std::string_view w = text_.substr(begin, end - begin);
  // Fast exit: clitics need an apostrophe (' or the 0xE2 lead byte of ’), or
  // one of the five- and six-letter fused forms.
  if (w.find('\'') == w.npos && w.find('\xE2') == w.npos && w.size() != 5 && w.size() != 6)
    return end;
  auto ends_ci = [&](std::string_view suffix) {
    return w.size() > suffix.size() && EndsWithIgnoreCase(w, suffix);
  };
  // n't / n’t
  if (ends_ci("n't")) return end - 3;
  if (ends_ci("n\xE2\x80\x99t")) return end - 5;
  for (std::string_view c : {"s", "re", "ve", "ll", "d", "m"}) {
    if (!ends_ci(c)) continue;
    size_t at = w.size() - c.size();
    if (c == "s" && at >= 2 && IsAsciiDigit(w[0]) && IsAsciiDigit(w[at - 2])) return end;  // "80's"
    if (at >= 2 && w[at - 1] == '\'') return end - c.size() - 1;
    if (at >= 4 && w.substr(at - 3, 3) == "\xE2\x80\x99") return end - c.size() - 3;
  }
  if (size_t fused = FusedCliticLength(w)) return end - fused;
  if (EqualsIgnoreCase(w, "cannot")) return end - 3;
  if (EqualsIgnoreCase(w, "gonna") || EqualsIgnoreCase(w, "wanna") || EqualsIgnoreCase(w, "gotta"))
    return end - 2;
  return end;
}

void ChunkTokenizer::EmitWord(size_t begin, size_t end, TokenKind kind) {
  if (kind == TokenKind::kAbbrev) {
    Emit(begin, end, kind);
    return;
  }
  // Most words have no apostrophe, hyphen or non-ASCII byte: emit them as is.
  bool special = false;
  for (size_t k = begin; k < end; ++k) {
    unsigned char ch = static_cast<unsigned char>(text_[k]);
    special |= (ch == '\'' || ch == '-' || ch >= 0x80);
  }
  if (!special && !NeedsCliticScan(text_.substr(begin, end - begin))) {
    Emit(begin, end, TokenKind::kWord);
    return;
  }
  size_t clitic = CliticStart(begin, end);
  EmitHyphenated(begin, clitic);
  if (clitic < end) Emit(clitic, end, TokenKind::kClitic);
}

// Emits [begin, end) split at hyphens between letter parts, except after a
// prefix: "full-fledged" => full - fledged; "pro-Iranian", "S-300" stay.
void ChunkTokenizer::EmitHyphenated(size_t begin, size_t end) {
  size_t part = begin;
  for (size_t k = begin; k < end;) {
    CodePoint c = At(text_, k);
    if (!IsHyphen(c.cp) || k == part) {
      k += c.len;
      continue;
    }
    std::string_view left = text_.substr(part, k - part);
    size_t next = k + c.len;
    bool left_alpha = true;
    for (size_t j = part; j < k;) {
      CodePoint lc = At(text_, j);
      if (!lc.letter()) left_alpha = false;
      j += lc.len;
    }
    bool right_alpha = next < end && At(text_, next).letter();
    for (size_t j = next; right_alpha && j < end;) {
      CodePoint rc = At(text_, j);
      if (IsHyphen(rc.cp)) break;
      if (!rc.letter()) right_alpha = false;
      j += rc.len;
    }
    if (left_alpha && right_alpha && !IsHyphenPrefix(AsciiLower(left))) {
      Emit(part, k, TokenKind::kWord);
      Emit(k, next, TokenKind::kPunct);
      part = next;
    }
    k = next;
  }
  if (part < end) Emit(part, end, TokenKind::kWord);
}

// First offset in [pos, end) holding a byte <= 0x20, 0x7F or >= 0x80 (end
// if none): the only bytes that can end a chunk.
inline size_t SkipPlainAscii(std::string_view text, size_t pos, size_t end) {
#ifdef __SSE2__
  const __m128i limit = _mm_set1_epi8(0x21);
  const __m128i del = _mm_set1_epi8(0x7F);
  while (pos + 16 <= end) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    // Signed compare: bytes >= 0x80 are negative, so "< 0x21" catches them too.
    int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(v, limit), _mm_cmpeq_epi8(v, del)));
    if (mask) return pos + __builtin_ctz(static_cast<unsigned>(mask));
    pos += 16;
  }
#endif
  return pos;
}

// Fastest path, for the commonest chunk of all: a word of ASCII letters and
// digits, optionally followed by one of , ; : . ? !, ending before ASCII white
// space within the next 16 bytes. Decided with one SSE2 load; returns the
// chunk's length after emitting it, or 0 (nothing emitted) to fall back.
// Gives exactly what EmitSimpleChunk would (the differential test checks).
inline size_t EmitPlainWord16(std::string_view text, size_t pos, size_t end, uint8_t flags,
                              std::vector<Token>* tokens) {
#ifdef __SSE2__
  if (pos + 16 > end) return 0;
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
  const int stop = _mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x21)),
                                                  _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))));
  if (stop == 0) return 0;
  const int len = __builtin_ctz(static_cast<unsigned>(stop));
  if (len == 0 || static_cast<unsigned char>(text[pos + len]) >= 0x80) return 0;
  // Letters: (v | 0x20) - 'a' < 26; digits: v - '0' < 10 (unsigned, via a bias).
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i alpha = _mm_cmplt_epi8(_mm_add_epi8(lower, _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                                       _mm_set1_epi8(static_cast<char>(-128 + 26)));
  const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - '0'))),
                                       _mm_set1_epi8(static_cast<char>(-128 + 10)));
  const int other = ~_mm_movemask_epi8(_mm_or_si128(alpha, digit)) & ((1 << len) - 1);
  size_t word = len;
  TokenKind last_kind = TokenKind::kPunct;
  if (other != 0) {
    if (other != (1 << (len - 1)) || len < 2) return 0;
    word = len - 1;
    char last = text[pos + word];
    if (last == '.' || last == '?' || last == '!') {
      last_kind = TokenKind::kTerminal;
      if (last == '.' && ClassifyAbbrev(text.substr(pos, word)) != AbbrevClass::kNone) return 0;
    } else if (last != ',' && last != ';' && last != ':') {
      return 0;
    }
  }
  if (NeedsCliticScan(text.substr(pos, word))) return 0;
  Token t;
  t.begin = static_cast<uint32_t>(pos);
  t.end = static_cast<uint32_t>(pos + word);
  t.kind = TokenKind::kWord;
  t.flags = flags;
  tokens->push_back(t);
  if (word < static_cast<size_t>(len)) {
    t.begin = t.end;
    t.end = static_cast<uint32_t>(pos + len);
    t.kind = last_kind;
    t.flags = 0;
    tokens->push_back(t);
  }
  return len;
#else
  return 0;
#endif
}

// Byte classes for the chunk scanner: ASCII letter, ASCII white space or
// control, any other ASCII byte, or a byte >= 0x80 (decoded properly).
enum ByteClass : unsigned char { kByteOther, kByteLetter, kByteSpace, kByteHigh, kByteDigit };
struct ByteTable {
  unsigned char cls[256] = {};
  constexpr ByteTable() {
    for (int c = 0; c < 0x21; ++c) cls[c] = kByteSpace;
    cls[0x7F] = kByteSpace;
    for (int c = 'a'; c <= 'z'; ++c) cls[c] = cls[c - 32] = kByteLetter;
    for (int c = 0x80; c < 256; ++c) cls[c] = kByteHigh;
    for (int c = '0'; c <= '9'; ++c) cls[c] = kByteDigit;
  }
};
constexpr ByteTable kByte;

// Fast path for the commonest chunks (about nine in ten in news text): an
// optional opening quote or bracket, a run of ASCII letters and digits, then
// single closing punctuation marks:  officials  Oman,  (Reuters)  "Resign."
// Emits the same tokens the full scanner would and returns true, or emits
// nothing and returns false for anything else (connectors, clitics,
// abbreviations, punctuation runs, URLs, non-ASCII letters). A differential
// test checks it against the full scanner.
bool EmitSimpleChunk(std::string_view text, size_t begin, size_t end, uint8_t flags,
                     std::vector<Token>* tokens) {
  struct Piece {
    uint32_t b, e;
    TokenKind kind;
  };
  Piece pieces[8];
  int n = 0;
  size_t p = begin;
  auto curly = [&](size_t at, char last) {
    return at + 2 < end && text[at] == '\xE2' && text[at + 1] == '\x80' && text[at + 2] == last;
  };
  if (text[p] == '"' || text[p] == '(' || text[p] == '[') {
    pieces[n++] = {uint32_t(p), uint32_t(p + 1), TokenKind::kPunct};
    ++p;
  } else if (curly(p, '\x9C') || curly(p, '\x98')) {  // “ ‘
    pieces[n++] = {uint32_t(p), uint32_t(p + 3), TokenKind::kPunct};
    p += 3;
  }
  const size_t core_begin = p;
  while (p < end) {
    unsigned char cls = kByte.cls[static_cast<unsigned char>(text[p])];
    if (cls != kByteLetter && cls != kByteDigit) break;
    ++p;
  }
  if (p == core_begin) return false;
  std::string_view core = text.substr(core_begin, p - core_begin);
  pieces[n++] = {uint32_t(core_begin), uint32_t(p), TokenKind::kWord};
  if (p < end && text[p] == '.' && ClassifyAbbrev(core) != AbbrevClass::kNone) return false;
  while (p < end) {
    char c = text[p];
    if (n == 8) return false;
    if (c == ',' || c == ';' || c == ':' || c == '"' || c == ')' || c == ']') {
      pieces[n++] = {uint32_t(p), uint32_t(p + 1), TokenKind::kPunct};
      ++p;
    } else if (c == '.' || c == '?' || c == '!') {
      if (p + 1 < end && (text[p + 1] == '.' || text[p + 1] == '?' || text[p + 1] == '!'))
        return false;  // a run: "...", "?!"
      pieces[n++] = {uint32_t(p), uint32_t(p + 1), TokenKind::kTerminal};
      ++p;
    } else if (curly(p, '\x9D') || curly(p, '\x99')) {  // ” ’
      pieces[n++] = {uint32_t(p), uint32_t(p + 3), TokenKind::kPunct};
      p += 3;
    } else {
      return false;
    }
  }
  if (NeedsCliticScan(core)) {
    if (FusedCliticLength(core) || EqualsIgnoreCase(core, "cannot") ||
        EqualsIgnoreCase(core, "gonna") || EqualsIgnoreCase(core, "wanna") ||
        EqualsIgnoreCase(core, "gotta"))
      return false;
  }
  for (int i = 0; i < n; ++i) {
    Token t;
    t.begin = pieces[i].b;
    t.end = pieces[i].e;
    t.kind = pieces[i].kind;
    t.flags = i == 0 ? flags : 0;
    tokens->push_back(t);
  }
  return true;
}

}  // namespace

void TokenizeRegions(std::string_view text, const std::vector<Span>& regions, bool fast_path,
                     std::vector<Token>* tokens) {
  ChunkTokenizer chunker(text, tokens);
  for (const Span& r : regions) {
    uint8_t flags = kParagraphBefore | kNewlineBefore | kSpaceBefore;
    size_t pos = r.begin;
    int newlines = 0;
    while (pos < r.end) {
      unsigned char b = static_cast<unsigned char>(text[pos]);
      if (b == ' ') {  // fast path for the commonest byte
        flags |= kSpaceBefore;
        ++pos;
        continue;
      }
      CodePoint c = At(text, pos);
      if (c.space()) {
        if (c.cp == '\n') ++newlines;
        flags |= kSpaceBefore;
        if (newlines >= 1) flags |= kNewlineBefore;
        if (newlines >= 2) flags |= kParagraphBefore;
        pos += c.len;
        continue;
      }
      if (fast_path) {
        if (size_t n = EmitPlainWord16(text, pos, r.end, flags, tokens)) {
          flags = 0;
          newlines = 0;
          pos += n;
          continue;
        }
      }
      // Find the white space ending the chunk: 16 bytes at a time, then byte
      // by byte from the first byte that is a control, space or non-ASCII.
      const size_t end = r.end;
      size_t chunk_end = SkipPlainAscii(text, pos, end);
      while (chunk_end < end) {
        unsigned char cls = kByte.cls[static_cast<unsigned char>(text[chunk_end])];
        if (cls == kByteSpace) break;
        if (cls == kByteHigh) {
          CodePoint d = At(text, chunk_end);
          if (d.space()) break;
          chunk_end += d.len;
        } else {
          ++chunk_end;
        }
      }
      if (!fast_path || !EmitSimpleChunk(text, pos, chunk_end, flags, tokens)) {
        bool has_at = text.substr(pos, chunk_end - pos).find('@') != std::string_view::npos;
        chunker.Run(pos, chunk_end, flags, has_at);
      }
      flags = 0;
      newlines = 0;
      pos = chunk_end;
    }
  }
}

void Tokenize(std::string_view text, const std::vector<Span>& regions,
              std::vector<Token>* tokens) {
  TokenizeRegions(text, regions, /*fast_path=*/true, tokens);
}

void Tokenize(std::string_view text, std::vector<Token>* tokens) {
  Tokenize(text, {Span{0, static_cast<uint32_t>(text.size())}}, tokens);
}

}  // namespace parley
