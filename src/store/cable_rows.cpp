// The cables row, its text row (cable_texts) and its children: recipients,
// exclusions, tags, refs and the published reference list.
#include "cable_rows.h"

#include "reused_statements.h"
#include "storable_children.h"

namespace cablecat {

namespace {

// Parameter numbers shared by the insert and the replacement (?1..?19; the
// replacement takes the cable id as ?20).
enum CableColumn : int {
  kRefId = 1, kRefIdMalformed, kCreated, kReleased, kClassification, kOrigin, kSubject,
  kSummary, kTransmissionId, kPrecedence, kDtg, kFromStation, kSectionCount, kIsPartial,
  kDecl, kClassifiedBy, kSigner, kPublishedRefId, kContentHash,
  kCableColumnCount = kContentHash
};

constexpr const char* kCableColumns =
    "ref_id, ref_id_malformed, created, released, classification, origin, subject, summary, "
    "transmission_id, precedence, dtg, from_station, section_count, is_partial, decl, "
    "classified_by, signer, published_ref_id, content_hash";

std::string insertCableSql() {
  std::string sql = std::string("INSERT INTO cables (") + kCableColumns + ") VALUES (";
  for (int column = 1; column <= kCableColumnCount; ++column)
    sql += (column > 1 ? ", ?" : "?") + std::to_string(column);
  return sql + ")";
}

}  // namespace

CableRows::CableRows(SQLite::Database& db)
    : db_(db),
      insert_cable_(db, insertCableSql()),
      replace_cable_(db,
                     "UPDATE cables SET ref_id = ?1, ref_id_malformed = ?2, "
                     "created = coalesce(?3, created), released = coalesce(?4, released), "
                     "classification = coalesce(?5, classification), origin = coalesce(?6, origin), "
                     "subject = coalesce(?7, subject), summary = ?8, transmission_id = ?9, "
                     "precedence = ?10, dtg = ?11, from_station = ?12, section_count = ?13, "
                     "is_partial = ?14, decl = ?15, classified_by = ?16, signer = ?17, "
                     "published_ref_id = coalesce(?18, published_ref_id), content_hash = ?19 "
                     "WHERE id = ?20"),
      // INSERT OR REPLACE: a damaged catalogue may lack the text row.
      write_text_(db, "INSERT OR REPLACE INTO cable_texts (cable_id, header, body) VALUES (?1, ?2, ?3)"),
      fill_cable_(db,
                  "UPDATE cables SET created = coalesce(created, ?1), "
                  "released = coalesce(released, ?2), classification = coalesce(classification, ?3), "
                  "origin = coalesce(origin, ?4), subject = coalesce(subject, ?5), "
                  "published_ref_id = coalesce(published_ref_id, ?6) WHERE id = ?7"),
      delete_recipients_(db, "DELETE FROM recipients WHERE cable_id = ?1"),
      delete_exclusions_(db, "DELETE FROM exclusions WHERE cable_id = ?1"),
      delete_cable_tags_(db, "DELETE FROM cable_tags WHERE cable_id = ?1"),
      delete_refs_(db, "DELETE FROM refs WHERE cable_id = ?1"),
      delete_listed_refs_(db, "DELETE FROM listed_refs WHERE cable_id = ?1"),
      insert_exclusion_(db,
                        "INSERT INTO exclusions (cable_id, position, routing_indicator, address) "
                        "VALUES (?1, ?2, ?3, ?4)"),
      insert_tag_(db, "INSERT OR IGNORE INTO tags (code, kind) VALUES (?1, ?2)"),
      select_tag_id_(db, "SELECT id FROM tags WHERE code = ?1"),
      insert_recipients_(db,
                         "INSERT INTO recipients (cable_id, position, kind, routing_indicator, "
                         "address, precedence, serial)",
                         7),
      insert_cable_tags_(db, "INSERT INTO cable_tags (cable_id, tag_id, position, written)", 4),
      insert_refs_(db, "INSERT INTO refs (cable_id, position, letter, raw, ref_id, kind)", 6),
      insert_listed_refs_(db, "INSERT INTO listed_refs (cable_id, position, ref_id)", 3) {
  SQLite::Statement tags(db, "SELECT id, code FROM tags");
  while (tags.executeStep())
    tag_ids_.emplace(tags.getColumn(1).getText(), tags.getColumn(0).getInt64());
}

std::int64_t CableRows::insert(const Cable& cable) {
  bindColumns(insert_cable_, cable);
  run(insert_cable_);
  std::int64_t id = db_.getLastInsertRowid();
  writeText(id, cable);
  writeChildren(id, cable);
  writeListedRefs(id, cable.listed_references);
  return id;
}

void CableRows::replace(std::int64_t id, const Cable& cable) {
  bindColumns(replace_cable_, cable);
  replace_cable_.bind(kCableColumnCount + 1, id);
  run(replace_cable_);
  writeText(id, cable);
  for (SQLite::Statement* statement :
       {&delete_recipients_, &delete_exclusions_, &delete_cable_tags_, &delete_refs_})
    runWithId(*statement, id);
  writeChildren(id, cable);
}

void CableRows::fill(std::int64_t id, const Cable& cable) {
  bindText(fill_cable_, 1, cable.created);
  bindText(fill_cable_, 2, cable.released);
  bindText(fill_cable_, 3, cable.classification);
  bindText(fill_cable_, 4, cable.origin);
  bindText(fill_cable_, 5, cable.subject);
  bindText(fill_cable_, 6, cable.published_ref_id);
  fill_cable_.bind(7, id);
  run(fill_cable_);
}

void CableRows::replaceListedRefs(std::int64_t id, const std::vector<std::string>& refs) {
  runWithId(delete_listed_refs_, id);
  writeListedRefs(id, refs);
}

void CableRows::bindColumns(SQLite::Statement& statement, const Cable& cable) {
  signer_text_.clear();
  for (const std::string& signer : cable.signers) {
    if (signer.empty()) continue;
    if (!signer_text_.empty()) signer_text_ += "; ";
    signer_text_ += signer;
  }
  statement.bindNoCopy(kRefId, cable.ref_id);
  statement.bind(kRefIdMalformed, cable.ref_id_malformed ? 1 : 0);
  bindText(statement, kCreated, cable.created);
  bindText(statement, kReleased, cable.released);
  bindText(statement, kClassification, cable.classification);
  bindText(statement, kOrigin, cable.origin);
  bindText(statement, kSubject, cable.subject);
  bindText(statement, kSummary, cable.summary);
  bindText(statement, kTransmissionId, cable.transmission_id);
  bindText(statement, kPrecedence, cable.precedence);
  bindText(statement, kDtg, cable.dtg);
  bindText(statement, kFromStation, cable.from_station);
  if (cable.section_count > 0)
    statement.bind(kSectionCount, cable.section_count);
  else
    statement.bind(kSectionCount);
  statement.bind(kIsPartial, cable.is_partial ? 1 : 0);
  bindText(statement, kDecl, cable.decl);
  bindText(statement, kClassifiedBy, cable.classified_by);
  bindText(statement, kSigner, signer_text_);
  bindText(statement, kPublishedRefId, cable.published_ref_id);
  statement.bindNoCopy(kContentHash, cable.content_hash);
}

void CableRows::writeText(std::int64_t id, const Cable& cable) {
  write_text_.bind(1, id);
  bindText(write_text_, 2, cable.header);
  bindText(write_text_, 3, cable.body);
  run(write_text_);
}

void CableRows::writeChildren(std::int64_t id, const Cable& cable) {
  writeRecipients(id, cable);
  writeTags(id, cable);
  writeReferences(id, cable);
}

void CableRows::writeRecipients(std::int64_t id, const Cable& cable) {
  recipient_rows_.clear();
  int exclusionPosition = 0;
  for (const Recipient& recipient : cable.recipients) {
    if (!isStorable(recipient)) continue;
    if (recipient.kind != RecipientKind::xmt) {
      recipient_rows_.push_back(&recipient);
      continue;
    }
    insert_exclusion_.bind(1, id);
    insert_exclusion_.bind(2, ++exclusionPosition);
    bindText(insert_exclusion_, 3, recipient.routing_indicator);
    insert_exclusion_.bindNoCopy(4, recipient.address);
    run(insert_exclusion_);
  }
  MultiRowInsert& rows = insert_recipients_;
  insertRows(rows, recipient_rows_.size(), [&](SQLite::Statement& insert, int row, std::size_t index) {
    const Recipient& recipient = *recipient_rows_[index];
    insert.bind(rows.parameter(row, 1), id);
    insert.bind(rows.parameter(row, 2), static_cast<int>(index) + 1);
    insert.bindNoCopy(rows.parameter(row, 3), kindName(recipient.kind).data());
    bindText(insert, rows.parameter(row, 4), recipient.routing_indicator);
    insert.bindNoCopy(rows.parameter(row, 5), recipient.address);
    bindText(insert, rows.parameter(row, 6), recipient.precedence);
    bindText(insert, rows.parameter(row, 7), recipient.serial);
  });
}

void CableRows::writeTags(std::int64_t id, const Cable& cable) {
  tag_rows_.clear();
  for (const Tag& tag : cable.tags)
    if (isStorable(tag)) tag_rows_.emplace_back(&tag, tagId(tag));
  MultiRowInsert& rows = insert_cable_tags_;
  insertRows(rows, tag_rows_.size(), [&](SQLite::Statement& insert, int row, std::size_t index) {
    insert.bind(rows.parameter(row, 1), id);
    insert.bind(rows.parameter(row, 2), tag_rows_[index].second);
    insert.bind(rows.parameter(row, 3), static_cast<int>(index) + 1);
    bindText(insert, rows.parameter(row, 4), tag_rows_[index].first->written);
  });
}

void CableRows::writeReferences(std::int64_t id, const Cable& cable) {
  reference_rows_.clear();
  for (const Reference& reference : cable.references)
    if (isStorable(reference)) reference_rows_.push_back(&reference);
  MultiRowInsert& rows = insert_refs_;
  insertRows(rows, reference_rows_.size(), [&](SQLite::Statement& insert, int row, std::size_t index) {
    const Reference& reference = *reference_rows_[index];
    insert.bind(rows.parameter(row, 1), id);
    insert.bind(rows.parameter(row, 2), static_cast<int>(index) + 1);
    bindText(insert, rows.parameter(row, 3), reference.letter);
    insert.bindNoCopy(rows.parameter(row, 4), reference.raw);
    bindText(insert, rows.parameter(row, 5), reference.ref_id);
    insert.bindNoCopy(rows.parameter(row, 6), storedKind(reference).data());
  });
}

void CableRows::writeListedRefs(std::int64_t id, const std::vector<std::string>& refs) {
  listed_rows_.clear();
  for (const std::string& ref : refs)
    if (!ref.empty()) listed_rows_.push_back(&ref);
  MultiRowInsert& rows = insert_listed_refs_;
  insertRows(rows, listed_rows_.size(), [&](SQLite::Statement& insert, int row, std::size_t index) {
    insert.bind(rows.parameter(row, 1), id);
    insert.bind(rows.parameter(row, 2), static_cast<int>(index) + 1);
    insert.bindNoCopy(rows.parameter(row, 3), *listed_rows_[index]);
  });
}

std::int64_t CableRows::tagId(const Tag& tag) {
  if (auto found = tag_ids_.find(tag.code); found != tag_ids_.end()) return found->second;
  insert_tag_.bindNoCopy(1, tag.code);
  insert_tag_.bindNoCopy(2, kindName(tag.kind).data());
  std::int64_t id = 0;
  if (run(insert_tag_) > 0) {
    id = db_.getLastInsertRowid();
  } else {
    select_tag_id_.bindNoCopy(1, tag.code);
    select_tag_id_.executeStep();
    id = select_tag_id_.getColumn(0).getInt64();
    select_tag_id_.reset();
  }
  tag_ids_.emplace(tag.code, id);
  return id;
}

}  // namespace cablecat
