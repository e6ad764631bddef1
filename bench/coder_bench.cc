// Benchmarks of the event coder (Google Benchmark).
//
//   T=../shared/peers/tabari
//   export
//   PARLEY_BENCH_DICTS=$T/dictionaries/CountryInfo.120116.actors.zip,$T/dictionaries/Internatnl.120521.actors,$T/dictionaries/Levant.080629.actors,$T/dictionaries/PSU.120522.agents,$T/CAMEO.091003.master.verbs
//   export PARLEY_BENCH_SUITE=$T/bench/giga76.text
//   build/coder_bench
//
// BM_CodeParsed codes sentences parsed beforehand (coding alone);
// BM_TextToEvents runs segmentation, tagging, lemmas, parsing and coding on
// each record's text. items/s is sentences/s. Without the variables both run
// on a small built-in dictionary and text.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "parley/coder.h"
#include "parley/lexicon.h"
#include "parley/pipeline.h"
#include "parley/validate.h"
#include "util/strings.h"

namespace {

const parley::Lexicon& Dictionaries() {
  return parley::bench::Dictionaries(
      "parley-dictionary 1\nactor IRAN | IRANIAN = IRN\nactor ISRAEL = "
      "ISR\nactor UNITED STATES | US = USA\n"
      "agent OFFICIAL = ~GOV\nverbs ATTACK = 190\nverb ATTACK\nverbs MEET = "
      "036\nverb MEET {MET MEETING}\n");
}

const parley::Pipeline& Nlp() {
  static const parley::Pipeline* nlp = [] {
    const std::string m = std::string(PARLEY_SOURCE_DIR) + "/models/";
    auto p = parley::Pipeline::Load(m + "tagger.bin", m + "lemmatizer.bin",
                                    m + "parser.bin");
    if (!p.ok()) std::abort();
    return p->release();
  }();
  return *nlp;
}

// The records' texts (or a built-in text).
const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    if (const char* path = std::getenv("PARLEY_BENCH_SUITE")) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      std::vector<parley::Diagnostic> problems;
      for (const parley::ValidationRecord& r :
           parley::ReadTabariSuite(ss.str(), path, &problems))
        out.push_back(r.text);
    }
    if (out.empty())
      out.assign(60,
                 "Iranian officials met US officials in Oman. Iran attacked "
                 "Israel on April 13, officials said.");
    return out;
  }();
  return texts;
}

struct Parsed {
  const std::string* text;
  std::vector<parley::ParsedSentence> sentences;
};

const std::vector<Parsed>& ParsedTexts() {
  static const std::vector<Parsed> parsed = [] {
    std::vector<Parsed> out;
    for (const std::string& t : Texts()) {
      out.push_back({&t, {}});
      Nlp().Parse(t, &out.back().sentences);
    }
    return out;
  }();
  return parsed;
}

void BM_CodeParsed(benchmark::State& state) {
  const parley::Coder coder(Dictionaries());
  const std::vector<Parsed>& parsed = ParsedTexts();
  size_t sentences = 0, events = 0;
  std::vector<parley::CodedEvent> out;
  for (auto _ : state)
    for (const Parsed& p : parsed)
      for (const parley::ParsedSentence& s : p.sentences) {
        out.clear();
        coder.Code(s, *p.text, 20080806, &out);
        events += out.size();
        ++sentences;
      }
  state.SetItemsProcessed(static_cast<int64_t>(sentences));
  state.counters["events_per_sentence"] =
      sentences ? double(events) / sentences : 0;
}
BENCHMARK(BM_CodeParsed)->Unit(benchmark::kMillisecond);

void BM_TextToEvents(benchmark::State& state) {
  const parley::Coder coder(Dictionaries());
  size_t sentences = 0;
  std::vector<parley::ParsedSentence> parsed;
  std::vector<parley::CodedEvent> out;
  for (auto _ : state)
    for (const std::string& t : Texts()) {
      Nlp().Parse(t, &parsed);
      for (const parley::ParsedSentence& s : parsed) {
        out.clear();
        coder.Code(s, t, 20080806, &out);
        ++sentences;
      }
    }
  state.SetItemsProcessed(static_cast<int64_t>(sentences));
}
BENCHMARK(BM_TextToEvents)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
