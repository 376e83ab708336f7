// Tests opening catalogue files for reading and writing.
#include "store/catalogue_file.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "store_test_support.h"
#include "support/older_catalogue.h"

namespace cablecat {
namespace {

using test::makeCatalogueAtVersion;
using test::TempCatalogue;

TEST(CatalogueFile, ReadingRefusesAMissingFile) {
  TempCatalogue catalogue;
  EXPECT_THROW(openCatalogueForReading(catalogue.path()), CatalogueError);
  EXPECT_FALSE(std::filesystem::exists(catalogue.path()));
}

TEST(CatalogueFile, ReadingRefusesANonCatalogueSqliteFile) {
  TempCatalogue catalogue;
  {
    SQLite::Database other(catalogue.path(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE cables (id INTEGER)");
  }
  EXPECT_THROW(openCatalogueForReading(catalogue.path()), CatalogueError);
  EXPECT_THROW(openCatalogueForWriting(catalogue.path()), CatalogueError);
}

TEST(CatalogueFile, RefusesANewerSchemaVersion) {
  TempCatalogue catalogue;
  {
    SQLite::Database db = openCatalogueForWriting(catalogue.path());
    db.exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1));
  }
  try {
    openCatalogueForReading(catalogue.path());
    FAIL() << "a newer catalogue was opened";
  } catch (const CatalogueError& error) {
    EXPECT_NE(std::string(error.what()).find("newer"), std::string::npos);
  }
  EXPECT_THROW(CatalogueWriter(catalogue.path(), {}), CatalogueError);
}

TEST(CatalogueFile, WritingAppliesEverySchemaFile) {
  TempCatalogue catalogue;
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), latestSchemaVersion());
  EXPECT_EQ(latestSchemaVersion(), 11);
  EXPECT_TRUE(db.tableExists("catalogue_settings"));
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_table_info('sources') "
                          "WHERE name IN ('digest', 'loader_build')").getInt(), 2);
  EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), kApplicationId);
}

std::vector<std::string> indexColumns(SQLite::Database& db, const std::string& index) {
  std::vector<std::string> columns;
  SQLite::Statement select(db, "SELECT name FROM pragma_index_info(?1) ORDER BY seqno");
  select.bind(1, index);
  while (select.executeStep()) columns.push_back(select.getColumn(0).getString());
  return columns;
}

TEST(CatalogueFile, Schema5GivesCreatedAndOriginIndexesASecondColumn) {
  TempCatalogue catalogue;
  makeCatalogueAtVersion(catalogue.path(), 4,
      "INSERT INTO cables (ref_id, content_hash) VALUES ('07ASTANA1', 'h')");
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), latestSchemaVersion());
  EXPECT_EQ(indexColumns(db, "cables_created"), (std::vector<std::string>{"created", "classification"}));
  EXPECT_EQ(indexColumns(db, "cables_origin"), (std::vector<std::string>{"origin", "created"}));
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cables").getInt(), 1);
}

TEST(CatalogueFile, Schema6KeepsTagsAndTheirUseAndAllowsKeywordsAndPublishedIds) {
  TempCatalogue catalogue;
  makeCatalogueAtVersion(catalogue.path(), 5);
  {
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA foreign_keys = ON;"
            "INSERT INTO cables (id, ref_id, content_hash) VALUES (7, '08MANAMA492', 'h');"
            "INSERT INTO tags (id, code, kind) VALUES (3, 'PGOV', 'subject'), (9, 'BH', 'geo');"
            "INSERT INTO cable_tags (cable_id, position, tag_id) VALUES (7, 1, 9), (7, 2, 3);");
    EXPECT_THROW(db.exec("INSERT INTO tags (code, kind) VALUES ('ECONOMIC AFFAIRS', 'keyword')"),
                 SQLite::Exception);
  }
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), latestSchemaVersion());
  EXPECT_EQ(db.execAndGet("SELECT group_concat(tag, ', ') FROM (SELECT t.id || ' ' || t.code AS tag"
                          " FROM cable_tags ct JOIN tags t ON t.id = ct.tag_id ORDER BY ct.position)")
                .getString(),
            "9 BH, 3 PGOV");
  db.exec("INSERT INTO tags (code, kind) VALUES ('ECONOMIC AFFAIRS', 'keyword')");
  EXPECT_THROW(db.exec("INSERT INTO tags (code, kind) VALUES ('X', 'nonsense')"), SQLite::Exception);
  EXPECT_THROW(db.exec("INSERT INTO tags (code, kind) VALUES ('PGOV', 'subject')"), SQLite::Exception);
  db.exec("UPDATE cables SET published_ref_id = '08ECTION01OF02MANAMA492'");
  EXPECT_EQ(db.execAndGet("SELECT ref_id FROM cables WHERE published_ref_id = '08ECTION01OF02MANAMA492'")
                .getString(), "08MANAMA492");
  // The copy left no dangling reference and foreign keys are on again.
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt(), 0);
  EXPECT_EQ(db.execAndGet("PRAGMA foreign_keys").getInt(), 1);
  EXPECT_THROW(db.exec("DELETE FROM tags WHERE code = 'BH'"), SQLite::Exception);
}

