// Reading documents: plain-text files (one article each), JSONL (one article
// per line: id, date, source, title, text, url; other fields passed through),
// directories (recursive, sorted) and stdin ("-"). The format is detected per
// file unless given.
//
// Bad input never stops a run: each bad file or record is reported to the
// sink as a Rejection naming the file and line, and reading goes on.
#ifndef PARLEY_INGEST_H_
#define PARLEY_INGEST_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parley/document.h"
#include "parley/status.h"

namespace parley {

enum class InputFormat { kAuto, kText, kJsonl };

// "auto", "text"/"txt", "jsonl"/"json"/"ndjson".
absl::StatusOr<InputFormat> ParseInputFormat(std::string_view name);

struct IngestOptions {
  InputFormat format = InputFormat::kAuto;
  size_t max_document_bytes = 32u << 20;  // larger documents/records are rejected
};

// A problem with one input: `origin` is "path" or "path:line".
struct Issue {
  std::string origin;
  std::string message;
};

// Receives what the reader produces, in input order. Called from the reading
// thread only.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  virtual void Accept(Document doc) = 0;
  // A file or record that could not be read; nothing of it was accepted.
  virtual void Reject(const Issue& issue) = 0;
  // The document was accepted but something was repaired (e.g. invalid UTF-8).
  virtual void Warn(const Issue& issue) {}
  // Total input bytes consumed so far.
  virtual void Progress(uint64_t bytes_done) {}
};

struct InputFile {
  std::string path;  // "-" for stdin
  uint64_t size = 0; // 0 if unknown (stdin)
};

// Expands the inputs: directories recursively (sorted, hidden entries
// skipped). Inputs that do not exist are reported to sink->Reject.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& inputs, DocumentSink* sink);

// Reads every file, handing documents, rejections and progress to the sink.
void ReadInputs(const std::vector<InputFile>& files, const IngestOptions& options,
                DocumentSink* sink);

// Parses one JSONL record (a line without its newline). `origin` names it in
// messages. Fails with InvalidArgument if it is not an object with a "text" string.
absl::StatusOr<Document> ParseJsonRecord(std::string_view line, std::string_view origin);

}  // namespace parley

#endif  // PARLEY_INGEST_H_
