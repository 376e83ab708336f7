// SQL of the writer's prepared statements.
#include "writer_statements.h"

namespace cablecat {

namespace {

constexpr const char* kCableColumns =
    "ref_id, ref_id_malformed, created, released, classification, origin, subject, summary, "
    "transmission_id, precedence, dtg, from_station, section_count, is_partial, decl, "
    "classified_by, signer, header, body, published_ref_id, content_hash";

std::string insertCableSql() {
  std::string sql = std::string("INSERT INTO cables (") + kCableColumns + ") VALUES (";
  for (int column = 1; column <= kCableColumnCount; ++column)
    sql += (column > 1 ? ", ?" : "?") + std::to_string(column);
  return sql + ")";
}

}  // namespace

WriterStatements::WriterStatements(SQLite::Database& db)
    : insertCable(db, insertCableSql()),
      replaceCable(db,
                   "UPDATE cables SET ref_id = ?1, ref_id_malformed = ?2, "
                   "created = coalesce(?3, created), released = coalesce(?4, released), "
                   "classification = coalesce(?5, classification), origin = coalesce(?6, origin), "
                   "subject = coalesce(?7, subject), summary = ?8, transmission_id = ?9, "
                   "precedence = ?10, dtg = ?11, from_station = ?12, section_count = ?13, "
                   "is_partial = ?14, decl = ?15, classified_by = ?16, signer = ?17, "
                   "header = ?18, body = ?19, published_ref_id = coalesce(?20, published_ref_id), "
                   "content_hash = ?21 WHERE id = ?22"),
      fillCable(db,
                "UPDATE cables SET created = coalesce(created, ?1), "
                "released = coalesce(released, ?2), classification = coalesce(classification, ?3), "
                "origin = coalesce(origin, ?4), subject = coalesce(subject, ?5), "
                "published_ref_id = coalesce(published_ref_id, ?6) WHERE id = ?7"),
      findCable(db,
                "SELECT c.id, c.content_hash, "
                "(c.created IS NULL) + 2 * (c.released IS NULL) + 4 * (c.classification IS NULL) + "
                "8 * (c.origin IS NULL) + 16 * (c.subject IS NULL) + 32 * (c.published_ref_id IS NULL), "
                "(SELECT group_concat(s.format) FROM cable_sources AS s "
                " WHERE s.cable_id = c.id AND s.content_hash = c.content_hash) "
                "FROM cables AS c WHERE c.ref_id = ?1"),
      selectRankText(db, "SELECT is_partial, header, body FROM cables WHERE id = ?1"),
      selectIndexedText(db, "SELECT subject, summary, body FROM cables WHERE id = ?1"),
      deleteRecipients(db, "DELETE FROM recipients WHERE cable_id = ?1"),
      deleteExclusions(db, "DELETE FROM exclusions WHERE cable_id = ?1"),
      deleteCableTags(db, "DELETE FROM cable_tags WHERE cable_id = ?1"),
      deleteRefs(db, "DELETE FROM refs WHERE cable_id = ?1"),
      deleteListedRefs(db, "DELETE FROM listed_refs WHERE cable_id = ?1"),
      insertExclusion(db,
                      "INSERT INTO exclusions (cable_id, position, routing_indicator, address) "
                      "VALUES (?1, ?2, ?3, ?4)"),
      insertRecipients(db,
                       "INSERT INTO recipients (cable_id, position, kind, routing_indicator, "
                       "address, precedence, serial)",
                       7),
      insertCableTags(db, "INSERT INTO cable_tags (cable_id, tag_id, position, written)", 4),
      insertRefs(db, "INSERT INTO refs (cable_id, position, letter, raw, ref_id, kind)", 6),
      insertListedRefs(db, "INSERT INTO listed_refs (cable_id, position, ref_id)", 3),
      insertTag(db, "INSERT OR IGNORE INTO tags (code, kind) VALUES (?1, ?2)"),
      selectTagId(db, "SELECT id FROM tags WHERE code = ?1"),
      selectListedRefs(db, "SELECT ref_id FROM listed_refs WHERE cable_id = ?1 ORDER BY position"),
      upsertCableSource(db,
                        "INSERT INTO cable_sources (cable_id, source_id, locator, format, "
                        "content_hash) VALUES (?1, ?2, ?3, ?4, ?5) "
                        "ON CONFLICT (cable_id, source_id, locator) DO UPDATE SET "
                        "format = excluded.format, content_hash = excluded.content_hash"),
      insertSource(db, "INSERT INTO sources (path, format, loaded_at, digest, loader_build) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)"),
      completeSource(db,
                     "UPDATE sources SET size = ?2, cables_read = ?3, issues = ?4, "
                     "fingerprint = ?5, loaded_at = ?6 WHERE id = ?1"),
      findSameSource(db,
                     "SELECT id FROM sources WHERE path = ?1 AND format = ?2 AND size = ?3 AND "
                     "fingerprint = ?4 AND id <> ?5"),
      findInterruptedSources(
          db,
          // Earlier loads of this file that never completed and saw nothing
          // this load did not see again (same cable, place and text).
          "SELECT s.id FROM sources AS s WHERE s.path = ?1 AND s.format = ?2 AND "
          "s.fingerprint IS NULL AND s.id <> ?3 AND NOT EXISTS ("
          " SELECT 1 FROM cable_sources AS early WHERE early.source_id = s.id AND NOT EXISTS ("
          "  SELECT 1 FROM cable_sources AS again WHERE again.cable_id = early.cable_id AND "
          "  again.source_id = ?3 AND again.locator = early.locator AND "
          "  again.content_hash = early.content_hash))"),
      deleteIssuesOfSource(db, "DELETE FROM load_issues WHERE source_id = ?1"),
      deleteSource(db, "DELETE FROM sources WHERE id = ?1"),
      deleteCableSourcesOfSource(db, "DELETE FROM cable_sources WHERE source_id = ?1"),
      insertIssue(db,
                  "INSERT INTO load_issues (source_id, path, locator, ref_id, severity, message) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
      findSourcelessIssue(db,
                          "SELECT 1 FROM load_issues WHERE source_id IS NULL AND path = ?2 AND "
                          "locator IS ?3 AND ref_id IS ?4 AND severity = ?5 AND message = ?6"),
      ftsInsert(db, "INSERT INTO cables_fts (rowid, subject, summary, body) VALUES (?1, ?2, ?3, ?4)"),
      ftsDeleteStored(db,
                      "INSERT INTO cables_fts (cables_fts, rowid, subject, summary, body) "
                      "SELECT 'delete', id, subject, summary, body FROM cables WHERE id = ?1"),
      ftsInsertStored(db,
                      "INSERT INTO cables_fts (rowid, subject, summary, body) "
                      "SELECT id, subject, summary, body FROM cables WHERE id = ?1") {}

}  // namespace cablecat
