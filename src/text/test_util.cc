#include "text/test_util.h"

#include <filesystem>

namespace parley::testing {

std::string SharedDir() {
  std::string dir = PARLEY_SHARED_DIR;
  return std::filesystem::is_directory(dir) ? dir : std::string();
}

}  // namespace parley::testing
