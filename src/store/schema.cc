#include "store/schema.h"

#include <algorithm>
#include <string>
#include <vector>

#include "store/store.h"

namespace practrack {

namespace {

// Portable SQL: `INTEGER PRIMARY KEY` is SQLite's row id (a PostgreSQL
// backend would say BIGINT GENERATED ALWAYS AS IDENTITY); timestamps are
// ISO 8601 text; no SQLite-only clauses. Rows of a snapshot cascade
// away with it.
const std::vector<std::string_view>& migrations() {
  static const std::vector<std::string_view> table = {
      // 0 -> 1: the first schema.
      "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
      "CREATE TABLE repositories ("
      "  id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, name TEXT NOT NULL);"
      "CREATE TABLE snapshots ("
      "  id INTEGER PRIMARY KEY,"
      "  repository_id INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,"
      "  commit_id TEXT NOT NULL, source TEXT NOT NULL, scanned_at TEXT NOT NULL,"
      "  commit_time TEXT, version TEXT NOT NULL, files INTEGER NOT NULL,"
      "  adopted INTEGER NOT NULL, partial INTEGER NOT NULL,"
      "  not_started INTEGER NOT NULL, not_applicable INTEGER NOT NULL);"
      "CREATE INDEX snapshots_repository_commit ON snapshots (repository_id, commit_id);"
      "CREATE TABLE assessments ("
      "  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
      "  seq INTEGER NOT NULL, practice_id TEXT NOT NULL,"
      "  status TEXT NOT NULL, note TEXT NOT NULL,"
      "  PRIMARY KEY (snapshot_id, practice_id));"
      "CREATE INDEX assessments_practice ON assessments (practice_id);"
      "CREATE TABLE evidence ("
      "  snapshot_id INTEGER NOT NULL, practice_id TEXT NOT NULL, seq INTEGER NOT NULL,"
      "  path TEXT NOT NULL, line INTEGER NOT NULL, excerpt TEXT NOT NULL,"
      "  PRIMARY KEY (snapshot_id, practice_id, seq),"
      "  FOREIGN KEY (snapshot_id, practice_id)"
      "    REFERENCES assessments(snapshot_id, practice_id) ON DELETE CASCADE);"
      "CREATE TABLE diagnostics ("
      "  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
      "  seq INTEGER NOT NULL, severity TEXT NOT NULL, path TEXT NOT NULL,"
      "  line INTEGER NOT NULL, message TEXT NOT NULL,"
      "  PRIMARY KEY (snapshot_id, seq));",
      // 1 -> 2: the branch scanned and the attestation flag, so a loaded
      // snapshot renders as the scan did.
      "ALTER TABLE snapshots ADD COLUMN branch TEXT NOT NULL DEFAULT '';"
      "ALTER TABLE assessments ADD COLUMN needs_attestation INTEGER NOT NULL DEFAULT 0;",
      // 2 -> 3: what config put over detection (custom practices, weights,
      // attestations), so a loaded snapshot keeps them.
      "ALTER TABLE assessments ADD COLUMN name TEXT NOT NULL DEFAULT '';"
      "ALTER TABLE assessments ADD COLUMN category TEXT NOT NULL DEFAULT '';"
      "ALTER TABLE assessments ADD COLUMN weight INTEGER NOT NULL DEFAULT 1;"
      "ALTER TABLE assessments ADD COLUMN custom INTEGER NOT NULL DEFAULT 0;"
      "ALTER TABLE assessments ADD COLUMN detected_status TEXT NOT NULL DEFAULT '';"
      "ALTER TABLE assessments ADD COLUMN attested_status TEXT NOT NULL DEFAULT '';"
      "ALTER TABLE assessments ADD COLUMN attested_note TEXT NOT NULL DEFAULT '';"
      "ALTER TABLE assessments ADD COLUMN attested_owner TEXT NOT NULL DEFAULT '';"
      "ALTER TABLE assessments ADD COLUMN attested_date TEXT NOT NULL DEFAULT '';"
      "ALTER TABLE assessments ADD COLUMN attested_expires TEXT NOT NULL DEFAULT '';"
      "ALTER TABLE assessments ADD COLUMN attested_stale INTEGER NOT NULL DEFAULT 0;",
      // 3 -> 4: snapshots stored as what changed. A snapshot with a base_id
      // holds only the assessments (with their evidence) that differ from
      // its base, a snapshot stored whole; the views give every snapshot's
      // rows whole, for SQL readers. No index by practice: following a
      // practice goes through the repository's snapshots and the primary
      // key, and the index cost every snapshot ~120 scattered page writes.
      "DROP INDEX IF EXISTS assessments_practice;"
      "ALTER TABLE snapshots ADD COLUMN base_id INTEGER REFERENCES snapshots(id);"
      "CREATE VIEW snapshot_assessments AS"
      "  SELECT a.snapshot_id, a.seq, a.practice_id, a.status, a.note, a.needs_attestation,"
      "    a.name, a.category, a.weight, a.custom, a.detected_status, a.attested_status,"
      "    a.attested_note, a.attested_owner, a.attested_date, a.attested_expires,"
      "    a.attested_stale FROM assessments a"
      "  UNION ALL"
      "  SELECT s.id, b.seq, b.practice_id, b.status, b.note, b.needs_attestation,"
      "    b.name, b.category, b.weight, b.custom, b.detected_status, b.attested_status,"
      "    b.attested_note, b.attested_owner, b.attested_date, b.attested_expires,"
      "    b.attested_stale FROM snapshots s JOIN assessments b ON b.snapshot_id = s.base_id"
      "  WHERE NOT EXISTS (SELECT 1 FROM assessments d"
      "                    WHERE d.snapshot_id = s.id AND d.practice_id = b.practice_id);"
      "CREATE VIEW snapshot_evidence AS"
      "  SELECT e.snapshot_id, e.practice_id, e.seq, e.path, e.line, e.excerpt FROM evidence e"
      "  UNION ALL"
      "  SELECT s.id, e.practice_id, e.seq, e.path, e.line, e.excerpt"
      "  FROM snapshots s JOIN evidence e ON e.snapshot_id = s.base_id"
      "  WHERE NOT EXISTS (SELECT 1 FROM assessments d"
      "                    WHERE d.snapshot_id = s.id AND d.practice_id = e.practice_id);",
  };
  return table;
}

// Replaces the recorded version (DELETE + INSERT: no upsert dialects).
Result<sql::Ok> write_version(sql::Db& db, int version) {
  if (auto ok = db.exec("DELETE FROM meta WHERE key = 'schema_version'"); !ok) return ok;
  auto insert = db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)");
  if (!insert) return Error{insert.error()};
  return insert->bind(1, std::to_string(version)).run();
}

Result<sql::Ok> migrate(sql::Db& db, int from) {
  const auto& steps = migrations();
  for (int v = from; v < static_cast<int>(steps.size()); ++v) {
    if (auto ok = db.exec(steps[static_cast<std::size_t>(v)]); !ok)
      return Error{"cannot upgrade the store from schema version " + std::to_string(v) +
                   ": " + ok.error()};
  }
  return write_version(db, static_cast<int>(steps.size()));
}

}  // namespace

