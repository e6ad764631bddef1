#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace parley {

Progress::Progress(std::string label, uint64_t total_bytes, bool enabled)
    : label_(std::move(label)), total_(total_bytes), enabled_(enabled),
      start_(std::chrono::steady_clock::now()), last_(start_ - std::chrono::seconds(1)) {}

bool Progress::StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::Update(uint64_t docs, uint64_t bytes) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  Draw(docs, bytes);
}

void Progress::Draw(uint64_t docs, uint64_t bytes) {
  double secs = Seconds();
  double mb = bytes / 1e6;
  double rate = secs > 0 ? mb / secs : 0;
  char line[160];
  if (total_ > 0) {
    double pct = 100.0 * bytes / total_;
    double eta = rate > 0 ? (total_ / 1e6 - mb) / rate : 0;
    int eta_s = eta > 0 ? static_cast<int>(eta + 0.5) : 0;
    std::snprintf(line, sizeof(line), "\r%s: %llu docs  %.1f/%.1f MB (%3.0f%%)  %.1f MB/s  ETA %d:%02d ",
                  label_.c_str(), static_cast<unsigned long long>(docs), mb, total_ / 1e6, pct, rate,
                  eta_s / 60, eta_s % 60);
  } else {
    std::snprintf(line, sizeof(line), "\r%s: %llu docs  %.1f MB  %.1f MB/s ", label_.c_str(),
                  static_cast<unsigned long long>(docs), mb, rate);
  }
  std::fputs(line, stderr);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Finish() {
  if (!drawn_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace parley
