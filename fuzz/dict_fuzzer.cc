// libFuzzer target: the dictionary readers (TABARI and PETRARCH formats: actors,
// agents, verbs, discards, issues, prepositions) and the checks on arbitrary
// bytes; also the zip reader and both validation-suite readers.
// Build: cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DPARLEY_BUILD_FUZZ=ON
//        && cmake --build build-fuzz --target dict_fuzzer
// Run:   build-fuzz/dict_fuzzer -max_len=4096 -max_total_time=60
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parley/lexicon.h"
#include "parley/validate.h"
#include "util/zip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 16)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"f.actors", "f.agents", "f.actors.txt", "f.agents.txt", "f.verbs", "CAMEO.txt",
                           "f.discards.txt", "f.IssueCoding.txt", "f.prepositions.txt"}) {
    parley::Lexicon lex;
    std::vector<parley::Diagnostic> problems;
    parley::ReadDictionaryText(text, name, parley::DictFormat::kAuto, &lex, &problems);
    parley::CheckLexicon(lex, &problems);
    for (const parley::Diagnostic& d : problems)
      if (d.line == 0 || d.file != name) __builtin_trap();
    for (const parley::Actor& a : lex.actors)
      for (const parley::DatedCode& c : a.codes)
        if (c.from > c.to || c.code.empty()) __builtin_trap();
  }
  (void)parley::ReadZip(text, "f.zip");
  for (auto* read : {parley::ReadTabariSuite, parley::ReadPetrarchSuite}) {
    std::vector<parley::Diagnostic> problems;
    for (const parley::ValidationRecord& r : read(text, "suite", &problems))
      if (r.line == 0) __builtin_trap();
  }
  return 0;
}
