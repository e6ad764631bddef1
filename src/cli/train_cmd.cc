// parley train <what>: training models with parley's own tools.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "util/model_io.h"
#include "nlp/lemmatizer_train.h"
#include "nlp/parser_train.h"
#include "nlp/tagger_train.h"
#include "parley/conllu.h"
#include "re2/re2.h"
#include "util/strings.h"

namespace parley {
namespace {

// Options every `train` verb takes.
struct TreebankFlags {
  std::string train, dev, out;
  std::string exclude;  // RE2 over "# sent_id" values
  int iterations = 0;   // 0: the verb has no passes (lemmatizer)
  uint64_t seed = 1;
};

// --train, --exclude-sent-id, --out; and --dev, --iterations, --seed for
// verbs that train in passes.
void AddTreebankOptions(CLI::App* cmd, TreebankFlags* f) {
  cmd->add_option("--train", f->train, "Training CoNLL-U files, comma-separated")->required();
  cmd->add_option("--exclude-sent-id", f->exclude,
                  "Drop training sentences whose sent_id matches this RE2 pattern "
                  "(e.g. genres whose licence does not allow redistribution)");
  cmd->add_option("--out", f->out, "Model file to write")->capture_default_str();
  if (f->iterations == 0) return;
  cmd->add_option("--dev", f->dev, "Development CoNLL-U files, comma-separated (scores per pass)");
  cmd->add_option("--iterations", f->iterations, "Passes over the training data")
      ->check(CLI::Range(1, 100))->capture_default_str();
  cmd->add_option("--seed", f->seed, "Seed of the sentence order")->capture_default_str();
}

struct TrainTaggerFlags : TreebankFlags {
  TrainTaggerFlags() {
    out = "models/tagger.bin";
    iterations = 8;
  }
  std::string wordnet = "/usr/share/wordnet";
};

void AddWordNetOption(CLI::App* cmd, std::string* dir, const char* what) {
  cmd->add_option("--wordnet", *dir, Cat("Directory of WordNet's ", what, " ('' for none)"))
      ->capture_default_str();
}

// Prints "parley train WHAT: message" unless st is OK; returns st.ok().
bool Check(const absl::Status& st, const char* what) {
  if (!st.ok()) std::fprintf(stderr, "parley train %s: %s\n", what, std::string(st.message()).c_str());
  return st.ok();
}

// Drops sentences whose sent_id matches `pattern` (nothing if it is empty).
absl::Status DropExcluded(const std::string& pattern, const char* what,
                          std::vector<ConlluSentence>* train) {
  if (pattern.empty()) return absl::OkStatus();
  RE2 re(pattern);
  if (!re.ok()) return absl::InvalidArgumentError(Cat("bad --exclude-sent-id: ", re.error()));
  size_t before = train->size();
  std::erase_if(*train, [&](const ConlluSentence& s) {
    std::string_view id = SentId(s);
    return RE2::PartialMatch(re2::StringPiece(id.data(), id.size()), re);
  });
  std::fprintf(stderr, "train %s: --exclude-sent-id dropped %zu of %zu sentences\n", what,
               before - train->size(), before);
  return absl::OkStatus();
}

// Reads the training treebanks (less excluded sentences) and the dev ones.
bool LoadData(const std::string& train_paths, const std::string& dev_paths,
              const std::string& exclude, const char* what, std::vector<ConlluSentence>* train,
              std::vector<ConlluSentence>* dev) {
  auto t = ReadConlluList(train_paths);
  if (!Check(t.status(), what)) return false;
  *train = *std::move(t);
  if (!Check(DropExcluded(exclude, what, train), what)) return false;
  if (dev_paths.empty()) return true;
  auto d = ReadConlluList(dev_paths);
  if (!Check(d.status(), what)) return false;
  *dev = *std::move(d);
  return true;
}

// Writes the trained model; returns the exit code.
int Save(const absl::StatusOr<std::string>& model, const std::string& out, const char* what) {
  if (!Check(model.status(), what) || !Check(model_io::WriteFile(out, *model), what)) return 1;
  std::printf("train %s: wrote %s (%.1f MB)\n", what, out.c_str(), model->size() / 1e6);
  return 0;
}

int RunTrainTagger(const TrainTaggerFlags& f) {
  std::vector<ConlluSentence> train, dev;
  if (!LoadData(f.train, f.dev, f.exclude, "tagger", &train, &dev)) return 1;
  std::fprintf(stderr, "train tagger: %zu training sentences, %zu dev sentences, %d iterations, seed %llu\n",
               train.size(), dev.size(), f.iterations, (unsigned long long)f.seed);
  TaggerTrainOptions opts;
  opts.iterations = f.iterations;
  opts.seed = f.seed;
  opts.wordnet_dir = f.wordnet;
  return Save(TrainTagger(train, dev, opts, [](const TaggerTrainProgress& p) {
                std::fprintf(stderr, "  iteration %d: train %.4f  dev %.4f\n", p.iteration,
                             p.train_accuracy, p.dev_accuracy);
              }),
              f.out, "tagger");
}

struct TrainLemmatizerFlags : TreebankFlags {
  TrainLemmatizerFlags() { out = "models/lemmatizer.bin"; }
  std::string wordnet = "/usr/share/wordnet";
};

int RunTrainLemmatizer(const TrainLemmatizerFlags& f) {
  std::vector<ConlluSentence> train, dev;
  if (!LoadData(f.train, "", f.exclude, "lemmatizer", &train, &dev)) return 1;
  LemmatizerTrainOptions opts;
  opts.wordnet_dir = f.wordnet;
  std::fprintf(stderr, "train lemmatizer: %zu sentences\n", train.size());
  return Save(TrainLemmatizer(train, opts), f.out, "lemmatizer");
}

struct TrainParserFlags : TreebankFlags {
  TrainParserFlags() {
    out = "models/parser.bin";
    iterations = 10;
  }
  int tag_folds = 0;  // > 0: train on jackknifed predicted tags
  float prune = ParserTrainOptions().prune;
  std::string wordnet = "/usr/share/wordnet";  // for the jackknifing taggers
};

int RunTrainParser(const TrainParserFlags& f) {
  std::vector<ConlluSentence> train, dev;
  if (!LoadData(f.train, f.dev, f.exclude, "parser", &train, &dev)) return 1;
  if (f.tag_folds > 0) {
    std::fprintf(stderr, "train parser: tagging the training data by %d-fold jackknifing\n", f.tag_folds);
    TaggerTrainOptions tagger_opts;
    tagger_opts.wordnet_dir = f.wordnet;
    if (!Check(JackknifeTags(&train, f.tag_folds, tagger_opts), "parser")) return 1;
  }
  std::fprintf(stderr, "train parser: %zu training sentences, %zu dev sentences, %d iterations\n",
               train.size(), dev.size(), f.iterations);
  ParserTrainOptions opts;
  opts.iterations = f.iterations;
  opts.seed = f.seed;
  opts.prune = f.prune;
  return Save(TrainParser(train, dev, opts, [](const ParserTrainProgress& p) {
                std::fprintf(stderr, "  iteration %d: dev UAS %.4f  LAS %.4f (gold tags)\n", p.iteration,
                             p.dev_uas, p.dev_las);
              }),
              f.out, "parser");
}

}  // namespace

RunFn RegisterTrain(CLI::App* app) {
  CLI::App* train = app->add_subcommand("train", "Train parley's models from treebanks");
  train->require_subcommand(1);
  auto flags = std::make_shared<TrainTaggerFlags>();
  CLI::App* tagger = train->add_subcommand(
      "tagger", "Train the part-of-speech tagger (averaged perceptron, UPOS+XPOS)");
  AddTreebankOptions(tagger, flags.get());
  AddWordNetOption(tagger, &flags->wordnet, "index.* files (classes of rare and unseen words)");
  tagger->footer(
      "The same data, iterations and seed give the same model, byte for byte.\n\n"
      "Example (the shipped model, see models/README.md):\n"
      "  parley train tagger --train ../shared/treebanks/UD_English-EWT/en_ewt-ud-train.conllu \\\n"
      "    --dev ../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu --out models/tagger.bin");
  auto lflags = std::make_shared<TrainLemmatizerFlags>();
  CLI::App* lem = train->add_subcommand(
      "lemmatizer", "Build the lemmatiser (lemma edits from a treebank plus WordNet exceptions)");
  AddTreebankOptions(lem, lflags.get());
  AddWordNetOption(lem, &lflags->wordnet, "*.exc and index.* files");
  lem->footer("Example (the shipped model): scripts/train_models.sh\n"
              "  parley train lemmatizer --train train.conllu --out models/lemmatizer.bin");
  auto pflags = std::make_shared<TrainParserFlags>();
  CLI::App* par = train->add_subcommand(
      "parser", "Train the dependency parser (arc-hybrid, averaged perceptron, dynamic oracle)");
  AddTreebankOptions(par, pflags.get());
  par->add_option("--tag-folds", pflags->tag_folds,
                  "Train on tags predicted by K-fold jackknifing (as at parse time) instead of gold tags")
      ->check(CLI::Range(0, 20));
  par->add_option("--prune", pflags->prune,
                  "Leave out averaged weights with |w| at or below this (smaller model, a little less accurate)")
      ->capture_default_str();
  AddWordNetOption(par, &pflags->wordnet, "index.* files, for the taggers of --tag-folds");
  par->footer("Example (the shipped model): scripts/train_models.sh\n"
              "  parley train parser --train train.conllu --dev dev.conllu --out models/parser.bin");
  train->footer("Example:\n  parley train tagger --train train.conllu --dev dev.conllu --out models/tagger.bin");
  return [flags, lflags, lem, pflags, par] {
    if (par->parsed()) return RunTrainParser(*pflags);
    if (lem->parsed()) return RunTrainLemmatizer(*lflags);
    return RunTrainTagger(*flags);
  };
}

}  // namespace parley
