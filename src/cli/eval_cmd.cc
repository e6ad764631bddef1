// parley eval <what>: accuracy figures against gold data.
#include <cstdio>
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
#include "re2/re2.h"

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
  return [flags, pflags, seg, parse] {
    if (parse->parsed()) return RunEvalParse(*pflags);
    return RunEvalSegment(*flags);
  };
}

}  // namespace parley