std::string fullTextDefinition(SQLite::Database& db) {
  return db.execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'cables_fts'").getString();
}

TEST(CatalogueFile, Schema7MakesTheFullTextIndexOfOlderCataloguesDetectableWithoutARebuild) {
  TempCatalogue fresh("fresh");
  std::string newDefinition = [&] {
    SQLite::Database db = openCatalogueForWriting(fresh.path());
    return fullTextDefinition(db);
  }();
  TempCatalogue catalogue;
  makeCatalogueAtVersion(catalogue.path(), 6);
  std::string indexBefore;
  int cookieBefore = 0;
  {
    // The definition as schema/001 wrote it up to version 6.
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
    db.exec(R"SQL(
      PRAGMA writable_schema = ON;
      UPDATE sqlite_schema SET sql = replace(sql, 'content="cables", content_rowid="id"',
                                             'content = ''cables'', content_rowid = ''id''')
      WHERE name = 'cables_fts';
      PRAGMA writable_schema = RESET;)SQL");
    ASSERT_NE(fullTextDefinition(db).find("content = 'cables', content_rowid = 'id'"), std::string::npos);
    db.exec("INSERT INTO cables (id, ref_id, subject, content_hash) VALUES (1, '07ASTANA1', 'Kashagan field', 'h');"
            "INSERT INTO cables_fts (cables_fts) VALUES ('rebuild')");
    indexBefore = db.execAndGet("SELECT group_concat(hex(block)) FROM cables_fts_data").getString();
    cookieBefore = db.execAndGet("PRAGMA schema_version").getInt();
  }
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  EXPECT_EQ(fullTextDefinition(db), newDefinition);
  EXPECT_NE(newDefinition.find(R"(content="cables")"), std::string::npos);  // what sqlite-utils looks for
  // The same index, still answering; the cookie moved, so other connections
  // read the schema again.
  EXPECT_EQ(db.execAndGet("SELECT group_concat(hex(block)) FROM cables_fts_data").getString(), indexBefore);
  EXPECT_EQ(db.execAndGet("SELECT rowid FROM cables_fts WHERE cables_fts MATCH 'kashagan'").getInt(), 1);
  EXPECT_GT(db.execAndGet("PRAGMA schema_version").getInt(), cookieBefore);
  EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
  db.exec("INSERT INTO cables_fts (cables_fts) VALUES ('integrity-check')");
  EXPECT_FALSE(db.tableExists("schema_007_done"));
}

