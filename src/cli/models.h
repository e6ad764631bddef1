// Where the CLI looks for model files when no path is given.
#ifndef PARLEY_CLI_MODELS_H_
#define PARLEY_CLI_MODELS_H_

#include <string>

namespace parley {

// The first existing of: $PARLEY_MODELS/NAME, ./models/NAME, and models/NAME
// next to the source tree the binary was built from (BIN/../models/NAME).
// Returns ./models/NAME if none exists, so the error names the usual place.
std::string DefaultModelPath(const std::string& name);

}  // namespace parley

#endif  // PARLEY_CLI_MODELS_H_
