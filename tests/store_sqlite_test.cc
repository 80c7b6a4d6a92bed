// The SQLite store: round trips, schema versions, concurrency, damage.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "store/store.h"

namespace practrack {
namespace {

namespace fs = std::filesystem;

// Each test gets its own folder, removed afterwards.
class StoreSqlite : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           (std::string("practrack-store-") + info->name() + "-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string db_path() const { return (dir_ / "practrack.db").string(); }

  std::unique_ptr<Store> open() {
    auto store = open_sqlite_store(db_path());
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error());
    return store.ok() ? std::move(*store) : nullptr;
  }

  fs::path dir_;
};

Report sample_report(const std::string& commit = "0123456789abcdef0123456789abcdef01234567") {
  Report r;
  r.meta.repository = "demo";
  r.meta.path = "/src/demo";
  r.meta.source = "commit";
  r.meta.commit = commit;
  r.meta.branch = "main";
  r.meta.scanned_at = "2026-02-17T10:00:00Z";
  r.meta.commit_time = 1771322400;  // 2026-02-17T10:00:00Z
  r.meta.version = "0.1.0";
  r.meta.files = 42;
  r.assessments.push_back({"git", Status::adopted, "Git repo with `origin` on GitHub",
                           {{".git/config", 7, "url = git@github.com:x/demo.git"}}, false});
  r.assessments.push_back({"ci-caching", Status::partial, "cache | partial\nsecond line",
                           {{".gitlab-ci.yml", 3, "cache:"}, {".gitlab-ci.yml", 9, "key: x"}},
                           false});
  r.assessments.push_back({"branch-protection", Status::not_started, "cannot be seen", {}, true});
  r.assessments.push_back({"dockerfile", Status::not_applicable, "no containers", {}, false});
  r.diagnostics.push_back({Severity::warning, "a.yml", 3, "malformed YAML: bad indent"});
  r.diagnostics.push_back({Severity::error, "b.json", 0, "unreadable"});
  return r;
}

int raw_count(const std::string& db, const char* table) {
  sqlite3* h = nullptr;
  sqlite3_open(db.c_str(), &h);
  sqlite3_stmt* s = nullptr;
  std::string q = std::string("SELECT COUNT(*) FROM ") + table;
  sqlite3_prepare_v2(h, q.c_str(), -1, &s, nullptr);
  int n = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
  sqlite3_finalize(s);
  sqlite3_close(h);
  return n;
}

void raw_exec(const std::string& db, const std::string& sql) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(h);
}

TEST_F(StoreSqlite, SaveLoadRoundTripKeepsEverything) {
  auto store = open();
  ASSERT_TRUE(store);
  Report in = sample_report();
  auto id = store->save(in);
  ASSERT_TRUE(id.ok()) << id.error();
  auto out = store->load(*id);
  ASSERT_TRUE(out.ok()) << out.error();
  EXPECT_EQ(out->meta.repository, "demo");
  EXPECT_EQ(out->meta.path, "/src/demo");
  EXPECT_EQ(out->meta.commit, in.meta.commit);
  EXPECT_EQ(out->meta.branch, "main");
  EXPECT_EQ(out->meta.source, "commit");
  EXPECT_EQ(out->meta.scanned_at, "2026-02-17T10:00:00Z");
  EXPECT_EQ(out->meta.commit_time, 1771322400);
  EXPECT_EQ(out->meta.files, 42);
  ASSERT_EQ(out->assessments.size(), in.assessments.size());
  for (std::size_t i = 0; i < in.assessments.size(); ++i) {
    const auto& a = in.assessments[i];
    const auto& b = out->assessments[i];
    EXPECT_EQ(b.id, a.id);
    EXPECT_EQ(b.status, a.status) << a.id;
    EXPECT_EQ(b.note, a.note) << a.id;
    EXPECT_EQ(b.evidence, a.evidence) << a.id;
    EXPECT_EQ(b.needs_attestation, a.needs_attestation) << a.id;
  }
  ASSERT_EQ(out->diagnostics.size(), 2u);
  EXPECT_EQ(out->diagnostics[1].severity, Severity::error);
  EXPECT_EQ(out->diagnostics[0].line, 3);
  EXPECT_EQ(out->diagnostics[0].message, "malformed YAML: bad indent");
}

