// The writer's prepared statements, created once per load and reused.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <string>

#include "multi_row_insert.h"

namespace cablecat {

// Parameter numbers shared by insertCable and replaceCable (?1..?21; replace
// takes the cable id as ?22).
enum CableColumn : int {
  kRefId = 1, kRefIdMalformed, kCreated, kReleased, kClassification, kOrigin, kSubject,
  kSummary, kTransmissionId, kPrecedence, kDtg, kFromStation, kSectionCount, kIsPartial,
  kDecl, kClassifiedBy, kSigner, kHeader, kBody, kPublishedRefId, kContentHash,
  kCableColumnCount = kContentHash
};

struct WriterStatements {
  explicit WriterStatements(SQLite::Database& db);

  // cables
  SQLite::Statement insertCable;
  SQLite::Statement replaceCable;      // metadata the new form lacks is kept
  SQLite::Statement fillCable;         // ?1..?6 created..subject, published_ref_id, ?7 id: fills NULLs only
  SQLite::Statement findCable;         // by ref_id: id, hash, missing-metadata bits, formats
  SQLite::Statement selectRankText;    // is_partial, header, body by id
  SQLite::Statement selectIndexedText; // subject, summary, body by id
  // children
  SQLite::Statement deleteRecipients, deleteExclusions, deleteCableTags, deleteRefs,
      deleteListedRefs;
  SQLite::Statement insertExclusion;
  MultiRowInsert insertRecipients;  // cable_id, position, kind, routing_indicator, address, precedence, serial
  MultiRowInsert insertCableTags;   // cable_id, tag_id, position, written
  MultiRowInsert insertRefs;        // cable_id, position, letter, raw, ref_id, kind
  MultiRowInsert insertListedRefs;  // cable_id, position, ref_id
  SQLite::Statement insertTag, selectTagId, selectListedRefs;
  // provenance
  SQLite::Statement upsertCableSource;
  SQLite::Statement insertSource, completeSource, findSameSource, findInterruptedSources;
  SQLite::Statement deleteIssuesOfSource, deleteSource, deleteCableSourcesOfSource;
  SQLite::Statement insertIssue, findSourcelessIssue;
  // full-text index (external content: old values must be deleted first)
  SQLite::Statement ftsInsert;         // rowid, subject, summary, body
  SQLite::Statement ftsDeleteStored;   // ?1 id: removes the row's current text
  SQLite::Statement ftsInsertStored;   // ?1 id: indexes the row's current text
};

// Inserts `count` rows through `insert`, as few statements as possible;
// `bindRow(statement, row, index)` binds item `index` as the statement's `row`.
template <typename BindRow>
void insertRows(MultiRowInsert& insert, std::size_t count, BindRow bindRow);

// Runs a statement that returns no rows and readies it for new bindings.
inline int run(SQLite::Statement& statement) {
  int changes = statement.exec();
  statement.reset();
  return changes;
}

// Empty text is stored as NULL. The string must outlive the statement's run.
inline void bindText(SQLite::Statement& statement, int index, const std::string& value) {
  if (value.empty())
    statement.bind(index);
  else
    statement.bindNoCopy(index, value);
}

template <typename BindRow>
void insertRows(MultiRowInsert& insert, std::size_t count, BindRow bindRow) {
  for (std::size_t done = 0; done < count;) {
    std::size_t rows = std::min<std::size_t>(count - done, MultiRowInsert::kMaxRows);
    SQLite::Statement& statement = insert.forRows(static_cast<int>(rows));
    for (std::size_t row = 0; row < rows; ++row) bindRow(statement, static_cast<int>(row), done + row);
    run(statement);
    done += rows;
  }
}

}  // namespace cablecat
