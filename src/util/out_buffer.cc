#include "util/out_buffer.h"

#include <algorithm>
#include <cstdio>

#include "text/utf8.h"

namespace parley {
namespace {

// 0: copy as is; 1: needs an escape; 2: non-ASCII, check UTF-8.
struct JsonByteTable {
  unsigned char kind[256] = {};
  constexpr JsonByteTable() {
    for (int c = 0; c < 0x20; ++c) kind[c] = 1;
    kind[static_cast<unsigned char>('"')] = 1;
    kind[static_cast<unsigned char>('\\')] = 1;
    for (int c = 0x80; c < 256; ++c) kind[c] = 2;
  }
};
constexpr JsonByteTable kJson;

char* WriteEscape(char* p, unsigned char c) {
  *p++ = '\\';
  switch (c) {
    case '"': *p++ = '"'; return p;
    case '\\': *p++ = '\\'; return p;
    case '\n': *p++ = 'n'; return p;
    case '\r': *p++ = 'r'; return p;
    case '\t': *p++ = 't'; return p;
    case '\b': *p++ = 'b'; return p;
    case '\f': *p++ = 'f'; return p;
    default: {
      static const char kHex[] = "0123456789abcdef";
      *p++ = 'u';
      *p++ = '0';
      *p++ = '0';
      *p++ = kHex[c >> 4];
      *p++ = kHex[c & 15];
      return p;
    }
  }
}

}  // namespace

void OutBuffer::Grow(size_t n) {
  size_t cap = std::max<size_t>({cap_ * 2, size_ + n, 1 << 16});
  std::unique_ptr<char[]> bigger(new char[cap]);
  if (size_) std::memcpy(bigger.get(), data_.get(), size_);
  data_ = std::move(bigger);
  cap_ = cap;
}

namespace internal {

char* WriteJsonTail(char* p, const char* in, const char* end) {
  while (in < end) {
#ifdef __SSE2__
    // Sixteen bytes at a time up to the first that is not plain ASCII
    // (signed: bytes >= 0x80 compare below 0x20 too).
    while (end - in >= 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
      const __m128i bad = _mm_or_si128(
          _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
      const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(bad));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(p), v);  // room: 6 bytes per input byte
      if (mask == 0) {
        p += 16;
        in += 16;
        continue;
      }
      const int plain = __builtin_ctz(mask);
      p += plain;
      in += plain;
      break;
    }
#endif
    // Eight plain bytes at a time: none below 0x20, none >= 0x80, no '"' or '\\'.
    while (end - in >= 8) {
      uint64_t w;
      std::memcpy(&w, in, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      uint64_t ctl = (w - kOnes * 0x20) & ~w;
      uint64_t quote = w ^ (kOnes * '"');
      uint64_t slash = w ^ (kOnes * '\\');
      uint64_t bad = (ctl | w | ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash)) & kHigh;
      if (bad) break;
      std::memcpy(p, in, 8);
      p += 8;
      in += 8;
    }
    if (in >= end) break;
    unsigned char c = static_cast<unsigned char>(*in);
    unsigned char kind = kJson.kind[c];
    if (kind == 0) {
      *p++ = *in++;
    } else if (kind == 1) {
      p = WriteEscape(p, c);
      ++in;
    } else {
      char32_t cp;
      size_t n = utf8::Decode(in, end, &cp);
      if (n == 0) {
        p = WriteLiteral(p, "\xEF\xBF\xBD");
        ++in;
      } else {
        std::memcpy(p, in, n);
        p += n;
        in += n;
      }
    }
  }
  *p++ = '"';
  return p;
}

}  // namespace internal
}  // namespace parley
