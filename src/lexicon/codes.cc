// Dates and code blocks of dictionary entries.
#include <algorithm>

#include "parley/lexicon.h"
#include "util/strings.h"

namespace parley {
namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return IsAsciiDigit(c); });
}

bool IsCalendarDate(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

// The day before / after a YYYYMMDD date.
int32_t DayBefore(int32_t date) {
  int y = date / 10000, m = date / 100 % 100, d = date % 100;
  if (--d == 0) {
    if (--m == 0) m = 12, --y;
    d = 31;
    while (!IsCalendarDate(y, m, d)) --d;
  }
  return y * 10000 + m * 100 + d;
}
int32_t DayAfter(int32_t date) {
  int y = date / 10000, m = date / 100 % 100, d = date % 100;
  if (!IsCalendarDate(y, m, ++d)) {
    d = 1;
    if (++m == 13) m = 1, ++y;
  }
  return y * 10000 + m * 100 + d;
}

// Reads YYMMDD or YYYYMMDD. A day past the end of its month (an "April 31")
// is read as the month's last day, with *clamped set.
bool ReadDate(std::string_view digits, int32_t* yyyymmdd, bool* clamped) {
  *clamped = false;
  if (!AllDigits(digits) || (digits.size() != 6 && digits.size() != 8)) return false;
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  int y = v / 10000, m = v / 100 % 100, d = v % 100;
  if (digits.size() == 6) y += y < 30 ? 2000 : 1900;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  while (!IsCalendarDate(y, m, d)) {
    --d;
    *clamped = true;
  }
  *yyyymmdd = y * 10000 + m * 100 + d;
  return true;
}

}  // namespace

bool ParseDictDate(std::string_view digits, int32_t* yyyymmdd) {
  bool clamped = false;
  return ReadDate(digits, yyyymmdd, &clamped) && !clamped;
}

bool ParseCodeBlock(std::string_view inside, DatedCode* out, std::string* error) {
  std::string_view s = StripSpace(inside);
  const size_t code_end = std::min(s.find_first_of(" \t<>"), s.size());
  *out = DatedCode();
  out->code.assign(s.substr(0, code_end));
  if (out->code.empty()) {
    *error = Cat("code block [", inside, "] has no code");
    return false;
  }
  std::string_view rest = StripSpace(s.substr(code_end));
  error->clear();
  if (rest.empty()) return true;
  error->clear();
  auto date = [&](std::string_view text, int32_t* d) {
    text = StripSpace(text);
    bool clamped = false;
    if (ReadDate(text, d, &clamped)) {
      if (clamped) *error = Cat("no such day '", text, "' in [", inside, "]: read as ", *d);
      return true;
    }
    *error = Cat("bad date '", text, "' in [", inside, "] (YYMMDD or YYYYMMDD)");
    return false;
  };
  int32_t d = 0;
  if (rest[0] == '<') {
    if (!date(rest.substr(1), &d)) return false;
    out->to = DayBefore(d);
  } else if (rest[0] == '>') {
    if (!date(rest.substr(1), &d)) return false;
    out->from = DayAfter(d);
  } else if (size_t dash = rest.find('-'); dash != std::string_view::npos) {
    int32_t to = 0;
    if (!date(rest.substr(0, dash), &d) || !date(rest.substr(dash + 1), &to)) return false;
    if (to < d) {
      *error = Cat("date range ends before it starts in [", inside, "]");
      return false;
    }
    out->from = d;
    out->to = to;
  } else {
    *error = Cat("cannot read the date restriction '", rest, "' in [", inside,
                 "] (expected <date, >date or date-date)");
    return false;
  }
  return true;
}

std::string_view Actor::CodeOn(int32_t date) const {
  for (const DatedCode& c : codes)
    if (c.from <= date && date <= c.to) return c.code;
  return {};
}

std::string Diagnostic::ToString() const {
  return Cat(file, ":", line, ": ", severity == kError ? "error" : "warning", ": ", message);
}

}  // namespace parley
