// practrack history: commit selection, one snapshot per commit equal to a
// fresh `scan --rev`, skipping what is stored, and blob reuse.
#include "history_support.h"
#include "scan/scanner.h"

namespace practrack::history_test {
namespace {

using HistoryScan = HistoryRepo;

std::vector<std::string> hexes(const std::vector<CommitRef>& commits) {
  std::vector<std::string> out;
  for (const auto& c : commits) out.push_back(c.hex);
  return out;
}

TEST_F(HistoryScan, SelectsFirstParentCommitsNewestFirst) {
  build_changelog_history();
  auto repo = GitRepo::open(repo_.path());
  ASSERT_TRUE(repo.ok());
  auto all = select_commits(**repo, {});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(hexes(*all), (std::vector<std::string>{c_[3], c_[2], c_[1], c_[0]}));

  HistoryOptions every2;
  every2.every = 2;
  EXPECT_EQ(hexes(*select_commits(**repo, every2)), (std::vector<std::string>{c_[3], c_[1]}));
  HistoryOptions max3;
  max3.max = 3;
  EXPECT_EQ(select_commits(**repo, max3)->size(), 3u);
  HistoryOptions since;
  since.since = *parse_date("2024-02-15");
  EXPECT_EQ(hexes(*select_commits(**repo, since)), (std::vector<std::string>{c_[3], c_[2]}));
}

TEST_F(HistoryScan, SinceDateParsing) {
  EXPECT_EQ(parse_date("1970-01-02"), 86400);
  EXPECT_FALSE(parse_date("yesterday"));
  EXPECT_FALSE(parse_date("2024-13-01"));
}

TEST_F(HistoryScan, EachStoredSnapshotEqualsAFreshScanOfItsCommit) {
  build_changelog_history();
  auto store = open_store();
  FileMemo memo;
  HistoryResult r = scan_all(*store, memo);
  EXPECT_EQ(r.selected, 4);
  EXPECT_EQ(r.scanned, 4);
  EXPECT_EQ(r.failed, 0);
  auto repo = GitRepo::open(repo_.path());
  for (const auto& c : c_) {
    auto id = store->find(store_path_of(**repo), c);
    ASSERT_TRUE(id.ok() && id->has_value()) << c;
    auto stored = store->load(**id);
    ASSERT_TRUE(stored.ok());
    ScanRequest request;
    request.path = repo_.path();
    request.rev = c;
    auto fresh = scan(request);
    ASSERT_TRUE(fresh.ok());
    ASSERT_EQ(stored->assessments.size(), fresh->assessments.size());
    for (const auto& a : fresh->assessments) {
      const Assessment* s = stored->find(a.id);
      ASSERT_NE(s, nullptr) << a.id;
      EXPECT_EQ(s->status, a.status) << c << " " << a.id;
      EXPECT_EQ(s->note, a.note) << c << " " << a.id;
    }
    EXPECT_EQ(stored->meta.commit, c);
    EXPECT_EQ(stored->meta.source, "commit");
  }
}

// A commit's own broken .practrack.yml is input like any file: the commit
// is stored with detection only and a warning, never left as a hole.
TEST_F(HistoryScan, ACommitWithABrokenConfigIsStoredWithAWarning) {
  repo_.write("README.md", "# demo\n");
  repo_.commit("Initial", "2024-01-01T10:00:00Z");
  repo_.write(".practrack.yml", "version: 1\nattest:\n  bogus-id: {status: adopted}\n");
  std::string broken = repo_.commit("Bad config", "2024-01-02T10:00:00Z");
  auto store = open_store();
  FileMemo memo;
  HistoryResult r = scan_all(*store, memo);
  EXPECT_EQ(r.scanned, 2);
  EXPECT_EQ(r.failed, 0);
  auto repo = GitRepo::open(repo_.path());
  auto id = store->find(store_path_of(**repo), broken);
  ASSERT_TRUE(id.ok() && id->has_value());
  auto stored = store->load(**id);
  ASSERT_TRUE(stored.ok());
  bool warned = false;
  for (const auto& d : stored->diagnostics)
    warned = warned || (d.path == ".practrack.yml" &&
                        d.message.find("project config ignored") != std::string::npos);
  EXPECT_TRUE(warned);
}

// Attestations expire against the commit's date, not the day of the run.
TEST_F(HistoryScan, AttestationsExpireAgainstTheCommitsDate) {
  repo_.write(".practrack.yml",
              "version: 1\nattest:\n  sast:\n    status: adopted\n    note: reviewed\n"
              "    owner: alice\n    date: 2024-01-01\n    expires: 2024-06-01\n");
  std::string c = repo_.commit("Attest", "2024-03-01T10:00:00Z");
  auto store = open_store();
  FileMemo memo;
  scan_all(*store, memo);
  auto repo = GitRepo::open(repo_.path());
  auto id = store->find(store_path_of(**repo), c);
  ASSERT_TRUE(id.ok() && id->has_value());
  auto stored = store->load(**id);
  ASSERT_TRUE(stored.ok());
  const Assessment* sast = stored->find("sast");
  ASSERT_NE(sast, nullptr);
  EXPECT_EQ(sast->status, Status::adopted) << sast->note;
}

TEST_F(HistoryScan, SecondRunSkipsEveryStoredCommit) {
  build_changelog_history();
  auto store = open_store();
  FileMemo memo;
  scan_all(*store, memo);
  FileMemo again;
  HistoryResult r = scan_all(*store, again);
  EXPECT_EQ(r.skipped, 4);
  EXPECT_EQ(r.scanned, 0);
  EXPECT_EQ(again.computed.load(), 0);
  auto listed = store->list("", 0);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->size(), 4u);
}

TEST_F(HistoryScan, CommitsSharingFilesReuseTheirAnalyses) {
  for (int i = 0; i < 30; ++i)
    repo_.write("src/mod" + std::to_string(i) + ".py",
                "import os\n\ndef f" + std::to_string(i) + "():\n    return os.sep\n");
  repo_.write("tests/test_mod.py", "def test_one():\n    assert True\n");
  repo_.write("Makefile", "test:\n\tpytest\n");
  repo_.commit("Many files", "2024-01-01T10:00:00Z");
  repo_.write("src/mod0.py", "def f0():\n    return 0\n");
  repo_.commit("One file changes", "2024-01-02T10:00:00Z");

  auto repo = GitRepo::open(repo_.path());
  HistoryOptions options;
  options.path = repo_.path();
  auto commits = select_commits(**repo, options);
  auto store = open_store();
  FileMemo memo;
  std::vector<long> computed_after;
  auto r = scan_history(*repo, *commits, options, *store, memo,
                        [&](const HistoryStep&) { computed_after.push_back(memo.computed); });
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(computed_after.size(), 2u);
  long first = computed_after[0];
  long second = computed_after[1] - computed_after[0];
  EXPECT_GT(first, 30);
  // Only the changed file (under each memo key) is analysed again.
  EXPECT_LT(second * 5, first) << "first " << first << " second " << second;
  EXPECT_GT(memo.reused.load(), 30);
}

}  // namespace
}  // namespace practrack::history_test
