// RE2 (Debian 2022) takes re2::StringPiece; these adapt std::string_view.
#ifndef PARLEY_UTIL_RE2_UTIL_H_
#define PARLEY_UTIL_RE2_UTIL_H_

#include <string_view>

#include "re2/re2.h"

namespace parley {

inline re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }
inline std::string_view View(re2::StringPiece p) { return std::string_view(p.data(), p.size()); }

inline bool FullMatch(std::string_view s, const RE2& re) { return RE2::FullMatch(Piece(s), re); }
inline bool PartialMatch(std::string_view s, const RE2& re) {
  return RE2::PartialMatch(Piece(s), re);
}

// Matches re anywhere in s, filling up to n capture groups (n <= 4).
bool PartialMatchN(std::string_view s, const RE2& re, std::string_view* groups, int n);

// Matches re at the start of *s, fills captures and advances *s past the match.
bool ConsumeN(std::string_view* s, const RE2& re, std::string_view* groups, int n);

}  // namespace parley

#endif  // PARLEY_UTIL_RE2_UTIL_H_
