// libFuzzer targets for the dictionary readers, one per reader: the same
// source built with PARLEY_FUZZ_READER naming the file it pretends to read
// ("f.actors", "f.agents.txt", "CAMEO.txt", "f.pdict", ...), or "zip",
// "tabari-suite" or "petrarch-suite". For dictionaries it also runs the
// checks, and checks that parley's own format is a fixed point: what it
// writes reads back to the same text.
// Build: cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DPARLEY_BUILD_FUZZ=ON
//        && cmake --build build-fuzz --target fuzz_actors   (see CMakeLists.txt for all)
// Run:   build-fuzz/fuzz_actors -max_len=4096 -max_total_time=60
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "parley/lexicon.h"
#include "parley/validate.h"
#include "util/zip.h"

namespace {

constexpr std::string_view kReader = PARLEY_FUZZ_READER;

void FuzzDictionary(std::string_view text) {
  const bool native = kReader.ends_with(".pdict");
  const std::string name(kReader);
  parley::Lexicon lex;
  std::vector<parley::Diagnostic> problems;
  parley::ReadDictionaryText(text, name, native ? parley::DictFormat::kParley : parley::DictFormat::kAuto, &lex,
                             &problems);
  parley::CheckLexicon(lex, &problems);
  for (const parley::Diagnostic& d : problems)
    if (d.line == 0 || d.file != name) __builtin_trap();
  for (const parley::Actor& a : lex.actors)
    for (const parley::DatedCode& c : a.codes)
      if (c.from > c.to || c.code.empty()) __builtin_trap();
  std::vector<parley::Diagnostic> ignored;
  const std::string once = parley::WriteNativeDictionary(lex, &ignored);
  parley::Lexicon back;
  parley::ReadDictionaryText(once, "back.pdict", parley::DictFormat::kParley, &back, &ignored);
  if (parley::WriteNativeDictionary(back, &ignored) != once) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 16)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (kReader == "zip") {
    (void)parley::ReadZip(text, "f.zip");
  } else if (kReader == "tabari-suite" || kReader == "petrarch-suite") {
    std::vector<parley::Diagnostic> problems;
    auto read = kReader == "tabari-suite" ? parley::ReadTabariSuite : parley::ReadPetrarchSuite;
    for (const parley::ValidationRecord& r : read(text, "suite", &problems))
      if (r.line == 0) __builtin_trap();
  } else {
    FuzzDictionary(text);
  }
  return 0;
}