TEST(CatalogueFile, Schema8GivesClassificationAndAddressIndexesASecondColumnAndShipsStatistics) {
  TempCatalogue catalogue;
  makeCatalogueAtVersion(catalogue.path(), 7);
  {
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
    // As schema/002 made them before version 8.
    db.exec("CREATE INDEX cables_classification ON cables(classification);"
            "CREATE INDEX recipients_address ON recipients(address);");
    db.exec("INSERT INTO cables (id, ref_id, created, classification, origin, precedence, content_hash) VALUES"
            " (1, '07ASTANA1', '2007-08-27T10:01', 'SECRET', 'Embassy Astana', 'ROUTINE', 'h1'),"
            " (2, '07ASTANA2', '2007-09-01T08:00', 'CONFIDENTIAL', 'Embassy Astana', 'PRIORITY', 'h2');"
            "INSERT INTO recipients (cable_id, position, kind, address) VALUES"
            " (1, 1, 'to', 'SECSTATE WASHDC'), (1, 2, 'info', 'AMEMBASSY MOSCOW'), (2, 1, 'to', 'SECSTATE WASHDC');");
  }
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), latestSchemaVersion());
  EXPECT_EQ(indexColumns(db, "cables_classification"), (std::vector<std::string>{"classification", "origin"}));
  EXPECT_EQ(indexColumns(db, "recipients_address"), (std::vector<std::string>{"address", "kind"}));
  // An index on an expression lists it as no column (NULL): "".
  EXPECT_EQ(indexColumns(db, "cables_year"), (std::vector<std::string>{"", "classification", "created"}));
  EXPECT_EQ(indexColumns(db, "cables_precedence"), (std::vector<std::string>{"precedence"}));
  // The planner's statistics count what the catalogue held.
  EXPECT_EQ(db.execAndGet("SELECT stat FROM sqlite_stat1 WHERE idx = 'cables_classification'").getString(),
            "2 1 1");
  EXPECT_EQ(db.execAndGet("SELECT stat FROM sqlite_stat1 WHERE idx = 'recipients_address'").getString(),
            "3 2 2");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cables").getInt(), 2);
  EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
}

std::string indexDefinitions(SQLite::Database& db) {
  return db.execAndGet("SELECT group_concat(name || ':' || sql, char(10)) FROM "
                       "(SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name)").getString();
}

TEST(CatalogueFile, IndexFilesAppliedTwiceChangeNothing) {
  TempCatalogue catalogue;
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  std::string before = indexDefinitions(db);
  for (const EmbeddedFile& file : schemaFiles())
    if (file.name.starts_with("008") || file.name.starts_with("010")) db.exec(std::string(file.content));
  EXPECT_EQ(indexDefinitions(db), before);
}

TEST(CatalogueFile, Schema9MovesTheTextOutOfCablesAndKeepsEverythingElse) {
  TempCatalogue catalogue;
  makeCatalogueAtVersion(catalogue.path(), 8,
      "INSERT INTO cables (id, ref_id, created, classification, origin, subject, summary, header, body,"
      " content_hash, published_ref_id) VALUES"
      " (4, '07ASTANA1', '2007-08-27T10:01', 'SECRET', 'Embassy Astana', 'Kashagan field', NULL,"
      "  'VZCZCXRO1', 'The Kashagan consortium met the minister.', 'h1', NULL),"
      " (9, '08MANAMA492', '2008-05-01T09:00', 'CONFIDENTIAL', 'Embassy Manama', 'Financiers',"
      "  'Summary: Treasury acted.', NULL, 'Treasury designated financiers.', 'h2',"
      "  '08ECTION01OF02MANAMA492');"
      "INSERT INTO recipients (cable_id, position, kind, address) VALUES (4, 1, 'to', 'SECSTATE WASHDC');"
      "INSERT INTO refs (cable_id, position, raw, ref_id, kind) VALUES (9, 1, 'ASTANA 1', '07ASTANA1', 'cable');"
      "INSERT INTO cables_fts (cables_fts) VALUES ('rebuild');");
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), latestSchemaVersion());
  std::vector<std::string> columns = test::dumpRows(db, "SELECT name FROM pragma_table_info('cables')");
  EXPECT_EQ(std::count(columns.begin(), columns.end(), "body") + std::count(columns.begin(), columns.end(), "header"), 0);
  EXPECT_EQ(test::dumpRows(db, "SELECT name FROM pragma_table_info('cable_texts') ORDER BY cid"),
            (std::vector<std::string>{"cable_id", "header", "body"}));
  // Same ids and values, the text beside them.
  EXPECT_EQ(test::dumpRows(db, "SELECT id, ref_id, created, classification, origin, subject, summary, header, body,"
                               " content_hash, published_ref_id FROM cables_with_text ORDER BY id"),
            (std::vector<std::string>{
                "4|07ASTANA1|2007-08-27T10:01|SECRET|Embassy Astana|Kashagan field|NULL|VZCZCXRO1|"
                "The Kashagan consortium met the minister.|h1|NULL",
                "9|08MANAMA492|2008-05-01T09:00|CONFIDENTIAL|Embassy Manama|Financiers|Summary: Treasury acted.|"
                "NULL|Treasury designated financiers.|h2|08ECTION01OF02MANAMA492"}));
  EXPECT_EQ(db.execAndGet("SELECT cited_ref_id || ' ' || cited_cable_id FROM reference_links").getString(), "07ASTANA1 4");
  // The full-text index answers, and reads the text it shows through the view.
  EXPECT_EQ(db.execAndGet("SELECT highlight(cables_fts, 2, '[', ']') FROM cables_fts WHERE cables_fts MATCH 'consortium'")
                .getString(),
            "The Kashagan [consortium] met the minister.");
  db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('integrity-check', 1)");
  EXPECT_NE(fullTextDefinition(db).find(R"(content="cables")"), std::string::npos);  // what sqlite-utils looks for
  // Every index of cables is back, with its statistics; children still point at their cables.
  for (const char* index : {"cables_created", "cables_origin", "cables_classification", "cables_year", "cables_month",
                            "cables_precedence", "cables_published_ref_id"})
    EXPECT_FALSE(indexColumns(db, index).empty()) << index;
  EXPECT_EQ(db.execAndGet("SELECT stat FROM sqlite_stat1 WHERE idx = 'cables_origin'").getString(), "2 1 1");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'cable_texts'").getInt(), 0);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt(), 0);
  EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_FALSE(db.tableExists("cables_009"));
  EXPECT_FALSE(db.tableExists("schema_009_done"));
  EXPECT_THROW(db.exec("INSERT INTO cable_texts (cable_id, body) VALUES (77, 'no such cable')"), SQLite::Exception);
}

