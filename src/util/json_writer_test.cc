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
