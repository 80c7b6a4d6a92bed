// The SQLite backend of Store: one snapshot per save, written in one
// transaction, read back as a Report.
#include <algorithm>
#include <ctime>
#include <optional>
#include <tuple>
#include <cstdio>

#include "catalog/catalog.h"
#include "util/dates.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace practrack {

namespace {

using sql::Ok;
using sql::Stmt;

// Commit times are stored as ISO 8601 UTC text like every other
// timestamp; 0 (unknown) is stored as NULL.
std::string iso_utc(long long seconds) { return dates::utc_iso(seconds); }

long long parse_iso_utc(const std::string& text) {
  std::tm tm{};
  if (std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                  &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
    return 0;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return static_cast<long long>(timegm(&tm));
}

std::string_view severity_id(Severity s) { return s == Severity::error ? "error" : "warning"; }

// Runs `stmt` and turns a failure into an error naming what was written.
Result<Ok> run(Result<Stmt>& stmt, std::string_view what) {
  if (!stmt) return Error{std::string(what) + ": " + stmt.error()};
  auto ok = stmt->run();
  if (!ok) return Error{std::string(what) + ": " + ok.error()};
  return Ok{};
}
Result<Ok> run(Result<Stmt*>& stmt, std::string_view what) {
  if (!stmt) return Error{std::string(what) + ": " + stmt.error()};
  auto ok = (*stmt)->run();
  if (!ok) return Error{std::string(what) + ": " + ok.error()};
  return Ok{};
}

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(sql::Db db) : db_(std::move(db)) {}

  Result<long long> save(const Report& report) override;
  Result<Ok> begin_batch() override;
  Result<Ok> end_batch() override;
  Result<std::vector<SnapshotInfo>> list(const std::string& path, int limit) override;
  Result<Report> load(long long id) override;
  Result<std::optional<long long>> find(const std::string& path,
                                        const std::string& commit) override;
  Result<std::vector<PracticeHistoryRow>> history(const std::string& path,
                                                  const std::string& practice,
                                                  int limit) override;

 private:
  // The last snapshot this connection stored whole, the base of the next
  // ones of its repository. Known shortcoming: nothing deletes snapshots
  // today; a prune must keep every base that a delta still names.
  struct Base {
    long long repository = 0;
    long long id = 0;
    std::vector<Assessment> assessments;
  };
  Result<long long> write_snapshot(const Report& report, std::optional<Base>& whole);
  Result<long long> repository_id(const ReportMeta& meta);
  Result<long long> insert_snapshot(long long repo, const Report& report, long long base);
  Result<Ok> insert_assessments(long long snapshot, const Report& report,
                                const std::vector<std::size_t>* only);
  Result<Ok> insert_diagnostics(long long snapshot, const Report& report);
  Result<Ok> load_assessments(long long id, Report& report);
  Result<Ok> load_evidence(long long id, Report& report);
  Result<Ok> load_rows(long long id, long long base, Report& report);
  Result<Ok> load_diagnostics(long long id, Report& report);

  sql::Db db_;
  std::optional<sql::Transaction> batch_;
  std::optional<Base> base_;
};

// Whether two assessments store the same row and evidence.
bool same_stored(const Assessment& a, const Assessment& b) {
  auto row = [](const Assessment& x) {
    return std::tie(x.id, x.status, x.note, x.needs_attestation, x.name, x.category, x.weight,
                    x.custom, x.detected, x.evidence);
  };
  if (row(a) != row(b) || a.attestation.has_value() != b.attestation.has_value()) return false;
  if (!a.attestation) return true;
  auto said = [](const Attestation& t) {
    return std::tie(t.status, t.note, t.owner, t.date, t.expires, t.stale);
  };
  return said(*a.attestation) == said(*b.attestation);
}

// A snapshot is stored as what changed from its base when at most this
// share of its practices changed (1 in kDeltaShare); else whole, and it
// becomes the base of the next ones.
constexpr std::size_t kDeltaShare = 4;

// The indices of the assessments that differ from `base`'s, or nullopt
// when the snapshot is better stored whole.
std::optional<std::vector<std::size_t>> delta_from(const std::vector<Assessment>& base,
                                                   const std::vector<Assessment>& now) {
  if (base.size() != now.size()) return std::nullopt;
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < now.size(); ++i) {
    if (base[i].id != now[i].id) return std::nullopt;
    if (!same_stored(base[i], now[i])) changed.push_back(i);
    if (changed.size() * kDeltaShare > now.size()) return std::nullopt;
  }
  return changed;
}

