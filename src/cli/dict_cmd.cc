// parley dict: check (read dictionaries, report every problem, count entries),
// show (what a phrase matches), convert (to parley's own format) and compile
// (the lexicon cache).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/dates.h"
#include "parley/lexicon.h"
#include "parley/lexicon_index.h"
#include "util/model_io.h"
#include "util/strings.h"

namespace parley {
namespace {

DictFormat FormatOf(const std::string& name) {
  return name == "tabari"     ? DictFormat::kTabari
         : name == "petrarch" ? DictFormat::kPetrarch
         : name == "parley"   ? DictFormat::kParley
                              : DictFormat::kAuto;
}

struct DictCheckFlags {
  std::vector<std::string> files;
  std::string format = "auto";
  bool quiet = false;  // counts only, no problem lines
  std::string cameo;   // CAMEO code table to check verb codes against
};

struct Counts {
  size_t actors = 0, synonyms = 0, codes = 0, dated = 0, agents = 0, agent_phrases = 0;
  size_t blocks = 0, verbs = 0, patterns = 0, sets = 0, transformations = 0;
  size_t discards = 0, story_discards = 0, issues = 0, prepositions = 0, options = 0, labels = 0;
};

// Where each kind of entry stood before a file was read.
struct Marks {
  size_t actors = 0, agents = 0, blocks = 0, sets = 0, transformations = 0, discards = 0, issues = 0,
         prepositions = 0, options = 0, labels = 0;
  static Marks Of(const Lexicon& lex) {
    return {lex.actors.size(),          lex.agents.size(),   lex.verb_blocks.size(),
            lex.synonym_sets.size(),    lex.transformations.size(), lex.discards.size(),
            lex.issues.size(),          lex.prepositions.size(), lex.options.size(),
            lex.labels.size()};
  }
};

Counts CountFrom(const Lexicon& lex, const Marks& from) {
  const size_t first_actor = from.actors, first_agent = from.agents;
  Counts c;
  for (size_t i = from.blocks; i < lex.verb_blocks.size(); ++i) {
    ++c.blocks;
    c.verbs += lex.verb_blocks[i].verbs.size();
    c.patterns += lex.verb_blocks[i].patterns.size();
  }
  c.sets = lex.synonym_sets.size() - from.sets;
  c.transformations = lex.transformations.size() - from.transformations;
  for (size_t i = from.discards; i < lex.discards.size(); ++i) {
    ++c.discards;
    c.story_discards += lex.discards[i].story;
  }
  c.issues = lex.issues.size() - from.issues;
  c.prepositions = lex.prepositions.size() - from.prepositions;
  c.options = lex.options.size() - from.options;
  c.labels = lex.labels.size() - from.labels;
  for (size_t i = first_actor; i < lex.actors.size(); ++i) {
    const Actor& a = lex.actors[i];
    ++c.actors;
    c.synonyms += a.synonyms.size();
    c.codes += a.codes.size();
    for (const DatedCode& d : a.codes) c.dated += d.dated();
  }
  for (size_t i = first_agent; i < lex.agents.size(); ++i) {
    ++c.agents;
    c.agent_phrases += 1 + lex.agents[i].synonyms.size();
  }
  return c;
}

int RunDictCheck(const DictCheckFlags& f) {
  const DictFormat format = FormatOf(f.format);
  Lexicon lex;
  std::vector<Diagnostic> problems;
  std::vector<std::string> summaries;
  bool unreadable = false;
  for (const std::string& path : f.files) {
    const Marks before = Marks::Of(lex);
    absl::Status s = ReadDictionaryFile(path, format, &lex, &problems);
    if (!s.ok()) {
      std::fprintf(stderr, "parley dict check: %s\n", std::string(s.message()).c_str());
      unreadable = true;
      continue;
    }
    Counts c = CountFrom(lex, before);
    std::string line = Cat(path, ":");
    if (c.actors) line += Cat(" ", c.actors, " actors, ", c.synonyms, " synonyms, ", c.codes, " codes (", c.dated, " dated)");
    if (c.agents) line += Cat(" ", c.agents, " agents (", c.agent_phrases, " phrases)");
    if (c.blocks || c.sets)
      line += Cat(" ", c.verbs, " verbs in ", c.blocks, " blocks, ", c.patterns, " patterns, ", c.sets,
                  " synonym sets, ", c.transformations, " transformations");
    if (c.discards) line += Cat(" ", c.discards, " discards (", c.story_discards, " story-level)");
    if (c.issues) line += Cat(" ", c.issues, " issue phrases");
    if (c.prepositions) line += Cat(" ", c.prepositions, " prepositions");
    if (c.options) line += Cat(" ", c.options, " options (", c.labels, " labels)");
    if (!c.actors && !c.agents && !c.blocks && !c.sets && !c.discards && !c.issues && !c.prepositions &&
        !c.options)
      line += " nothing read";
    summaries.push_back(std::move(line));
  }
  CheckLexicon(lex, &problems);
  if (!f.cameo.empty()) {
    auto codes = ReadCameoCodes(f.cameo);
    if (!codes.ok()) {
      std::fprintf(stderr, "parley dict check: %s\n", std::string(codes.status().message()).c_str());
      return 1;
    }
    CheckCameoCodes(lex, *codes, &problems);
  }
  size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : problems) {
    (d.severity == Diagnostic::kError ? errors : warnings)++;
    if (!f.quiet) std::printf("%s\n", d.ToString().c_str());
  }
  for (const std::string& s : summaries) std::printf("%s\n", s.c_str());
  Counts all = CountFrom(lex, Marks());
  std::printf("dict check: %zu files, %zu actors, %zu agents, %zu verbs, %zu patterns; %zu errors, %zu warnings\n",
              summaries.size(), all.actors, all.agents, all.verbs, all.patterns, errors, warnings);
  return errors > 0 || unreadable ? 1 : 0;
}

struct DictShowFlags {
  std::string phrase;
  std::vector<std::string> dicts;
  std::string date;  // YYYY-MM-DD, YYYYMMDD or YYMMDD; empty: today
  std::string format = "auto";
  std::string cache;  // a compiled lexicon (parley dict compile) for these dictionaries
};


int RunDictShow(const DictShowFlags& f) {
  int32_t date = Today();
  if (!f.date.empty()) {
    if (!ReadCliDate(f.date, &date)) {
      std::fprintf(stderr, "parley dict show: bad --date '%s' (YYYY-MM-DD)\n", f.date.c_str());
      return 2;
    }
  }
  Lexicon lex;
  std::vector<Diagnostic> problems;
  if (absl::Status s = LoadLexicon(f.dicts, FormatOf(f.format), f.cache, &lex, &problems); !s.ok()) {
    std::fprintf(stderr, "parley dict show: %s\n", std::string(s.message()).c_str());
    return 1;
  }
  size_t errors = 0;
  for (const Diagnostic& d : problems) errors += d.severity == Diagnostic::kError;
  if (errors > 0)
    std::fprintf(stderr, "parley dict show: %zu errors in the dictionaries (see parley dict check)\n", errors);
  std::vector<LexiconMatch> matches = FindPhrase(lex, f.phrase, date);
  for (const LexiconMatch& m : matches)
    std::printf("%s:%u: %s %s -> %s (%s)\n", lex.files[m.where.file].c_str(), m.where.line, m.kind.c_str(),
                m.entry.c_str(), m.code.empty() ? "no code on that date" : m.code.c_str(), m.why.c_str());
  std::printf("dict show: %zu entries match '%s' on %04d-%02d-%02d\n", matches.size(), f.phrase.c_str(),
              date / 10000, date / 100 % 100, date % 100);
  return matches.empty() ? 1 : 0;
}

struct DictConvertFlags {
  std::vector<std::string> files;
  std::string format = "auto";
  std::string output;  // empty: standard output
};

int RunDictConvert(const DictConvertFlags& f) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  for (const std::string& path : f.files) {
    absl::Status s = ReadDictionaryFile(path, FormatOf(f.format), &lex, &problems);
    if (!s.ok()) {
      std::fprintf(stderr, "parley dict convert: %s\n", std::string(s.message()).c_str());
      return 1;
    }
  }
  const std::string text = WriteNativeDictionary(lex, &problems);
  size_t errors = 0;
  for (const Diagnostic& d : problems) {
    errors += d.severity == Diagnostic::kError;
    std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  if (f.output.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
  } else {
    absl::Status s = model_io::WriteFile(f.output, text);
    if (!s.ok()) {
      std::fprintf(stderr, "parley dict convert: %s\n", std::string(s.message()).c_str());
      return 1;
    }
  }
  const Counts c = CountFrom(lex, Marks());
  std::fprintf(stderr,
               "dict convert: %zu files, %zu actors, %zu agents, %zu verbs, %zu patterns written to %s; "
               "%zu errors in the sources\n",
               f.files.size(), c.actors, c.agents, c.verbs, c.patterns,
               f.output.empty() ? "standard output" : f.output.c_str(), errors);
  return errors > 0 ? 1 : 0;
}

struct DictCompileFlags {
  std::vector<std::string> files;
  std::string format = "auto";
  std::string output;  // the cache file
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double PeakMegabytes() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // KiB on Linux
}

int RunDictCompile(const DictCompileFlags& f) {
  const DictFormat format = FormatOf(f.format);
  auto start = std::chrono::steady_clock::now();
  Lexicon lex;
  std::vector<Diagnostic> problems;
  for (const std::string& path : f.files) {
    absl::Status s = ReadDictionaryFile(path, format, &lex, &problems);
    if (!s.ok()) {
      std::fprintf(stderr, "parley dict compile: %s\n", std::string(s.message()).c_str());
      return 1;
    }
  }
  const LexiconIndex cold_index(lex);
  const double cold = Seconds(start);
  absl::Status s = WriteLexiconCache(f.output, f.files, format, lex, problems);
  if (!s.ok()) {
    std::fprintf(stderr, "parley dict compile: %s\n", std::string(s.message()).c_str());
    return 1;
  }
  // Load it back as a later start would, to check it and to time it.
  start = std::chrono::steady_clock::now();
  Lexicon warm;
  std::vector<Diagnostic> warm_problems;
  LexiconLoadInfo info;
  s = LoadLexicon(f.files, format, f.output, &warm, &warm_problems, &info);
  const LexiconIndex warm_index(warm);
  const double warm_seconds = Seconds(start);
  if (!s.ok() || !info.from_cache || warm.actors.size() != lex.actors.size()) {
    std::fprintf(stderr, "parley dict compile: the cache written to %s does not load back (%s)\n",
                 f.output.c_str(), info.cache_note.c_str());
    return 1;
  }
  size_t errors = 0;
  for (const Diagnostic& d : problems) errors += d.severity == Diagnostic::kError;
  const Counts c = CountFrom(lex, Marks());
  std::error_code ec;
  const double megabytes = static_cast<double>(std::filesystem::file_size(f.output, ec)) / 1e6;
  std::printf(
      "dict compile: %zu files, %zu actors, %zu agents, %zu verbs, %zu patterns, %zu phrases indexed; "
      "%zu errors in the sources (see parley dict check)\n"
      "dict compile: read and indexed in %.3f s; cache %s (%.1f MB) loads and indexes in %.3f s; "
      "peak memory %.0f MB\n",
      f.files.size(), c.actors, c.agents, c.verbs, c.patterns, cold_index.num_phrases(), errors, cold,
      f.output.c_str(), megabytes, warm_seconds, PeakMegabytes());
  return 0;
}

}  // namespace

