// Character classes for the tokeniser and sentence splitter. ASCII is decided
// by table; other code points by their Unicode general category (utf8proc).
#ifndef PARLEY_TEXT_CHARS_H_
#define PARLEY_TEXT_CHARS_H_

#include <cstddef>
#include <string_view>

namespace parley::chars {

enum Class : unsigned char {
  kSpace = 1,   // white space, controls, zero-width spaces and BOM
  kUpper = 2,   // Lu, Lt
  kLower = 4,   // Ll
  kLetter = 8,  // any letter or combining mark (includes kUpper/kLower)
  kDigit = 16,  // Nd, Nl, No
  kPunct = 32,  // P*
  kSymbol = 64, // S*, emoji, anything else
};

// Classes of code point cp (several bits may be set).
unsigned Classify(char32_t cp);

// A code point read from text: its value, class bits and length in bytes.
// Invalid bytes read as one-byte lowercase-neutral letters (most often Latin-1
// letters in mislabelled text), so they do not break words apart.
struct CodePoint {
  char32_t cp = 0;
  unsigned cls = 0;
  unsigned len = 0;
  bool space() const { return cls & kSpace; }
  bool alnum() const { return cls & (kLetter | kDigit); }
  bool letter() const { return cls & kLetter; }
  bool digit() const { return cls & kDigit; }
  bool upper() const { return cls & kUpper; }
  bool lower() const { return cls & kLower; }
};

namespace internal {
extern const unsigned char kAsciiClass[128];
CodePoint AtSlow(std::string_view s, size_t i);
}  // namespace internal

// Reads the code point at byte offset i of s (i < s.size()).
inline CodePoint At(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, internal::kAsciiClass[c], 1};
  return internal::AtSlow(s, i);
}

// Start offset of the code point that ends just before byte offset i (> 0).
size_t PrevStart(std::string_view s, size_t i);

}  // namespace parley::chars

#endif  // PARLEY_TEXT_CHARS_H_
