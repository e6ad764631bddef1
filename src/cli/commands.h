// CLI verbs. Each registers its subcommand and options on the app and returns
// a function that runs it (after parsing) and yields the process exit code.
#ifndef PARLEY_CLI_COMMANDS_H_
#define PARLEY_CLI_COMMANDS_H_

#include <functional>

#include <CLI/CLI.hpp>

namespace parley {

using RunFn = std::function<int()>;

RunFn RegisterSegment(CLI::App* app);
RunFn RegisterEval(CLI::App* app);
RunFn RegisterTrain(CLI::App* app);
RunFn RegisterParse(CLI::App* app);
RunFn RegisterDict(CLI::App* app);
RunFn RegisterValidate(CLI::App* app);
RunFn RegisterCode(CLI::App* app);
RunFn RegisterExplain(CLI::App* app);

}  // namespace parley

#endif  // PARLEY_CLI_COMMANDS_H_
