// parley code: documents in, events out (JSONL, one event per line).
// parley explain: one sentence, readably: its words and parse, the actor
// phrases and what each matched, the verbs and patterns tried, the events.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/dates.h"
#include "cli/models.h"
#include "cli/progress.h"
#include "cli/sink.h"
#include "parley/cameo.h"
#include "parley/coder.h"
#include "parley/ingest.h"
#include "parley/lexicon.h"
#include "parley/pipeline.h"
#include "util/json_writer.h"
#include "util/strings.h"

namespace parley {
namespace {

struct ExplainFlags {
  std::string sentence;
  std::string date;  // YYYY-MM-DD
  std::vector<std::string> dicts;
  std::string cache;
  std::string tagger = DefaultModelPath("tagger.bin");
  std::string lemmatizer = DefaultModelPath("lemmatizer.bin");
  std::string parser = DefaultModelPath("parser.bin");
};


// Reads the dictionaries (through `cache` if given) and loads the models a
// coding command needs; prints "parley VERB: ..." and returns false if one
// cannot be read.
bool LoadCoding(const char* verb, const std::vector<std::string>& dicts,
                const std::string& cache, const std::string& tagger,
                const std::string& lemmatizer, const std::string& parser,
                Lexicon* lex, std::unique_ptr<Pipeline>* nlp) {
  std::vector<Diagnostic> problems;
  absl::Status s = LoadLexicon(dicts, DictFormat::kAuto, cache, lex, &problems);
  if (s.ok()) {
    auto loaded = Pipeline::Load(tagger, lemmatizer, parser);
    if (loaded.ok()) *nlp = *std::move(loaded);
    s = loaded.status();
  }
  if (!s.ok())
    std::fprintf(stderr, "parley %s: %s\n", verb,
                 std::string(s.message()).c_str());
  return s.ok();
}

int RunExplain(const ExplainFlags& f) {
  int32_t date = 0;
  if (!ReadCliDate(f.date, &date)) {
    std::fprintf(stderr, "parley explain: bad --date '%s' (YYYY-MM-DD)\n",
                 f.date.c_str());
    return 2;
  }
  Lexicon lex;
  std::unique_ptr<Pipeline> nlp;
  if (!LoadCoding("explain", f.dicts, f.cache, f.tagger, f.lemmatizer, f.parser,
                  &lex, &nlp))
    return 1;
  const Coder coder(lex);
  std::vector<ParsedSentence> sentences;
  nlp->Parse(f.sentence, &sentences);
  size_t total = 0;
  DocumentContext context;  // one text: later sentences may refer back
  for (size_t si = 0; si < sentences.size(); ++si) {
    const ParsedSentence& s = sentences[si];
    std::printf("sentence %zu: %.*s\n", si + 1,
                static_cast<int>(s.end - s.begin), f.sentence.data() + s.begin);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ParsedWord& w = s.words[i];
      const std::string head =
          w.head == 0 ? "ROOT" : Cat(w.head, " ", s.words[w.head - 1].text);
      std::printf("  %3zu %-18.*s %-14s %-5.*s %-12s <- %s\n", i + 1,
                  static_cast<int>(w.text.size()), w.text.data(),
                  w.lemma.c_str(), static_cast<int>(w.upos.size()),
                  w.upos.data(), w.deprel.c_str(), head.c_str());
    }
    std::vector<CodedEvent> events;
    std::vector<std::string> trace;
    coder.Code(s, f.sentence, date, &events, &trace, nullptr, &context);
    for (const std::string& line : trace) std::printf("  %s\n", line.c_str());
    total += events.size();
  }
  std::printf("explain: %zu events\n", total);
  return 0;
}

struct CodeFlags : InputFlags {
  std::vector<std::string> dicts;
  std::string cache;
  std::string date;  // for documents without one; default: today
  std::string out_format = "jsonl";
  int threads = 1;
  std::string tagger = DefaultModelPath("tagger.bin");
  std::string lemmatizer = DefaultModelPath("lemmatizer.bin");
  std::string parser = DefaultModelPath("parser.bin");
};

void WriteActor(JsonWriter* w, std::string_view key, const CodedActor& a) {
  w->Key(key);
  w->BeginObject();
  w->Field("code", a.code);
  w->Field("text", a.text);
  w->Key("begin");
  w->Int(a.begin);
  w->Key("end");
  w->Int(a.end);
  w->EndObject();
}

// One JSON line per event (schema: docs/formats.md, "code output").
void WriteEvent(const Document& doc, std::string_view date, size_t sentence,
                const CodedEvent& e, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Field("doc", doc.id);
  w.Key("sentence");
  w.Int(static_cast<int64_t>(sentence));
  w.Field("date", date);
  WriteActor(&w, "source", e.source);
  WriteActor(&w, "target", e.target);
  w.Field("cameo", e.code);
  const CameoEvent* c = CameoTable::Default().Find(e.code);
  w.FieldOrNull("base", c ? std::string_view(c->base) : std::string_view());
  w.FieldOrNull("root", c ? std::string_view(c->root) : std::string_view());
  w.Key("quad_class");
  if (c)
    w.Int(c->quad_class);
  else
    w.Null();
  w.Key("goldstein");
  if (c) {
    char buf[16];
    snprintf(buf, sizeof buf, "%.1f", c->goldstein);
    w.Raw(buf);
  } else {
    w.Null();
  }
  w.FieldOrNull("plover_event",
                c ? std::string_view(c->plover_event) : std::string_view());
  w.FieldOrNull("plover_mode",
                c ? std::string_view(c->plover_mode) : std::string_view());
  w.Key("negated");
  w.Raw(e.negated ? "true" : "false");
  w.Key("hypothetical");
  w.Raw(e.hypothetical ? "true" : "false");
  w.Key("evidence");
  w.BeginObject();
  w.Key("begin");
  w.Int(e.begin);
  w.Key("end");
  w.Int(e.end);
  w.Field("text", std::string_view(doc.text).substr(e.begin, e.end - e.begin));
  w.EndObject();
  if (e.cited.text.empty()) {
    w.Key("cited");
    w.Null();
  } else {
    WriteActor(&w, "cited", e.cited);
  }
  w.Field("pattern", e.pattern);
  w.Field("matched", e.matched);
  w.EndObject();
  out->push_back('\n');
}

// PETRARCH-style TSV: DATE (YYYYMMDD), SOURCE, TARGET, CODE, document id,
// sentence. Negated events are left out, as event exports leave them out.
void WriteTsvEvent(const Document& doc, int32_t date, size_t sentence,
                   const CodedEvent& e, std::string* out) {
  if (e.negated) return;
  auto field = [](std::string_view s) {
    std::string f(s);
    for (char& c : f)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return f;
  };
  *out += Cat(date, "\t", field(e.source.code), "\t", field(e.target.code),
              "\t", e.code, "\t", field(doc.id), "\t", sentence, "\n");
}

std::string CodeDocument(const Pipeline& nlp, const Coder& coder,
                         const Document& doc, const std::string& fallback,
                         int32_t fallback_date, bool tsv) {
  // The story date: the record's, else the one on the page, else --date.
  std::vector<ParsedSentence> sentences;
  PageInfo page;
  nlp.Parse(doc.text, &sentences, &page);
  int32_t date = fallback_date;
  std::string date_text = fallback;
  for (const std::string& d : {doc.date, page.date})
    if (!d.empty() && ReadCliDate(d, &date)) {
      date_text = d;
      break;
    }
  if (date_text == fallback) date = fallback_date;
  std::string out;
  DocumentContext context;
  std::vector<CodedEvent> events;
  for (size_t si = 0; si < sentences.size(); ++si) {
    events.clear();
    coder.Code(sentences[si], doc.text, date, &events, nullptr, nullptr,
               &context);
    for (const CodedEvent& e : events) {
      if (tsv)
        WriteTsvEvent(doc, date, si + 1, e, &out);
      else
        WriteEvent(doc, date_text, si + 1, e, &out);
    }
  }
  return out;
}


int RunCode(const CodeFlags& f) {
  auto fmt = ParseInputFormat(f.format);
  if (!fmt.ok()) {
    std::fprintf(stderr, "parley code: %s\n",
                 std::string(fmt.status().message()).c_str());
    return 2;
  }
  const std::string fallback = f.date.empty() ? DateText(Today()) : f.date;
  int32_t fallback_date = 0;
  if (!ReadCliDate(fallback, &fallback_date)) {
    std::fprintf(stderr, "parley code: bad --date '%s' (YYYY-MM-DD)\n",
                 f.date.c_str());
    return 2;
  }
  Lexicon lex;
  std::unique_ptr<Pipeline> nlp;
  if (!LoadCoding("code", f.dicts, f.cache, f.tagger, f.lemmatizer, f.parser,
                  &lex, &nlp))
    return 1;
  const Coder coder(lex);
  std::atomic<uint64_t> events{0};
  const RunSummary run =
      RunOverInputs("code", f, *fmt, f.threads, [&](const Document& d) {
        std::string out = CodeDocument(*nlp, coder, d, fallback, fallback_date,
                                       f.out_format == "petrarch");
        events +=
            static_cast<uint64_t>(std::count(out.begin(), out.end(), '\n'));
        return out;
      });
  if (!f.quiet)
    std::fprintf(
        stderr, "code: %llu documents, %llu rejected, %llu events; %.2f s\n",
        (unsigned long long)run.accepted, (unsigned long long)run.rejected,
        (unsigned long long)events.load(), run.seconds);
  return run.exit_code;
}

}  // namespace

