// Templates (after Collins 2002 and Honnibal's averaged-perceptron tagger):
// word, lowercase word, prefixes 1-3, suffixes 1-4, shape, capitalisation and
// digit/hyphen flags; the two words on each side and their suffixes/shapes;
// the two previous tags, alone, together and with the current word.
#include "nlp/tagger_features.h"

#include "nlp/wordnet.h"
#include "util/strings.h"

namespace parley::tagger {
namespace {

constexpr std::string_view kStart = "<s>";
constexpr std::string_view kEnd = "</s>";

// FNV-1a over the template id and the value: stable across builds.
uint64_t Key(uint32_t templ, std::string_view value) {
  uint64_t h = 14695981039346656037ull ^ templ;
  h *= 1099511628211ull;
  for (unsigned char c : value) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t Key2(uint32_t templ, std::string_view a, std::string_view b) {
  uint64_t h = Key(templ, a);
  h ^= 0xff;
  h *= 1099511628211ull;
  for (unsigned char c : b) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t KeyInt(uint32_t templ, int a, int b = 0) {
  uint64_t h = (14695981039346656037ull ^ templ) * 1099511628211ull;
  h = (h ^ static_cast<uint32_t>(a + 2)) * 1099511628211ull;
  h = (h ^ static_cast<uint32_t>(b + 2)) * 1099511628211ull;
  return h;
}

std::string Shape(std::string_view w) {
  std::string s;
  char last = 0;
  int run = 0;
  for (unsigned char c : w) {
    char k = IsAsciiUpper(c) ? 'X' : IsAsciiAlpha(c) ? 'x' : IsAsciiDigit(c) ? 'd' : c >= 0x80 ? 'u' : c;
    run = (k == last) ? run + 1 : 1;
    last = k;
    if (run <= 2) s.push_back(k);
  }
  return s;
}

bool IsNumber(std::string_view w) {
  bool digit = false;
  for (char c : w) {
    if (IsAsciiDigit(c)) digit = true;
    else if (c != ',' && c != '.' && c != '-' && c != '/' && c != ':') return false;
  }
  return digit;
}

std::string_view Suffix(std::string_view w, size_t n) { return w.size() > n ? w.substr(w.size() - n) : w; }
std::string_view Prefix(std::string_view w, size_t n) { return w.substr(0, std::min(n, w.size())); }

}  // namespace

std::string NormalizeWord(std::string_view w) {
  return IsNumber(w) ? std::string("<num>") : AsciiLower(w);
}

void SentenceContext::Build(const std::vector<std::string_view>& words, const TagDictionary& dict,
                            const WordNetLexicon& wordnet) {
  lower.clear();
  shape.clear();
  amb.clear();
  for (std::string_view w : words) {
    lower.push_back(NormalizeWord(w));
    shape.push_back(tagger::Shape(w));
    auto it = dict.find(lower.back());
    if (it != dict.end()) {
      amb.push_back(it->second);
    } else {
      std::string_view wn = wordnet.empty() ? "wn:" : wordnet.Class(lower.back());
      amb.push_back(wn == "wn:" ? std::string_view("<unk>") : wn);
    }
  }
}

std::string_view SentenceContext::Amb(int i) const {
  if (i < 0) return kStart;
  if (i >= static_cast<int>(amb.size())) return kEnd;
  return amb[i];
}

std::string_view SentenceContext::Lower(int i) const {
  if (i < 0) return kStart;
  if (i >= static_cast<int>(lower.size())) return kEnd;
  return lower[i];
}

std::string_view SentenceContext::Shape(int i) const {
  if (i < 0) return kStart;
  if (i >= static_cast<int>(shape.size())) return kEnd;
  return shape[i];
}

void Extract(const SentenceContext& ctx, const std::vector<std::string_view>& words, int i,
             int prev1, int prev2, std::vector<uint64_t>* f) {
  f->clear();
  std::string_view w = words[i];
  std::string_view lw = ctx.Lower(i);
  f->push_back(Key(0, ""));  // bias
  f->push_back(Key(1, w));
  f->push_back(Key(2, lw));
  for (size_t n = 1; n <= 4; ++n) f->push_back(Key(3 + n, Suffix(lw, n)));
  for (size_t n = 1; n <= 3; ++n) f->push_back(Key(8 + n, Prefix(lw, n)));
  f->push_back(Key(12, ctx.Shape(i)));
  bool upper = !w.empty() && IsAsciiUpper(w[0]);
  bool hyphen = w.find('-') != std::string_view::npos;
  bool digit = false;
  for (char c : w) digit |= IsAsciiDigit(c);
  f->push_back(KeyInt(13, upper + 2 * hyphen + 4 * digit, i == 0));
  f->push_back(Key(14, ctx.Lower(i - 1)));
  f->push_back(Key(15, ctx.Lower(i - 2)));
  f->push_back(Key(16, ctx.Lower(i + 1)));
  f->push_back(Key(17, ctx.Lower(i + 2)));
  f->push_back(Key(18, Suffix(ctx.Lower(i - 1), 3)));
  f->push_back(Key(19, Suffix(ctx.Lower(i + 1), 3)));
  f->push_back(Key(20, ctx.Shape(i - 1)));
  f->push_back(Key(21, ctx.Shape(i + 1)));
  f->push_back(KeyInt(22, prev1));
  f->push_back(KeyInt(23, prev2));
  f->push_back(KeyInt(24, prev1, prev2));
  // Template ids above 1000 carry the previous tag: no string building per token.
  f->push_back(Key(1000 + 256 * 25 + (prev1 + 1), lw));
  f->push_back(Key2(26, lw, ctx.Lower(i + 1)));
  f->push_back(Key2(27, ctx.Lower(i - 1), lw));
  f->push_back(Key(28, ctx.Amb(i)));
  f->push_back(Key(29, ctx.Amb(i + 1)));
  f->push_back(Key(30, ctx.Amb(i - 1)));
  f->push_back(Key2(31, ctx.Amb(i), ctx.Amb(i + 1)));
  f->push_back(Key(1000 + 256 * 32 + (prev1 + 1), ctx.Amb(i)));
  f->push_back(Key(33, ctx.Amb(i + 2)));
}

}  // namespace parley::tagger
