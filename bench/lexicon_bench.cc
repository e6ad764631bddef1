// Benchmark of phrase lookups in the compiled lexicon index (Google Benchmark).
//
//   T=../shared/peers/tabari
//   PARLEY_BENCH_DICTS=$T/dictionaries/CountryInfo.120116.actors.zip,$T/dictionaries/Internatnl.120521.actors,$T/dictionaries/Levant.080629.actors,$T/dictionaries/PSU.120522.agents,$T/CAMEO.091003.master.verbs
//   PARLEY_BENCH_JSONL=../shared/corpora/allsides_political_news/articles.jsonl
//   build/lexicon_bench          (with both variables exported)
//
// Without the variables it runs on a small built-in dictionary and text.
// BM_MatchAt asks the index for the phrases starting at every token of the
// text (upper-cased tokens from the segmenter); items/s is lookups/s.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "parley/ingest.h"
#include "parley/lexicon.h"
#include "parley/lexicon_index.h"
#include "parley/text.h"
#include "util/strings.h"

namespace {

const parley::Lexicon& Dictionaries() {
  return parley::bench::Dictionaries(
      "parley-dictionary 1\nactor IRAN = IRN\nactor ISRAEL = ISR\nactor OMAN = OMN\nactor UNITED STATES = USA\n"
      "agent OFFICIAL = ~GOV\nagent MILITIA = ~UAF\n");
}

// Upper-cased tokens of the first 2,000 articles (or of a built-in text).
const std::vector<std::vector<std::string>>& Sentences() {
  static const std::vector<std::vector<std::string>> sentences = [] {
    std::vector<std::string> texts;
    if (const char* path = std::getenv("PARLEY_BENCH_JSONL")) {
      std::ifstream in(path);
      for (std::string line; std::getline(in, line) && texts.size() < 2000;) {
        auto doc = parley::ParseJsonRecord(line, "bench");
        if (doc.ok()) texts.push_back(doc->text);
      }
    }
    if (texts.empty())
      texts.assign(200, "Two United States officials held talks with Iranian militias in Oman, officials said.");
    std::vector<std::vector<std::string>> out;
    const parley::Segmenter segmenter;
    for (const std::string& text : texts) {
      parley::SegmentedText seg;
      segmenter.Segment(text, &seg);
      for (const parley::Sentence& s : seg.sentences) {
        std::vector<std::string> words;
        for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
          std::string w = text.substr(seg.tokens[t].begin, seg.tokens[t].end - seg.tokens[t].begin);
          for (char& c : w)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
          words.push_back(std::move(w));
        }
        out.push_back(std::move(words));
      }
    }
    return out;
  }();
  return sentences;
}

void BM_MatchAt(benchmark::State& state) {
  const parley::LexiconIndex index(Dictionaries());
  const auto& sentences = Sentences();
  size_t lookups = 0, matches = 0;
  for (auto _ : state) {
    for (const auto& words : sentences)
      for (size_t i = 0; i < words.size(); ++i) {
        matches += index.MatchAt(words, i).size();
        ++lookups;
      }
  }
  state.SetItemsProcessed(static_cast<int64_t>(lookups));
  state.counters["phrases"] = static_cast<double>(index.num_phrases());
  state.counters["matches_per_lookup"] = lookups ? static_cast<double>(matches) / lookups : 0;
}
BENCHMARK(BM_MatchAt)->Unit(benchmark::kMillisecond);

void BM_BuildIndex(benchmark::State& state) {
  const parley::Lexicon& lex = Dictionaries();
  for (auto _ : state) {
    parley::LexiconIndex index(lex);
    benchmark::DoNotOptimize(index.num_phrases());
  }
}
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
