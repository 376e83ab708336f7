// The raw-insert floor: cables.csv split into its 8 fields and inserted as-is into one table.
//
// Every cablecat load time is reported as a ratio to this program's time on the
// same file in the same run, so it must be honestly fast: one streaming read
// buffer, memchr scanning, escapes removed in place (no per-field allocation),
// one prepared statement with SQLITE_STATIC binds, one transaction and the
// fastest bulk settings measured on this machine.
//
// Format of the dump: no header row; every field in double quotes; a quote
// or apostrophe inside a field is escaped with a backslash (\" \'), never
// doubled; fields span lines; LF or CRLF line endings.
#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace {

constexpr int kFieldCount = 8;
constexpr size_t kReadSize = size_t{8} << 20;

struct Field {
  char* data;
  size_t size;
  bool escaped;
};

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "baseline_loader: %s\n", message.c_str());
  std::exit(1);
}

// Streams a file through one buffer; a record cut by the buffer's end is moved
// to the front and completed by the next read, so memory stays at one buffer
// plus the longest record.
class InputBuffer {
 public:
  explicit InputBuffer(const char* path) : descriptor_(::open(path, O_RDONLY)) {
    if (descriptor_ < 0) fail(std::string("cannot open ") + path + ": " + std::strerror(errno));
    ::posix_fadvise(descriptor_, 0, 0, POSIX_FADV_SEQUENTIAL);
    buffer_.resize(2 * kReadSize);
  }
  ~InputBuffer() { ::close(descriptor_); }
  InputBuffer(const InputBuffer&) = delete;
  InputBuffer& operator=(const InputBuffer&) = delete;

  char* begin() { return buffer_.data() + start_; }
  char* end() { return buffer_.data() + end_; }
  bool atEndOfFile() const { return end_of_file_; }
  size_t bytesRead() const { return bytes_read_; }

  // Drops everything before `keep_from` and reads more after what is left.
  // Returns false when nothing more could be read.
  bool refill(const char* keep_from) {
    size_t kept = static_cast<size_t>(end() - keep_from);
    std::memmove(buffer_.data(), keep_from, kept);
    start_ = 0;
    end_ = kept;
    if (buffer_.size() - end_ < kReadSize) buffer_.resize(end_ + kReadSize);
    ssize_t count = ::read(descriptor_, buffer_.data() + end_, kReadSize);
    if (count < 0) fail(std::string("read failed: ") + std::strerror(errno));
    if (count == 0) {
      end_of_file_ = true;
      return false;
    }
    end_ += static_cast<size_t>(count);
    bytes_read_ += static_cast<size_t>(count);
    return true;
  }

  void consumeTo(const char* position) { start_ = static_cast<size_t>(position - buffer_.data()); }

 private:
  int descriptor_;
  std::vector<char> buffer_;
  size_t start_ = 0;
  size_t end_ = 0;
  size_t bytes_read_ = 0;
  bool end_of_file_ = false;
};

enum class ScanResult { kRecord, kNeedMore, kMalformed };

// Finds the end of one quoted field starting at `cursor` (on its opening
// quote) without changing the text, so an unfinished record can be rescanned
// after a refill. On success `cursor` is left after the closing quote.
ScanResult scanField(char*& cursor, char* limit, Field& field) {
  if (cursor >= limit) return ScanResult::kNeedMore;
  if (*cursor != '"') return ScanResult::kMalformed;
  char* read = cursor + 1;
  field.data = read;
  field.escaped = false;
  char* quote = nullptr;
  for (;;) {
    // Search for the next quote only once the last one found was escaped:
    // a body has many \' escapes before its closing quote.
    if (quote < read) {
      quote = static_cast<char*>(std::memchr(read, '"', static_cast<size_t>(limit - read)));
      if (quote == nullptr) return ScanResult::kNeedMore;
    }
    auto* backslash = static_cast<char*>(std::memchr(read, '\\', static_cast<size_t>(quote - read)));
    if (backslash == nullptr) {
      field.size = static_cast<size_t>(quote - field.data);
      cursor = quote + 1;
      return ScanResult::kRecord;
    }
    // A backslash escapes the next character, which may be the quote itself.
    if (backslash + 1 >= limit) return ScanResult::kNeedMore;
    field.escaped = true;
    read = backslash + 2;
  }
}

// Drops the escaping backslashes of a complete field, in place.
void unescapeInPlace(Field& field) {
  char* read = field.data;
  char* end = field.data + field.size;
  char* write = read;
  while (auto* backslash =
             static_cast<char*>(std::memchr(read, '\\', static_cast<size_t>(end - read)))) {
    size_t plain = static_cast<size_t>(backslash - read);
    std::memmove(write, read, plain);
    write += plain;
    *write++ = backslash[1];
    read = backslash + 2;
  }
  std::memmove(write, read, static_cast<size_t>(end - read));
  write += end - read;
  field.size = static_cast<size_t>(write - field.data);
}