TEST_F(StoreSqlite, ListIsNewestFirstWithTalliesAndFindsByCommit) {
  auto store = open();
  ASSERT_TRUE(store);
  Report first = sample_report("aaaa");
  Report second = sample_report("bbbb");
  second.meta.scanned_at = "2026-02-18T10:00:00Z";
  Report other = sample_report("cccc");
  other.meta.path = "/src/other";
  auto id1 = store->save(first);
  auto id2 = store->save(second);
  ASSERT_TRUE(store->save(other).ok());
  ASSERT_TRUE(id1.ok() && id2.ok());

  auto list = store->list("/src/demo", 0);
  ASSERT_TRUE(list.ok()) << list.error();
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, *id2);
  EXPECT_EQ((*list)[0].commit, "bbbb");
  EXPECT_EQ((*list)[0].branch, "main");
  EXPECT_EQ((*list)[0].tally.adopted, 1);
  EXPECT_EQ((*list)[0].tally.partial, 1);
  EXPECT_EQ((*list)[0].tally.not_started, 1);
  EXPECT_EQ((*list)[0].tally.not_applicable, 1);
  EXPECT_EQ(store->list("", 0)->size(), 3u);
  EXPECT_EQ(store->list("", 1)->size(), 1u);

  auto found = store->find("/src/demo", "aaaa");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(**found, *id1);
  EXPECT_FALSE(store->find("/src/other", "aaaa")->has_value());
  EXPECT_EQ(raw_count(db_path(), "repositories"), 2);

  // A working-tree scan at HEAD is not the commit's snapshot.
  Report dirty = sample_report("dddd");
  dirty.meta.source = "working tree";
  ASSERT_TRUE(store->save(dirty).ok());
  EXPECT_FALSE(store->find("/src/demo", "dddd")->has_value());
}

TEST_F(StoreSqlite, HistoryFollowsOnePracticeNewestFirst) {
  auto store = open();
  ASSERT_TRUE(store);
  Report older = sample_report("old1");
  older.meta.scanned_at = "2026-01-01T00:00:00Z";
  older.assessments[1].status = Status::not_started;
  Report newer = sample_report("new1");
  ASSERT_TRUE(store->save(older).ok());
  ASSERT_TRUE(store->save(newer).ok());
  auto rows = store->history("/src/demo", "ci-caching", 0);
  ASSERT_TRUE(rows.ok()) << rows.error();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].commit, "new1");
  EXPECT_EQ((*rows)[0].status, Status::partial);
  EXPECT_EQ((*rows)[1].commit, "old1");
  EXPECT_EQ((*rows)[1].status, Status::not_started);
  EXPECT_EQ(store->history("/src/demo", "ci-caching", 1)->size(), 1u);
  EXPECT_TRUE(store->history("/src/demo", "no-such-practice", 0)->empty());
}

TEST_F(StoreSqlite, LoadOfUnknownIdIsAnError) {
  auto store = open();
  ASSERT_TRUE(store);
  auto r = store->load(12345);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("no snapshot 12345"), std::string::npos) << r.error();
}

TEST_F(StoreSqlite, NewerSchemaVersionIsRefusedWithAClearError) {
  ASSERT_TRUE(open());
  raw_exec(db_path(), "UPDATE meta SET value = '999' WHERE key = 'schema_version'");
  auto store = open_sqlite_store(db_path());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().find("schema version 999"), std::string::npos) << store.error();
  EXPECT_NE(store.error().find("newer"), std::string::npos) << store.error();
}

