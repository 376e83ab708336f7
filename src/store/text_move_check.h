// Before schema 9 rebuilds `cables` without its text: what a user added to
// the table (a column, an index, a trigger) would be lost with the old one.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace cablecat {

// Throws CatalogueError naming every such addition, and what to do; returns
// when `cables` holds only what cablecat made.
void refuseToDropUserAdditionsToCables(SQLite::Database& db, const std::string& path);

}  // namespace cablecat
