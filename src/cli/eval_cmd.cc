// parley eval <what>: accuracy figures against gold data.
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/models.h"
#include "parley/conllu.h"
#include "parley/eval.h"
#include "parley/lemmatizer.h"
#include "parley/parser.h"
#include "parley/tagger.h"
#include "parley/coder.h"
#include "parley/lexicon.h"
#include "parley/pipeline.h"
#include "parley/validate.h"
#include "re2/re2.h"
#include "util/file.h"

namespace parley {
namespace {

struct EvalSegmentFlags {
  std::vector<std::string> files;
  bool clean = false;
  double min_sentence_f1 = 0;
  double min_token_f1 = 0;
};

void PrintPrf(const char* what, const Prf& p) {
  std::printf("  %-9s P %.4f  R %.4f  F1 %.4f  (gold %llu, system %llu, correct %llu)\n", what,
              p.precision(), p.recall(), p.f1(), (unsigned long long)p.gold,
              (unsigned long long)p.system, (unsigned long long)p.correct);
}

int RunEvalSegment(const EvalSegmentFlags& f) {
  SegmentOptions opts;
  opts.clean_page = f.clean;
  const Segmenter segmenter(opts);
  int rc = 0;
  for (const std::string& path : f.files) {
    absl::StatusOr<GoldText> gold = ReadConlluFile(path);
    if (!gold.ok()) {
      std::fprintf(stderr, "parley eval segment: %s\n", std::string(gold.status().message()).c_str());
      rc = 1;
      continue;
    }
    SegmentScores s = ScoreSegmentation(*gold, segmenter);
    std::printf("%s\n", path.c_str());
    PrintPrf("sentences", s.sentences);
    PrintPrf("tokens", s.tokens);
    if (s.sentences.f1() < f.min_sentence_f1 || s.tokens.f1() < f.min_token_f1) {
      std::printf("  BELOW FLOOR (sentence F1 >= %.3f, token F1 >= %.3f required)\n",
                  f.min_sentence_f1, f.min_token_f1);
      rc = 1;
    }
  }
  return rc;
}

struct EvalParseFlags {
  std::vector<std::string> files;
  std::string tagger = DefaultModelPath("tagger.bin");
  std::string lemmatizer = DefaultModelPath("lemmatizer.bin");
  std::string parser = DefaultModelPath("parser.bin");
  std::string sent_id;  // keep only sentences whose sent_id matches (RE2)
  int show_errors = 0;
  bool raw = false;  // also score the whole pipeline from the rebuilt raw text
};

// Scores tags, lemmas and dependencies against gold tokenisation.
int RunEvalParse(const EvalParseFlags& f) {
  auto tagger = Tagger::Load(f.tagger);
  if (!tagger.ok()) {
    std::fprintf(stderr, "parley eval parse: %s\n", std::string(tagger.status().message()).c_str());
    return 1;
  }
  auto lemmatizer = Lemmatizer::Load(f.lemmatizer);
  if (!lemmatizer.ok()) {
    std::fprintf(stderr, "parley eval parse: %s\n", std::string(lemmatizer.status().message()).c_str());
    return 1;
  }
  auto parser = Parser::Load(f.parser);
  if (!parser.ok()) {
    std::fprintf(stderr, "parley eval parse: %s\n", std::string(parser.status().message()).c_str());
    return 1;
  }
  int rc = 0;
  for (const std::string& path : f.files) {
    auto gold = ReadConllu(path);
    if (!gold.ok()) {
      std::fprintf(stderr, "parley eval parse: %s\n", std::string(gold.status().message()).c_str());
      rc = 1;
      continue;
    }
    if (!f.sent_id.empty()) {
      RE2 re(f.sent_id);
      std::erase_if(*gold, [&](const ConlluSentence& s) {
        std::string_view id = SentId(s);
        return !RE2::PartialMatch(re2::StringPiece(id.data(), id.size()), re);
      });
    }
    TagScores s = ScoreTagger(**tagger, *gold, lemmatizer->get(), parser->get());
    std::printf("%s\n  words %zu  UPOS %.2f  XPOS %.2f  UPOS+XPOS %.2f  Lemma %.2f  UAS %.2f  LAS %.2f\n"
                "  speed: tagger %.0f words/s, parser %.0f words/s\n",
                path.c_str(), s.words, 100 * s.upos, 100 * s.xpos, 100 * s.both, 100 * s.lemma,
                100 * s.uas, 100 * s.las, s.words_per_second, s.parser_words_per_second);
    for (int i = 0; i < f.show_errors && i < static_cast<int>(s.lemma_errors.size()); ++i)
      std::printf("    %5d  %s\n", s.lemma_errors[i].second, s.lemma_errors[i].first.c_str());
    if (f.raw) {
      const Segmenter segmenter;
      PipelineScores p = ScorePipeline(*gold, segmenter, **tagger, **lemmatizer, **parser);
      std::printf("  raw text (F1): tokens %.2f  sentences %.2f  UPOS %.2f  XPOS %.2f  Lemma %.2f  "
                  "UAS %.2f  LAS %.2f\n",
                  100 * p.tokens.f1(), 100 * p.sentences.f1(), 100 * p.upos.f1(), 100 * p.xpos.f1(),
                  100 * p.lemma.f1(), 100 * p.uas.f1(), 100 * p.las.f1());
    }
  }
  return rc;
}

}  // namespace

struct EvalEventsFlags {
  std::string suite;
  std::string reference;
  std::vector<std::string> dicts;
  std::string cache;
  bool all_verbs = false;
  int show = 20;
  std::string tagger = DefaultModelPath("tagger.bin");
  std::string lemmatizer = DefaultModelPath("lemmatizer.bin");
  std::string parser = DefaultModelPath("parser.bin");
};

int RunEvalEvents(const EvalEventsFlags& f) {
  auto fail = [](const absl::Status& s) {
    std::fprintf(stderr, "parley eval events: %s\n", std::string(s.message()).c_str());
    return 2;
  };
  auto suite_text = ReadWholeFile(f.suite);
  if (!suite_text.ok()) return fail(suite_text.status());
  auto reference_text = ReadWholeFile(f.reference);
  if (!reference_text.ok()) return fail(reference_text.status());
  auto reference = ReadTabariEvents(*reference_text, f.reference);
  if (!reference.ok()) return fail(reference.status());
  std::vector<Diagnostic> problems;
  const std::vector<ValidationRecord> records = ReadTabariSuite(*suite_text, f.suite, &problems);
  Lexicon lex;
  if (absl::Status s = LoadLexicon(f.dicts, DictFormat::kAuto, f.cache, &lex, &problems); !s.ok()) return fail(s);
  auto nlp = Pipeline::Load(f.tagger, f.lemmatizer, f.parser);
  if (!nlp.ok()) return fail(nlp.status());
  CoderOptions options;
  options.first_verb_only = !f.all_verbs;
  options = TabariOptions(lex, options);  // a TABARI .options file given with --dict
  const Coder coder(lex, options);
  std::vector<ReferenceEvent> system;
  std::map<std::string, std::string> texts;  // id prefix -> text, for the disagreements
  for (const ValidationRecord& r : records) {
    std::vector<ParsedSentence> sentences;
    (*nlp)->Parse(r.text, &sentences);
    DocumentContext context;
    for (const ParsedSentence& s : sentences) {
      std::vector<CodedEvent> events;
      SentenceNotes notes;
      coder.Code(s, r.text, r.date, &events, nullptr, &notes, &context);
      if (notes.discarded) continue;
      for (const CodedEvent& e : events)
        if (!e.negated) system.push_back({r.id, e.source.code, e.target.code, e.code});
    }
    texts.emplace(r.id.substr(0, 12), r.text);
  }
  const EventAgreement a = CompareEvents(system, *reference, 12);
  std::printf("eval events: %zu records; reference %llu events, parley %llu, agreeing %llu on "
              "(record, source, target, CAMEO root)\n",
              records.size(), (unsigned long long)a.triples.gold, (unsigned long long)a.triples.system,
              (unsigned long long)a.triples.correct);
  PrintPrf("events", a.triples);
  auto show = [&](const char* title, const std::vector<ReferenceEvent>& list) {
    std::printf("%s (%zu; first %d):\n", title, list.size(), f.show);
    for (size_t i = 0; i < list.size() && static_cast<int>(i) < f.show; ++i) {
      const ReferenceEvent& e = list[i];
      const std::string key = e.id.substr(0, 12);
      std::printf("  %s %s/%s/%s  %.100s\n", e.id.c_str(), e.source.c_str(), e.target.c_str(), e.code.c_str(),
                  texts.count(key) ? texts[key].c_str() : "");
    }
  };
  show("only parley", a.only_system);
  show("only the reference", a.only_reference);
  return 0;
}

RunFn RegisterEval(CLI::App* app) {
  CLI::App* eval = app->add_subcommand("eval", "Score parley against gold data");
  eval->require_subcommand(1);
  eval->footer("Example:\n  parley eval segment ../shared/treebanks/UD_English-EWT/en_ewt-ud-test.conllu");
  auto flags = std::make_shared<EvalSegmentFlags>();
  CLI::App* seg = eval->add_subcommand(
      "segment", "Sentence-boundary and token F1 against CoNLL-U files (text rebuilt from "
                 "# newdoc, # newpar and SpaceAfter=No)");
  seg->add_option("files", flags->files, "CoNLL-U files")->required()->check(CLI::ExistingFile);
  seg->add_flag("--clean", flags->clean, "Run page-furniture removal too (off: treebank text is clean)");
  seg->add_option("--min-sentence-f1", flags->min_sentence_f1, "Exit 1 if sentence F1 is lower");
  seg->add_option("--min-token-f1", flags->min_token_f1, "Exit 1 if token F1 is lower");
  seg->footer(
      "Tokens are scored against UD words: multiword tokens count as their words\n"
      "(\"don't\" = do + n't), as parley splits them.\n\n"
      "Example:\n"
      "  parley eval segment ../shared/treebanks/UD_English-PUD/en_pud-ud-test.conllu\n");
  auto pflags = std::make_shared<EvalParseFlags>();
  CLI::App* parse = eval->add_subcommand(
      "parse", "Tagging, lemma and dependency accuracy (UAS/LAS) against CoNLL-U files, gold tokenisation");
  parse->add_option("files", pflags->files, "CoNLL-U files")->required()->check(CLI::ExistingFile);
  parse->add_option("--tagger", pflags->tagger, "Tagger model")->capture_default_str();
  parse->add_option("--lemmatizer", pflags->lemmatizer, "Lemmatiser model (lemmas use predicted UPOS)")
      ->capture_default_str();
  parse->add_option("--parser", pflags->parser, "Parser model (UAS/LAS use predicted tags)")
      ->capture_default_str();
  parse->add_option("--show-errors", pflags->show_errors, "List the N commonest lemma errors");
  parse->add_option("--sent-id", pflags->sent_id,
                    "Score only sentences whose sent_id matches this RE2 pattern (PUD news: '^n')");
  parse->add_flag("--raw", pflags->raw,
                  "Also run the whole pipeline on the raw text rebuilt from the file (# newdoc, "
                  "# newpar, SpaceAfter=No) and print F1 scores over words aligned by character "
                  "span, as in the CoNLL 2018 shared task");
  parse->footer(
      "The first line per file uses the gold words (tags, lemmas and heads predicted);\n"
      "with --raw a second line scores segmentation and analysis together.\n\n"
      "Examples:\n"
      "  parley eval parse ../shared/treebanks/UD_English-EWT/en_ewt-ud-test.conllu\n"
      "  parley eval parse --raw ../shared/treebanks/UD_English-PUD/en_pud-ud-test.conllu\n");
  auto eflags = std::make_shared<EvalEventsFlags>();
  CLI::App* events = eval->add_subcommand(
      "events", "Agreement of coded events with another coder's output (TABARI's event files)");
  events->add_option("suite", eflags->suite, "Records in TABARI's text format (YYMMDD ID, then the text)")
      ->required()
      ->check(CLI::ExistingFile);
  events->add_option("--reference", eflags->reference, "The other coder's events (TABARI: DATE SRC TGT CODE LABEL ID)")
      ->required()
      ->check(CLI::ExistingFile);
  events->add_option("--dict", eflags->dicts, "Dictionary or TABARI project file (repeat for several)")
      ->required()
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  events->add_option("--cache", eflags->cache, "Compiled lexicon of these dictionaries (parley dict compile)");
  events->add_flag("--all-verbs", eflags->all_verbs, "Code every verb, not only the first that codes (TABARI's way)");
  events->add_option("--show", eflags->show, "How many disagreements of each kind to list")->capture_default_str();
  events->footer(
      "Records are matched by the first 12 characters of their ids (TABARI's output keeps those);\n"
      "events agree when source, target and CAMEO root agree. Negated events are left out.\n\n"
      "Example:\n"
      "  T=../shared/peers/tabari\n"
      "  parley eval events $T/bench/giga76.text --reference $T/reference_outputs/giga76.TABARI-0.8.4b2.events.tsv \\\n"
      "    --dict $T/dictionaries/CountryInfo.120116.actors.zip --dict $T/dictionaries/Internatnl.120521.actors \\\n"
      "    --dict $T/dictionaries/Levant.080629.actors --dict $T/dictionaries/PSU.120522.agents \\\n"
      "    --dict $T/CAMEO.091003.master.verbs\n");
  return [flags, pflags, eflags, seg, parse, events] {
    if (events->parsed()) return RunEvalEvents(*eflags);
    if (parse->parsed()) return RunEvalParse(*pflags);
    return RunEvalSegment(*flags);
  };
}

}  // namespace parley
