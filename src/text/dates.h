// Calendar dates written in page headers and datelines.
#ifndef PARLEY_TEXT_DATES_H_
#define PARLEY_TEXT_DATES_H_

#include <string>
#include <string_view>

namespace parley {

// A date found in text: ISO "YYYY-MM-DD" and the byte range it covered.
struct FoundDate {
  std::string iso;
  size_t begin = 0;
  size_t end = 0;
};

// Finds the first full date (with year) in s: "2024-05-18", "2024/05/18",
// "May 18, 2024", "Sept. 1, 2023", "18 May 2024", "18th of May, 2024".
// Returns false if there is none or it is not a real calendar date.
bool FindDate(std::string_view s, FoundDate* out);

// Month number (1-12) of an English month name or abbreviation ("Sept", "may"), else 0.
int MonthNumber(std::string_view word);

}  // namespace parley

#endif  // PARLEY_TEXT_DATES_H_
