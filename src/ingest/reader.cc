// Input reading: file discovery, format detection, plain-text and JSONL
// readers. JSONL is streamed line by line (bounded memory: a line longer than
// the document limit is skipped, not buffered); text files are read whole up
// to the limit.
#include <simdjson.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "parley/ingest.h"
#include "text/utf8.h"
#include "util/hash.h"
#include "util/json_writer.h"
#include "util/strings.h"

namespace parley {
namespace {

namespace fs = std::filesystem;
constexpr size_t kChunk = 1 << 20;

std::string MiB(uint64_t bytes) {
  return Cat(bytes / (1 << 20), ".", (bytes % (1 << 20)) * 10 / (1 << 20), " MiB");
}

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f && f != stdin) std::fclose(f);
  }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

FilePtr Open(const std::string& path) {
  if (path == "-") return FilePtr(stdin);
  return FilePtr(std::fopen(path.c_str(), "rb"));
}

// Reads up to `limit` bytes; sets *truncated if more remained.
std::string ReadUpTo(std::FILE* f, size_t limit, bool* truncated) {
  std::string data;
  char buf[kChunk];
  *truncated = false;
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) {
    if (data.size() + n > limit) {
      *truncated = true;
      return data;
    }
    data.append(buf, n);
  }
  return data;
}

// Line (1-based) of byte offset `pos` in s.
size_t LineOf(std::string_view s, size_t pos) {
  return 1 + std::count(s.begin(), s.begin() + std::min(pos, s.size()), '\n');
}

bool HasExtension(std::string_view path, std::initializer_list<std::string_view> exts) {
  std::string lower = AsciiLower(fs::path(std::string(path)).extension().string());
  for (std::string_view e : exts)
    if (lower == e) return true;
  return false;
}

InputFormat Sniff(std::string_view head) {
  size_t i = 0;
  if (head.starts_with("\xEF\xBB\xBF")) i = 3;
  while (i < head.size() && IsAsciiSpace(head[i])) ++i;
  return (i < head.size() && head[i] == '{') ? InputFormat::kJsonl : InputFormat::kText;
}

// A JSON value as text: strings unescaped, numbers as written, null empty.
std::string ScalarText(simdjson::dom::element v) {
  switch (v.type()) {
    case simdjson::dom::element_type::STRING:
      return std::string(v.get_string().value_unsafe());
    case simdjson::dom::element_type::NULL_VALUE:
      return "";
    default:
      return simdjson::minify(v);
  }
}

class Reader {
 public:
  Reader(const IngestOptions& opts, DocumentSink* sink) : opts_(opts), sink_(sink) {}
  void ReadFile(const InputFile& file);

 private:
  void ReadText(const std::string& path, std::FILE* f, std::string head);
  void ReadJsonl(const std::string& path, std::FILE* f, std::string head);
  void JsonlLine(const std::string& path, size_t line_no, std::string_view line);
  void Done(uint64_t bytes) { sink_->Progress(bytes_done_ += bytes); }

  const IngestOptions& opts_;
  DocumentSink* sink_;
  uint64_t bytes_done_ = 0;
};

void Reader::ReadFile(const InputFile& file) {
  const std::string& path = file.path;
  if (opts_.format == InputFormat::kAuto && HasExtension(path, {".html", ".htm"})) {
    sink_->Reject({path, "HTML input is not supported yet; extract the text first"});
    return;
  }
  FilePtr f = Open(path);
  if (!f) {
    sink_->Reject({path, Cat("cannot open: ", std::strerror(errno))});
    return;
  }
  // Peek at the first chunk to detect the format; it is handed to the reader.
  std::string head(64 * 1024, '\0');
  head.resize(std::fread(head.data(), 1, head.size(), f.get()));
  InputFormat fmt = opts_.format;
  if (fmt == InputFormat::kAuto) {
    if (HasExtension(path, {".jsonl", ".ndjson", ".json"})) fmt = InputFormat::kJsonl;
    else if (HasExtension(path, {".txt", ".text"})) fmt = InputFormat::kText;
    else fmt = Sniff(head);
  }
  if (fmt == InputFormat::kJsonl) ReadJsonl(path, f.get(), std::move(head));
  else ReadText(path, f.get(), std::move(head));
}

