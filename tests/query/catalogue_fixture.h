// A small catalogue built with plain SQL (schema/001, 009), shared by the query and
// cli tests: 5 cables with recipients, tags, references that resolve and that
// do not, listed_refs that disagree, sources, load issues and the FTS index.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <string>

#include "store/catalogue_file.h"
#include "support/temporary_folder.h"
#include "support/whole_cable_rows.h"

namespace cablecat::test {

// Cables (id, ref_id):
//   1 07ASTANA2327  cites 07ASTANA1558 (in catalogue), 07STATE98765 (not), an e-mail
//   2 07ASTANA1558  cited by 1 and 4; no references
//   3 08ALMATY123   no recipients; cites 08MOSCOW456 (station not in catalogue)
//   4 08STATE5000   cites 07ASTANA1558; has an XMT exclusion
//   5 7575LIBREVILLE1895  malformed ID; a cable reference without ref_id; odd tag
inline constexpr const char* kFixtureSql = R"SQL(
INSERT INTO sources (id, path, format, size, loaded_at, cables_read, issues) VALUES
  (1, 'archive/astana-2007-08.txt', 'archive', 52000, '2026-11-28T10:00:00', 3, 1),
  (2, 'csv/cables_tiny.csv', 'csv', 9000, '2026-11-28T10:05:00', 2, 2);

INSERT INTO cables_with_text (id, ref_id, ref_id_malformed, created, released, classification, origin,
  subject, summary, transmission_id, precedence, dtg, from_station, section_count, is_partial,
  decl, classified_by, signer, header, body, content_hash) VALUES
 (1, '07ASTANA2327', 0, '2007-08-27T10:01', '2011-08-30T01:44', 'UNCLASSIFIED', 'Embassy Astana',
  'KAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY VOTE',
  'The Central Election Commission says it is ready for the August 18 vote.',
  'VZCZCXRO1141', 'PRIORITY', '2007-08-27T10:01Z', 'AMEMBASSY ASTANA', 2, 0,
  'N/A', NULL, 'ORDWAY',
  'VZCZCXRO1141
PP RUEHC
DE RUEHTA #2327/01 2391001', '1. (U) Summary: The Central Election Commission says it is ready for the August 18 vote. End summary.
2. (U) Observers from the OSCE arrived in Astana to watch the election.
ORDWAY', 'h1'),
 (2, '07ASTANA1558', 0, '2007-06-12T08:30', '2011-08-30T01:44', 'CONFIDENTIAL', 'Embassy Astana',
  'KAZAKHSTAN: OIL PIPELINE TALKS STALL', NULL,
  'VZCZCXRO0001', 'ROUTINE', '2007-06-12T08:30Z', 'AMEMBASSY ASTANA', NULL, 0,
  '2017-06-12', 'Amb. John Ordway, reasons 1.4 (B) and (D)', 'ORDWAY',
  'VZCZCXRO0001', '1. (C) Talks on the Caspian oil pipeline stalled again over tariffs.
ORDWAY', 'h2'),
 (3, '08ALMATY123', 0, '2008-01-15T06:00', '2011-08-30T01:44', 'SECRET//NOFORN', 'Consulate Almaty',
  'NAZARBAYEV MEETS RUSSIAN ENVOY ON GAS PRICES', NULL,
  NULL, 'IMMEDIATE', '2008-01-15T06:00Z', 'AMCONSUL ALMATY', NULL, 1,
  '2018-01-15', NULL, NULL,
  NULL, '1. (S/NF) The president discussed gas prices with the Russian envoy, who cited Moscow 456.', 'h3'),
 (4, '08STATE5000', 0, '2008-01-20T15:00', '2011-08-30T01:44', 'UNCLASSIFIED', 'Secretary of State',
  'DEMARCHE ON CASPIAN PIPELINE', NULL,
  NULL, 'IMMEDIATE', '2008-01-20T15:00Z', 'SECSTATE WASHDC', NULL, 0,
  NULL, NULL, 'RICE',
  NULL, '1. Embassy should deliver the points on the pipeline and oil transit.
RICE', 'h4'),
 (5, '7575LIBREVILLE1895', 1, '2008-02-02T09:00', '2011-08-30T01:44', 'CONFIDENTIAL', 'Embassy Libreville',
  'GABON: "OIL, GAS" AND THE BUDGET', NULL,
  NULL, 'ROUTINE', NULL, 'AMEMBASSY LIBREVILLE', NULL, 0,
  NULL, NULL, NULL,
  NULL, '1. (C) Oil revenue | budget & spending.', 'h5');

INSERT INTO recipients (cable_id, position, kind, routing_indicator, address, precedence, serial) VALUES
 (1, 1, 'to', 'RUEHC', 'SECSTATE WASHDC', 'PRIORITY', '0482'),
 (1, 2, 'info', 'RUEHAST', 'USOFFICE ALMATY', NULL, NULL),
 (1, 3, 'info', 'RUEHMO', 'AMEMBASSY MOSCOW', NULL, '0033'),
 (2, 1, 'to', 'RUEHC', 'SECSTATE WASHDC', NULL, '0101'),
 (4, 1, 'to', 'RUEHTA', 'AMEMBASSY ASTANA', 'IMMEDIATE', '5001'),
 (4, 2, 'info', 'RUEHMO', 'AMEMBASSY MOSCOW', NULL, '5002'),
 (5, 1, 'to', NULL, 'SECSTATE WASHDC', NULL, '0007');

INSERT INTO exclusions (cable_id, position, routing_indicator, address) VALUES
 (4, 1, NULL, 'AMCONSUL ALMATY');

INSERT INTO tags (id, code, kind) VALUES
 (1, 'PGOV', 'subject'), (2, 'KZ', 'geo'), (3, 'KDEM', 'program'), (4, 'EPET', 'subject'),
 (5, 'PREL', 'subject'), (6, 'NAZARBAYEV, NURSULTAN', 'person'), (7, 'GB', 'geo'),
 (8, 'PGOVPREL', 'subject'), (9, 'ECON', 'geo');

INSERT INTO cable_tags (cable_id, tag_id, position) VALUES
 (1, 1, 1), (1, 2, 2), (1, 3, 3),
 (2, 4, 1), (2, 2, 2),
 (3, 5, 1), (3, 2, 2), (3, 6, 3),
 (4, 5, 1), (4, 4, 2), (4, 2, 3),
 (5, 8, 1), (5, 7, 2), (5, 9, 3);

INSERT INTO refs (cable_id, position, letter, raw, ref_id, kind) VALUES
 (1, 1, 'A', 'ASTANA 1558', '07ASTANA1558', 'cable'),
 (1, 2, 'B', 'STATE 98765', '07STATE98765', 'cable'),
 (1, 3, 'C', 'EMAIL FROM POL/ECON 08/20/07', NULL, 'email'),
 (3, 1, 'A', 'MOSCOW 456', '08MOSCOW456', 'cable'),
 (4, 1, 'A', 'ASTANA 1558', '07ASTANA1558', 'cable'),
 (4, 2, 'B', 'STATE 98765', '07STATE98765', 'cable'),
 (5, 1, 'A', 'LIBREVILLE 18XX', NULL, 'cable');

INSERT INTO listed_refs (cable_id, position, ref_id) VALUES
 (1, 1, '07ASTANA1558'), (1, 2, '07ALMATY4353'),
 (4, 1, '07ASTANA1558'), (4, 2, '07STATE98765');

INSERT INTO cable_sources (cable_id, source_id, locator, format, content_hash) VALUES
 (1, 1, 'line 12', 'archive', 'h1'), (1, 2, 'row 3', 'csv', 'h1'),
 (2, 1, 'line 140', 'archive', 'h2'), (3, 1, 'line 300', 'archive', 'h3'),
 (4, 2, 'row 7', 'csv', 'h4'), (5, 2, 'row 9', 'csv', 'h5');

INSERT INTO load_issues (id, source_id, path, locator, ref_id, severity, message) VALUES
 (1, 1, 'archive/astana-2007-08.txt', 'line 512', NULL, 'error', 'no metadata line after title'),
 (2, 2, 'csv/cables_tiny.csv', 'row 9', '7575LIBREVILLE1895', 'warning', 'malformed reference ID kept as written'),
 (3, 2, 'csv/cables_tiny.csv', 'row 11', '08STATE5001', 'warning', 'unterminated quoted field');

INSERT INTO cables_fts(cables_fts) VALUES('rebuild');
)SQL";

// A fresh catalogue file with the fixture rows; removed when it goes out of scope.
class FixtureCatalogue {
 public:
  FixtureCatalogue() : path_(folder_.file("fixture.db")) {
    SQLite::Database db = openCatalogueForWriting(path_);
    db.exec("PRAGMA synchronous = OFF");  // a throwaway file: no need to wait for the disk
    SQLite::Transaction transaction(db);
    acceptWholeCableRows(db);
    db.exec(kFixtureSql);
    transaction.commit();
  }
  FixtureCatalogue(const FixtureCatalogue&) = delete;
  FixtureCatalogue& operator=(const FixtureCatalogue&) = delete;

  const std::string& path() const { return path_; }


 private:
  TemporaryFolder folder_{"cablecat-fixture"};
  std::string path_;
};

}  // namespace cablecat::test
