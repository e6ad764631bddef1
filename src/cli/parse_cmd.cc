// parley parse: documents in, CoNLL-U out (segmentation, tags, lemmas,
// dependencies), each word with TokenRange=start:end byte offsets into its
// document's text.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/models.h"
#include "cli/sink.h"
#include "parley/ingest.h"
#include "parley/pipeline.h"
#include "text/utf8.h"
#include "util/strings.h"

namespace parley {
namespace {

struct ParseFlags : InputFlags {
  std::string tagger = DefaultModelPath("tagger.bin");
  std::string lemmatizer = DefaultModelPath("lemmatizer.bin");
  std::string parser = DefaultModelPath("parser.bin");
  int threads = 1;
};

// A CoNLL-U field: never empty, no tabs or newlines.
std::string Field(std::string_view s) {
  if (s.empty()) return "_";
  std::string out;
  utf8::AppendValid(s, &out);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

// CoNLL-U of one document.
std::string ParseDocument(const Pipeline& nlp, const Document& doc) {
  std::vector<ParsedSentence> sentences;
  nlp.Parse(doc.text, &sentences);
  std::string out = Cat("# newdoc id = ", Field(doc.id), "\n");
  for (size_t si = 0; si < sentences.size(); ++si) {
    const ParsedSentence& s = sentences[si];
    out += Cat("# sent_id = ", Field(doc.id), "-", si + 1, "\n");
    out += Cat("# text = ", Field(std::string_view(doc.text).substr(s.begin, s.end - s.begin)), "\n");
    if (s.flags & kCapped) out += "# capped = yes\n";
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ParsedWord& w = s.words[i];
      std::string misc = Cat("TokenRange=", w.begin, ":", w.end);
      if (!w.space_after) misc += "|SpaceAfter=No";
      out += Cat(i + 1, "\t", Field(w.text), "\t", Field(w.lemma), "\t", w.upos, "\t", Field(w.xpos), "\t_\t",
                 w.head, "\t", w.deprel, "\t_\t", misc, "\n");
    }
    out += "\n";
  }
  return out;
}

int RunParse(const ParseFlags& f) {
  auto fmt = ParseInputFormat(f.format);
  if (!fmt.ok()) {
    std::fprintf(stderr, "parley parse: %s\n", std::string(fmt.status().message()).c_str());
    return 2;
  }
  auto nlp = Pipeline::Load(f.tagger, f.lemmatizer, f.parser);
  if (!nlp.ok()) {
    std::fprintf(stderr, "parley parse: %s\n", std::string(nlp.status().message()).c_str());
    return 1;
  }
  const Pipeline& m = **nlp;
  const RunSummary run =
      RunOverInputs("parse", f, *fmt, f.threads, [&](const Document& d) { return ParseDocument(m, d); });
  if (!f.quiet)
    std::fprintf(stderr, "parse: %llu documents, %llu rejected, %llu warnings; %.2f s\n",
                 (unsigned long long)run.accepted, (unsigned long long)run.rejected,
                 (unsigned long long)run.warnings, run.seconds);
  return run.exit_code;
}

}  // namespace

RunFn RegisterParse(CLI::App* app) {
  auto flags = std::make_shared<ParseFlags>();
  CLI::App* cmd = app->add_subcommand(
      "parse", "Segment, tag, lemmatise and parse; print CoNLL-U with byte offsets");
  AddInputOptions(cmd, flags.get());
  cmd->add_option("--threads", flags->threads, "Worker threads (documents in parallel)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--tagger", flags->tagger, "Tagger model")->capture_default_str();
  cmd->add_option("--lemmatizer", flags->lemmatizer, "Lemmatiser model")->capture_default_str();
  cmd->add_option("--parser", flags->parser, "Parser model")->capture_default_str();
  cmd->footer(
      "Output: CoNLL-U; # newdoc id, # sent_id (<doc id>-<n>), # text; MISC holds\n"
      "TokenRange=start:end (bytes into the document text) and SpaceAfter=No.\n\n"
      "Examples:\n"
      "  parley parse ../shared/seed/news_az_2024-05-18.txt\n"
      "  parley parse --threads 2 examples/feeds/world_news.jsonl > parsed.conllu");
  return [flags] { return RunParse(*flags); };
}

}  // namespace parley