RunFn RegisterCode(CLI::App* app) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* cmd = app->add_subcommand(
      "code",
      "Code events: documents in, JSONL events out (who did what to whom)");
  AddInputOptions(cmd, flags.get());
  cmd->add_option("--dict", flags->dicts,
                  "Dictionary or TABARI project file (repeat for several)")
      ->allow_extra_args(false)
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option(
      "--cache", flags->cache,
      "Compiled lexicon of these dictionaries (parley dict compile)");
  cmd->add_option(
      "--date", flags->date,
      "Story date for documents without one: YYYY-MM-DD (default: today)");
  cmd->add_option("--threads", flags->threads,
                  "Worker threads (documents in parallel)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--out-format", flags->out_format,
                  "jsonl (every field), or petrarch: tab-separated DATE SOURCE "
                  "TARGET CODE DOC SENTENCE, "
                  "negated events left out")
      ->check(CLI::IsMember({"jsonl", "petrarch"}))
      ->capture_default_str();
  cmd->add_option("--tagger", flags->tagger, "Tagger model")
      ->capture_default_str();
  cmd->add_option("--lemmatizer", flags->lemmatizer, "Lemmatiser model")
      ->capture_default_str();
  cmd->add_option("--parser", flags->parser, "Parser model")
      ->capture_default_str();
  cmd->footer(
      "One JSON object per event (docs/formats.md, \"code output\"): doc, "
      "sentence, date, source and\n"
      "target (code, text, byte span), cameo, base, root, quad_class, "
      "goldstein, plover_event,\n"
      "plover_mode, negated, hypothetical, evidence (byte span and text), "
      "pattern and matched\n"
      "(file:line). Dated actor codes use the story date: the record's (JSONL "
      "\"date\"), else the\n"
      "date found on the page, else --date.\n\n"
      "Example:\n"
      "  parley code --dict ../shared/peers/tabari/Validate.project "
      "examples/feeds/world_news.jsonl\n");
  return [flags] { return RunCode(*flags); };
}

