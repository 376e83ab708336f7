// The writer's memory of the cables in the catalogue during a load: the
// stored form of each cable written or looked up lately, so a new catalogue
// needs no SELECT per cable. Bounded: when full it forgets them all, and a
// cable it does not remember is looked up in the catalogue.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <unordered_map>

#include "form_merge.h"

namespace cablecat {

class StoredCables {
 public:
  struct Entry {
    std::int64_t id = 0;
    StoredForm form;
  };

  // `capacity`: cables remembered (about 200 bytes each) before forgetting.
  // `catalogueHadCables`: false for a catalogue empty when the load began,
  // where a cable not remembered is known not to be stored.
  StoredCables(SQLite::Database& db, std::size_t capacity, bool catalogueHadCables);

  // The stored cable `refId`, or nullptr when the catalogue has none. Valid
  // until the next find().
  Entry* find(const std::string& refId);
  Entry& remember(const std::string& refId, std::int64_t id, StoredForm form);
  // Another load committed meanwhile: what is remembered may be stale, and
  // the catalogue may hold cables this load never saw.
  void forgetAll();

  // The merge rule's costly questions about one stored cable.
  class Facts final : public StoredFormFacts {
   public:
    Facts(StoredCables& cables, const Entry& entry) : cables_(cables), entry_(entry) {}
    FormRank rank() override;
    ListedRefsKey listedRefs() override;

   private:
    StoredCables& cables_;
    const Entry& entry_;
  };

 private:
  std::unordered_map<std::string, Entry> entries_;
  std::size_t capacity_;
  bool must_ask_catalogue_;  // the catalogue may hold cables not in `entries_`
  SQLite::Statement find_cable_, select_rank_text_, select_listed_refs_;
};

}  // namespace cablecat
