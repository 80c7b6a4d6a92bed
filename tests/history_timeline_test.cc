// practrack timeline and diff: a changelog added at one commit and removed
// at a later one shows up at exactly those commits.
#include <nlohmann/json.hpp>

#include "history/change_render.h"
#include "history/timeline.h"
#include "history_support.h"
#include "scan/scanner.h"
#include "support/temp_repo.h"

namespace practrack::history_test {
namespace {

class HistoryTimeline : public HistoryRepo {
 protected:
  // Stores every commit of the history, then the timeline of the stored
  // snapshots, which must come in commit order (c_).
  std::vector<TimelineEvent> stored_timeline_in_commit_order() {
    auto store = open_store();
    FileMemo memo;
    scan_all(*store, memo);
    auto repo = GitRepo::open(repo_.path());
    auto snapshots = load_commit_snapshots(*store, store_path_of(**repo), repo->get());
    EXPECT_TRUE(snapshots.ok());
    if (!snapshots.ok()) return {};
    EXPECT_EQ(snapshots->size(), c_.size());
    for (std::size_t i = 0; i < c_.size() && i < snapshots->size(); ++i)
      EXPECT_EQ((*snapshots)[i].info.commit, c_[i]) << i;
    return build_timeline(*snapshots, repo->get());
  }
};

std::vector<const TimelineEvent*> events_of(const std::vector<TimelineEvent>& all,
                                            const std::string& id) {
  std::vector<const TimelineEvent*> out;
  for (const auto& e : all)
    if (e.change.id == id) out.push_back(&e);
  return out;
}

TEST_F(HistoryTimeline, ChangelogAppearsAndDisappearsAtTheRightCommits) {
  build_changelog_history();
  auto store = open_store();
  FileMemo memo;
  scan_all(*store, memo);
  auto repo = GitRepo::open(repo_.path());
  auto snapshots = load_commit_snapshots(*store, store_path_of(**repo));
  ASSERT_TRUE(snapshots.ok());
  ASSERT_EQ(snapshots->size(), 4u);
  EXPECT_EQ(snapshots->front().info.commit, c_[0]);  // oldest first
  auto events = build_timeline(*snapshots, repo->get());
  auto changelog = events_of(events, "changelog");
  ASSERT_EQ(changelog.size(), 2u);
  EXPECT_EQ(changelog[0]->commit.hex, c_[1]);
  EXPECT_EQ(changelog[0]->commit.subject, "Add a changelog");
  EXPECT_EQ(changelog[0]->commit.author, "Test User");
  EXPECT_EQ(changelog[0]->change.after, Status::adopted);
  EXPECT_EQ(changelog[0]->change.before, Status::not_started);
  ASSERT_FALSE(changelog[0]->change.appeared.empty());
  EXPECT_EQ(changelog[0]->change.appeared[0].path, "CHANGELOG.md");
  EXPECT_EQ(changelog[1]->commit.hex, c_[3]);
  EXPECT_EQ(changelog[1]->change.after, Status::not_started);
  ASSERT_FALSE(changelog[1]->change.disappeared.empty());
  EXPECT_EQ(changelog[1]->change.disappeared[0].path, "CHANGELOG.md");
  // The commit that only touched the app changed no practice's status.
  for (const auto& e : events) EXPECT_NE(e.commit.hex, c_[2]) << e.change.id;
  // Regression (new-user trial 6): what the oldest snapshot already has was
  // not gained there; it is the initial state.
  int initial = 0;
  for (const auto& e : events) {
    bool oldest = e.commit.hex == c_[0];
    EXPECT_EQ(e.change.kind == PracticeChange::Kind::initial, oldest) << e.change.id;
    initial += oldest;
  }
  EXPECT_GT(initial, 0);

  auto json = nlohmann::json::parse(render_timeline_json(events));
  EXPECT_EQ(json["schema_version"], 1);
  for (const auto& row : json["events"])
    EXPECT_EQ(row["change"] == "initial", row["commit"] == c_[0]) << row.dump();
  int changelog_rows = 0;
  for (const auto& row : json["events"])
    if (row["practice"] == "changelog") {
      ++changelog_rows;
      EXPECT_FALSE(row["date"].get<std::string>().empty());
    }
  EXPECT_EQ(changelog_rows, 2);
  std::string table = render_timeline_table(events);
  EXPECT_NE(table.find("2024-02-01  " + c_[1].substr(0, 7)), std::string::npos) << table;
  // Statuses as the tracker writes them, and no padding at line ends.
  EXPECT_NE(table.find("Adopted      → Not Started"), std::string::npos) << table;
  EXPECT_EQ(table.find(" \n"), std::string::npos) << table;
  EXPECT_NE(render_timeline_md(events).find("| `changelog` | 2024-04-01"), std::string::npos);
}

// Regression (trial 12, poetry): a rebase-merge gives its commits one
// committer time. The history stores them newest first, so ordering ties by
// store order put a child before its parent: the changelog seemed to come,
// go and come again.
TEST_F(HistoryTimeline, CommitsOfOneSecondFollowTheirAncestry) {
  const std::string second = "2024-03-25T17:51:36Z";
  repo_.write("README.md", "# demo\n");
  c_.push_back(repo_.commit("Initial commit", "2024-03-01T10:00:00Z"));
  repo_.write("src/app.py", "def main():\n    return 1\n");
  c_.push_back(repo_.commit("Add the app", second));
  repo_.write("CHANGELOG.md", "# Changelog\n\n## 1.0.0 (2024-03-25)\n\n- First release\n");
  c_.push_back(repo_.commit("Add a changelog", second));
  repo_.write("src/app.py", "def main():\n    return 2\n");
  c_.push_back(repo_.commit("Change the app", second));
  auto events = stored_timeline_in_commit_order();
  auto changelog = events_of(events, "changelog");
  ASSERT_EQ(changelog.size(), 1u);
  EXPECT_EQ(changelog[0]->commit.hex, c_[2]);
  EXPECT_EQ(changelog[0]->change.after, Status::adopted);
}

// Regression (trial 15, ripgrep): a large rebase gives hundreds of commits
// one second; groups over 64 kept the store's order (newest first), so a
// practice added in the middle seemed lost and regained.
TEST_F(HistoryTimeline, ALargeGroupOfOneSecondFollowsItsAncestry) {
  const std::string second = "2024-03-25T17:51:36Z";
  repo_.write("README.md", "# demo\n");
  c_.push_back(repo_.commit("Initial commit", "2024-03-01T10:00:00Z"));
  constexpr int kTied = 80;
  for (int i = 0; i < kTied; ++i) {
    if (i == kTied / 2)
      repo_.write("CHANGELOG.md", "# Changelog\n\n## 1.0.0 (2024-03-25)\n\n- First release\n");
    repo_.write("src/app.py", "def main():\n    return " + std::to_string(i) + "\n");
    c_.push_back(repo_.commit("Step " + std::to_string(i), second));
  }
  auto events = stored_timeline_in_commit_order();
  auto changelog = events_of(events, "changelog");
  ASSERT_EQ(changelog.size(), 1u);
  EXPECT_EQ(changelog[0]->commit.hex, c_[1 + kTied / 2]);
}

Report scan_rev(const std::string& path, const std::string& rev) {
  ScanRequest request;
  request.path = path;
  request.rev = rev;
  auto r = scan(request);
  EXPECT_TRUE(r.ok());
  return r.ok() ? std::move(*r) : Report{};
}

// Evidence of the commit itself (a tag) has no file: the Markdown shows
// its excerpt, not an empty code span, and the table no gap (trial 11).
TEST(HistoryTimelineRender, PathlessEvidenceShowsItsExcerpt) {
  TimelineEvent e;
  e.commit.hex = std::string(40, 'a');
  e.change.kind = PracticeChange::Kind::gained;
  e.change.id = "release-tags";
  e.change.after = Status::adopted;
  e.change.appeared = {{"", 0, "tag v1.2.0 (2024-05-01)"}, {"CHANGELOG.md", 3, "## 1.2.0"}};
  std::string md = render_timeline_md({e});
  EXPECT_NE(md.find("+ tag v1.2.0 (2024-05-01)<br>+ `CHANGELOG.md:3`"), std::string::npos) << md;
  EXPECT_EQ(md.find("``"), std::string::npos) << md;
  std::string table = render_timeline_table({e});
  EXPECT_NE(table.find("+ tag v1.2.0 (2024-05-01)\n"), std::string::npos) << table;
  // Subjects whole in a pipe (width 0), cut on a terminal.
  e.commit.subject = std::string(70, 's') + " end";
  EXPECT_NE(render_timeline_table({e}).find(" end\n"), std::string::npos);
  EXPECT_EQ(render_timeline_table({e}, 60).find(" end\n"), std::string::npos);
  EXPECT_NE(table.find("+ CHANGELOG.md:3  ## 1.2.0"), std::string::npos) << table;
}

const PracticeChange* change_of(const std::vector<PracticeChange>& all, const std::string& id) {
  for (const auto& c : all)
    if (c.id == id) return &c;
  return nullptr;
}

TEST_F(HistoryTimeline, DiffNamesGainedAndLostPractices) {
  build_changelog_history();
  auto gained = compare_reports(scan_rev(repo_.path(), c_[0]), scan_rev(repo_.path(), c_[1]));
  const PracticeChange* g = change_of(gained, "changelog");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->kind, PracticeChange::Kind::gained);
  EXPECT_FALSE(is_regression(*g));