Result<long long> SqliteStore::repository_id(const ReportMeta& meta) {
  auto select = db_.cached("SELECT id, name FROM repositories WHERE path = ?");
  if (!select) return Error{select.error()};
  auto row = (*select)->bind(1, meta.path).step();
  if (!row) return Error{row.error()};
  if (*row) {
    long long id = (*select)->int64(0);
    bool renamed = (*select)->text(1) != meta.repository;
    (*select)->reset();
    if (renamed) {
      auto update = db_.prepare("UPDATE repositories SET name = ? WHERE id = ?");
      if (update) update->bind(1, meta.repository).bind(2, id);
      if (auto ok = run(update, "repository"); !ok) return Error{ok.error()};
    }
    return id;
  }
  auto insert = db_.prepare("INSERT INTO repositories (path, name) VALUES (?, ?)");
  if (insert) insert->bind(1, meta.path).bind(2, meta.repository);
  if (auto ok = run(insert, "repository"); !ok) return Error{ok.error()};
  return db_.last_insert_id();
}

Result<long long> SqliteStore::insert_snapshot(long long repo, const Report& report,
                                               long long base) {
  const ReportMeta& m = report.meta;
  Tally t = report.tally();
  auto stmt = db_.cached(
      "INSERT INTO snapshots (repository_id, commit_id, source, scanned_at, commit_time,"
      " version, files, adopted, partial, not_started, not_applicable, branch, base_id)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (stmt) {
    (*stmt)->bind(1, repo).bind(2, m.commit).bind(3, m.source).bind(4, m.scanned_at);
    if (m.commit_time) (*stmt)->bind(5, iso_utc(m.commit_time));
    else (*stmt)->bind_null(5);
    (*stmt)->bind(6, m.version).bind(7, static_cast<long long>(m.files));
    (*stmt)->bind(8, static_cast<long long>(t.adopted)).bind(9, static_cast<long long>(t.partial));
    (*stmt)->bind(10, static_cast<long long>(t.not_started));
    (*stmt)->bind(11, static_cast<long long>(t.not_applicable)).bind(12, m.branch);
    if (base) (*stmt)->bind(13, base);
    else (*stmt)->bind_null(13);
  }
  if (auto ok = run(stmt, "snapshot"); !ok) return Error{ok.error()};
  return db_.last_insert_id();
}

