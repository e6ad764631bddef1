// parley segment: documents in, sentences and tokens out (JSONL or one
// sentence per line).
#include <charconv>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/sink.h"
#include "parley/ingest.h"
#include "parley/text.h"
#include "text/utf8.h"
#include "util/json_writer.h"
#include "util/out_buffer.h"

namespace parley {
namespace {

struct SegmentFlags : InputFlags {
  std::string output = "-";
  bool lines = false;
  bool debug = false;
  bool no_clean = false;
  std::string progress = "auto";
  uint32_t max_sentence_tokens = 250;
  size_t max_doc_bytes = 32u << 20;
};

// Buffered writer to stdout or a file.
class Output {
 public:
  bool Open(const std::string& path) {
    file_ = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
    return file_ != nullptr;
  }
  ~Output() { Close(); }
  OutBuffer* buf() { return &buf_; }
  void MaybeFlush() {
    if (buf_.size() >= (1 << 20)) Flush();
  }
  void Flush() {
    if (buf_.size()) std::fwrite(buf_.view().data(), 1, buf_.size(), file_);
    buf_.Clear();
  }
  bool Close() {
    if (!file_) return true;
    Flush();
    bool ok = std::fflush(file_) == 0 && !std::ferror(file_);
    if (file_ != stdout) ok = (std::fclose(file_) == 0) && ok;
    file_ = nullptr;
    return ok;
  }

 private:
  std::FILE* file_ = nullptr;
  OutBuffer buf_;
};

std::string_view Slice(const std::string& text, uint32_t b, uint32_t e) {
  return std::string_view(text).substr(b, e - b);
}

// Writes ,"tokens":[[form,start,end(,norm)],...] — the hot loop of the verb.
// One Reserve covers the sentence; a non-ASCII token whose matching form
// differs reserves room for that form separately.
char* WriteTokens(const std::string& text, const SegmentedText& seg, const Sentence& s, char* p,
                  OutBuffer* out) {
  p = WriteLiteral(p, ",\"tokens\":[");
  for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
    const Token& t = seg.tokens[i];
    std::string_view form(text.data() + t.begin, t.end - t.begin);
    if (i != s.token_begin) *p++ = ',';
    *p++ = '[';
    bool plain = true;
    if (t.begin + 16 <= text.size()) {
      p = WriteShortJsonString(p, form, &plain);
    } else {
      p = WriteJsonString(p, form, &plain);
    }
    *p++ = ',';
    p = WriteUint(p, t.begin);
    *p++ = ',';
    p = WriteUint(p, t.end);
    if (!plain && !utf8::IsAscii(form)) {
      std::string norm = NormalizeForMatching(form);
      if (norm != form) {
        out->Commit(p);
        p = out->Reserve(JsonStringBound(norm.size()) + 1 + 40 * (s.token_end - i) +
                         JsonStringBound(s.end - t.begin));
        *p++ = ',';
        p = WriteJsonString(p, norm);
      }
    }
    *p++ = ']';
  }
  *p++ = ']';
  return p;
}

void WriteSentence(const std::string& text, const SegmentedText& seg, const Sentence& s,
                   OutBuffer* out) {
  // Bound: the text twice (sentence and token forms, escaped) plus per-token syntax.
  size_t bound = 2 * JsonStringBound(s.end - s.begin) + 40 * (s.token_end - s.token_begin) + 96;
  char* p = out->Reserve(bound);
  p = WriteLiteral(p, "{\"text\":");
  p = WriteJsonString(p, Slice(text, s.begin, s.end));
  p = WriteLiteral(p, ",\"start\":");
  p = WriteUint(p, s.begin);
  p = WriteLiteral(p, ",\"end\":");
  p = WriteUint(p, s.end);
  if (s.flags & kCapped) p = WriteLiteral(p, ",\"capped\":true");
  if (s.flags & kHeadline) p = WriteLiteral(p, ",\"headline\":true");
  p = WriteTokens(text, seg, s, p, out);
  *p++ = '}';
  out->Commit(p);
}

// Everything before "sentences", as a JSON object prefix: {"id":...,
void WriteDocumentHead(const Document& doc, const SegmentedText& seg, bool debug, std::string* out) {
  const PageInfo& page = seg.page;
  JsonWriter w(out);
  w.BeginObject();
  w.Field("id", doc.id);
  w.Field("origin", doc.origin);
  w.Field("format", doc.format);
  bool given_date = !doc.date.empty();
  w.FieldOrNull("date", given_date ? doc.date : page.date);
  w.FieldOrNull("date_from", given_date ? "record" : (page.date.empty() ? "" : "page"));
  w.FieldOrNull("source", doc.source.empty() ? page.publisher : doc.source);
  w.FieldOrNull("title", doc.title.empty() ? page.title : doc.title);
  w.FieldOrNull("url", doc.url);
  w.FieldOrNull("dateline", page.dateline);
  if (!doc.extra_json.empty()) {
    w.Key("fields");
    w.Raw(doc.extra_json);
  }
  w.Key("bytes");
  w.Int(static_cast<int64_t>(doc.text.size()));
  w.Key("invalid_utf8");
  w.Int(static_cast<int64_t>(seg.invalid_bytes));
  w.Key("removed_spans");
  w.Int(static_cast<int64_t>(page.removed.size()));
  if (debug) {
    w.Key("removed");
    w.BeginArray();
    for (const RemovedSpan& r : page.removed) {
      w.BeginObject();
      w.Key("start");
      w.Int(r.span.begin);
      w.Key("end");
      w.Int(r.span.end);
      w.Field("reason", r.reason);
      w.Field("text", Slice(doc.text, r.span.begin, r.span.end));
      w.EndObject();
    }
    w.EndArray();
  }
  w.Key("sentences");
}

void WriteDocument(const Document& doc, const SegmentedText& seg, bool debug, OutBuffer* out) {
  std::string head;
  WriteDocumentHead(doc, seg, debug, &head);
  head.push_back('[');
  out->Append(head);
  for (size_t i = 0; i < seg.sentences.size(); ++i) {
    if (i) out->Append(",");
    WriteSentence(doc.text, seg, seg.sentences[i], out);
  }
  out->Append("]}\n");
}

void WriteLines(const Document& doc, const SegmentedText& seg, OutBuffer* out) {
  std::string line;
  for (const Sentence& s : seg.sentences) {
    line.clear();
    utf8::AppendValid(Slice(doc.text, s.begin, s.end), &line);
    for (char& c : line)
      if (c == '\n' || c == '\r' || c == '\t' || c == '\0') c = ' ';
    line.push_back('\n');
    out->Append(line);
  }
}

int RunSegment(const SegmentFlags& f) {
  auto fmt = ParseInputFormat(f.format);
  if (!fmt.ok()) {
    std::fprintf(stderr, "parley segment: %s\n", std::string(fmt.status().message()).c_str());
    return 2;
  }
  Output out;
  if (!out.Open(f.output)) {
    std::fprintf(stderr, "parley segment: cannot write %s\n", f.output.c_str());
    return 2;
  }
  SegmentOptions sopts;
  sopts.clean_page = !f.no_clean;
  sopts.max_sentence_tokens = f.max_sentence_tokens;
  const Segmenter segmenter(sopts);
  SegmentedText seg;
  uint64_t sentences = 0, tokens = 0;
  CliSink sink("segment", [&](Document&& doc) {
    segmenter.Segment(doc.text, &seg);
    sentences += seg.sentences.size();
    tokens += seg.tokens.size();
    if (f.lines) WriteLines(doc, seg, out.buf());
    else WriteDocument(doc, seg, f.debug, out.buf());
    out.MaybeFlush();
  });
  std::vector<std::string> inputs = f.inputs.empty() ? std::vector<std::string>{"-"} : f.inputs;
  std::vector<InputFile> files = ExpandInputs(inputs, &sink);
  uint64_t total = 0;
  for (const InputFile& file : files) total += file.size;
  bool show = f.progress == "always" || (f.progress == "auto" && !f.quiet && Progress::StderrIsTerminal());
  Progress progress("segment", total, show);
  sink.set_progress(&progress);
  IngestOptions iopts;
  iopts.format = *fmt;
  iopts.max_document_bytes = f.max_doc_bytes;
  ReadInputs(files, iopts, &sink);
  progress.Finish();
  bool write_ok = out.Close();
  double secs = progress.Seconds();
  if (!f.quiet) {
    std::fprintf(stderr,
                 "segment: %llu documents, %llu sentences, %llu tokens, %llu rejected, %llu warnings; "
                 "%.1f MB in %.2f s (%.1f MB/s)\n",
                 (unsigned long long)sink.accepted(), (unsigned long long)sentences,
                 (unsigned long long)tokens, (unsigned long long)sink.rejected(),
                 (unsigned long long)sink.warnings(), sink.bytes() / 1e6, secs,
                 secs > 0 ? sink.bytes() / 1e6 / secs : 0.0);
  }
  if (!write_ok) {
    std::fprintf(stderr, "parley segment: error writing %s\n", f.output.c_str());
    return 1;
  }
  return ReadExitCode(sink, f.strict);
}

}  // namespace

