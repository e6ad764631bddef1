// Matching form of a token: NFKC (utf8proc), then typographic quotes, dashes
// and the ellipsis folded to ASCII:  "Iran’s" => "Iran's", "ﬁre" => "fire",
// "—" => "-", "…" => "...". Offsets are unaffected: this is a separate string.
#include <cstdlib>
#include <string>

#include <utf8proc.h>

#include "parley/text.h"
#include "text/utf8.h"

namespace parley {
namespace {

// ASCII replacement of a folded code point, or nullptr.
const char* Fold(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212:
      return "-";
    case 0x2026:
      return "...";
    default:
      return nullptr;
  }
}

// Folds tokens made only of ASCII and foldable punctuation ("’s", "—",
// "“") without NFKC, which leaves them unchanged anyway. Returns false if
// another non-ASCII code point occurs.
bool FoldSimple(std::string_view token, std::string* out) {
  const char* p = token.data();
  const char* end = p + token.size();
  while (p < end) {
    if (static_cast<unsigned char>(*p) < 0x80) {
      out->push_back(*p++);
      continue;
    }
    char32_t cp;
    size_t n = utf8::Decode(p, end, &cp);
    const char* f = n ? Fold(cp) : nullptr;
    if (!f) return false;
    out->append(f);
    p += n;
  }
  return true;
}

}  // namespace

std::string NormalizeForMatching(std::string_view token) {
  if (utf8::IsAscii(token)) return std::string(token);
  std::string simple;
  if (FoldSimple(token, &simple)) return simple;
  std::string valid;
  utf8::AppendValid(token, &valid);
  utf8proc_uint8_t* nfkc = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(valid.c_str()));
  std::string_view src = nfkc ? std::string_view(reinterpret_cast<char*>(nfkc)) : valid;
  std::string out;
  out.reserve(src.size());
  const char* p = src.data();
  const char* end = p + src.size();
  while (p < end) {
    char32_t cp;
    size_t n = utf8::Decode(p, end, &cp);
    if (n == 0) n = 1;
    if (const char* f = Fold(cp)) out.append(f); else out.append(p, n);
    p += n;
  }
  std::free(nfkc);
  return out;
}

}  // namespace parley