void Reader::ReadText(const std::string& path, std::FILE* f, std::string head) {
  bool truncated = false;
  if (head.size() <= opts_.max_document_bytes)
    head += ReadUpTo(f, opts_.max_document_bytes - head.size(), &truncated);
  else
    truncated = true;
  Done(head.size());
  if (truncated) {
    sink_->Reject({path, Cat("document is larger than the ", MiB(opts_.max_document_bytes),
                                      " limit (--max-doc-bytes); skipped")});
    return;
  }
  std::string_view probe = std::string_view(head).substr(0, 64 * 1024);
  size_t controls = std::count_if(probe.begin(), probe.end(), [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f';
  });
  // Binary: more than 10% control bytes or 10% invalid UTF-8 in the first
  // 64 KiB. (Text with a few NULs or stray bytes passes, with a warning.)
  const size_t invalid = utf8::CountInvalid(probe);
  if (!probe.empty() && (controls * 10 > probe.size() || invalid * 10 > probe.size())) {
    sink_->Reject({path, Cat("binary file (", controls, " control and ", invalid,
                             " invalid UTF-8 bytes in the first ", probe.size(), "); skipped")});
    return;
  }
  if (std::all_of(head.begin(), head.end(),
                  [](char c) { return IsAsciiSpace(c); })) {
    sink_->Reject({path, "empty document"});
    return;
  }
  if (size_t bad = utf8::FirstInvalid(head); bad != std::string::npos) {
    sink_->Warn({Cat(path, ":", LineOf(head, bad)),
                 Cat(utf8::CountInvalid(head), " invalid UTF-8 byte(s) read as U+FFFD",
                              " (first at byte ", bad, ")")});
  }
  if (size_t nul = head.find('\0'); nul != std::string::npos) {
    sink_->Warn({Cat(path, ":", LineOf(head, nul)),
                 Cat(std::count(head.begin(), head.end(), '\0'),
                              " NUL byte(s) read as white space")});
  }
  Document doc;
  doc.format = "text";
  doc.origin = path;
  doc.id = path == "-" ? "stdin-" + Hex64(StableHash64(head)) : path;
  doc.text = std::move(head);
  sink_->Accept(std::move(doc));
}

void Reader::ReadJsonl(const std::string& path, std::FILE* f, std::string buf) {
  size_t line_no = 0;
  size_t start = 0;      // start of the current line in buf
  bool skipping = false; // inside an over-long line
  bool eof = false;
  char chunk[kChunk];
  while (true) {
    size_t nl = buf.find('\n', start);
    if (nl == std::string::npos) {
      if (eof) {
        if (start < buf.size() && !skipping) JsonlLine(path, ++line_no, std::string_view(buf).substr(start));
        Done(buf.size() - start);
        return;
      }
      buf.erase(0, start);
      start = 0;
      if (buf.size() > opts_.max_document_bytes) {
        if (!skipping) {
          sink_->Reject({Cat(path, ":", line_no + 1),
                         Cat("record is larger than the ", MiB(opts_.max_document_bytes),
                                      " limit (--max-doc-bytes); skipped")});
        }
        skipping = true;
        Done(buf.size());
        buf.clear();
      }
      size_t n = std::fread(chunk, 1, sizeof(chunk), f);
      if (n == 0) eof = true;
      buf.append(chunk, n);
      continue;
    }
    ++line_no;
    if (!skipping && nl - start > opts_.max_document_bytes) {
      sink_->Reject({Cat(path, ":", line_no),
                     Cat("record is larger than the ", MiB(opts_.max_document_bytes),
                         " limit (--max-doc-bytes); skipped")});
    } else if (!skipping) {
      JsonlLine(path, line_no, std::string_view(buf).substr(start, nl - start));
    }
    skipping = false;
    Done(nl + 1 - start);
    start = nl + 1;
  }
}

