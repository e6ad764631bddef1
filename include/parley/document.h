// A document as parley reads it: the original text bytes plus metadata.
// Every offset that later stages produce (tokens, sentences, removed spans) is a
// byte offset into Document::text, so results can always point back at their evidence.
#ifndef PARLEY_DOCUMENT_H_
#define PARLEY_DOCUMENT_H_

#include <cstdint>
#include <string>

namespace parley {

// Half-open byte range [begin, end) into a document's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

struct Document {
  std::string id;      // Given id, or derived from the path or a content hash.
  std::string text;    // Original bytes (for JSONL: the decoded "text" field).
  std::string date;    // Publication date YYYY-MM-DD, or empty if unknown.
  std::string source;  // Publisher.
  std::string title;
  std::string url;
  // Other fields of a JSONL record, kept verbatim as a JSON object ("{...}"),
  // or empty. They are passed through to the output untouched.
  std::string extra_json;
  std::string origin;  // Where it came from: "path" or "path:line".
  std::string format;  // "text" or "jsonl".
};

}  // namespace parley

#endif  // PARLEY_DOCUMENT_H_
