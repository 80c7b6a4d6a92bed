#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "config/project_config.h"
#include "support/cli_run.h"
#include "support/realistic_repo.h"

namespace practrack {
namespace {


using test_support::CliRun;
using test_support::practrack;

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string kReference =
    std::string(PRACTRACK_SOURCE_DIR) + "/tests/data/DEVOPS-reference.md";

}  // namespace

TEST(TrackerCli, LintReferenceInARepositoryReportsEveryKindWithLines) {
  test_support::TempRepo repo;
  test_support::build_realistic_repo(repo);
  repo.write("DEVOPS.md", slurp(kReference));
  repo.commit("docs: tracker", "2026-03-01T09:00:00Z");
  CliRun r = practrack("lint " + repo.path() + "/DEVOPS.md");
  EXPECT_EQ(r.status, 1) << r.out;
  std::string f = repo.path() + "/DEVOPS.md:";
  for (const char* line :
       {"6: \"Updated as of 2026-02-17\" but 1 commit came after it (latest 2026-03-01)",
        "138: \"Docker health checks\" is practice 'container-health-checks'",
        "232: summary says Source Control & Branching has 5 adopted",
        "244: summary total says 55 adopted, 11 partial, 43 not started of 109",
        "251: line coverage is stated as 70% here but 85% at line 71, 85% at line 88"})
    EXPECT_NE(r.out.find(f + line), std::string::npos) << line << "\n" << r.out;
  EXPECT_NE(r.out.find("but the repository shows"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" problems in 109 practice rows"), std::string::npos);
}

TEST(TrackerCli, LintExitCodes) {
  EXPECT_EQ(practrack("lint /nonexistent/DEVOPS.md").status, 3);
  test_support::TempRepo repo;
  repo.write("T.md",
             "# T\n\n## 1. Testing\n\n| Practice | Status | Notes |\n|---|---|---|\n"
             "| Mutation testing | Not Started | none |\n");
  repo.commit("docs: t", "2026-01-01T00:00:00Z");
  CliRun r = practrack("lint " + repo.path() + "/T.md --no-repo");
  EXPECT_EQ(r.status, 0) << r.out;
}

TEST(TrackerCli, ImportWritesAParsableConfigAndRefusesToOverwrite) {
  test_support::TempRepo repo;
  std::string out = repo.path() + "/.practrack.yml";
  CliRun r = practrack("import " + kReference + " -o " + out + " --owner alice");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("109 rows: 108 mapped to catalog practices, 1 custom"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(":174: \"Refactoring notes (`ai/REFACTOR.md`)\" names no catalog practice"),
            std::string::npos)
      << r.out;
  std::vector<ConfigIssue> issues;
  auto cfg = parse_config(slurp(out), out, issues);
  ASSERT_TRUE(cfg.ok()) << (issues.empty() ? cfg.error() : issues[0].message);
  EXPECT_EQ(cfg->attest.size(), 107u);
  EXPECT_EQ(practrack("import " + kReference + " -o " + out).status, 3);
}

TEST(TrackerCli, SyncTwiceChangesNothingTheSecondTime) {
  test_support::TempRepo repo;
  test_support::build_realistic_repo(repo);
  std::string doc = repo.path() + "/../practrack-sync-" + std::to_string(::getpid()) + ".md";
  {
    std::ofstream o(doc);
    o << slurp(kReference);
  }
  CliRun first = practrack("sync " + doc + " " + repo.path());
  EXPECT_EQ(first.status, 0) << first.out;
  std::string once = slurp(doc);
  EXPECT_NE(once.find("<!-- practrack:begin summary -->"), std::string::npos);
  EXPECT_NE(once.find("Updated as of 2026-01-07"), std::string::npos);  // the commit's date
  CliRun second = practrack("sync " + doc + " " + repo.path());
  EXPECT_EQ(second.status, 0) << second.out;
  EXPECT_EQ(slurp(doc), once);
  std::remove(doc.c_str());
}

// Regression (trial 12): a tracker kept in the repository is evidence of
// its own practice (practices-tracker reads its date), so the first sync,
// which dates it by the commit, changed what the second one wrote.
TEST(TrackerCli, SyncOfATrackerInsideTheRepositorySettlesAtOnce) {
  test_support::TempRepo repo;
  test_support::build_realistic_repo(repo);
  std::string doc = repo.path() + "/DEVOPS.md";
  CliRun scan = practrack("scan " + repo.path() + " --no-store --format md -o " + doc);
  ASSERT_EQ(scan.status, 0) << scan.out;
  CliRun first = practrack("sync " + doc);
  EXPECT_EQ(first.status, 0) << first.out;
  std::string once = slurp(doc);
  EXPECT_NE(once.find("`DEVOPS.md` — 1"), std::string::npos) << once;  // its own row
  CliRun second = practrack("sync " + doc);
  EXPECT_EQ(second.status, 0) << second.out;
  EXPECT_NE(second.out.find("already up to date"), std::string::npos) << second.out;
  EXPECT_EQ(slurp(doc), once);
}

TEST(TrackerCli, InitRefusesToOverwrite) {
  test_support::TempRepo repo;
  test_support::build_realistic_repo(repo);
  CliRun r = practrack("init " + repo.path());
  EXPECT_EQ(r.status, 0) << r.out;
  std::vector<ConfigIssue> issues;
  EXPECT_TRUE(parse_config(slurp(repo.path() + "/.practrack.yml"), "x", issues).ok());
  EXPECT_EQ(practrack("init " + repo.path()).status, 3);
  EXPECT_EQ(practrack("init " + repo.path() + " --force").status, 0);
}

}  // namespace practrack
