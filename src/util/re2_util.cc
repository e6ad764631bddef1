#include "util/re2_util.h"

#include <algorithm>
#include <vector>

namespace parley {
namespace {

bool Match(std::string_view s, const RE2& re, RE2::Anchor anchor, std::string_view* groups, int n,
           size_t* consumed) {
  const int k = std::min(n, re.NumberOfCapturingGroups());
  std::vector<re2::StringPiece> sub(k + 1);
  re2::StringPiece text = Piece(s);
  if (!re.Match(text, 0, text.size(), anchor, sub.data(), k + 1)) return false;
  for (int i = 0; i < n; ++i) groups[i] = i < k ? View(sub[i + 1]) : std::string_view();
  if (consumed) *consumed = (sub[0].data() - text.data()) + sub[0].size();
  return true;
}

}  // namespace

bool PartialMatchN(std::string_view s, const RE2& re, std::string_view* groups, int n) {
  return Match(s, re, RE2::UNANCHORED, groups, n, nullptr);
}

bool ConsumeN(std::string_view* s, const RE2& re, std::string_view* groups, int n) {
  size_t consumed = 0;
  if (!Match(*s, re, RE2::ANCHOR_START, groups, n, &consumed)) return false;
  s->remove_prefix(consumed);
  return true;
}

}  // namespace parley
