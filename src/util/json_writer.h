// A small, fast JSON writer that appends to a std::string. Strings are escaped
// per RFC 8259 and always come out as valid UTF-8: invalid bytes in the input
// are written as U+FFFD. Not thread-safe; one writer per output buffer.
#ifndef PARLEY_UTIL_JSON_WRITER_H_
#define PARLEY_UTIL_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace parley {

// Appends `s` as a quoted, escaped JSON string.
void AppendJsonString(std::string_view s, std::string* out);

// Appends a decimal integer.
void AppendInt(int64_t v, std::string* out);

// Streaming object/array builder that tracks commas.
//   JsonWriter w(&buf); w.BeginObject(); w.Key("id"); w.String("x"); w.EndObject();
class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject() { Sep(); out_->push_back('{'); first_ = true; }
  void EndObject() { out_->push_back('}'); first_ = false; }
  void BeginArray() { Sep(); out_->push_back('['); first_ = true; }
  void EndArray() { out_->push_back(']'); first_ = false; }
  void Key(std::string_view k) { Sep(); AppendJsonString(k, out_); out_->push_back(':'); first_ = true; }
  void String(std::string_view s) { Sep(); AppendJsonString(s, out_); }
  void Int(int64_t v) { Sep(); AppendInt(v, out_); }
  void Null() { Sep(); out_->append("null"); }
  // A value that is already JSON text (e.g. passed-through fields).
  void Raw(std::string_view json) { Sep(); out_->append(json); }
  // Key + string value, skipped when the value is empty and skip_empty is set.
  void Field(std::string_view k, std::string_view v) { Key(k); String(v); }
  void FieldOrNull(std::string_view k, std::string_view v) {
    Key(k);
    if (v.empty()) Null(); else String(v);
  }

 private:
  void Sep() {
    if (!first_) out_->push_back(',');
    first_ = false;
  }
  std::string* out_;
  bool first_ = true;
};

}  // namespace parley

#endif  // PARLEY_UTIL_JSON_WRITER_H_
