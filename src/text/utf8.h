// UTF-8 primitives. Invalid input is never fatal: each byte that does not start
// a well-formed sequence (RFC 3629: no overlongs, no surrogates, <= U+10FFFF)
// counts as one invalid byte, read as U+FFFD.
#ifndef PARLEY_TEXT_UTF8_H_
#define PARLEY_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace parley::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at p (< end). Returns its length in bytes (1-4), or 0
// if the bytes at p are not well-formed; then *cp is kReplacement and the
// caller should advance one byte.
size_t Decode(const char* p, const char* end, char32_t* cp);

// Appends the UTF-8 encoding of cp.
void Append(char32_t cp, std::string* out);

// Number of invalid bytes in s.
size_t CountInvalid(std::string_view s);

// Byte offset of the first invalid byte, or npos if s is valid.
size_t FirstInvalid(std::string_view s);

// Appends s with every invalid byte replaced by U+FFFD.
void AppendValid(std::string_view s, std::string* out);

inline bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c & 0x80) return false;
  return true;
}

}  // namespace parley::utf8

#endif  // PARLEY_TEXT_UTF8_H_