RunFn RegisterDict(CLI::App* app) {
  CLI::App* dict = app->add_subcommand("dict", "Read, check and inspect actor and agent dictionaries");
  dict->require_subcommand(1);
  auto flags = std::make_shared<DictCheckFlags>();
  CLI::App* check = dict->add_subcommand(
      "check", "Read dictionaries (TABARI or PETRARCH; zipped too; or a TABARI project) and report every "
               "problem as file:line");
  check->add_option("files", flags->files,
                    "Dictionary files (actors, agents, verbs, discards, issues, prepositions; .txt, .zip) "
                    "or TABARI .project files")
      ->required()
      ->check(CLI::ExistingFile);
  check->add_option("--format", flags->format,
                    "auto (parley's own by its first line, PETRARCH for *.txt, else TABARI), tabari, petrarch "
                    "or parley")
      ->check(CLI::IsMember({"auto", "tabari", "petrarch", "parley"}))
      ->capture_default_str();
  check->add_flag("-q,--quiet", flags->quiet, "Print the counts only, not each problem");
  check->add_option("--cameo", flags->cameo,
                    "CAMEO code table (TSV, codes in the first column, e.g. CAMEO.eventcodes.txt): "
                    "report verb codes it does not list")
      ->check(CLI::ExistingFile);
  check->footer(
      "Prints each problem (\"file:line: error: ...\" or \"warning: ...\"), then per file the\n"
      "entries read, then a summary line. Duplicates are reported with both places.\n"
      "Exit status 1 if there is any error (warnings alone: 0).\n\n"
      "Examples:\n"
      "  parley dict check ../shared/peers/tabari/dictionaries/Levant.080629.actors \\\n"
      "    ../shared/peers/tabari/dictionaries/PSU.120522.agents\n"
      "  parley dict check ../shared/peers/tabari/Validate.project\n"
      "  parley dict check --cameo ../shared/reference/cameo/CAMEO.eventcodes.txt CAMEO.2.0.txt\n");
  auto sflags = std::make_shared<DictShowFlags>();
  CLI::App* show = dict->add_subcommand("show", "Print every dictionary entry a phrase matches, its code on a date, and why");
  show->add_option("phrase", sflags->phrase, "The phrase, as in text (\"Iran\", \"militias\", \"Brig. Gen.\")")->required();
  show->add_option("--dict", sflags->dicts, "Dictionary or TABARI project file (repeat for several)")
      ->allow_extra_args(false)
      ->required()
      ->check(CLI::ExistingFile);
  show->add_option("--date", sflags->date, "Date for dated codes: YYYY-MM-DD (default: today)");
  show->add_option("--format", sflags->format, "auto, tabari, petrarch or parley")
      ->check(CLI::IsMember({"auto", "tabari", "petrarch", "parley"}))
      ->capture_default_str();
  show->add_option("--cache", sflags->cache,
                   "Compiled lexicon of these dictionaries (parley dict compile); written if missing or stale");
  show->footer(
      "One line per match: file:line: kind entry -> code (why). Exit status 1 if nothing matches.\n\n"
      "Example:\n"
      "  parley dict show GOLLUM --date 1997-03-01 --dict ../shared/peers/tabari/Validate.project\n");
  auto cflags = std::make_shared<DictConvertFlags>();
  CLI::App* convert = dict->add_subcommand(
      "convert", "Write dictionaries (TABARI, PETRARCH or parley) as one file in parley's own format");
  convert->add_option("files", cflags->files, "Dictionary or TABARI .project files, read in order")
      ->required()
      ->check(CLI::ExistingFile);
  convert->add_option("-o,--output", cflags->output, "Output file (default: standard output)");
  convert->add_option("--format", cflags->format, "auto, tabari, petrarch or parley")
      ->check(CLI::IsMember({"auto", "tabari", "petrarch", "parley"}))
      ->capture_default_str();
  convert->footer(
      "Writes one entry per line (docs/formats.md, \"parley's own format\"): actors with their\n"
      "synonyms and dated codes, agents, synonym sets, verb blocks with verbs and patterns,\n"
      "transformations, discards, issues, prepositions and options. Problems in the sources\n"
      "go to standard error; exit status 1 if there was an error.\n\n"
      "Example:\n"
      "  parley dict convert ../shared/peers/tabari/Validate.project -o validate.pdict\n");
  auto kflags = std::make_shared<DictCompileFlags>();
  CLI::App* compile = dict->add_subcommand(
      "compile", "Read dictionaries once and write the compiled lexicon to a cache file for fast starts");
  compile->add_option("files", kflags->files, "Dictionary or TABARI .project files, read in order")
      ->required()
      ->check(CLI::ExistingFile);
  compile->add_option("-o,--output", kflags->output, "The cache file to write")->required();
  compile->add_option("--format", kflags->format, "auto, tabari, petrarch or parley")
      ->check(CLI::IsMember({"auto", "tabari", "petrarch", "parley"}))
      ->capture_default_str();
  compile->footer(
      "The cache holds the lexicon, the problems found reading it, and the size and time of\n"
      "every file read. Commands given the same files and --cache FILE load it instead of\n"
      "reading the dictionaries, as long as no file changed (then they read them and rewrite\n"
      "it). Prints the time to read the sources, the time to load the cache, and peak memory.\n\n"
      "Example:\n"
      "  parley dict compile ../shared/peers/tabari/Validate.project -o validate.lexicon\n"
      "  parley dict show GOLLUM --dict ../shared/peers/tabari/Validate.project --cache validate.lexicon\n");
  return [flags, sflags, show, cflags, convert, kflags, compile] {
    if (show->parsed()) return RunDictShow(*sflags);
    if (convert->parsed()) return RunDictConvert(*cflags);
    if (compile->parsed()) return RunDictCompile(*kflags);
    return RunDictCheck(*flags);
  };
}

}  // namespace parley