// The INSERTs the loader runs into each child table, one row each.
const char* const kChildInserts[] = {
    "INSERT INTO refs (cable_id, position, raw, ref_id, kind) VALUES (1, 1, 'ASTANA 1', '07ASTANA1', 'cable')",
    "INSERT INTO tags (code, kind) VALUES ('PGOV', 'subject')",
    "INSERT INTO load_issues (path, severity, message) VALUES ('in.csv', 'warning', 'odd')",
    "INSERT INTO recipients (cable_id, position, kind, address) VALUES (1, 1, 'to', 'SECSTATE WASHDC')",
    "INSERT INTO cable_tags (cable_id, position, tag_id) VALUES (1, 1, 1)"};

bool buildsTemporaryTable(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement explain(db, "EXPLAIN " + sql);
  while (explain.executeStep())
    if (explain.getColumn(1).getString() == "OpenEphemeral") return true;
  return false;
}

// An IN list of more than two values in a CHECK makes SQLite build a
// temporary b-tree at every run of an INSERT (50,000 instructions): schema
// 11 writes those constraints as comparisons.
TEST(CatalogueFile, InsertsIntoChildTablesBuildNoTemporaryTable) {
  TempCatalogue catalogue;
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  for (const char* insert : kChildInserts) EXPECT_FALSE(buildsTemporaryTable(db, insert)) << insert;
}