RunFn RegisterExplain(CLI::App* app) {
  auto flags = std::make_shared<ExplainFlags>();
  CLI::App* cmd =
      app->add_subcommand("explain",
                          "Show how a sentence is coded: words, parse, actor "
                          "phrases, verbs, patterns and events");
  cmd->add_option("sentence", flags->sentence,
                  "The text (one or more sentences)")
      ->required();
  cmd->add_option("--date", flags->date,
                  "Story date for dated actor codes: YYYY-MM-DD")
      ->required();
  cmd->add_option("--dict", flags->dicts,
                  "Dictionary or TABARI project file (repeat for several)")
      ->allow_extra_args(false)
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option(
      "--cache", flags->cache,
      "Compiled lexicon of these dictionaries (parley dict compile)");
  cmd->add_option("--tagger", flags->tagger, "Tagger model")
      ->capture_default_str();
  cmd->add_option("--lemmatizer", flags->lemmatizer, "Lemmatiser model")
      ->capture_default_str();
  cmd->add_option("--parser", flags->parser, "Parser model")
      ->capture_default_str();
  cmd->footer(
      "Prints each sentence's words (lemma, part of speech, relation <- head), "
      "every actor or agent\n"
      "phrase found with the entry (file:line) and its code on the date, each "
      "known verb with the\n"
      "pattern that gave its code, and the events (or why there is none).\n\n"
      "Example:\n"
      "  parley explain \"Arnor restores ties with Gondor.\" --date 1995-01-01 "
      "\\\n"
      "    --dict ../shared/peers/tabari/Validate.project\n");
  return [flags] { return RunExplain(*flags); };
}

}  // namespace parley
