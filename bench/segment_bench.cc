// Benchmarks of the text front end (Google Benchmark).
//
//   build/segment_bench                       # built-in synthetic news text
//   PARLEY_BENCH_JSONL=../shared/corpora/allsides_political_news/articles.jsonl build/segment_bench
//                                             # real articles, read into memory first
//
// Reports bytes/s of Segmenter::Segment (page cleaning + tokenisation +
// sentence splitting), of the tokeniser alone, and of the whole segment path
// including JSONL parsing. End-to-end CLI throughput is measured with the
// command in docs/PERFORMANCE.md.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "parley/ingest.h"
#include "parley/text.h"

namespace {

const char kSample[] =
    "Two senior officials held indirect talks with Iranian diplomats in Muscat this week, "
    "three people familiar with the negotiations told reporters.The talks came a month after "
    "the drone attack on a fuel depot on Jan. 15.The U.S. envoy, Brig. Gen. John F. Smith, said "
    "the sides \"made progress\" but did not agree on a ceasefire. It's unclear who represented "
    "Tehran at the talks; officials declined to comment. Prices rose 3.5% to $1.2 billion.\n\n";

std::vector<std::string>& Lines() {
  static std::vector<std::string> lines = [] {
    std::vector<std::string> out;
    const char* path = std::getenv("PARLEY_BENCH_JSONL");
    if (path) {
      std::ifstream in(path);
      for (std::string line; std::getline(in, line);) out.push_back(line);
    }
    if (out.empty()) {
      std::string text;
      for (int i = 0; i < 20; ++i) text += kSample;
      std::string json = "{\"id\":\"x\",\"text\":\"";
      for (char c : text) json += c == '\n' ? std::string("\\n") : c == '"' ? std::string("\\\"") : std::string(1, c);
      json += "\"}";
      for (int i = 0; i < 200; ++i) out.push_back(json);
    }
    return out;
  }();
  return lines;
}

std::vector<std::string>& Texts() {
  static std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    for (const std::string& l : Lines()) {
      auto doc = parley::ParseJsonRecord(l, "bench");
      if (doc.ok()) out.push_back(doc->text);
    }
    return out;
  }();
  return texts;
}

void BM_Segment(benchmark::State& state) {
  const parley::Segmenter seg;
  parley::SegmentedText out;
  int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& t : Texts()) {
      seg.Segment(t, &out);
      bytes += t.size();
    }
    benchmark::DoNotOptimize(out.tokens.data());
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  std::vector<parley::Token> tokens;
  int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& t : Texts()) {
      tokens.clear();
      parley::Tokenize(t, &tokens);
      bytes += t.size();
    }
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_JsonlAndSegment(benchmark::State& state) {
  const parley::Segmenter seg;
  parley::SegmentedText out;
  int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& l : Lines()) {
      auto doc = parley::ParseJsonRecord(l, "bench");
      if (!doc.ok()) continue;
      seg.Segment(doc->text, &out);
      bytes += l.size();
    }
    benchmark::DoNotOptimize(out.tokens.data());
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_JsonlAndSegment)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
