// Test fixtures write a cable as one row, header and body included, as
// `cables` stored it before schema 9. This trigger, on the connection only
// (TEMP), splits each row written to the view cables_with_text into `cables`
// and `cable_texts`, as the loader does.
#pragma once

#include <SQLiteCpp/Database.h>

namespace cablecat::test {

inline void acceptWholeCableRows(SQLite::Database& db) {
  db.exec(R"SQL(
    CREATE TEMP TRIGGER IF NOT EXISTS whole_cable_rows INSTEAD OF INSERT ON main.cables_with_text
    BEGIN
      INSERT INTO cables (id, ref_id, ref_id_malformed, created, released, classification, origin,
                          subject, summary, transmission_id, precedence, dtg, from_station,
                          section_count, is_partial, decl, classified_by, signer, content_hash,
                          published_ref_id)
      VALUES (NEW.id, NEW.ref_id, coalesce(NEW.ref_id_malformed, 0), NEW.created, NEW.released,
              NEW.classification, NEW.origin, NEW.subject, NEW.summary, NEW.transmission_id,
              NEW.precedence, NEW.dtg, NEW.from_station, NEW.section_count,
              coalesce(NEW.is_partial, 0), NEW.decl, NEW.classified_by, NEW.signer,
              NEW.content_hash, NEW.published_ref_id);
      INSERT INTO cable_texts (cable_id, header, body)
      VALUES (coalesce(NEW.id, last_insert_rowid()), NEW.header, NEW.body);
    END)SQL");
}

}  // namespace cablecat::test