  auto none = compare_reports(scan_rev(repo_.path(), c_[1]), scan_rev(repo_.path(), c_[2]));
  EXPECT_EQ(change_of(none, "changelog"), nullptr);

  auto lost = compare_reports(scan_rev(repo_.path(), c_[2]), scan_rev(repo_.path(), c_[3]));
  const PracticeChange* l = change_of(lost, "changelog");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->kind, PracticeChange::Kind::lost);
  EXPECT_TRUE(is_regression(*l));
  EXPECT_NE(render_diff_table({"a", "b"}, lost).find("lost     changelog  adopted → not-started"),
            std::string::npos);
}

TEST_F(HistoryTimeline, NotApplicableIsNeverARegression) {
  Report before, after;
  Assessment a;
  a.id = "x";
  a.status = Status::adopted;
  before.assessments.push_back(a);
  a.status = Status::not_applicable;
  after.assessments.push_back(a);
  auto changes = compare_reports(before, after);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_FALSE(is_regression(changes[0]));
}

TEST_F(HistoryTimeline, MovedEvidenceLineIsNotAChange) {
  Report before, after;
  Assessment a;
  a.id = "x";
  a.status = Status::adopted;
  a.evidence = {{"ci.yml", 3, "run: make"}};
  before.assessments.push_back(a);
  a.evidence = {{"ci.yml", 9, "run: make"}};
  after.assessments.push_back(a);
  EXPECT_TRUE(compare_reports(before, after).empty());
}

