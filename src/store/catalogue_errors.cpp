// SQLite's result codes, turned into named conditions and advice.
#include "catalogue_errors.h"

#include <sqlite3.h>

namespace cablecat {

void throwCatalogueFailure(const std::string& path, const SQLite::Exception& error) {
  throwCatalogueFailure(path, error.getExtendedErrorCode(), error.what());
}

void throwCatalogueFailure(const std::string& path, int extendedCode,
                           const std::string& sqliteMessage) {
  std::string said = " (" + sqliteMessage + ")";
  switch (extendedCode & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw CatalogueBusy(path + ": another process is using this catalogue" + said +
                          "; waited " + std::to_string(kBusyTimeoutMs / 1000) +
                          " s for it: try again when it has finished");
    case SQLITE_FULL:
      throw DiskFull(path + ": the disk is full" + said +
                     "; free some space and try again (committed work is kept)");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      throw CatalogueDamaged(path + ": the catalogue is damaged" + said +
                             "; 'cablecat check' tells more, a new load into another file rebuilds it");
    case SQLITE_READONLY:
    case SQLITE_PERM:
      throw CatalogueReadOnly(path + ": cannot write here" + said +
                              "; the file or its folder is read-only");
    case SQLITE_CANTOPEN:
      throw CatalogueError(path + ": cannot open" + said +
                           "; check that the folder exists and can be read");
    case SQLITE_IOERR:
      throw CatalogueError(path + ": input/output error" + said +
                           "; the disk or file system failed (full, removed or damaged?)");
    case SQLITE_NOMEM:
      throw CatalogueError(path + ": out of memory" + said);
    default:
      throw CatalogueError(path + ": " + sqliteMessage);
  }
}

}  // namespace cablecat