// All of the report's assessments, or `only` those (by index).
Result<Ok> SqliteStore::insert_assessments(long long snapshot, const Report& report,
                                           const std::vector<std::size_t>* only) {
  auto a_stmt = db_.cached(
      "INSERT INTO assessments (snapshot_id, seq, practice_id, status, note, needs_attestation,"
      " name, category, weight, custom, detected_status, attested_status, attested_note,"
      " attested_owner, attested_date, attested_expires, attested_stale)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto e_stmt = db_.cached(
      "INSERT INTO evidence (snapshot_id, practice_id, seq, path, line, excerpt)"
      " VALUES (?, ?, ?, ?, ?, ?)");
  std::size_t next = 0;
  for (std::size_t i = 0; i < report.assessments.size(); ++i) {
    if (only && (next >= only->size() || (*only)[next] != i)) continue;
    if (only) ++next;
    const Assessment& a = report.assessments[i];
    long long seq = static_cast<long long>(i);
    if (a_stmt) {
      (*a_stmt)->bind(1, snapshot).bind(2, seq).bind(3, a.id).bind(4, status_id(a.status));
      (*a_stmt)->bind(5, a.note).bind(6, a.needs_attestation ? 1LL : 0LL);
      (*a_stmt)->bind(7, a.name).bind(8, a.category).bind(9, static_cast<long long>(a.weight));
      (*a_stmt)->bind(10, a.custom ? 1LL : 0LL).bind(11, status_id(a.detected));
      const Attestation none;
      const Attestation& t = a.attestation ? *a.attestation : none;
      (*a_stmt)->bind(12, a.attestation ? status_id(t.status) : "").bind(13, t.note);
      (*a_stmt)->bind(14, t.owner).bind(15, t.date).bind(16, t.expires);
      (*a_stmt)->bind(17, t.stale ? 1LL : 0LL);
    }
    if (auto ok = run(a_stmt, "assessment " + a.id); !ok) return ok;
    long long eseq = 0;
    for (const auto& e : a.evidence) {
      if (e_stmt) {
        (*e_stmt)->bind(1, snapshot).bind(2, a.id).bind(3, eseq++).bind(4, e.path);
        (*e_stmt)->bind(5, static_cast<long long>(e.line)).bind(6, e.excerpt);
      }
      if (auto ok = run(e_stmt, "evidence of " + a.id); !ok) return ok;
    }
  }
  return Ok{};
}

Result<Ok> SqliteStore::insert_diagnostics(long long snapshot, const Report& report) {
  auto stmt = db_.cached(
      "INSERT INTO diagnostics (snapshot_id, seq, severity, path, line, message)"
      " VALUES (?, ?, ?, ?, ?, ?)");
  long long seq = 0;
  for (const auto& d : report.diagnostics) {
    if (stmt) {
      (*stmt)->bind(1, snapshot).bind(2, seq++).bind(3, severity_id(d.severity)).bind(4, d.path);
      (*stmt)->bind(5, static_cast<long long>(d.line)).bind(6, d.message);
    }
    if (auto ok = run(stmt, "diagnostic"); !ok) return ok;
  }
  return Ok{};
}

// Writes the snapshot, as what changed from the base when it can; `whole`
// is set to the new base when it was stored whole.
Result<long long> SqliteStore::write_snapshot(const Report& report, std::optional<Base>& whole) {
  auto repo = repository_id(report.meta);
  if (!repo) return Error{repo.error()};
  std::optional<std::vector<std::size_t>> delta;
  if (base_ && base_->repository == *repo) delta = delta_from(base_->assessments, report.assessments);
  auto id = insert_snapshot(*repo, report, delta ? base_->id : 0);
  if (!id) return Error{id.error()};
  if (auto ok = insert_assessments(*id, report, delta ? &*delta : nullptr); !ok)
    return Error{ok.error()};
  if (auto ok = insert_diagnostics(*id, report); !ok) return Error{ok.error()};
  if (!delta) whole = Base{*repo, *id, report.assessments};
  return *id;
}

// The base changes only once its snapshot is surely written.
Result<long long> SqliteStore::save(const Report& report) {
  std::optional<Base> whole;
  if (batch_) {
    // A savepoint undoes a failed snapshot without the batch around it.
    if (auto ok = db_.run("SAVEPOINT snapshot"); !ok)
      return Error{"cannot write the store: " + ok.error()};
    auto id = write_snapshot(report, whole);
    if (!id) (void)db_.run("ROLLBACK TO snapshot");
    if (auto ok = db_.run("RELEASE snapshot"); !ok && id)
      return Error{"cannot save the snapshot: " + ok.error()};
    if (!id) return Error{"cannot save the snapshot: " + id.error()};
    if (whole) base_ = std::move(whole);
    return *id;
  }
  auto tx = sql::Transaction::begin(db_);
  if (!tx) return Error{"cannot write the store: " + tx.error()};
  auto id = write_snapshot(report, whole);
  if (!id) return Error{"cannot save the snapshot: " + id.error()};
  if (auto ok = tx->commit(); !ok) return Error{"cannot save the snapshot: " + ok.error()};
  if (whole) base_ = std::move(whole);
  return *id;
}

