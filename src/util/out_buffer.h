// A growable output buffer written through raw pointers, for hot output paths
// (millions of small JSON values). Unlike std::string it never zero-fills
// what it reserves. Not thread-safe.
//
//   char* p = buf.Reserve(max_bytes);   // room for at most max_bytes
//   p = WriteJsonString(p, "x");        // ... write ...
//   buf.Commit(p);                      // keep what was written
#ifndef PARLEY_UTIL_OUT_BUFFER_H_
#define PARLEY_UTIL_OUT_BUFFER_H_

#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace parley {

class OutBuffer {
 public:
  // Pointer to at least n writable bytes at the end of the buffer.
  char* Reserve(size_t n) {
    if (cap_ - size_ < n) Grow(n);
    return data_.get() + size_;
  }
  // Marks everything up to p (from the last Reserve) as written.
  void Commit(char* p) { size_ = p - data_.get(); }
  void Append(std::string_view s) {
    char* p = Reserve(s.size());
    std::memcpy(p, s.data(), s.size());
    size_ += s.size();
  }
  std::string_view view() const { return {data_.get(), size_}; }
  size_t size() const { return size_; }
  void Clear() { size_ = 0; }

 private:
  void Grow(size_t n);
  std::unique_ptr<char[]> data_;
  size_t size_ = 0;
  size_t cap_ = 0;
};

// Worst-case bytes of s written as a JSON string (every byte \u00XX, quotes).
inline size_t JsonStringBound(size_t bytes) { return 6 * bytes + 2; }

namespace internal {
// 1 for printable ASCII other than '"' and '\\'.
struct PlainJsonTable {
  bool plain[256] = {};
  constexpr PlainJsonTable() {
    for (int c = 0x20; c < 0x7F; ++c) plain[c] = c != '"' && c != '\\';
  }
};
inline constexpr PlainJsonTable kPlainJson;
// Writes [in, end) and the closing quote, escaping as needed.
char* WriteJsonTail(char* p, const char* in, const char* end);
}  // namespace internal

// Writes s as a quoted JSON string at p (room: JsonStringBound) and returns
// the end. Invalid UTF-8 becomes U+FFFD, as in AppendJsonString. Short plain
// strings (most tokens) are copied inline.
// If `plain` is given, it is set to false when s was not all printable ASCII
// (and left alone otherwise).
inline char* WriteJsonString(char* p, std::string_view s, bool* plain = nullptr) {
  *p++ = '"';
  const char* in = s.data();
  const char* end = in + s.size();
  if (s.size() > 16) {
    if (plain) *plain = false;
    return internal::WriteJsonTail(p, in, end);
  }
  for (; in < end; ++in) {
    if (!internal::kPlainJson.plain[static_cast<unsigned char>(*in)]) {
      if (plain) *plain = false;
      return internal::WriteJsonTail(p, in, end);
    }
    *p++ = *in;
  }
  *p++ = '"';
  return p;
}

namespace internal {
inline constexpr char kDigitPairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
// Writes v < 100 as two digits.
inline char* WritePair(char* p, uint32_t v) {
  std::memcpy(p, kDigitPairs + 2 * v, 2);
  return p + 2;
}
// Writes v < 100 as one or two digits.
inline char* WriteSmall(char* p, uint32_t v) {
  if (v < 10) {
    *p = static_cast<char>('0' + v);
    return p + 1;
  }
  return WritePair(p, v);
}
}  // namespace internal

// Writes v in decimal at p (room: 10 bytes) and returns the end. Byte
// offsets are mostly below 10^6: those take at most three divisions by
// constants, none waiting for another.
inline char* WriteUint(char* p, uint32_t v) {
  using internal::WritePair;
  using internal::WriteSmall;
  if (v < 100) return WriteSmall(p, v);
  if (v < 10000) return WritePair(WriteSmall(p, v / 100), v % 100);
  if (v < 1000000) {
    const uint32_t high = v / 10000, low = v % 10000;
    return WritePair(WritePair(WriteSmall(p, high), low / 100), low % 100);
  }
  const uint32_t high = v / 1000000, low = v % 1000000;  // high < 4295
  p = high < 100 ? WriteSmall(p, high) : WritePair(WriteSmall(p, high / 100), high % 100);
  return WritePair(WritePair(WritePair(p, low / 10000), low / 100 % 100), low % 100);
}

// WriteShortJsonString: WriteJsonString for short strings with 16 readable bytes at s.data():
// printable ASCII is stored with one 16-byte store (so p needs 18 bytes of room
// however short s is). Falls back to WriteJsonString otherwise.
inline char* WriteShortJsonString(char* p, std::string_view s, bool* plain) {
#ifdef __SSE2__
  if (s.size() <= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data()));
    const __m128i bad = _mm_or_si128(
        _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))),
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    if ((_mm_movemask_epi8(bad) & ((1 << s.size()) - 1)) == 0) {
      *p++ = '"';
      _mm_storeu_si128(reinterpret_cast<__m128i*>(p), v);
      p += s.size();
      *p++ = '"';
      return p;
    }
  }
#endif
  return WriteJsonString(p, s, plain);
}

inline char* WriteLiteral(char* p, std::string_view s) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

}  // namespace parley

#endif  // PARLEY_UTIL_OUT_BUFFER_H_