int run_cli(const std::string& args, std::string* out = nullptr) {
  int status = -1;
  std::string text = test_support::run_command(std::string(PRACTRACK_BINARY) + " " + args +
                                               " 2>&1", &status);
  if (out) *out = text;
  return status;
}

TEST_F(HistoryTimeline, CommandsEndToEnd) {
  build_changelog_history();
  std::string db = " --db '" + db_path() + "'";
  std::string path = " '" + repo_.path() + "'";
  std::string out;
  ASSERT_EQ(run_cli("history" + path + db, &out), 0) << out;
  EXPECT_NE(out.find("4 commits selected: 4 scanned"), std::string::npos) << out;
  EXPECT_NE(out.find("blobs:"), std::string::npos) << out;
  ASSERT_EQ(run_cli("history" + path + db, &out), 0) << out;
  EXPECT_NE(out.find("4 already stored"), std::string::npos) << out;

  ASSERT_EQ(run_cli("timeline" + path + db + " --practice changelog --format json", &out), 0);
  auto timeline = nlohmann::json::parse(out);
  EXPECT_EQ(timeline["schema_version"], 1) << out;
  const auto& json = timeline["events"];
  ASSERT_EQ(json.size(), 2u) << out;
  EXPECT_EQ(json[0]["commit"], c_[1]);
  EXPECT_EQ(json[1]["commit"], c_[3]);
  EXPECT_EQ(json[1]["after"], "not-started");

  EXPECT_EQ(run_cli("diff " + c_[0] + " " + c_[1] + path + db + " --fail-on-regression"), 0);
  EXPECT_EQ(run_cli("diff " + c_[2] + " " + c_[3] + path + db + " --fail-on-regression", &out), 1)
      << out;
  EXPECT_NE(out.find("changelog"), std::string::npos);
  ASSERT_EQ(run_cli("diff " + c_[2] + " " + c_[3] + path + db + " --format json", &out), 0);
  bool lost = false;
  auto diff = nlohmann::json::parse(out);
  EXPECT_EQ(diff["schema_version"], 1) << out;
  for (const auto& c : diff["changes"])
    lost = lost || (c["practice"] == "changelog" && c["change"] == "lost");
  EXPECT_TRUE(lost) << out;

  std::string svg = (dir_ / "adoption.svg").string();
  ASSERT_EQ(run_cli("trend" + path + db + " --format md -o '" + svg + "'", &out), 0) << out;
  EXPECT_EQ(out, "![Adoption over time](" + svg + ")\n");
  EXPECT_TRUE(fs::exists(svg));
}