// Parses one record (8 fields and its line end) at `cursor`.
ScanResult scanRecord(char*& cursor, char* limit, bool at_end_of_file, Field (&fields)[kFieldCount]) {
  char* position = cursor;
  for (int index = 0; index < kFieldCount; ++index) {
    ScanResult result = scanField(position, limit, fields[index]);
    if (result != ScanResult::kRecord) return result;
    if (index + 1 < kFieldCount) {
      if (position >= limit) return ScanResult::kNeedMore;
      if (*position != ',') return ScanResult::kMalformed;
      ++position;
    }
  }
  // The line end: \n, \r\n, or the end of the file.
  if (position < limit && *position == '\r') ++position;
  if (position < limit && *position == '\n') {
    ++position;
  } else if (!(position == limit && at_end_of_file)) {
    if (position >= limit) return ScanResult::kNeedMore;
    return ScanResult::kMalformed;
  }
  cursor = position;
  for (Field& field : fields)
    if (field.escaped) unescapeInPlace(field);
  return ScanResult::kRecord;
}

class Database {
 public:
  explicit Database(const char* path) {
    if (sqlite3_open_v2(path, &handle_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK)
      fail(std::string("cannot open database ") + path);
  }
  ~Database() {
    sqlite3_finalize(insert_);
    sqlite3_close(handle_);
  }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void execute(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(handle_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = std::string(sql) + ": " + (error ? error : "?");
      sqlite3_free(error);
      fail(message);
    }
  }

  void prepareInsert() {
    const char* sql =
        "INSERT INTO cables_raw (row_number, date, ref_id, origin, classification, refs, header, "
        "body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v3(handle_, sql, -1, SQLITE_PREPARE_PERSISTENT, &insert_, nullptr) !=
        SQLITE_OK)
      fail(sqlite3_errmsg(handle_));
  }

  void insert(const Field (&fields)[kFieldCount]) {
    for (int index = 0; index < kFieldCount; ++index)
      sqlite3_bind_text64(insert_, index + 1, fields[index].data, fields[index].size, SQLITE_STATIC,
                          SQLITE_UTF8);
    if (sqlite3_step(insert_) != SQLITE_DONE) fail(sqlite3_errmsg(handle_));
    sqlite3_reset(insert_);
  }

 private:
  sqlite3* handle_ = nullptr;
  sqlite3_stmt* insert_ = nullptr;
};

void createSchema(Database& database) {
  // page_size must be set before the first table exists.
  database.execute(
      "PRAGMA page_size = 65536;"
      "PRAGMA journal_mode = OFF;"
      "PRAGMA synchronous = OFF;"
      "PRAGMA cache_size = -16384;"
      "PRAGMA locking_mode = EXCLUSIVE;"
      "PRAGMA temp_store = MEMORY;"
      "CREATE TABLE cables_raw (row_number TEXT, date TEXT, ref_id TEXT, origin TEXT,"
      " classification TEXT, refs TEXT, header TEXT, body TEXT);");
}

}  // namespace

int main(int argc, char** argv) {
  // --scan-only: split and unescape the records without any database, the
  // floor for a reader alone (bench/README.md, "Reader throughput").
  bool scan_only = argc == 3 && std::strcmp(argv[1], "--scan-only") == 0;
  if (!scan_only && (argc != 3 || argv[1][0] == '-')) {
    std::fprintf(stderr,
                 "usage: baseline_loader CABLES.CSV NEW.DB\n"
                 "       baseline_loader --scan-only CABLES.CSV\n"
                 "Inserts the 8 fields of every record into table cables_raw of a new database\n"
                 "(or, with --scan-only, only splits and unescapes them).\n");
    return 2;
  }
  const char* input_path = scan_only ? argv[2] : argv[1];
  const char* database_path = scan_only ? nullptr : argv[2];
  struct stat existing;
  if (database_path && ::stat(database_path, &existing) == 0)
    fail(std::string(database_path) + " already exists");

  auto started = std::chrono::steady_clock::now();
  std::unique_ptr<Database> database;
  if (database_path) {
    database = std::make_unique<Database>(database_path);
    createSchema(*database);
    database->prepareInsert();
    database->execute("BEGIN");
  }

  InputBuffer input(input_path);
  Field fields[kFieldCount];
  long long records = 0;
  input.refill(input.begin());
  for (;;) {
    char* cursor = input.begin();
    char* limit = input.end();
    ScanResult result = ScanResult::kRecord;
    while (cursor < limit) {
      result = scanRecord(cursor, limit, input.atEndOfFile(), fields);
      if (result != ScanResult::kRecord) break;
      if (database) database->insert(fields);
      ++records;
    }
    if (result == ScanResult::kMalformed)
      fail("malformed record after record " + std::to_string(records));
    input.consumeTo(cursor);
    if (input.atEndOfFile()) {
      if (cursor < limit) fail("the file ends inside record " + std::to_string(records + 1));
      break;
    }
    input.refill(cursor);
  }
  if (database) database->execute("COMMIT");
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("baseline_loader: %lld records, %.1f MB in %.2f s (%.0f records/s, %.1f MB/s)\n",
              records, static_cast<double>(input.bytesRead()) / 1e6, seconds,
              static_cast<double>(records) / seconds,
              static_cast<double>(input.bytesRead()) / 1e6 / seconds);
  return 0;
}