Result<int> stored_schema_version(sql::Db& db) {
  auto tables = db.table_names();
  if (!tables) return Error{tables.error()};
  if (std::find(tables->begin(), tables->end(), "meta") == tables->end()) return 0;
  auto stmt = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
  if (!stmt) return Error{stmt.error()};
  auto row = stmt->step();
  if (!row) return Error{row.error()};
  if (!*row) return Error{"not a practrack store: meta has no schema_version"};
  std::string text = stmt->text(0);
  try {
    return std::stoi(text);
  } catch (const std::exception&) {
    return Error{"not a practrack store: schema_version is '" + text + "'"};
  }
}

namespace {

// Ok when this practrack can use a store at `version` (maybe after
// migrating it).
Result<sql::Ok> check_version(int version) {
  if (version < 0) return Error{"not a practrack store: schema_version " + std::to_string(version)};
  if (version > kStoreSchemaVersion)
    return Error{"the store has schema version " + std::to_string(version) +
                 ", newer than this practrack understands (" +
                 std::to_string(kStoreSchemaVersion) + "); upgrade practrack or use --db"};
  return sql::Ok{};
}

// Creates or upgrades under the write lock; the version is read again
// there because another process may have done it meanwhile.
Result<sql::Ok> upgrade(sql::Db& db) {
  auto tx = sql::Transaction::begin(db);
  if (!tx) return Error{tx.error()};
  auto version = stored_schema_version(db);
  if (!version) return Error{version.error()};
  if (auto ok = check_version(*version); !ok) return ok;
  if (*version == kStoreSchemaVersion) return sql::Ok{};
  if (*version == 0) {
    auto tables = db.table_names();
    if (!tables) return Error{tables.error()};
    if (!tables->empty())
      return Error{"not a practrack store: the database holds other tables (" +
                   tables->front() + " …)"};
  }
  if (auto ok = migrate(db, *version); !ok) return ok;
  return tx->commit();
}

}  // namespace

Result<sql::Ok> prepare_schema(sql::Db& db) {
  static_assert(kStoreSchemaVersion == 4, "add a migration when the schema version changes");
  // The common case, a current store, takes no write lock.
  auto version = stored_schema_version(db);
  if (!version) return Error{version.error()};
  if (auto ok = check_version(*version); !ok) return ok;
  if (*version == kStoreSchemaVersion) return sql::Ok{};
  return upgrade(db);
}

}  // namespace practrack
