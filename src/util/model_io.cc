#include "util/model_io.h"

#include <cstdio>
#include <fstream>

#include "util/hash.h"
#include "util/strings.h"

namespace parley::model_io {

Writer::Writer(std::string_view magic, uint32_t version) {
  out_.append(magic);
  U32(version);
}

std::string Writer::Finish() {
  U64(StableHash64(out_));
  return std::move(out_);
}

absl::StatusOr<Reader> Reader::Open(std::string_view bytes, std::string_view magic,
                                    uint32_t version, std::string_view name) {
  const size_t min = magic.size() + 4 + 8;
  if (bytes.size() < min || bytes.substr(0, magic.size()) != magic)
    return absl::InvalidArgumentError(
        Cat(name, ": not a parley file of this kind (expected magic \"", magic, "\")"));
  uint32_t got = 0;
  std::memcpy(&got, bytes.data() + magic.size(), 4);
  if (got != version)
    return absl::InvalidArgumentError(
        Cat(name, ": format version ", got, ", this build reads version ", version,
            "; rebuild it or use a matching parley"));
  uint64_t stored = 0;
  std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
  if (StableHash64(bytes.substr(0, bytes.size() - 8)) != stored)
    return absl::DataLossError(Cat(name, ": checksum mismatch (file truncated or corrupt)"));
  return Reader(bytes.substr(magic.size() + 4, bytes.size() - min), name);
}

bool Reader::Str(std::string* s) {
  uint32_t n = 0;
  if (!U32(&n) || data_.size() - pos_ < n) return false;
  s->assign(data_.data() + pos_, n);
  pos_ += n;
  return true;
}

absl::Status Reader::Truncated() const {
  return absl::DataLossError(Cat(name_, ": model data ends early or is malformed at byte ", pos_));
}

absl::Status WriteFile(const std::string& path, std::string_view data) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return absl::PermissionDeniedError(Cat(path, ": cannot write"));
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!out) return absl::DataLossError(Cat(path, ": write failed"));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0)
    return absl::PermissionDeniedError(Cat(path, ": cannot rename the temporary file"));
  return absl::OkStatus();
}

}  // namespace parley::model_io
