#include "store/sqlite_db.h"

#include <chrono>
#include <string>
#include <thread>

namespace practrack::sql {

namespace {

// Every SQLite-only setting and query lives in this file, so the SQL
// elsewhere stays what PostgreSQL also runs. WAL lets readers go on while a scan writes; the
// busy timeout makes a second writer wait instead of failing at once.
constexpr std::string_view kPragmas =
    "PRAGMA busy_timeout = 10000;"
    "PRAGMA foreign_keys = ON;"
    "PRAGMA synchronous = NORMAL;";
constexpr std::string_view kWal = "PRAGMA journal_mode = WAL";

// Switching a new file to WAL needs the file to itself, and SQLite reports
// "locked" at once, without the busy timeout, when two processes create
// the store together; so retry for a while (2 s).
Result<Ok> enable_wal(Db& db) {
  constexpr int kTries = 100;
  Result<Ok> ok = db.exec(kWal);
  for (int i = 1; i < kTries && !ok && (sqlite3_errcode(db.raw()) & 0xff) == SQLITE_BUSY; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ok = db.exec(kWal);
  }
  return ok;
}

// SQLite's spelling of "begin a transaction holding the write lock".
constexpr std::string_view kBeginWrite = "BEGIN IMMEDIATE";

std::string describe(sqlite3* db) {
  return db ? sqlite3_errmsg(db) : "out of memory";
}

}  // namespace

Result<Db> Db::open(const std::string& path) {
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Db db(raw);
  if (rc != SQLITE_OK) return Error{"cannot open the store: " + describe(raw)};
  sqlite3_extended_result_codes(raw, 1);
  if (auto ok = db.exec(kPragmas); !ok) return Error{"cannot open the store: " + ok.error()};
  if (auto ok = enable_wal(db); !ok) return Error{"cannot open the store: " + ok.error()};
  return db;
}

Db::Db(sqlite3* db) : db_(db), cache_(std::make_unique<std::map<std::string, Stmt, std::less<>>>()) {}

Result<Stmt*> Db::cached(std::string_view sql) {
  auto it = cache_->find(sql);
  if (it == cache_->end()) {
    auto stmt = prepare(sql);
    if (!stmt) return Error{stmt.error()};
    it = cache_->emplace(std::string(sql), std::move(*stmt)).first;
  }
  it->second.reset();
  return &it->second;
}

Result<Stmt> Db::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &stmt,
                              nullptr);
  Stmt out(db_.get(), stmt);
  if (rc != SQLITE_OK) return Error{message()};
  return out;
}

Result<Ok> Db::exec(std::string_view sql) {
  std::string owned(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_.get(), owned.c_str(), nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Ok{};
  std::string text = err ? err : message();
  sqlite3_free(err);
  return Error{text};
}

Result<Ok> Db::run(std::string_view sql) {
  auto stmt = cached(sql);
  if (!stmt) return Error{stmt.error()};
  return (*stmt)->run();
}

long long Db::last_insert_id() const { return sqlite3_last_insert_rowid(db_.get()); }

Result<std::vector<std::string>> Db::table_names() {
  auto stmt = prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  if (!stmt) return Error{stmt.error()};
  std::vector<std::string> names;
  for (auto row = stmt->step();; row = stmt->step()) {
    if (!row) return Error{row.error()};
    if (!*row) return names;
    names.push_back(stmt->text(0));
  }
}

std::string Db::message() const { return describe(db_.get()); }

Stmt& Stmt::bind(int index, long long value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
  return *this;
}

Stmt& Stmt::bind(int index, std::string_view value) {
  sqlite3_bind_text(stmt_.get(), index, value.data(), static_cast<int>(value.size()),
                    SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::bind_null(int index) {
  sqlite3_bind_null(stmt_.get(), index);
  return *this;
}

Result<bool> Stmt::step() {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Error{describe(db_)};
}

Result<Ok> Stmt::run() {
  auto r = step();
  while (r && *r) r = step();
  reset();
  if (!r) return Error{r.error()};
  return Ok{};
}

void Stmt::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

long long Stmt::int64(int column) const { return sqlite3_column_int64(stmt_.get(), column); }

std::string Stmt::text(int column) const {
  const unsigned char* p = sqlite3_column_text(stmt_.get(), column);
  int n = sqlite3_column_bytes(stmt_.get(), column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : "";
}

bool Stmt::is_null(int column) const {
  return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
}

Result<Transaction> Transaction::begin(Db& db) {
  if (auto ok = db.run(kBeginWrite); !ok) return Error{ok.error()};
  return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }

Transaction::~Transaction() {
  if (db_) (void)db_->run("ROLLBACK");
}

Result<Ok> Transaction::commit() {
  auto ok = db_->run("COMMIT");
  if (ok) db_ = nullptr;
  return ok;
}

}  // namespace practrack::sql
