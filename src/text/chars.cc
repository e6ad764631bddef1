#include "text/chars.h"

#include <utf8proc.h>

#include "text/utf8.h"

namespace parley::chars {
namespace {

struct AsciiTable {
  unsigned char cls[128] = {};
  constexpr AsciiTable() {
    for (int c = 0; c < 0x21; ++c) cls[c] = kSpace;
    cls[0x7F] = kSpace;
    for (int c = 'A'; c <= 'Z'; ++c) cls[c] = kUpper | kLetter;
    for (int c = 'a'; c <= 'z'; ++c) cls[c] = kLower | kLetter;
    for (int c = '0'; c <= '9'; ++c) cls[c] = kDigit;
    for (char c : std::string_view("!\"#%&'()*,-./:;?@[\\]_{}")) cls[(int)c] = kPunct;
    for (char c : std::string_view("$+<=>^`|~")) cls[(int)c] = kSymbol;
  }
};
constexpr AsciiTable kAscii;

bool IsExtraSpace(char32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF ||
         cp == 0x85 || (cp >= 0x80 && cp < 0xA0);
}

}  // namespace

unsigned Classify(char32_t cp) {
  if (cp < 0x80) return kAscii.cls[cp];
  if (IsExtraSpace(cp)) return kSpace;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return kUpper | kLetter;
    case UTF8PROC_CATEGORY_LL:
      return kLower | kLetter;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return kLetter;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return kDigit;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return kPunct;
    case UTF8PROC_CATEGORY_CF:
      // Format characters inside words (soft hyphen, ZWJ/ZWNJ) join; the
      // zero-width space and BOM were taken as spaces above.
      return kLetter;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return kSpace;
    default:
      return kSymbol;
  }
}

namespace internal {

const unsigned char kAsciiClass[128] = {
#define PARLEY_ROW(i) kAscii.cls[i], kAscii.cls[i + 1], kAscii.cls[i + 2], kAscii.cls[i + 3], \
                      kAscii.cls[i + 4], kAscii.cls[i + 5], kAscii.cls[i + 6], kAscii.cls[i + 7]
    PARLEY_ROW(0),  PARLEY_ROW(8),  PARLEY_ROW(16), PARLEY_ROW(24), PARLEY_ROW(32), PARLEY_ROW(40),
    PARLEY_ROW(48), PARLEY_ROW(56), PARLEY_ROW(64), PARLEY_ROW(72), PARLEY_ROW(80), PARLEY_ROW(88),
    PARLEY_ROW(96), PARLEY_ROW(104), PARLEY_ROW(112), PARLEY_ROW(120)
#undef PARLEY_ROW
};

CodePoint AtSlow(std::string_view s, size_t i) {
  char32_t cp;
  size_t n = utf8::Decode(s.data() + i, s.data() + s.size(), &cp);
  if (n == 0) return {utf8::kReplacement, kLetter, 1};
  return {cp, Classify(cp), static_cast<unsigned>(n)};
}

}  // namespace internal

size_t PrevStart(std::string_view s, size_t i) {
  size_t j = i - 1;
  // Step back over at most three continuation bytes.
  for (int k = 0; k < 3 && j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80; ++k) --j;
  if (At(s, j).len == i - j) return j;
  return i - 1;  // invalid sequence: one byte
}

}  // namespace parley::chars
