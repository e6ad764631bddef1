#include "util/json_writer.h"

#include <charconv>
#include <cstdio>

#include "text/utf8.h"

namespace parley {
namespace {

// 1 for bytes that need escaping or UTF-8 checking in a JSON string.
struct EscapeTable {
  bool special[256] = {};
  constexpr EscapeTable() {
    for (int c = 0; c < 0x20; ++c) special[c] = true;
    special[static_cast<unsigned char>('"')] = true;
    special[static_cast<unsigned char>('\\')] = true;
    for (int c = 0x80; c < 256; ++c) special[c] = true;
  }
};
constexpr EscapeTable kEscape;

void AppendControl(unsigned char c, std::string* out) {
  switch (c) {
    case '\n': out->append("\\n"); return;
    case '\r': out->append("\\r"); return;
    case '\t': out->append("\\t"); return;
    case '\b': out->append("\\b"); return;
    case '\f': out->append("\\f"); return;
    default: break;
  }
  char buf[8];
  std::snprintf(buf, sizeof(buf), "\\u%04x", c);
  out->append(buf);
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  const char* run = p;
  while (p < end) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (!kEscape.special[c]) {
      ++p;
      continue;
    }
    if (c >= 0x80) {
      char32_t cp;
      size_t n = utf8::Decode(p, end, &cp);
      if (n != 0) {
        p += n;
        continue;
      }
      out->append(run, p - run);
      utf8::Append(utf8::kReplacement, out);
    } else {
      out->append(run, p - run);
      if (c == '"' || c == '\\') {
        out->push_back('\\');
        out->push_back(static_cast<char>(c));
      } else {
        AppendControl(c, out);
      }
    }
    run = ++p;
  }
  out->append(run, p - run);
  out->push_back('"');
}

void AppendInt(int64_t v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof(buf), v);
  out->append(buf, r.ptr);
}

}  // namespace parley
