#include "util/zip.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <fstream>
#include <sstream>

#include "text/test_util.h"

namespace parley {
namespace {

void Put16(std::string* s, uint16_t v) { s->append(reinterpret_cast<const char*>(&v), 2); }
void Put32(std::string* s, uint32_t v) { s->append(reinterpret_cast<const char*>(&v), 4); }

std::string RawDeflate(const std::string& in) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(in.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = in.size();
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = out.size();
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// A minimal archive writer for the tests: members stored (method 0) or
// deflated (8), then the central directory and its end record.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& files, bool deflate) {
  std::string zip, dir;
  for (const auto& [name, data] : files) {
    const std::string packed = deflate ? RawDeflate(data) : data;
    const uint32_t crc = crc32(0L, reinterpret_cast<const Bytef*>(data.data()), data.size());
    const uint32_t offset = zip.size();
    Put32(&zip, 0x04034b50);
    Put16(&zip, 20), Put16(&zip, 0), Put16(&zip, deflate ? 8 : 0), Put16(&zip, 0), Put16(&zip, 0);
    Put32(&zip, crc), Put32(&zip, packed.size()), Put32(&zip, data.size());
    Put16(&zip, name.size()), Put16(&zip, 0);
    zip += name + packed;
    Put32(&dir, 0x02014b50);
    Put16(&dir, 20), Put16(&dir, 20), Put16(&dir, 0), Put16(&dir, deflate ? 8 : 0);
    Put16(&dir, 0), Put16(&dir, 0);
    Put32(&dir, crc), Put32(&dir, packed.size()), Put32(&dir, data.size());
    Put16(&dir, name.size()), Put16(&dir, 0), Put16(&dir, 0), Put16(&dir, 0), Put16(&dir, 0);
    Put32(&dir, 0), Put32(&dir, offset);
    dir += name;
  }
  const uint32_t dir_offset = zip.size();
  zip += dir;
  Put32(&zip, 0x06054b50);
  Put16(&zip, 0), Put16(&zip, 0), Put16(&zip, files.size()), Put16(&zip, files.size());
  Put32(&zip, dir.size()), Put32(&zip, dir_offset), Put16(&zip, 0);
  return zip;
}

TEST(ReadZip, StoredAndDeflatedMembers) {
  const std::string text = std::string(5000, 'A') + "\nIRAN_ [IRN]\n";
  for (bool deflate : {false, true}) {
    auto members = ReadZip(MakeZip({{"a.actors", text}, {"dir/b.agents", "X_ [~X]\n"}}, deflate), "t.zip");
    ASSERT_TRUE(members.ok()) << members.status();
    ASSERT_EQ(members->size(), 2u);
    EXPECT_EQ((*members)[0].name, "a.actors");
    EXPECT_EQ((*members)[0].data, text);
    EXPECT_EQ((*members)[1].name, "dir/b.agents");
    EXPECT_EQ((*members)[1].data, "X_ [~X]\n");
  }
}

TEST(ReadZip, CorruptArchivesAreNamedErrors) {
  std::string zip = MakeZip({{"a.actors", "IRAN_ [IRN]\n"}}, false);
  std::string bad_crc = zip;
  bad_crc[30 + 8] ^= 1;  // a byte of the stored data
  for (const std::string& bytes : {bad_crc, zip.substr(0, zip.size() / 2), std::string("PK"),
                                   std::string(100, '\0')}) {
    auto members = ReadZip(bytes, "broken.zip");
    ASSERT_FALSE(members.ok());
    EXPECT_NE(std::string(members.status().message()).find("broken.zip"), std::string::npos);
  }
}

TEST(ReadZip, TabariCountryInfo) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "skipped: ../shared not found";
  const std::string path = testing::SharedDir() + "/peers/tabari/dictionaries/CountryInfo.120116.actors.zip";
  std::ifstream in(path, std::ios::binary);
  if (!in) GTEST_SKIP() << "skipped: " << path << " not found";
  std::stringstream ss;
  ss << in.rdbuf();
  auto members = ReadZip(ss.str(), path);
  ASSERT_TRUE(members.ok()) << members.status();
  ASSERT_EQ(members->size(), 1u);
  EXPECT_EQ((*members)[0].name, "CountryInfo.120116.actors");
  EXPECT_EQ((*members)[0].data.size(), 1442865u);
}

}  // namespace
}  // namespace parley
