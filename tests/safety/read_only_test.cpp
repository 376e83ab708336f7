// Issue 15, items 5 and 6: read verbs write no file (not the catalogue, not
// its -wal, not another one), and read a catalogue on read-only media.
#include <gtest/gtest.h>
#include <SQLiteCpp/Database.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"
#include "support/older_catalogue.h"

using cablecat::test::CommandResult;
using cablecat::test::runCablecat;
using cablecat::test::TemporaryFolder;

namespace {

const std::string kArchive = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";

}  // namespace

TEST(ReadVerbsWriteNothing, VacuumIntoAttachAndJournalPragmasAreRefused) {
  TemporaryFolder folder("cablecat-vacuum");
  std::string db = folder.file("catalogue.db");
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, kArchive}).exit_code, 0);
  std::string before = cablecat::test::catalogueSnapshot(db);
  for (const std::string& sql : {"VACUUM INTO '" + folder.file("copy.db") + "'", "VACUUM INTO '" + db + "-wal'",
                                 "ATTACH '" + folder.file("other.db") + "' AS other",
                                 std::string("PRAGMA journal_mode = DELETE")}) {
    CommandResult result = runCablecat({"query", "--db", db, sql});
    EXPECT_EQ(result.exit_code, 1) << sql;
    EXPECT_NE(result.err.find("query never writes"), std::string::npos) << result.err;
  }
  EXPECT_FALSE(std::filesystem::exists(folder.file("copy.db")));
  EXPECT_FALSE(std::filesystem::exists(folder.file("other.db")));
  EXPECT_LE(std::filesystem::exists(db + "-wal") ? std::filesystem::file_size(db + "-wal") : 0u, 0u);
  EXPECT_EQ(cablecat::test::catalogueSnapshot(db), before);
}

TEST(ReadOnlyMedia, EveryReadVerbReadsACatalogueOnReadOnlyMedia) {
  TemporaryFolder folder("cablecat-readonly");
  std::string source = folder.file("source"), media = folder.file("media");
  std::filesystem::create_directories(source);
  std::filesystem::create_directories(media);
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", source + "/catalogue.db", kArchive}).exit_code, 0);
  ASSERT_FALSE(std::filesystem::exists(source + "/catalogue.db-shm"));  // as copied to a CD
  bool mounted = false;
  if (geteuid() == 0) {
    mounted = mount(source.c_str(), media.c_str(), nullptr, MS_BIND, nullptr) == 0 &&
              mount(nullptr, media.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0;
    if (!mounted) GTEST_SKIP() << "cannot bind-mount read-only here (" << std::strerror(errno) << "); skipped";
  } else {
    // Not root: a copy nobody may write stands in for the media.
    std::filesystem::remove(media);
    std::filesystem::copy(source, media, std::filesystem::copy_options::recursive);
    chmod((media + "/catalogue.db").c_str(), 0444);
    chmod(media.c_str(), 0555);
  }
  std::string db = media + "/catalogue.db";
  for (const std::vector<std::string>& verb : std::vector<std::vector<std::string>>{
           {"query", "SELECT count(*) FROM cables"}, {"search", "mazhilis"}, {"show", "07ASTANA2327"},
           {"report", "top-tags"}, {"stats"}, {"check"}, {"export-graph"}}) {
    std::vector<std::string> arguments{verb[0], "--db", db};
    arguments.insert(arguments.end(), verb.begin() + 1, verb.end());
    CommandResult result = runCablecat(arguments);
    EXPECT_EQ(result.exit_code, 0) << verb[0] << ": " << result.err;
    EXPECT_FALSE(result.out.empty()) << verb[0];
  }
  EXPECT_FALSE(std::filesystem::exists(db + "-shm"));
  if (mounted) {
    umount2(media.c_str(), MNT_DETACH);
  } else {
    chmod(media.c_str(), 0755);
  }
}

// A catalogue made before schema 9 keeps the text in `cables`: the read
// verbs read it there, through a view of their own connection, and leave the
// file as it was (only a load brings it to the new schema).
TEST(OlderCatalogues, ReadVerbsReadTheTextOfACatalogueMadeBeforeSchema9) {
  TemporaryFolder folder("cablecat-schema8");
  std::string db = folder.file("catalogue.db");
  cablecat::test::makeCatalogueAtVersion(db, 8,
      "INSERT INTO cables (id, ref_id, created, subject, header, body, content_hash) VALUES"
      " (1, '07ASTANA1', '2007-08-27T10:01', 'KASHAGAN', 'VZCZCXRO1',"
      "  'The consortium met the minister.', 'h1');"
      "INSERT INTO cables_fts (cables_fts) VALUES ('rebuild');");
  std::string before = cablecat::test::catalogueSnapshot(db);
  CommandResult show = runCablecat({"show", "--db", db, "07ASTANA1"});
  EXPECT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("The consortium met the minister."), std::string::npos) << show.out;
  CommandResult search = runCablecat({"search", "--db", db, "consortium"});
  EXPECT_EQ(search.exit_code, 0) << search.err;
  EXPECT_NE(search.out.find("[consortium]"), std::string::npos) << search.out;
  CommandResult query = runCablecat({"query", "--db", db, "--no-headers", "SELECT header FROM cables_with_text"});
  EXPECT_EQ(query.out, "VZCZCXRO1\n") << query.err;
  EXPECT_EQ(runCablecat({"check", "--db", db}).exit_code, 0);
  EXPECT_EQ(cablecat::test::catalogueSnapshot(db), before);
}
