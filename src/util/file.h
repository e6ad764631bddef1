// Reading a whole file into memory.
#ifndef PARLEY_UTIL_FILE_H_
#define PARLEY_UTIL_FILE_H_

#include <string>

#include "parley/status.h"

namespace parley {

// The bytes of the file at `path`; NotFound ("path: cannot open") if it
// cannot be opened.
absl::StatusOr<std::string> ReadWholeFile(const std::string& path);

}  // namespace parley

#endif  // PARLEY_UTIL_FILE_H_