Result<Ok> SqliteStore::begin_batch() {
  if (batch_) return Ok{};
  auto tx = sql::Transaction::begin(db_);
  if (!tx) return Error{"cannot write the store: " + tx.error()};
  batch_.emplace(std::move(*tx));
  return Ok{};
}

Result<Ok> SqliteStore::end_batch() {
  if (!batch_) return Ok{};
  auto ok = batch_->commit();
  batch_.reset();
  if (!ok) {
    base_.reset();  // it may have been written in the batch now undone
    return Error{"cannot save the snapshots: " + ok.error()};
  }
  return Ok{};
}

// Columns shared by list() and load(), in this order.
constexpr std::string_view kSnapshotColumns =
    "SELECT s.id, r.name, r.path, s.commit_id, s.source, s.scanned_at, s.commit_time,"
    " s.adopted, s.partial, s.not_started, s.not_applicable, s.version, s.files, s.branch,"
    " s.base_id FROM snapshots s JOIN repositories r ON r.id = s.repository_id";

SnapshotInfo read_info(const Stmt& s) {
  SnapshotInfo info;
  info.id = s.int64(0);
  info.repository = s.text(1);
  info.path = s.text(2);
  info.commit = s.text(3);
  info.source = s.text(4);
  info.scanned_at = s.text(5);
  info.commit_time = s.is_null(6) ? 0 : parse_iso_utc(s.text(6));
  info.tally.adopted = static_cast<int>(s.int64(7));
  info.tally.partial = static_cast<int>(s.int64(8));
  info.tally.not_started = static_cast<int>(s.int64(9));
  info.tally.not_applicable = static_cast<int>(s.int64(10));
  info.branch = s.text(13);
  return info;
}

Result<std::vector<SnapshotInfo>> SqliteStore::list(const std::string& path, int limit) {
  std::string query(kSnapshotColumns);
  if (!path.empty()) query += " WHERE r.path = ?";
  query += " ORDER BY s.scanned_at DESC, s.id DESC";
  if (limit > 0) query += " LIMIT " + std::to_string(limit);
  auto stmt = db_.prepare(query);
  if (!stmt) return Error{"cannot read the store: " + stmt.error()};
  if (!path.empty()) stmt->bind(1, path);
  std::vector<SnapshotInfo> out;
  for (auto row = stmt->step();; row = stmt->step()) {
    if (!row) return Error{"cannot read the store: " + row.error()};
    if (!*row) break;
    out.push_back(read_info(*stmt));
  }
  return out;
}

// Rows stored before schema 3 have no name or category: take the
// catalog's; categories the catalog lacks (custom ones) are listed last.
static void fill_catalog_fields(Assessment& a, Report& report) {
  if (const Practice* p = find_practice(a.id)) {
    if (a.name.empty()) a.name = std::string(p->name);
    if (a.category.empty()) a.category = std::string(p->category);
    if (a.howto.empty()) a.howto = std::string(p->howto);
  }
  if (report.categories.empty())
    for (const auto& c : categories()) report.categories.push_back({std::string(c.id), std::string(c.title)});
  bool known = false;
  for (const auto& c : report.categories) known = known || c.id == a.category;
  if (!known && !a.category.empty()) report.categories.push_back({a.category, a.category});
}