TEST_F(StoreSqlite, VersionOneStoreIsMigratedAndKeepsItsSnapshots) {
  // A store as version 1 wrote it: no branch, no attestation flag.
  raw_exec(db_path(),
           "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
           "INSERT INTO meta VALUES ('schema_version', '1');"
           "CREATE TABLE repositories (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE,"
           " name TEXT NOT NULL);"
           "CREATE TABLE snapshots (id INTEGER PRIMARY KEY, repository_id INTEGER NOT NULL,"
           " commit_id TEXT NOT NULL, source TEXT NOT NULL, scanned_at TEXT NOT NULL,"
           " commit_time TEXT, version TEXT NOT NULL, files INTEGER NOT NULL,"
           " adopted INTEGER NOT NULL, partial INTEGER NOT NULL, not_started INTEGER NOT NULL,"
           " not_applicable INTEGER NOT NULL);"
           "CREATE TABLE assessments (snapshot_id INTEGER NOT NULL, seq INTEGER NOT NULL,"
           " practice_id TEXT NOT NULL, status TEXT NOT NULL, note TEXT NOT NULL,"
           " PRIMARY KEY (snapshot_id, practice_id));"
           "CREATE TABLE evidence (snapshot_id INTEGER, practice_id TEXT, seq INTEGER,"
           " path TEXT, line INTEGER, excerpt TEXT);"
           "CREATE TABLE diagnostics (snapshot_id INTEGER, seq INTEGER, severity TEXT,"
           " path TEXT, line INTEGER, message TEXT);"
           "INSERT INTO repositories VALUES (1, '/old', 'old');"
           "INSERT INTO snapshots VALUES (1, 1, 'abc', 'commit', '2025-01-01T00:00:00Z', NULL,"
           " '0.0.9', 3, 1, 0, 0, 0);"
           "INSERT INTO assessments VALUES (1, 0, 'git', 'adopted', 'old note');");
  auto store = open();
  ASSERT_TRUE(store);
  auto old = store->load(1);
  ASSERT_TRUE(old.ok()) << old.error();
  EXPECT_EQ(old->meta.branch, "");
  ASSERT_EQ(old->assessments.size(), 1u);
  EXPECT_EQ(old->assessments[0].note, "old note");
  EXPECT_FALSE(old->assessments[0].needs_attestation);
  EXPECT_TRUE(store->save(sample_report()).ok());
  store.reset();
  sqlite3* h = nullptr;
  sqlite3_open(db_path().c_str(), &h);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(h, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &s, nullptr);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))),
            std::to_string(kStoreSchemaVersion));
  sqlite3_finalize(s);
  sqlite3_close(h);
}

TEST_F(StoreSqlite, CorruptFileIsAClearErrorNotACrash) {
  {
    std::ofstream out(db_path(), std::ios::binary);
    for (int i = 0; i < 4096; ++i) out.put(static_cast<char>((i * 37) & 0xff));
  }
  auto store = open_sqlite_store(db_path());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().find("corrupt"), std::string::npos) << store.error();
}

TEST_F(StoreSqlite, DamagedPagesOfARealStoreAreAnErrorNotACrash) {
  {
    auto store = open();
    ASSERT_TRUE(store);
    for (int i = 0; i < 20; ++i) ASSERT_TRUE(store->save(sample_report(std::to_string(i))).ok());
  }
  // Checkpoint away the WAL, then scribble over every page but the header.
  raw_exec(db_path(), "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
  {
    std::fstream f(db_path(), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096);
    for (int i = 0; i < 40000; ++i) f.put(static_cast<char>(0xA5));
  }
  auto store = open_sqlite_store(db_path());
  if (!store.ok()) return;  // refused on open: fine
  auto list = (*store)->list("", 0);
  auto loaded = (*store)->load(1);
  EXPECT_TRUE(!list.ok() || !loaded.ok() || loaded->assessments.size() <= 4u);
}

TEST_F(StoreSqlite, GarbledSchemaVersionIsAnError) {
  ASSERT_TRUE(open());
  raw_exec(db_path(), "UPDATE meta SET value = 'two' WHERE key = 'schema_version'");
  auto store = open_sqlite_store(db_path());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().find("schema_version is 'two'"), std::string::npos) << store.error();
}

TEST_F(StoreSqlite, NegativeSchemaVersionIsAnError) {
  ASSERT_TRUE(open());
  raw_exec(db_path(), "UPDATE meta SET value = '-1' WHERE key = 'schema_version'");
  auto store = open_sqlite_store(db_path());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().find("not a practrack store"), std::string::npos) << store.error();
}

