// Dates on the command line: "2024-05-18", "20240518" or "240518".
#ifndef PARLEY_CLI_DATES_H_
#define PARLEY_CLI_DATES_H_

#include <cstdint>
#include <cstdio>
#include <ctime>
#include <string>
#include <string_view>

#include "parley/lexicon.h"

namespace parley {

// The date as YYYYMMDD (two-digit years by TABARI's century rule); false if
// it is not a calendar date.
inline bool ReadCliDate(std::string_view text, int32_t* date) {
  std::string digits;
  for (char c : text)
    if (c != '-') digits.push_back(c);
  return ParseDictDate(digits, date);
}

// Today (UTC) as YYYYMMDD.
inline int32_t Today() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return (utc.tm_year + 1900) * 10000 + (utc.tm_mon + 1) * 100 + utc.tm_mday;
}

// YYYYMMDD as "YYYY-MM-DD".
inline std::string DateText(int32_t d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

}  // namespace parley

#endif  // PARLEY_CLI_DATES_H_