// Regression (new-user trial 7): `timeline --practice X` for a practice
// whose status never changed said only that no practice changed.
TEST_F(HistoryTimeline, APracticeThatNeverChangedSaysTheStatusItKept) {
  build_changelog_history();
  auto store = open_store();
  FileMemo memo;
  scan_all(*store, memo);
  auto repo = GitRepo::open(repo_.path());
  auto snapshots = load_commit_snapshots(*store, store_path_of(**repo));
  ASSERT_TRUE(snapshots.ok());
  auto steady = steady_status(*snapshots, "agent-docs", repo->get());
  ASSERT_TRUE(steady.has_value());
  EXPECT_EQ(steady->status, Status::not_started);
  EXPECT_EQ(steady->since.hex, c_[0]);
  EXPECT_EQ(steady->snapshots, 4);
  EXPECT_FALSE(steady_status(*snapshots, "changelog", repo->get()).has_value());

  std::string db = " --db '" + db_path() + "'";
  std::string path = " '" + repo_.path() + "'";
  std::string out;
  ASSERT_EQ(run_cli("timeline" + path + db + " --practice agent-docs", &out), 0) << out;
  EXPECT_EQ(out, "agent-docs stayed Not Started in all 4 stored commits, since " +
                     c_[0].substr(0, 7) + " (2024-01-01)\n");
  // Kept from the first commit on: its initial line, then the sentence.
  ASSERT_EQ(run_cli("timeline" + path + db + " --practice readme", &out), 0) << out;
  EXPECT_NE(out.find(c_[0].substr(0, 7)), std::string::npos) << out;
  EXPECT_NE(out.find("readme stayed "), std::string::npos) << out;
  // A practice that changed keeps its events only.
  ASSERT_EQ(run_cli("timeline" + path + db + " --practice changelog", &out), 0) << out;
  EXPECT_EQ(out.find("stayed"), std::string::npos) << out;
}

}  // namespace
}  // namespace practrack::history_test
