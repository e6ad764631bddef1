// A progress line on stderr for long runs: documents, MB, MB/s and ETA.
// Drawn only when enabled (stderr is a terminal); redrawn at most 10 times a second.
#ifndef PARLEY_CLI_PROGRESS_H_
#define PARLEY_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace parley {

class Progress {
 public:
  Progress(std::string label, uint64_t total_bytes, bool enabled);
  ~Progress() { Finish(); }
  void Update(uint64_t docs, uint64_t bytes);
  void Finish();  // clears the line
  double Seconds() const;

  // True if stderr is a terminal.
  static bool StderrIsTerminal();

 private:
  void Draw(uint64_t docs, uint64_t bytes);
  std::string label_;
  uint64_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace parley

#endif  // PARLEY_CLI_PROGRESS_H_
