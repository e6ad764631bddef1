#include "util/json_writer.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

std::string Json(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(Json("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(Json("x\ny\tz"), "\"x\\ny\\tz\"");
  EXPECT_EQ(Json(std::string_view("\x01", 1)), "\"\\u0001\"");
  EXPECT_EQ(Json(std::string_view("\0", 1)), "\"\\u0000\"");
}

TEST(JsonWriter, KeepsValidUtf8AndReplacesInvalidBytes) {
  EXPECT_EQ(Json("Zahedi — Iran’s"), "\"Zahedi — Iran’s\"");
  EXPECT_EQ(Json("a\xFF" "b"), "\"a\xEF\xBF\xBD" "b\"");
  EXPECT_EQ(Json("\xC3"), "\"\xEF\xBF\xBD\"");  // truncated sequence
}

TEST(JsonWriter, BuildsObjectsWithCommas) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("id", "d1");
  w.Key("n");
  w.Int(-3);
  w.FieldOrNull("date", "");
  w.Key("list");
  w.BeginArray();
  w.Int(1);
  w.Int(2);
  w.EndArray();
  w.EndObject();
  EXPECT_EQ(out, R"({"id":"d1","n":-3,"date":null,"list":[1,2]})");
}

}  // namespace
}  // namespace parley

#include "util/out_buffer.h"

namespace parley {
namespace {

TEST(OutBuffer, WriteUintMatchesToString) {
  for (uint32_t v : {0u, 1u, 9u, 10u, 99u, 100u, 101u, 999u, 1000u, 9999u, 10000u, 10001u, 65535u,
                     99999u, 100000u, 999999u, 1000000u, 1000001u, 9999999u, 10000000u, 99999999u,
                     100000000u, 123456789u, 999999999u, 1000000000u, 4294967295u}) {
    char buf[16];
    char* end = WriteUint(buf, v);
    EXPECT_EQ(std::string(buf, end), std::to_string(v));
  }
  // Every value around each power of ten, and a sweep.
  for (uint64_t p10 = 1; p10 <= 1000000000; p10 *= 10)
    for (uint64_t v = p10 > 3 ? p10 - 3 : 0; v <= p10 + 3; ++v) {
      char buf[16];
      EXPECT_EQ(std::string(buf, WriteUint(buf, static_cast<uint32_t>(v))), std::to_string(v));
    }
  for (uint32_t v = 0; v < 2000000; v += 7) {
    char buf[16];
    ASSERT_EQ(std::string(buf, WriteUint(buf, v)), std::to_string(v));
  }
}

TEST(OutBuffer, JsonStringsAgreeWithAppendJsonString) {
  for (std::string s : {std::string("plain"), std::string("with \"quote\" and \\"),
                        std::string("tab\there"), std::string("Iran’s"), std::string("bad\xFF"),
                        std::string(40, 'x') + "\"", std::string("\x01")}) {
    std::string padded = s + std::string(16, '\0');  // 16 readable bytes for the short path
    std::string_view view(padded.data(), s.size());
    OutBuffer out;
    char* p = out.Reserve(JsonStringBound(s.size()) + 16);
    bool plain = true;
    p = WriteShortJsonString(p, view, &plain);
    out.Commit(p);
    std::string expected;
    AppendJsonString(s, &expected);
    EXPECT_EQ(std::string(out.view()), expected);
  }
}

}  // namespace
}  // namespace parley
