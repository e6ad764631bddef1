// Running a per-document function over a command's inputs, on several
// threads, with the results written in input order.
#ifndef PARLEY_CLI_BATCH_H_
#define PARLEY_CLI_BATCH_H_

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "cli/progress.h"
#include "cli/sink.h"
#include "parley/document.h"
#include "parley/ingest.h"

namespace parley {

// fn(doc) -> std::string for every document, on `threads` threads; the
// results keep the input order. `fn` must be thread-safe.
template <typename Fn>
std::vector<std::string> MapDocuments(const std::vector<Document>& docs,
                                      int threads, Fn fn) {
  std::vector<std::string> out(docs.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < docs.size();) out[i] = fn(docs[i]);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return out;
}

struct RunSummary {
  uint64_t accepted = 0, rejected = 0, warnings = 0;
  double seconds = 0;
  int exit_code = 0;  // ReadExitCode
};

// Reads the inputs of `f` (files, directories, stdin; stdin if none) in
// `format`, runs fn(doc) -> std::string on batches of documents on
// `threads` threads and writes each result to standard output in input
// order, with progress on a terminal; bad input is reported as met.
template <typename Fn>
RunSummary RunOverInputs(const char* verb, const InputFlags& f,
                         InputFormat format, int threads, Fn fn) {
  threads = std::max(1, threads);
  std::vector<Document> batch;
  auto flush = [&] {
    for (const std::string& s : MapDocuments(batch, threads, fn))
      std::fwrite(s.data(), 1, s.size(), stdout);
    batch.clear();
  };
  CliSink sink(verb, [&](Document&& doc) {
    batch.push_back(std::move(doc));
    if (batch.size() >= static_cast<size_t>(64 * threads)) flush();
  });
  const std::vector<std::string> inputs =
      f.inputs.empty() ? std::vector<std::string>{"-"} : f.inputs;
  const std::vector<InputFile> files = ExpandInputs(inputs, &sink);
  uint64_t total = 0;
  for (const InputFile& file : files) total += file.size;
  Progress progress(verb, total, !f.quiet && Progress::StderrIsTerminal());
  sink.set_progress(&progress);
  IngestOptions options;
  options.format = format;
  ReadInputs(files, options, &sink);
  flush();
  progress.Finish();
  std::fflush(stdout);
  return {sink.accepted(), sink.rejected(), sink.warnings(), progress.Seconds(),
          ReadExitCode(sink, f.strict)};
}

}  // namespace parley

#endif  // PARLEY_CLI_BATCH_H_
