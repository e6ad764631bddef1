// parley validate: run a validation suite (TABARI format) against parley.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/models.h"
#include "parley/coder.h"
#include "parley/pipeline.h"
#include "parley/lexicon.h"
#include "parley/validate.h"
#include "util/file.h"
#include "util/strings.h"

namespace parley {
namespace {

struct ValidateFlags {
  std::string suite;               // a suite file or a TABARI project
  std::vector<std::string> dicts;  // dictionaries (besides a project's)
  bool all = false;                // also the records after TABARI's FINAL-01
  bool quiet = false;              // failures and the summary only
  std::string cache;               // compiled lexicon of the dictionaries
  std::string tagger = DefaultModelPath("tagger.bin");
  std::string lemmatizer = DefaultModelPath("lemmatizer.bin");
  std::string parser = DefaultModelPath("parser.bin");
};

std::string EventText(const ExpectedEvent& e) {
  return Cat(e.source, "/", e.target, "/", e.code.empty() ? Cat("PLOVER ", e.plover) : e.code);
}

int RunValidate(const ValidateFlags& f) {
  Lexicon lex;
  std::vector<Diagnostic> problems;
  std::string suite_path = f.suite;
  absl::StatusOr<std::string> text = ReadWholeFile(f.suite);
  if (text.ok() && std::string_view(f.suite).ends_with(".project")) {
    suite_path.clear();
    for (const ProjectEntry& e : ProjectEntries(*text, f.suite))
      if (e.tag == "textfile" && suite_path.empty()) suite_path = e.path;
    if (suite_path.empty()) {
      std::fprintf(stderr, "parley validate: %s names no <textfile>\n", f.suite.c_str());
      return 2;
    }
    text = ReadWholeFile(suite_path);
  }
  if (!text.ok()) {
    std::fprintf(stderr, "parley validate: %s\n", std::string(text.status().message()).c_str());
    return 2;
  }
  // The project's own dictionaries, then the others given.
  std::vector<std::string> dicts = f.dicts;
  if (std::string_view(f.suite).ends_with(".project")) dicts.insert(dicts.begin(), f.suite);
  if (absl::Status s = LoadLexicon(dicts, DictFormat::kAuto, f.cache, &lex, &problems); !s.ok()) {
    std::fprintf(stderr, "parley validate: %s\n", std::string(s.message()).c_str());
    return 2;
  }
  const bool xml = std::string_view(AsciiLower(suite_path)).ends_with(".xml");
  const std::vector<ValidationRecord> records = xml ? ReadPetrarchSuite(*text, suite_path, &problems)
                                                    : ReadTabariSuite(*text, suite_path, &problems);
  size_t read_errors = 0;
  for (const Diagnostic& d : problems)
    if (d.severity == Diagnostic::kError) {
      ++read_errors;
      std::fprintf(stderr, "%s\n", d.ToString().c_str());
    }
  const LexiconCodes codes(lex);
  auto loaded = Pipeline::Load(f.tagger, f.lemmatizer, f.parser);
  if (!loaded.ok()) {
    std::fprintf(stderr, "parley validate: %s\n", std::string(loaded.status().message()).c_str());
    return 2;
  }
  const Pipeline& nlp = **loaded;
  CoderOptions options;
  options.first_verb_only = !xml;  // TABARI's suite expects TABARI's one verb per sentence
  if (!xml) options = TabariOptions(lex, options);  // the project's .options
  const Coder base(lex, options);
  SuiteChecker checker(nlp, base);
  // Codes an option line supplies ("DEFAULT: SOURCE [DEFSRC] ...") count as known.
  std::vector<std::string> option_codes;
  for (const ValidationRecord& r : records)
    for (const std::string& o : r.options)
      for (size_t at = 0; (at = o.find('[', at)) != std::string::npos; ++at)
        option_codes.push_back(o.substr(at + 1, o.find(']', at) - at - 1));
  auto known_actor = [&](const std::string& c) {
    return codes.KnowsActor(c) || std::find(option_codes.begin(), option_codes.end(), c) != option_codes.end();
  };
  size_t passed = 0, failed = 0, skipped = 0, expected_codes = 0, known_codes = 0;
  for (const ValidationRecord& r : records) {
    // A record's option lines take effect for the records after it.
    struct After {
      SuiteChecker& checker;
      const ValidationRecord& r;
      ~After() { checker.After(r); }
    } after{checker, r};
    const std::string where = Cat(suite_path, ":", r.line);
    const bool expects = !r.events.empty() || r.no_event || r.complex || r.discard;
    if (!r.standard && !f.all) {
      ++skipped;
      continue;
    }
    if (!expects) {  // option changes, notes
      ++skipped;
      if (!f.quiet) std::printf("SKIP %s (%s): nothing to check%s\n", r.id.c_str(), where.c_str(),
                                r.options.empty() ? "" : " (option changes)");
      continue;
    }
    std::string expect;
    for (const ExpectedEvent& e : r.events) expect += Cat(expect.empty() ? "" : ", ", EventText(e));
    if (r.no_event) expect += Cat(expect.empty() ? "" : ", ", "no event");
    if (r.complex) expect += Cat(expect.empty() ? "" : ", ", "complex");
    if (r.discard) expect += Cat(expect.empty() ? "" : ", ", "discard");
    std::string missing;
    for (const ExpectedEvent& e : r.events) {
      for (const std::string& side : {e.source, e.target})
        for (std::string_view actor : Split(side, ' ', true)) {  // PETRARCH: "None UAF"
          if (actor == "None" || actor == "---") continue;
          ++expected_codes;
          if (known_actor(std::string(actor))) ++known_codes;
          else missing += Cat(" ", actor);
        }
      if (e.code.empty() || e.code == "---") continue;
      ++expected_codes;
      if (codes.KnowsEvent(e.code)) ++known_codes;
      else missing += Cat(" ", e.code);
    }
    const RecordCheck check = checker.Check(r);
    const bool pass = check.pass;
    const std::string got_text = check.GotText();
    (pass ? passed : failed)++;
    if (pass && f.quiet) continue;
    std::printf("%s %s (%s): expected %s; coded %s%s\n", pass ? "PASS" : "FAIL", r.id.c_str(), where.c_str(),
                expect.c_str(), got_text.c_str(),
                missing.empty() ? "" : Cat("; lexicon lacks", missing).c_str());
  }
  std::printf("lexicon: %zu of %zu codes the expectations rely on are known\n", known_codes, expected_codes);
  std::printf("validate: %zu passed, %zu failed, %zu skipped\n", passed, failed, skipped);
  return failed > 0 || read_errors > 0 ? 1 : 0;
}

}  // namespace

RunFn RegisterValidate(CLI::App* app) {
  auto flags = std::make_shared<ValidateFlags>();
  CLI::App* cmd = app->add_subcommand(
      "validate", "Run a validation suite (TABARI's format) and report each record; ends with 'validate: N passed, M failed'");
  cmd->add_option("suite", flags->suite,
                  "A suite file (TABARI Validate.text format, or PETRARCH's XML format: *.xml) or a TABARI "
                  ".project naming it")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--dict", flags->dicts, "Dictionary or project file (repeat for several); a project's own are read too")
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  cmd->add_flag("--all", flags->all,
                "Also the records after TABARI's FINAL-01 (they need other options) and PETRARCH "
                "sentences marked evaluate=\"false\"");
  cmd->add_flag("-q,--quiet", flags->quiet, "Failures and the summary only");
  cmd->add_option("--cache", flags->cache,
                  "Compiled lexicon of the dictionaries (parley dict compile); written if missing or stale");
  cmd->footer(
      "One line per record (PASS, FAIL or SKIP, with file:line and what was expected),\n"
      "then how many of the codes the expectations rely on the dictionaries know, then\n"
      "'validate: N passed, M failed, S skipped'. Exit status 1 if any record failed or a\n"
      "record could not be read.\n"
      "parley has no event coder yet: every record that expects events fails.\n\n"
      "Example:\n"
      "  parley validate ../shared/peers/tabari/Validate.project\n");
  return [flags] { return RunValidate(*flags); };
}

}  // namespace parley