void Reader::JsonlLine(const std::string& path, size_t line_no, std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (std::all_of(line.begin(), line.end(),
                  [](char c) { return IsAsciiSpace(c); }))
    return;  // blank lines separate nothing and are not records
  std::string origin = Cat(path, ":", line_no);
  absl::StatusOr<Document> doc = ParseJsonRecord(line, origin);
  std::string repaired;
  if (!doc.ok() && utf8::FirstInvalid(line) != std::string::npos) {
    sink_->Warn({origin, Cat(utf8::CountInvalid(line),
                                      " invalid UTF-8 byte(s) read as U+FFFD")});
    utf8::AppendValid(line, &repaired);
    doc = ParseJsonRecord(repaired, origin);
  }
  if (!doc.ok()) {
    sink_->Reject({origin, std::string(doc.status().message())});
    return;
  }
  sink_->Accept(*std::move(doc));
}

}  // namespace

absl::StatusOr<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "jsonl" || name == "json" || name == "ndjson") return InputFormat::kJsonl;
  return absl::InvalidArgumentError(
      Cat("unknown input format '", name, "' (expected auto, text or jsonl)"));
}

absl::StatusOr<Document> ParseJsonRecord(std::string_view line, std::string_view origin) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto err = parser.parse(line.data(), line.size(), true).get(root); err) {
    return absl::InvalidArgumentError(Cat("invalid JSON: ", simdjson::error_message(err)));
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj)) return absl::InvalidArgumentError("record is not a JSON object");
  Document doc;
  doc.format = "jsonl";
  doc.origin = std::string(origin);
  bool has_text = false;
  std::string extra;
  for (auto field : obj) {
    std::string_view key = field.key;
    simdjson::dom::element v = field.value;
    if (key == "text") {
      if (v.type() != simdjson::dom::element_type::STRING)
        return absl::InvalidArgumentError("\"text\" is not a string");
      doc.text = std::string(v.get_string().value_unsafe());
      has_text = true;
    } else if (key == "id") {
      doc.id = ScalarText(v);
    } else if (key == "date") {
      doc.date = ScalarText(v);
    } else if (key == "source") {
      doc.source = ScalarText(v);
    } else if (key == "title") {
      doc.title = ScalarText(v);
    } else if (key == "url") {
      doc.url = ScalarText(v);
    } else {
      extra += extra.empty() ? "{" : ",";
      AppendJsonString(key, &extra);
      extra.push_back(':');
      extra += simdjson::minify(v);
    }
  }
  if (!extra.empty()) doc.extra_json = extra + "}";
  if (!has_text) return absl::InvalidArgumentError("record has no \"text\" field");
  if (doc.text.empty()) return absl::InvalidArgumentError("record has an empty \"text\"");
  if (doc.id.empty()) doc.id = "h" + Hex64(StableHash64(doc.text));
  return doc;
}

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& inputs, DocumentSink* sink) {
  std::vector<InputFile> files;
  for (const std::string& in : inputs) {
    if (in == "-") {
      files.push_back({"-", 0});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(in, ec);
    if (ec || !fs::exists(st)) {
      sink->Reject({in, "no such file or directory"});
    } else if (fs::is_directory(st)) {
      std::vector<InputFile> found;
      for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file()) found.push_back({it->path().string(), it->file_size()});
      }
      if (ec) sink->Reject({in, Cat("cannot list directory: ", ec.message())});
      std::sort(found.begin(), found.end(),
                [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back({in, static_cast<uint64_t>(fs::file_size(in, ec))});
    }
  }
  return files;
}

void ReadInputs(const std::vector<InputFile>& files, const IngestOptions& options,
                DocumentSink* sink) {
  Reader reader(options, sink);
  for (const InputFile& f : files) reader.ReadFile(f);
}

}  // namespace parley
