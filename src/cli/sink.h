// Shared plumbing for verbs that read documents: error reporting on stderr,
// counters and the progress line.
#ifndef PARLEY_CLI_SINK_H_
#define PARLEY_CLI_SINK_H_

#include <cstdio>
#include <functional>
#include <string>

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

}  // namespace parley

#endif  // PARLEY_CLI_SINK_H_
