// Reads one cable and its child rows from the catalogue.
#include "cable_record.h"

#include <SQLiteCpp/Statement.h>

namespace cablecat {

namespace {

OptionalText optionalText(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getString();
}

std::optional<long long> findCableId(SQLite::Database& db, const std::string& refId) {
  // Exact (uses the unique index) first; NOCASE scans, so only as fallback.
  // A malformed ID WikiLeaks published finds the cable stored under the
  // canonical one.
  for (const char* sql : {"SELECT id FROM cables WHERE ref_id = ?",
                          "SELECT id FROM cables WHERE published_ref_id = ? ORDER BY id LIMIT 1",
                          "SELECT id FROM cables WHERE ref_id = ? COLLATE NOCASE ORDER BY id LIMIT 1"}) {
    SQLite::Statement query(db, sql);
    query.bind(1, refId);
    if (query.executeStep()) return query.getColumn(0).getInt64();
  }
  return std::nullopt;
}

void loadMetadata(SQLite::Database& db, long long id, CableRecord& record) {
  SQLite::Statement query(db, R"SQL(
    SELECT ref_id, ref_id_malformed, created, released, classification, origin, precedence, dtg,
           from_station, subject, decl, classified_by, signer, transmission_id, summary, header,
           body, section_count, is_partial, published_ref_id
    FROM cables_with_text WHERE id = ?)SQL");
  query.bind(1, static_cast<int64_t>(id));
  query.executeStep();
  record.ref_id = query.getColumn(0).getString();
  record.ref_id_malformed = query.getColumn(1).getInt() != 0;
  OptionalText* texts[] = {&record.created, &record.released, &record.classification, &record.origin,
                           &record.precedence, &record.dtg, &record.from_station, &record.subject,
                           &record.decl, &record.classified_by, &record.signer, &record.transmission_id,
                           &record.summary, &record.header, &record.body};
  int column = 2;
  for (OptionalText* text : texts) *text = optionalText(query.getColumn(column++));
  if (!query.getColumn(17).isNull()) record.section_count = query.getColumn(17).getInt64();
  record.is_partial = query.getColumn(18).getInt() != 0;
  record.published_ref_id = optionalText(query.getColumn(19));
}

template <typename RowReader>
void forEachRow(SQLite::Database& db, const char* sql, long long id, RowReader read) {
  SQLite::Statement query(db, sql);
  query.bind(1, static_cast<int64_t>(id));
  while (query.executeStep()) read(query);
}

}  // namespace

std::optional<CableRecord> loadCableRecord(SQLite::Database& db, const std::string& refId) {
  std::optional<long long> id = findCableId(db, refId);
  if (!id) return std::nullopt;
  CableRecord record;
  loadMetadata(db, *id, record);
  forEachRow(db, R"SQL(
      SELECT s.path, cs.format, cs.locator FROM cable_sources AS cs
      JOIN sources AS s ON s.id = cs.source_id WHERE cs.cable_id = ? ORDER BY s.id, cs.locator)SQL",
             *id, [&](SQLite::Statement& row) {
               record.sources.push_back({row.getColumn(0).getString(), row.getColumn(1).getString(),
                                         row.getColumn(2).getString()});
             });
  forEachRow(db, R"SQL(
      SELECT kind, routing_indicator, address, precedence, serial FROM recipients
      WHERE cable_id = ? ORDER BY position)SQL",
             *id, [&](SQLite::Statement& row) {
               record.recipients.push_back({row.getColumn(0).getString(), optionalText(row.getColumn(1)),
                                            optionalText(row.getColumn(3)), optionalText(row.getColumn(4)),
                                            row.getColumn(2).getString()});
             });
  forEachRow(db, "SELECT routing_indicator, address FROM exclusions WHERE cable_id = ? ORDER BY position",
             *id, [&](SQLite::Statement& row) {
               record.exclusions.push_back({optionalText(row.getColumn(0)), row.getColumn(1).getString()});
             });
  forEachRow(db, R"SQL(
      SELECT t.code, t.kind, ct.written FROM cable_tags AS ct JOIN tags AS t ON t.id = ct.tag_id
      WHERE ct.cable_id = ? ORDER BY ct.position)SQL",
             *id, [&](SQLite::Statement& row) {
               record.tags.push_back(
                   {row.getColumn(0).getString(), row.getColumn(1).getString(), optionalText(row.getColumn(2))});
             });
  forEachRow(db, R"SQL(
      SELECT letter, cited_ref_id, cited_subject, raw, kind, cited_cable_id IS NOT NULL
      FROM reference_links WHERE citing_cable_id = ? ORDER BY position)SQL",
             *id, [&](SQLite::Statement& row) {
               record.references.push_back({optionalText(row.getColumn(0)), optionalText(row.getColumn(1)),
                                            optionalText(row.getColumn(2)), row.getColumn(3).getString(),
                                            row.getColumn(4).getString(), row.getColumn(5).getInt() != 0});
             });
  SQLite::Statement citedBy(db, R"SQL(
      SELECT DISTINCT cited_by_ref_id, cited_by_created, cited_by_subject FROM cited_by
      WHERE ref_id = ? ORDER BY cited_by_created, cited_by_ref_id)SQL");
  citedBy.bind(1, record.ref_id);
  while (citedBy.executeStep())
    record.cited_by.push_back({citedBy.getColumn(0).getString(), optionalText(citedBy.getColumn(1)),
                               optionalText(citedBy.getColumn(2))});
  return record;
}

}  // namespace cablecat
