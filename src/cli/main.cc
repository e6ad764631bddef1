// parley <verb> — the single command-line entry point.
#include <cstdio>
#include <vector>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"parley: political event data from raw news (CAMEO, PLOVER)"};
  app.set_version_flag("--version", std::string("parley ") + PARLEY_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  parley parse examples/pages/tehran_talks_page.txt\n"
      "  parley segment examples/pages/tehran_talks_page.txt\n"
      "  parley eval segment ../shared/treebanks/UD_English-PUD/en_pud-ud-test.conllu\n"
      "Run 'parley <verb> --help' for a verb's options.");
  std::vector<std::pair<CLI::App*, parley::RunFn>> verbs;
  auto add = [&](parley::RunFn (*reg)(CLI::App*)) {
    size_t before = app.get_subcommands({}).size();
    parley::RunFn fn = reg(&app);
    verbs.emplace_back(app.get_subcommands({})[before], std::move(fn));
  };
  add(parley::RegisterSegment);
  add(parley::RegisterParse);
  add(parley::RegisterEval);
  add(parley::RegisterTrain);
  add(parley::RegisterDict);
  add(parley::RegisterValidate);
  add(parley::RegisterCode);
  add(parley::RegisterExplain);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  for (auto& [sub, run] : verbs)
    if (sub->parsed()) return run();
  return 2;
}