Result<Ok> SqliteStore::load_assessments(long long id, Report& report) {
  auto stmt = db_.prepare(
      "SELECT practice_id, status, note, needs_attestation, name, category, weight, custom,"
      " detected_status, attested_status, attested_note, attested_owner, attested_date,"
      " attested_expires, attested_stale FROM assessments"
      " WHERE snapshot_id = ? ORDER BY seq");
  if (!stmt) return Error{stmt.error()};
  stmt->bind(1, id);
  for (auto row = stmt->step();; row = stmt->step()) {
    if (!row) return Error{row.error()};
    if (!*row) return Ok{};
    Assessment a;
    a.id = stmt->text(0);
    auto status = parse_status(stmt->text(1));
    if (!status) return Error{a.id + ": unknown status '" + stmt->text(1) + "'"};
    a.status = *status;
    a.note = stmt->text(2);
    a.needs_attestation = stmt->int64(3) != 0;
    a.name = stmt->text(4);
    a.category = stmt->text(5);
    a.weight = static_cast<int>(stmt->int64(6));
    a.custom = stmt->int64(7) != 0;
    a.detected = parse_status(stmt->text(8)).value_or(a.status);
    if (auto att = parse_status(stmt->text(9))) {
      Attestation t;
      t.status = *att;
      t.note = stmt->text(10);
      t.owner = stmt->text(11);
      t.date = stmt->text(12);
      t.expires = stmt->text(13);
      t.stale = stmt->int64(14) != 0;
      a.attestation = t;
    }
    fill_catalog_fields(a, report);
    report.assessments.push_back(std::move(a));
  }
}

Result<Ok> SqliteStore::load_evidence(long long id, Report& report) {
  auto stmt = db_.prepare(
      "SELECT practice_id, path, line, excerpt FROM evidence"
      " WHERE snapshot_id = ? ORDER BY practice_id, seq");
  if (!stmt) return Error{stmt.error()};
  stmt->bind(1, id);
  for (auto row = stmt->step();; row = stmt->step()) {
    if (!row) return Error{row.error()};
    if (!*row) return Ok{};
    std::string practice = stmt->text(0);
    for (auto& a : report.assessments) {
      if (a.id != practice) continue;
      a.evidence.push_back({stmt->text(1), static_cast<int>(stmt->int64(2)), stmt->text(3)});
      break;
    }
  }
}

// The snapshot's assessments whole: its base's, with the rows it stores
// over them.
Result<Ok> SqliteStore::load_rows(long long id, long long base, Report& report) {
  if (!base) {
    if (auto ok = load_assessments(id, report); !ok) return ok;
    return load_evidence(id, report);
  }
  if (auto ok = load_assessments(base, report); !ok) return ok;
  if (auto ok = load_evidence(base, report); !ok) return ok;
  Report changed;
  if (auto ok = load_assessments(id, changed); !ok) return ok;
  if (auto ok = load_evidence(id, changed); !ok) return ok;
  for (auto& a : changed.assessments) {
    auto at = std::find_if(report.assessments.begin(), report.assessments.end(),
                           [&](const Assessment& b) { return b.id == a.id; });
    if (at != report.assessments.end()) *at = std::move(a);
    else report.assessments.push_back(std::move(a));
  }
  return Ok{};
}

Result<Ok> SqliteStore::load_diagnostics(long long id, Report& report) {
  auto stmt = db_.prepare(
      "SELECT severity, path, line, message FROM diagnostics"
      " WHERE snapshot_id = ? ORDER BY seq");
  if (!stmt) return Error{stmt.error()};
  stmt->bind(1, id);
  for (auto row = stmt->step();; row = stmt->step()) {
    if (!row) return Error{row.error()};
    if (!*row) return Ok{};
    Diagnostic d;
    d.severity = stmt->text(0) == "error" ? Severity::error : Severity::warning;
    d.path = stmt->text(1);
    d.line = static_cast<int>(stmt->int64(2));
    d.message = stmt->text(3);
    report.diagnostics.push_back(std::move(d));
  }
}

