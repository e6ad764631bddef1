#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "parley/ingest.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

class Collect : public DocumentSink {
 public:
  void Accept(Document doc) override { docs.push_back(std::move(doc)); }
  void Reject(const Issue& i) override { rejects.push_back(i.origin + ": " + i.message); }
  void Warn(const Issue& i) override { warnings.push_back(i.origin + ": " + i.message); }
  std::vector<Document> docs;
  std::vector<std::string> rejects, warnings;
};

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("parley_reader_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& data) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }
  Collect Read(const std::vector<std::string>& inputs, IngestOptions opts = {}) {
    Collect c;
    ReadInputs(ExpandInputs(inputs, &c), opts, &c);
    return c;
  }
  fs::path dir_;
};

TEST_F(ReaderTest, JsonlFieldsIdsAndPassThrough) {
  std::string p = Write("a.jsonl",
                        R"({"id":"x1","date":"2024-05-18","source":"S","title":"T","text":"Hi.","url":"u","topic":"mideast","n":[1,2]})"
                        "\n\n"
                        R"({"text":"No id here.","date":null})"
                        "\n");
  Collect c = Read({p});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "x1");
  EXPECT_EQ(c.docs[0].date, "2024-05-18");
  EXPECT_EQ(c.docs[0].extra_json, R"({"topic":"mideast","n":[1,2]})");
  EXPECT_EQ(c.docs[0].origin, p + ":1");
  EXPECT_EQ(c.docs[1].origin, p + ":3");
  EXPECT_EQ(c.docs[1].date, "");
  EXPECT_EQ(c.docs[1].id.size(), 17u);  // "h" + 16 hex digits of the content hash
  // Same content, same id.
  EXPECT_EQ(ParseJsonRecord(R"({"text":"No id here."})", "x")->id, c.docs[1].id);
}

TEST_F(ReaderTest, MalformedLinesAreRejectedByLineAndTheRestRead) {
  std::string p = Write("b.jsonl", "{\"text\":\"one\"}\n{broken\n[1,2]\n{\"id\":\"n\"}\n{\"text\":\"\"}\n{\"text\":\"five\"}\n");
  Collect c = Read({p});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].text, "five");
  ASSERT_EQ(c.rejects.size(), 4u);
  EXPECT_TRUE(c.rejects[0].starts_with(p + ":2: invalid JSON")) << c.rejects[0];
  EXPECT_TRUE(c.rejects[1].starts_with(p + ":3: record is not a JSON object")) << c.rejects[1];
  EXPECT_TRUE(c.rejects[2].starts_with(p + ":4: record has no \"text\"")) << c.rejects[2];
  EXPECT_TRUE(c.rejects[3].starts_with(p + ":5: record has an empty")) << c.rejects[3];
}

TEST_F(ReaderTest, InvalidUtf8IsRepairedAndWarnedWithLine) {
  std::string p = Write("c.jsonl", "{\"text\":\"ok\"}\n{\"text\":\"bad \xFF byte\"}\n");
  std::string t = Write("d.txt", "line one\nline \xFE two\n");
  Collect c = Read({p, t});
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[1].text, "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(c.docs[2].text, "line one\nline \xFE two\n");  // text files keep their bytes
  ASSERT_EQ(c.warnings.size(), 2u);
  EXPECT_TRUE(c.warnings[0].starts_with(p + ":2: 1 invalid UTF-8")) << c.warnings[0];
  EXPECT_TRUE(c.warnings[1].starts_with(t + ":2: 1 invalid UTF-8")) << c.warnings[1];
}

TEST_F(ReaderTest, EmptyBinaryOversizedAndMissingInputs) {
  std::string empty = Write("empty.txt", "  \n");
  std::string bin = Write("blob.bin", std::string("\x7f" "ELF\0\0\0\0\1\2\3\0\0\0\0\0\0\0", 20));
  std::string big = Write("big.jsonl", "{\"text\":\"" + std::string(5000, 'a') + "\"}\n{\"text\":\"after\"}\n");
  std::string ok = Write("ok.txt", "Fine text.");
  IngestOptions opts;
  opts.max_document_bytes = 1000;
  Collect c = Read({empty, bin, big, (dir_ / "nope.txt").string(), ok}, opts);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].text, "after");
  EXPECT_EQ(c.docs[1].text, "Fine text.");
  ASSERT_EQ(c.rejects.size(), 4u);
  EXPECT_NE(c.rejects[0].find("nope.txt: no such file"), std::string::npos) << c.rejects[0];
  EXPECT_NE(c.rejects[1].find("empty document"), std::string::npos) << c.rejects[1];
  EXPECT_NE(c.rejects[2].find("binary file"), std::string::npos) << c.rejects[2];
  EXPECT_NE(c.rejects[3].find("big.jsonl:1: record is larger"), std::string::npos) << c.rejects[3];
}

// Regression: random bytes have only ~11% control bytes, near the threshold,
// so binary detection also counts invalid UTF-8.
TEST_F(ReaderTest, HighBytesWithoutControlsAreBinary) {
  std::string data;
  for (int i = 0; i < 4096; ++i) data += static_cast<char>(0x80 + (i * 37) % 128);
  std::string p = Write("noise.bin", data);
  std::string latin1 = Write("latin1.txt", "Le pr\xE9sident a parl\xE9 \xE0 Paris hier soir.\n");
  Collect c = Read({p, latin1});
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_NE(c.rejects[0].find("binary file"), std::string::npos);
  ASSERT_EQ(c.docs.size(), 1u);  // a few Latin-1 letters are text with a warning
  EXPECT_EQ(c.warnings.size(), 1u);
}

TEST_F(ReaderTest, DirectoriesAreRecursiveSortedAndDetectFormat) {
  Write("dir/b.txt", "Text B.");
  Write("dir/a/x.data", "{\"id\":\"j\",\"text\":\"JSON sniffed.\"}\n");
  Write("dir/.hidden.txt", "skip me");
  Collect c = Read({(dir_ / "dir").string()});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "j");
  EXPECT_EQ(c.docs[0].format, "jsonl");
  EXPECT_EQ(c.docs[1].format, "text");
  EXPECT_EQ(c.docs[1].id, (dir_ / "dir" / "b.txt").string());
}

TEST_F(ReaderTest, FormatOverride) {
  std::string p = Write("x.txt", "{\"text\":\"json in a .txt\"}\n");
  IngestOptions opts;
  opts.format = InputFormat::kJsonl;
  Collect c = Read({p}, opts);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "json in a .txt");
  EXPECT_FALSE(ParseInputFormat("xml").ok());
}

}  // namespace
}  // namespace parley
