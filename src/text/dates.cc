#include "text/dates.h"

#include <cstdio>

#include "util/re2_util.h"
#include "util/strings.h"

namespace parley {
namespace {

constexpr std::string_view kMonthAlt =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";

bool ValidDate(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  if (d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::string Iso(int y, int m, int d) {
  char buf[40];  // room for any three ints (the compiler cannot see the ranges)
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return buf;
}

int ToInt(std::string_view s) {
  int v = 0;
  return ParseInt(s, &v) ? v : -1;
}

}  // namespace

int MonthNumber(std::string_view word) {
  static const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string w = AsciiLower(word);
  if (w.size() < 3) return 0;
  static const char* kFull[] = {"january", "february", "march",     "april",   "may",      "june",
                                "july",    "august",   "september", "october", "november", "december"};
  for (int i = 0; i < 12; ++i) {
    std::string_view full = kFull[i];
    if (w == full || w == kNames[i] || (i == 8 && w == "sept")) return i + 1;
  }
  return 0;
}

// Every date FindDate accepts has a four-digit year.
bool HasFourDigits(std::string_view s) {
  int run = 0;
  for (char c : s) {
    run = IsAsciiDigit(c) ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

bool FindDate(std::string_view s, FoundDate* out) {
  if (!HasFourDigits(s)) return false;
  static const RE2* iso = new RE2(R"((?:^|[^\d])((\d{4})[-/](\d{1,2})[-/](\d{1,2}))(?:[^\d]|$))");
  static const RE2* mdy = new RE2(std::string(R"(\b()") + std::string(kMonthAlt) +
                                  R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b)");
  static const RE2* dmy = new RE2(std::string(R"(\b((\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)") +
                                  std::string(kMonthAlt) + R"(\.?,?\s+(\d{4}))\b)");
  struct Candidate {
    size_t pos;
    size_t len;
    int y, m, d;
  };
  Candidate best{std::string_view::npos, 0, 0, 0, 0};
  auto consider = [&](std::string_view whole, int y, int m, int d) {
    size_t pos = whole.data() - s.data();
    if (ValidDate(y, m, d) && pos < best.pos) best = {pos, whole.size(), y, m, d};
  };
  std::string_view g[4];
  if (PartialMatchN(s, *iso, g, 4)) consider(g[0], ToInt(g[1]), ToInt(g[2]), ToInt(g[3]));
  if (PartialMatchN(s, *mdy, g, 4)) consider(g[0], ToInt(g[3]), MonthNumber(g[1]), ToInt(g[2]));
  if (PartialMatchN(s, *dmy, g, 4)) consider(g[0], ToInt(g[3]), MonthNumber(g[2]), ToInt(g[1]));
  if (best.pos == std::string_view::npos) return false;
  out->iso = Iso(best.y, best.m, best.d);
  out->begin = best.pos;
  out->end = best.pos + best.len;
  return true;
}

}  // namespace parley
