// Little-endian binary encoding for model and cache files, with bounds-checked reading.
// Every such file is:  magic (8 bytes) | version (u32) | payload |
//                       checksum (u64, FNV-1a of everything before it).
#ifndef PARLEY_NLP_MODEL_IO_H_
#define PARLEY_NLP_MODEL_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "parley/status.h"

namespace parley::model_io {

class Writer {
 public:
  Writer(std::string_view magic, uint32_t version);
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { Raw(&v, 2); }
  void U32(uint32_t v) { Raw(&v, 4); }
  void U64(uint64_t v) { Raw(&v, 8); }
  void F32(float v) { Raw(&v, 4); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  // Appends the checksum and returns the file contents.
  std::string Finish();

 private:
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class Reader {
 public:
  // Checks magic, version and checksum; `name` names the file in errors.
  static absl::StatusOr<Reader> Open(std::string_view bytes, std::string_view magic,
                                     uint32_t version, std::string_view name);
  bool U8(uint8_t* v) { return Raw(v, 1); }
  bool U16(uint16_t* v) { return Raw(v, 2); }
  bool U32(uint32_t* v) { return Raw(v, 4); }
  bool U64(uint64_t* v) { return Raw(v, 8); }
  bool F32(float* v) { return Raw(v, 4); }
  bool Str(std::string* s);
  // Pointer to the next n bytes (and skips them), or nullptr if fewer remain.
  const char* Take(size_t n) {
    if (data_.size() - pos_ < n) return nullptr;
    const char* p = data_.data() + pos_;
    pos_ += n;
    return p;
  }
  bool AtEnd() const { return pos_ == data_.size(); }
  // An error naming the file for a read that ran past the end.
  absl::Status Truncated() const;

 private:
  Reader(std::string_view data, std::string_view name) : data_(data), name_(name) {}
  bool Raw(void* p, size_t n) {
    if (data_.size() - pos_ < n) return false;
    std::memcpy(p, data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  std::string_view data_;  // payload only
  std::string name_;
  size_t pos_ = 0;
};

// Writes a whole file (via a temporary and rename, so a crash leaves no half file).
absl::Status WriteFile(const std::string& path, std::string_view data);

}  // namespace parley::model_io

#endif  // PARLEY_NLP_MODEL_IO_H_