Result<Report> SqliteStore::load(long long id) {
  auto stmt = db_.prepare(std::string(kSnapshotColumns) + " WHERE s.id = ?");
  if (!stmt) return Error{"cannot read the store: " + stmt.error()};
  auto row = stmt->bind(1, id).step();
  if (!row) return Error{"cannot read the store: " + row.error()};
  if (!*row) return Error{"no snapshot " + std::to_string(id) + " in the store"};
  SnapshotInfo info = read_info(*stmt);
  Report report;
  ReportMeta& m = report.meta;
  m.repository = info.repository;
  m.path = info.path;
  m.source = info.source;
  m.commit = info.commit;
  m.branch = info.branch;
  m.scanned_at = info.scanned_at;
  m.commit_time = info.commit_time;
  m.version = stmt->text(11);
  m.files = static_cast<int>(stmt->int64(12));
  m.seconds = 0;  // not stored
  long long base = stmt->is_null(14) ? 0 : stmt->int64(14);
  auto ok = load_rows(id, base, report);
  if (ok) ok = load_diagnostics(id, report);
  if (!ok) return Error{"snapshot " + std::to_string(id) + ": " + ok.error()};
  return report;
}

Result<std::optional<long long>> SqliteStore::find(const std::string& path,
                                                   const std::string& commit) {
  // Asked for every commit of a history: prepared once.
  auto stmt = db_.cached(
      "SELECT s.id FROM snapshots s JOIN repositories r ON r.id = s.repository_id"
      " WHERE r.path = ? AND s.commit_id = ? AND s.source = 'commit'"
      " ORDER BY s.scanned_at DESC, s.id DESC");
  if (!stmt) return Error{"cannot read the store: " + stmt.error()};
  auto row = (*stmt)->bind(1, path).bind(2, commit).step();
  if (!row) return Error{"cannot read the store: " + row.error()};
  std::optional<long long> id;
  if (*row) id = (*stmt)->int64(0);
  (*stmt)->reset();  // a statement left on a row would hold a read transaction open
  return id;
}

Result<std::vector<PracticeHistoryRow>> SqliteStore::history(const std::string& path,
                                                             const std::string& practice,
                                                             int limit) {
  // A snapshot's own row, else its base's (a snapshot stored as what changed).
  std::string query =
      "SELECT s.id, s.commit_id, s.scanned_at, COALESCE(d.status, b.status),"
      " COALESCE(d.note, b.note) FROM snapshots s"
      " JOIN repositories r ON r.id = s.repository_id"
      " LEFT JOIN assessments d ON d.snapshot_id = s.id AND d.practice_id = ?"
      " LEFT JOIN assessments b ON b.snapshot_id = s.base_id AND b.practice_id = ?"
      " WHERE r.path = ? AND (d.status IS NOT NULL OR b.status IS NOT NULL)"
      " ORDER BY s.scanned_at DESC, s.id DESC";
  if (limit > 0) query += " LIMIT " + std::to_string(limit);
  auto stmt = db_.prepare(query);
  if (!stmt) return Error{"cannot read the store: " + stmt.error()};
  stmt->bind(1, practice).bind(2, practice).bind(3, path);
  std::vector<PracticeHistoryRow> out;
  for (auto row = stmt->step();; row = stmt->step()) {
    if (!row) return Error{"cannot read the store: " + row.error()};
    if (!*row) return out;
    auto status = parse_status(stmt->text(3));
    if (!status) return Error{"snapshot " + stmt->text(0) + ": unknown status"};
    out.push_back({stmt->int64(0), stmt->text(1), stmt->text(2), *status, stmt->text(4)});
  }
}

}  // namespace

// SQLite says "file is not a database" for garbage and for damaged
// headers alike; say what that means for the user.
Error explain_open_error(std::string why) {
  if (why.find("not a database") != std::string::npos ||
      why.find("malformed") != std::string::npos)
    why += " (the file is corrupt or not a practrack store; move it aside or use --db)";
  return Error{why};
}

Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path) {
  auto db = sql::Db::open(path);
  if (!db) return explain_open_error(db.error());
  if (auto ok = prepare_schema(*db); !ok) return explain_open_error(ok.error());
  return std::unique_ptr<Store>(std::make_unique<SqliteStore>(std::move(*db)));
}

}  // namespace practrack