TEST_F(StoreSqlite, AnotherApplicationsDatabaseIsNotTakenOver) {
  raw_exec(db_path(), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);");
  auto store = open_sqlite_store(db_path());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().find("not a practrack store"), std::string::npos) << store.error();
  EXPECT_EQ(raw_count(db_path(), "users"), 0);
}

TEST_F(StoreSqlite, FailureInsideTheTransactionLeavesEarlierSnapshotsIntact) {
  auto store = open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->save(sample_report("good")).ok());
  // A practice twice violates the assessments key half-way through.
  Report bad = sample_report("bad");
  bad.assessments.push_back(bad.assessments.front());
  auto id = store->save(bad);
  ASSERT_FALSE(id.ok());
  EXPECT_NE(id.error().find("cannot save the snapshot"), std::string::npos) << id.error();
  EXPECT_EQ(raw_count(db_path(), "snapshots"), 1);
  EXPECT_EQ(raw_count(db_path(), "assessments"), 4);
  EXPECT_EQ(raw_count(db_path(), "evidence"), 3);
  EXPECT_EQ(raw_count(db_path(), "diagnostics"), 2);
  EXPECT_FALSE(store->find("/src/demo", "bad")->has_value());
  // The connection is usable afterwards.
  EXPECT_TRUE(store->save(sample_report("after")).ok());
  EXPECT_EQ(store->list("", 0)->size(), 2u);
}

// A snapshot that changed few practices stores just those (with their
// evidence) over the last one stored whole; it loads, and is followed by
// practice, whole. One that changed many is stored whole.
TEST_F(StoreSqlite, SnapshotsStoreWhatChangedAndLoadWhole) {
  auto store = open();
  ASSERT_TRUE(store);
  std::vector<Report> saved;
  saved.push_back(sample_report("c1"));
  saved.push_back(saved.back());
  saved.back().meta.commit = "c2";
  saved.back().assessments[1].note = "cache | adopted";
  saved.back().assessments[1].status = Status::adopted;
  saved.back().assessments[1].evidence.pop_back();
  saved.push_back(saved.front());
  saved.back().meta.commit = "c3";
  saved.back().assessments[3].evidence.push_back({"Dockerfile", 1, "FROM debian"});
  saved.push_back(saved.front());
  saved.back().meta.commit = "c4";
  for (auto& a : saved.back().assessments) a.note += " (again)";
  std::vector<long long> ids;
  for (const auto& r : saved) {
    auto id = store->save(r);
    ASSERT_TRUE(id.ok()) << id.error();
    ids.push_back(*id);
  }
  EXPECT_EQ(raw_count(db_path(), "assessments"), 4 + 1 + 1 + 4);
  EXPECT_EQ(raw_count(db_path(), "snapshot_assessments"), 16);
  EXPECT_EQ(raw_count(db_path(), "snapshot_evidence"), 3 + 2 + 4 + 3);
  for (std::size_t i = 0; i < saved.size(); ++i) {
    auto loaded = store->load(ids[i]);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    ASSERT_EQ(loaded->assessments.size(), saved[i].assessments.size());
    for (std::size_t k = 0; k < saved[i].assessments.size(); ++k) {
      const auto& want = saved[i].assessments[k];
      const auto& got = loaded->assessments[k];
      EXPECT_EQ(got.id, want.id);
      EXPECT_EQ(got.status, want.status) << i << " " << want.id;
      EXPECT_EQ(got.note, want.note) << i << " " << want.id;
      EXPECT_EQ(got.evidence, want.evidence) << i << " " << want.id;
    }
  }
  auto followed = store->history("/src/demo", "ci-caching", 0);
  ASSERT_TRUE(followed.ok()) << followed.error();
  ASSERT_EQ(followed->size(), 4u);
  std::vector<std::string> notes;
  for (const auto& row : *followed) notes.push_back(row.commit + ": " + row.note);
  EXPECT_EQ(notes, (std::vector<std::string>{"c4: cache | partial\nsecond line (again)",
                                              "c3: cache | partial\nsecond line",
                                              "c2: cache | adopted",
                                              "c1: cache | partial\nsecond line"}));
}

