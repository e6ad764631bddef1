// Zip layout (PKWARE APPNOTE): local file headers with the data, then the
// central directory, then the end-of-central-directory record (EOCD).
#include "util/zip.h"

#include <zlib.h>

#include <cstdint>
#include <cstring>

#include "util/strings.h"

namespace parley {
namespace {

constexpr uint32_t kEocdSignature = 0x06054b50;
constexpr uint32_t kCentralSignature = 0x02014b50;
constexpr uint32_t kLocalSignature = 0x04034b50;
constexpr size_t kEocdSize = 22, kCentralSize = 46, kLocalSize = 30;

uint32_t U32(std::string_view b, size_t at) {
  uint32_t v;
  std::memcpy(&v, b.data() + at, 4);  // little-endian, as the host
  return v;
}
uint16_t U16(std::string_view b, size_t at) {
  uint16_t v;
  std::memcpy(&v, b.data() + at, 2);
  return v;
}

absl::Status Corrupt(std::string_view name, std::string_view what) {
  return absl::InvalidArgumentError(Cat(name, ": not a readable zip archive (", what, ")"));
}

// Inflates a raw deflate stream into exactly `size` bytes.
absl::StatusOr<std::string> Inflate(std::string_view in, size_t size, std::string_view name) {
  std::string out(size, '\0');
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return Corrupt(name, "zlib init");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = inflate(&z, Z_FINISH);
  const size_t produced = z.total_out;
  inflateEnd(&z);
  if (rc != Z_STREAM_END || produced != size) return Corrupt(name, "bad deflate data");
  return out;
}

}  // namespace

absl::StatusOr<std::vector<ZipMember>> ReadZip(std::string_view bytes, std::string_view name) {
  if (bytes.size() < kEocdSize) return Corrupt(name, "too short");
  // The EOCD ends the file, followed by a comment of at most 65535 bytes.
  size_t eocd = std::string_view::npos;
  const size_t lowest = bytes.size() > kEocdSize + 65535 ? bytes.size() - kEocdSize - 65535 : 0;
  for (size_t at = bytes.size() - kEocdSize + 1; at-- > lowest;) {
    if (U32(bytes, at) == kEocdSignature) {
      eocd = at;
      break;
    }
  }
  if (eocd == std::string_view::npos) return Corrupt(name, "no end of central directory");
  const uint16_t count = U16(bytes, eocd + 10);
  const uint32_t dir_size = U32(bytes, eocd + 12), dir_offset = U32(bytes, eocd + 16);
  if (dir_offset == 0xFFFFFFFF || count == 0xFFFF) return Corrupt(name, "zip64 is not supported");
  if (size_t{dir_offset} + dir_size > eocd) return Corrupt(name, "central directory out of range");
  std::vector<ZipMember> members;
  size_t at = dir_offset;
  for (uint16_t i = 0; i < count; ++i) {
    if (at + kCentralSize > eocd || U32(bytes, at) != kCentralSignature)
      return Corrupt(name, "bad central directory entry");
    const uint16_t flags = U16(bytes, at + 8), method = U16(bytes, at + 10);
    const uint32_t crc = U32(bytes, at + 16), packed = U32(bytes, at + 20), size = U32(bytes, at + 24);
    const uint16_t name_len = U16(bytes, at + 28), extra_len = U16(bytes, at + 30),
                   comment_len = U16(bytes, at + 32);
    const uint32_t local = U32(bytes, at + 42);
    if (at + kCentralSize + name_len > eocd) return Corrupt(name, "bad central directory entry");
    ZipMember m;
    m.name.assign(bytes.substr(at + kCentralSize, name_len));
    at += kCentralSize + name_len + extra_len + comment_len;
    if (!m.name.empty() && m.name.back() == '/') continue;  // a directory
    if (flags & 1) return Corrupt(name, Cat(m.name, " is encrypted"));
    if (size_t{local} + kLocalSize > bytes.size() || U32(bytes, local) != kLocalSignature)
      return Corrupt(name, Cat("bad local header of ", m.name));
    const size_t data = local + kLocalSize + U16(bytes, local + 26) + U16(bytes, local + 28);
    if (data + packed > bytes.size()) return Corrupt(name, Cat(m.name, " is truncated"));
    std::string_view stored = bytes.substr(data, packed);
    if (method == 0) {
      if (packed != size) return Corrupt(name, Cat(m.name, ": sizes differ"));
      m.data.assign(stored);
    } else if (method == 8) {
      PARLEY_ASSIGN_OR_RETURN(m.data, Inflate(stored, size, Cat(name, ":", m.name)));
    } else {
      return Corrupt(name, Cat(m.name, " uses compression method ", method));
    }
    if (crc32(0L, reinterpret_cast<const Bytef*>(m.data.data()), static_cast<uInt>(m.data.size())) != crc)
      return Corrupt(name, Cat(m.name, ": CRC mismatch"));
    members.push_back(std::move(m));
  }
  return members;
}

}  // namespace parley
