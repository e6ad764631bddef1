// Shared by the benchmarks: the dictionaries named by PARLEY_BENCH_DICTS.
#ifndef PARLEY_BENCH_BENCH_UTIL_H_
#define PARLEY_BENCH_BENCH_UTIL_H_

#include <cstdlib>
#include <string>
#include <vector>

#include "parley/lexicon.h"
#include "util/strings.h"

namespace parley::bench {

// The dictionaries in PARLEY_BENCH_DICTS (comma-separated paths), read
// once; without it, `fallback` (a dictionary in parley's own format).
inline const Lexicon& Dictionaries(const char* fallback) {
  static const Lexicon lex = [fallback] {
    Lexicon out;
    std::vector<Diagnostic> problems;
    if (const char* list = std::getenv("PARLEY_BENCH_DICTS")) {
      for (std::string_view path : Split(list, ',', true))
        (void)ReadDictionaryFile(std::string(path), DictFormat::kAuto, &out,
                                 &problems);
    } else {
      ReadDictionaryText(fallback, "bench.pdict", DictFormat::kParley, &out,
                         &problems);
    }
    return out;
  }();
  return lex;
}

}  // namespace parley::bench

#endif  // PARLEY_BENCH_BENCH_UTIL_H_
