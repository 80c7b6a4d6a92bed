#include <gtest/gtest.h>

#include "rules/rule.h"

namespace practrack {
namespace {

Assessment decide(const char* id, const RepoFacts& f) {
  const RuleRow* r = find_rule(id);
  EXPECT_NE(r, nullptr) << id;
  return r->decide(f);
}

void add(RepoFacts& f, const char* kind, const char* path, const char* detail = "") {
  f.docs.files.push_back({kind, path, detail, Evidence{path, 0, ""}});
}

constexpr long long kDay = 86400;

}  // namespace

TEST(DocRules, EveryDocumentationPracticeHasARule) {
  for (const char* id :
       {"readme", "license", "agent-docs", "contributing-guide", "feature-tracker", "pipeline-docs",
        "practices-tracker", "api-docs", "adrs", "runbooks", "changelog"}) {
    RepoFacts empty;
    EXPECT_EQ(decide(id, empty).status, Status::not_started) << id;
  }
}

TEST(DocRules, ReadmeNeedsInstallRunAndTest) {
  RepoFacts f;
  add(f, "readme", "README.md");
  f.docs.readme.path = "README.md";
  f.docs.readme.install = f.docs.readme.run = true;
  f.docs.readme.install_at = {"README.md", 3, "Installation"};
  auto a = decide("readme", f);
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note, "README without test instructions (`README.md`)");
  f.docs.readme.test = true;
  f.docs.readme.test_at = {"README.md", 20, "Testing"};
  a = decide("readme", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`README.md` — install, usage and test instructions");
  EXPECT_EQ(a.evidence.back().line, 20);
}

TEST(DocRules, LicenseNotesSpdx) {
  RepoFacts f;
  f.docs.licenses.push_back({"LICENSE", "MIT", {"LICENSE", 0, ""}});
  auto a = decide("license", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`LICENSE` — MIT");
  f.docs.licenses = {{"LICENSE-APACHE", "Apache-2.0", {}}, {"LICENSE-MIT", "MIT", {}}};
  EXPECT_EQ(decide("license", f).note, "`LICENSE-APACHE`, `LICENSE-MIT` — Apache-2.0, MIT");
  f.docs.licenses = {{"COPYING", "", {}}};
  EXPECT_EQ(decide("license", f).note, "`COPYING` — licence not recognised");
}

TEST(DocRules, FileListsForAgentsGuidesTrackersRunbooks) {
  RepoFacts f;
  add(f, "agents", "ai/AGENTS.md");
  add(f, "agents", "ai/CLAUDE.md");
  add(f, "contributing", "ai/DEV.md");
  add(f, "feature-tracker", "ai/FEATURES.md");
  add(f, "runbook", "docs/runbooks/a.md");
  add(f, "runbook", "docs/runbooks/b.md");
  EXPECT_EQ(decide("agent-docs", f).note, "`ai/AGENTS.md`, `ai/CLAUDE.md`");
  EXPECT_EQ(decide("contributing-guide", f).status, Status::adopted);
  EXPECT_EQ(decide("feature-tracker", f).note, "`ai/FEATURES.md`");
  EXPECT_EQ(decide("runbooks", f).note, "2 documents: `docs/runbooks/a.md`, `docs/runbooks/b.md`");
}

TEST(DocRules, PipelineDocsPreferWholeDocuments) {
  RepoFacts f;
  add(f, "pipeline", "README.md", "README section CI");
  EXPECT_EQ(decide("pipeline-docs", f).note, "`README.md` README section CI");
  add(f, "pipeline", "ai/PIPELINES.md");
  auto a = decide("pipeline-docs", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`ai/PIPELINES.md`, `README.md`");
}

TEST(DocRules, PracticesTrackerStaleAfterThirtyDays) {
  RepoFacts f;
  auto& t = f.docs.practices_tracker;
  t.path = "ai/DEVOPS.md";
  t.rows = 78;
  t.updated_as_of = "2026-02-17";
  t.updated_time = 1771286400;
  t.at = {"ai/DEVOPS.md", 6, "Updated as of 2026-02-17."};
  f.git.head_time = t.updated_time + 10 * kDay;
  auto a = decide("practices-tracker", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`ai/DEVOPS.md` — 78 practices, updated as of 2026-02-17");
  f.git.head_time = t.updated_time + 45 * kDay;
  a = decide("practices-tracker", f);
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_NE(a.note.find("45 days older than the scanned commit"), std::string::npos);
  EXPECT_EQ(a.evidence.at(0).line, 6);

  RepoFacts named;
  add(named, "practices-tracker", "DEVOPS.md");
  EXPECT_EQ(decide("practices-tracker", named).status, Status::partial);
}

TEST(DocRules, ApiDocsAndAdrs) {
  RepoFacts f;
  add(f, "api", "api/openapi.yaml", "openapi");
  add(f, "api", "mkdocs.yml", "mkdocs");
  EXPECT_EQ(decide("api-docs", f).note, "OpenAPI (`api/openapi.yaml`); mkdocs (`mkdocs.yml`)");
  add(f, "adr", "docs/adr/0001-record.md");
  add(f, "adr", "docs/adr/0002-db.md");
  EXPECT_EQ(decide("adrs", f).note, "`docs/adr/` — 2 records");
}

TEST(DocRules, ChangelogWithoutEntriesIsPartial) {
  RepoFacts f;
  f.docs.changelog.path = "CHANGELOG.md";
  auto a = decide("changelog", f);
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note, "`CHANGELOG.md` has no versioned or dated entries");
  EXPECT_EQ(a.evidence.at(0).path, "CHANGELOG.md");
}

// Regression (trial 8, bitnami/charts): a package's changelog is compared
// with that package's tags, not with another chart's newer version.
TEST(DocRules, APackagesChangelogMeetsOnlyItsOwnTags) {
  RepoFacts f;
  f.docs.changelog = {"bitnami/airflow/CHANGELOG.md", "25.1.0", "2026-01-12", 1768176000, 4,
                      {"bitnami/airflow/CHANGELOG.md", 3, "## 25.1.0 (2026-01-12)"}};
  f.docs.changelog.per_package = true;
  f.git.tags.push_back({"kafka/32.4.3", "abc", 1768000000, true});
  auto a = decide("changelog", f);
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  f.git.tags.push_back({"airflow/25.2.0", "def", 1768100000, true});
  a = decide("changelog", f);
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_NE(a.note.find("`airflow/25.2.0` is newer"), std::string::npos) << a.note;
}

TEST(DocRules, DatedChangelogStaleWhenATagIsMuchLater) {
  RepoFacts f;
  f.docs.changelog.path = "NEWS";
  f.docs.changelog.newest_date = "2024-05-01";
  f.docs.changelog.newest_time = 1714521600;
  f.git.tags.push_back({"v3.1", "abc", 1714521600 + 10 * kDay, true});
  EXPECT_EQ(decide("changelog", f).status, Status::adopted);
  f.git.tags.insert(f.git.tags.begin(), {"v3.2", "def", 1714521600 + 60 * kDay, true});
  EXPECT_EQ(decide("changelog", f).status, Status::partial);
}

TEST(DocRules, ChangelogStaleWhenANewerTagExists) {
  RepoFacts f;
  f.docs.changelog = {"CHANGELOG.md", "1.4.0", "2024-05-01",
                      1714521600,     3,       {"CHANGELOG.md", 5, "## 1.4.0"}};
  auto a = decide("changelog", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`CHANGELOG.md` — newest entry 1.4.0 (2024-05-01)");
  f.git.head_time = 2000000000;
  f.git.tags.push_back({"v1.4.0", "abc", 1714600000, true});
  EXPECT_EQ(decide("changelog", f).status, Status::adopted);
  f.git.tags.insert(f.git.tags.begin(), {"v1.5.0", "def", 1720000000, true});
  f.git.tags.insert(f.git.tags.begin(), {"v2.0.0-rc1", "fed", 1730000000, true});
  a = decide("changelog", f);
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_NE(a.note.find("`v1.5.0` is newer"), std::string::npos);
  EXPECT_EQ(a.evidence.at(0).line, 5);
  f.git.tags.erase(f.git.tags.begin(), f.git.tags.begin() + 2);
  EXPECT_EQ(decide("changelog", f).note,
            "`CHANGELOG.md` — newest entry 1.4.0 (2024-05-01), covers newest tag `v1.4.0`");
  f.git.tags.insert(f.git.tags.begin(), {"v1.5.0", "def", 1720000000, true});
  // A tag made after the scanned commit does not make it stale.
  f.git.head_time = 1715000000;
  EXPECT_EQ(decide("changelog", f).status, Status::adopted);
}

}  // namespace practrack