TEST(CatalogueFile, Schema11RewritesTheCheckListsOfAnOlderCatalogue) {
  TempCatalogue catalogue;
  makeCatalogueAtVersion(catalogue.path(), 10,
      "INSERT INTO cables (id, ref_id, content_hash) VALUES (1, '07ASTANA2', 'h');"
      "INSERT INTO refs (cable_id, position, raw, ref_id, kind) VALUES (1, 1, 'ASTANA 1', '07ASTANA1', 'cable');"
      "CREATE INDEX refs_raw ON refs(raw);");  // a user's index stays
  // Another program's connection, open across the migration. Read-write: a
  // read-only connection does not code the CHECK constraints at all.
  SQLite::Database other(catalogue.path(), SQLite::OPEN_READWRITE);
  EXPECT_TRUE(buildsTemporaryTable(other, kChildInserts[0]));  // what the test is about
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  // Its next statement reads the new definitions, so its own schema change
  // edits the new text.
  EXPECT_EQ(other.execAndGet("SELECT count(*) FROM refs").getInt(), 1);
  EXPECT_FALSE(buildsTemporaryTable(other, kChildInserts[0]));
  other.exec("ALTER TABLE refs ADD COLUMN note TEXT");
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), 11);
  for (const char* insert : kChildInserts) EXPECT_FALSE(buildsTemporaryTable(db, insert)) << insert;
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name IN ('refs', 'tags', 'load_issues') "
                          "AND sql LIKE '% IN (%'").getInt(), 0);
  // The same values pass, the same are refused, and nothing else changed.
  db.exec("INSERT INTO refs (cable_id, position, raw, kind) VALUES (1, 2, 'State email', 'email')");
  EXPECT_THROW(db.exec("INSERT INTO refs (cable_id, position, raw, kind) VALUES (1, 3, 'x', 'letter')"),
               SQLite::Exception);
  EXPECT_THROW(db.exec("INSERT INTO tags (code, kind) VALUES ('PGOV', 'topic')"), SQLite::Exception);
  EXPECT_THROW(db.exec("INSERT INTO load_issues (path, severity, message) VALUES ('a', 'fatal', 'm')"),
               SQLite::Exception);
  EXPECT_EQ(db.execAndGet("SELECT group_concat(kind) FROM refs").getString(), "cable,email");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_table_info('refs') WHERE name = 'note'").getInt(), 1);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'refs_raw'").getInt(), 1);
  EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
}

// A catalogue of schema 8 with one cable and `userSql` run on it: opening
// it for writing must fail with a message naming each of `named`, and leave
// it at schema 8, text in `cables`.
void expectSchema9Refused(const std::string& userSql, const std::vector<std::string>& named) {
  TempCatalogue catalogue;
  makeCatalogueAtVersion(catalogue.path(), 8,
      "INSERT INTO cables (id, ref_id, body, content_hash) VALUES (3, '07ASTANA1', 'Text', 'h');" + userSql);
  try {
    openCatalogueForWriting(catalogue.path());
    ADD_FAILURE() << "the migration went through";
  } catch (const CatalogueError& error) {
    std::string message = error.what();
    for (const std::string& name : named) EXPECT_NE(message.find(name), std::string::npos) << name << " in: " << message;
  }
  SQLite::Database db(catalogue.path(), SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), 8);
  EXPECT_EQ(db.execAndGet("SELECT body FROM cables").getString(), "Text");
  EXPECT_FALSE(db.tableExists("cable_texts"));
}

// Schema 9 rebuilds `cables` without its text. What a user of sqlite-utils
// or Datasette added to it (a column, an index, a trigger) would not survive
// that: the migration refuses, names each, and changes nothing.
TEST(CatalogueFile, Schema9RefusesToDropWhatAUserAddedToCables) {
  expectSchema9Refused("ALTER TABLE cables ADD COLUMN my_note TEXT;"
                       "CREATE INDEX my_notes ON cables(my_note);"
                       "CREATE TABLE my_log (ref_id TEXT);"
                       "CREATE TRIGGER my_trigger AFTER UPDATE OF my_note ON cables "
                       "BEGIN INSERT INTO my_log VALUES (NEW.ref_id); END;",
                       {"column my_note", "index my_notes", "trigger my_trigger", "cable_texts"});
}

// A user's view of `cables` stops the rebuild with SQLite's message naming
// it, and the catalogue stays as it was.
TEST(CatalogueFile, Schema9StopsOnAUserViewOfCablesAndChangesNothing) {
  expectSchema9Refused("CREATE VIEW my_bodies AS SELECT ref_id, body FROM cables;", {"my_bodies"});
}

TEST(CatalogueFile, ReadOnlyConnectionCannotDelete) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), {test::makeCable("07ASTANA1")}, "a.csv", "csv");
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_THROW(db.exec("DELETE FROM cables"), SQLite::Exception);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cables").getInt(), 1);
}

}  // namespace
}  // namespace cablecat
