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

// Writes v in decimal at p (room: 10 bytes) and returns the end.
inline char* WriteUint(char* p, uint32_t v) {
  static constexpr char kPairs[201] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  const int n = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5
              : v < 1000000 ? 6 : v < 10000000 ? 7 : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
  char* q = p + n;
  while (v >= 100) {
    unsigned r = (v % 100) * 2;
    v /= 100;
    q -= 2;
    q[0] = kPairs[r];
    q[1] = kPairs[r + 1];
  }
  if (v >= 10) {
    q[-2] = kPairs[v * 2];
    q[-1] = kPairs[v * 2 + 1];
  } else {
    q[-1] = static_cast<char>('0' + v);
  }
  return p + n;
}

inline char* WriteLiteral(char* p, std::string_view s) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

}  // namespace parley

#endif  // PARLEY_UTIL_OUT_BUFFER_H_
