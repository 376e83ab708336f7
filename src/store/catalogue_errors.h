// The store's one exception family: a catalogue that cannot be opened,
// written or read, named after the condition, with a message meant for the
// user as it is (it starts with the catalogue's path).
#pragma once

#include <SQLiteCpp/Exception.h>

#include <stdexcept>
#include <string>

namespace cablecat {

class CatalogueError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Not a cablecat catalogue, or one of a newer schema: refused untouched.
class NotACatalogue : public CatalogueError {
 public:
  using CatalogueError::CatalogueError;
};

// Another process held the lock longer than cablecat waits for it.
class CatalogueBusy : public CatalogueError {
 public:
  using CatalogueError::CatalogueError;
};

// The disk (or the file system's quota) is full.
class DiskFull : public CatalogueError {
 public:
  using CatalogueError::CatalogueError;
};

// The file is not a valid SQLite database any more (or never was one).
class CatalogueDamaged : public CatalogueError {
 public:
  using CatalogueError::CatalogueError;
};

// The file or its folder cannot be written.
class CatalogueReadOnly : public CatalogueError {
 public:
  using CatalogueError::CatalogueError;
};

// The one place an SQLite failure becomes a CatalogueError: the condition is
// read from SQLite's extended code, the message names `path` and says what
// to do next.
[[noreturn]] void throwCatalogueFailure(const std::string& path, const SQLite::Exception& error);
[[noreturn]] void throwCatalogueFailure(const std::string& path, int extendedCode,
                                        const std::string& sqliteMessage);

// How long cablecat waits for a lock another process holds before it gives
// up with CatalogueBusy.
constexpr int kBusyTimeoutMs = 5000;

}  // namespace cablecat