// A batch commits its snapshots together; a failed save inside it is
// undone alone; a batch never ended (a crash) leaves what came before.
TEST_F(StoreSqlite, BatchCommitsTogetherAndUndoesAFailedSaveAlone) {
  auto store = open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->save(sample_report("before")).ok());
  ASSERT_TRUE(store->begin_batch().ok());
  ASSERT_TRUE(store->save(sample_report("one")).ok());
  Report bad = sample_report("bad");
  bad.assessments.push_back(bad.assessments.front());
  EXPECT_FALSE(store->save(bad).ok());
  ASSERT_TRUE(store->save(sample_report("two")).ok());
  // Another connection sees nothing of the batch until it ends.
  EXPECT_EQ(raw_count(db_path(), "snapshots"), 1);
  EXPECT_TRUE(store->find("/src/demo", "two")->has_value());
  ASSERT_TRUE(store->end_batch().ok());
  EXPECT_EQ(raw_count(db_path(), "snapshots"), 3);
  EXPECT_EQ(raw_count(db_path(), "snapshot_assessments"), 12);
  EXPECT_FALSE(store->find("/src/demo", "bad")->has_value());

  ASSERT_TRUE(store->begin_batch().ok());
  ASSERT_TRUE(store->save(sample_report("lost")).ok());
  store.reset();  // the process ends without ending the batch
  auto again = open();
  ASSERT_TRUE(again);
  EXPECT_FALSE(again->find("/src/demo", "lost")->has_value());
  EXPECT_EQ(again->list("", 0)->size(), 3u);
}

TEST_F(StoreSqlite, TwoThreadsWritingWaitForEachOther) {
  ASSERT_TRUE(open());
  constexpr int kEach = 15;
  auto writer = [this](int who, int* failures) {
    auto store = open_sqlite_store(db_path());
    if (!store.ok()) {
      *failures = kEach;
      return;
    }
    for (int i = 0; i < kEach; ++i)
      if (!(*store)->save(sample_report(std::to_string(who) + "-" + std::to_string(i))).ok())
        ++*failures;
  };
  int fail_a = 0, fail_b = 0;
  std::thread a(writer, 1, &fail_a);
  std::thread b(writer, 2, &fail_b);
  a.join();
  b.join();
  EXPECT_EQ(fail_a, 0);
  EXPECT_EQ(fail_b, 0);
  EXPECT_EQ(raw_count(db_path(), "snapshots"), 2 * kEach);
  EXPECT_EQ(raw_count(db_path(), "snapshot_assessments"), 2 * kEach * 4);
}

TEST_F(StoreSqlite, TwoProcessesWritingWaitForEachOther) {
  constexpr int kEach = 10;
  // Both open a store that does not exist yet: creating it races too.
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto store = open_sqlite_store(db_path());
    int bad = store.ok() ? 0 : 1;
    if (!store.ok()) std::fprintf(stderr, "child: %s\n", store.error().c_str());
    for (int i = 0; store.ok() && i < kEach; ++i) {
      auto id = (*store)->save(sample_report("child-" + std::to_string(i)));
      if (!id.ok()) std::fprintf(stderr, "child: %s\n", id.error().c_str());
      bad += id.ok() ? 0 : 1;
    }
    _exit(bad == 0 ? 0 : 1);
  }
  auto store = open();
  int failures = store ? 0 : kEach;
  for (int i = 0; store && i < kEach; ++i)
    failures += store->save(sample_report("parent-" + std::to_string(i))).ok() ? 0 : 1;
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(raw_count(db_path(), "snapshots"), 2 * kEach);
}

TEST_F(StoreSqlite, MissingFolderIsAnError) {
  auto store = open_sqlite_store((dir_ / "no" / "such" / "dir" / "x.db").string());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().find("cannot open the store"), std::string::npos) << store.error();
}

}  // namespace
}  // namespace practrack