RunFn RegisterSegment(CLI::App* app) {
  auto flags = std::make_shared<SegmentFlags>();
  CLI::App* cmd = app->add_subcommand(
      "segment", "Clean pages, split sentences and tokenise (JSONL or one sentence per line)");
  AddInputOptions(cmd, flags.get());
  cmd->add_option("-o,--output", flags->output, "Output file (default: stdout)");
  cmd->add_flag("--lines", flags->lines, "Print one sentence per line instead of JSONL");
  cmd->add_flag("--debug", flags->debug, "List each removed span of page furniture with its offsets");
  cmd->add_flag("--no-clean", flags->no_clean, "Keep page furniture; do not look for page metadata");
  cmd->add_option("--progress", flags->progress, "Progress bar on stderr: auto (on a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--max-sentence-tokens", flags->max_sentence_tokens,
                  "Cut longer sentences (flagged \"capped\")")->check(CLI::Range(2u, 100000u));
  cmd->add_option("--max-doc-bytes", flags->max_doc_bytes, "Reject larger documents/records")
      ->check(CLI::Range(size_t{1}, size_t{1} << 32));
  cmd->footer(
      "Output (JSONL, one object per document): id, origin, format, date, date_from, source,\n"
      "title, url, dateline, fields (passed-through JSONL fields), bytes, invalid_utf8,\n"
      "removed_spans, [removed with --debug], sentences: [{text, start, end, [capped], [headline],\n"
      "tokens: [[form, start, end, (normalised form if different)], ...]}]. Offsets are bytes\n"
      "into the document text. Errors name file:line; the run goes on. Exit 1 if --strict and\n"
      "anything was rejected, or if nothing was accepted.\n\n"
      "Examples:\n"
      "  parley segment examples/pages/tehran_talks_page.txt\n"
      "  parley segment --lines examples/\n"
      "  cat feed.jsonl | parley segment --format jsonl - > sentences.jsonl");
  return [flags] { return RunSegment(*flags); };
}

}  // namespace parley
