// Reading the files of a zip archive (stored or deflated members), so that
// dictionaries shipped zipped (TABARI's CountryInfo.*.actors.zip) load
// without unzipping first.
#ifndef PARLEY_UTIL_ZIP_H_
#define PARLEY_UTIL_ZIP_H_

#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

struct ZipMember {
  std::string name;  // path inside the archive
  std::string data;  // uncompressed bytes
};

// The members of the zip archive in `bytes` (directories left out), read
// through the central directory; each member's CRC-32 is checked. `name`
// names the archive in error messages. Encrypted members, zip64 and methods
// other than stored (0) and deflate (8) are errors.
absl::StatusOr<std::vector<ZipMember>> ReadZip(std::string_view bytes, std::string_view name);

}  // namespace parley

#endif  // PARLEY_UTIL_ZIP_H_
