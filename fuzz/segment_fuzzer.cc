// libFuzzer target: the whole text front end on arbitrary bytes.
// Build: cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DPARLEY_BUILD_FUZZ=ON
//        && cmake --build build-fuzz --target segment_fuzzer
// Run:   build-fuzz/segment_fuzzer -max_len=65536 -max_total_time=60
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parley/ingest.h"
#include "parley/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;  // input-size cap
  std::string_view text(reinterpret_cast<const char*>(data), size);
  static const parley::Segmenter segmenter;
  parley::SegmentedText out;
  segmenter.Segment(text, &out);
  uint32_t prev_end = 0;
  for (const parley::Token& t : out.tokens) {
    if (t.begin >= t.end || t.end > size || t.begin < prev_end) __builtin_trap();
    prev_end = t.end;
  }
  for (const parley::Sentence& s : out.sentences)
    if (s.begin > s.end || s.end > size || s.token_end > out.tokens.size()) __builtin_trap();
  (void)parley::ParseJsonRecord(text, "fuzz");
  return 0;
}
