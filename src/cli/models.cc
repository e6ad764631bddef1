#include "cli/models.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace parley {

std::string DefaultModelPath(const std::string& name) {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  if (const char* dir = std::getenv("PARLEY_MODELS")) candidates.push_back(fs::path(dir) / name);
  candidates.push_back(fs::path("models") / name);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path().parent_path() / "models" / name);
  for (const fs::path& p : candidates)
    if (fs::exists(p, ec)) return p.string();
  return (fs::path("models") / name).string();
}

}  // namespace parley
