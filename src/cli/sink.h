// Shared plumbing for verbs that read documents: error reporting on stderr,
// counters and the progress line.
#ifndef PARLEY_CLI_SINK_H_
#define PARLEY_CLI_SINK_H_

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/progress.h"
#include "parley/ingest.h"

namespace parley {

class CliSink : public DocumentSink {
 public:
  using Handler = std::function<void(Document&&)>;
  CliSink(const char* verb, Handler handler) : verb_(verb), handler_(std::move(handler)) {}

  void Accept(Document doc) override {
    ++accepted_;
    handler_(std::move(doc));
    if (progress_) progress_->Update(accepted_, bytes_);
  }
  void Reject(const Issue& issue) override {
    ++rejected_;
    Print("error", issue);
  }
  void Warn(const Issue& issue) override {
    ++warnings_;
    Print("warning", issue);
  }
  void Progress(uint64_t bytes) override { bytes_ = bytes; }
  void set_progress(class Progress* p) { progress_ = p; }

  uint64_t accepted() const { return accepted_; }
  uint64_t rejected() const { return rejected_; }
  uint64_t warnings() const { return warnings_; }
  uint64_t bytes() const { return bytes_; }

 private:
  void Print(const char* level, const Issue& issue) {
    if (progress_) progress_->Finish();
    std::fprintf(stderr, "parley %s: %s: %s: %s\n", verb_, level, issue.origin.c_str(),
                 issue.message.c_str());
  }
  const char* verb_;
  Handler handler_;
  class Progress* progress_ = nullptr;
  uint64_t accepted_ = 0, rejected_ = 0, warnings_ = 0, bytes_ = 0;
};

// The options every document-reading verb shares: INPUT..., --format,
// --strict, -q/--quiet.
struct InputFlags {
  std::vector<std::string> inputs;
  std::string format = "auto";
  bool strict = false;
  bool quiet = false;
};

inline void AddInputOptions(CLI::App* cmd, InputFlags* f) {
  cmd->add_option("inputs", f->inputs, "Files, directories (recursive) or - for stdin (default: stdin)");
  cmd->add_option("--format", f->format, "Input format: auto, text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "txt", "jsonl", "json", "ndjson"}));
  cmd->add_flag("--strict", f->strict, "Exit non-zero if any file or record was rejected");
  cmd->add_flag("-q,--quiet", f->quiet, "No summary line and no progress bar");
}

// Exit status of a reading verb: 1 if anything was rejected and --strict was
// given or nothing was accepted, else 0.
inline int ReadExitCode(const CliSink& sink, bool strict) {
  return sink.rejected() > 0 && (strict || sink.accepted() == 0) ? 1 : 0;
}

}  // namespace parley

#endif  // PARLEY_CLI_SINK_H_
