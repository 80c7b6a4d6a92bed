// RAII over the SQLite C API: a connection, prepared statements and a
// transaction that rolls back unless committed. Errors come back as
// Result values carrying SQLite's own message.
#pragma once

#include <sqlite3.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace practrack::sql {

using practrack::Ok;

class Stmt;

class Db {
 public:
  // Opens (creating when needed) the database file and applies the
  // connection settings (see kPragmas in sqlite_db.cc).
  static Result<Db> open(const std::string& path);

  Result<Stmt> prepare(std::string_view sql);
  // The same statement prepared once per connection and kept, reset and
  // with no bindings: for what every snapshot runs (preparing took as long
  // as the inserts of a history's commit).
  Result<Stmt*> cached(std::string_view sql);
  // Runs one or more statements that take no parameters.
  Result<Ok> exec(std::string_view sql);
  // Runs one statement that takes no parameters, prepared once (cached()):
  // for what runs around every snapshot (savepoints, transactions).
  Result<Ok> run(std::string_view sql);
  // Id of the row the last INSERT on this connection created.
  long long last_insert_id() const;
  // Names of the tables in the database (SQLite's own catalogue).
  Result<std::vector<std::string>> table_names();
  std::string message() const;
  sqlite3* raw() const { return db_.get(); }

 private:
  struct Close {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  explicit Db(sqlite3* db);
  std::unique_ptr<sqlite3, Close> db_;
  // After db_: its statements are finalized before the connection closes.
  std::unique_ptr<std::map<std::string, Stmt, std::less<>>> cache_;
};

// A prepared statement. Parameters are 1-based as in SQL's `?`.
class Stmt {
 public:
  Stmt& bind(int index, long long value);
  Stmt& bind(int index, std::string_view value);
  Stmt& bind_null(int index);
  // Advances: true with a row to read, false when done, error otherwise.
  Result<bool> step();
  // Steps to completion (INSERT/UPDATE/DELETE); then resets for reuse.
  Result<Ok> run();
  void reset();

  long long int64(int column) const;
  std::string text(int column) const;
  bool is_null(int column) const;

 private:
  friend class Db;
  struct Finalize {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
  };
  Stmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, Finalize> stmt_;
};

// Begins a write transaction that takes the write lock at once (so two
// writers wait on the busy timeout instead of deadlocking later); rolls
// back on destruction unless commit() succeeded.
class Transaction {
 public:
  static Result<Transaction> begin(Db& db);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Result<Ok> commit();

 private:
  explicit Transaction(Db& db) : db_(&db) {}
  Db* db_;
};

}  // namespace practrack::sql
