// The binary's contract: exit codes and messages (README "Exit codes").
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "support/cli_run.h"
#include "support/temp_repo.h"

namespace practrack {
namespace {

using test_support::TempRepo;

using test_support::CliRun;
using test_support::practrack;

}  // namespace

TEST(Cli, NotARepositoryIsAnInputError) {
  auto dir = std::filesystem::temp_directory_path() / "practrack-cli-not-a-repo";
  std::filesystem::create_directories(dir);
  CliRun r = practrack("scan " + dir.string() + " --no-store");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.out.find("practrack: error:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("not a git repository"), std::string::npos) << r.out;
}

// Regression (trial 8): the reason the output could not be written is said.
TEST(Cli, AnUnwritableOutputSaysWhy) {
  TempRepo repo;
  repo.write("README.md", "# x\n");
  repo.commit("c");
  CliRun r = practrack("scan " + repo.path() + " --no-store -q -o /nonexistent-dir/x.md --format md");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.out.find("/nonexistent-dir/x.md: cannot write: No such file or directory"),
            std::string::npos)
      << r.out;
}

// Trial 14: an unwritable -o was found only once the whole scan had run.
// It is refused first: before the path is even opened as a repository.
TEST(Cli, AnUnwritableOutputIsRefusedBeforeTheScan) {
  auto dir = std::filesystem::temp_directory_path() / "practrack-cli-output-first";
  std::filesystem::create_directories(dir / "a-folder");
  CliRun missing = practrack("scan " + dir.string() + " --no-store -o /nonexistent-dir/x.md");
  EXPECT_EQ(missing.status, 3);
  EXPECT_NE(missing.out.find("/nonexistent-dir/x.md: cannot write: No such file or directory"),
            std::string::npos)
      << missing.out;
  EXPECT_EQ(missing.out.find("not a git repository"), std::string::npos) << missing.out;
  CliRun folder = practrack("scan " + dir.string() + " --no-store -o " + (dir / "a-folder").string());
  EXPECT_EQ(folder.status, 3);
  EXPECT_NE(folder.out.find("cannot write: Is a directory"), std::string::npos) << folder.out;
  // A writable path passes the check and the scan goes on to its own error.
  CliRun fine = practrack("scan " + dir.string() + " --no-store -o " + (dir / "x.md").string());
  EXPECT_EQ(fine.status, 3);
  EXPECT_NE(fine.out.find("not a git repository"), std::string::npos) << fine.out;
  EXPECT_FALSE(std::filesystem::exists(dir / "x.md"));
}

TEST(Cli, UnknownRevisionIsAnInputError) {
  TempRepo repo;
  repo.commit("c");
  CliRun r = practrack("scan " + repo.path() + " --rev v9.9.9 --no-store");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.out.find("unknown revision 'v9.9.9'"), std::string::npos) << r.out;
}

// Trial 12: a repository before its first commit said "unknown revision
// 'HEAD'"; `tests` over nothing printed bare table headers.
TEST(Cli, ARepositoryWithoutCommitsSaysSo) {
  TempRepo repo;
  std::string db = repo.path() + "-empty.db";
  CliRun history = practrack("history " + repo.path() + " --db " + db);
  EXPECT_EQ(history.status, 3);
  EXPECT_NE(history.out.find("the repository has no commits yet"), std::string::npos)
      << history.out;
  CliRun rev = practrack("scan " + repo.path() + " --rev HEAD --no-store");
  EXPECT_EQ(rev.status, 3);
  EXPECT_NE(rev.out.find("no commits yet"), std::string::npos) << rev.out;
  repo.write("notes.txt", "nothing to test\n");
  CliRun tests = practrack("tests " + repo.path());
  EXPECT_EQ(tests.status, 0) << tests.out;
  EXPECT_NE(tests.out.find("No tests found"), std::string::npos) << tests.out;
  EXPECT_EQ(tests.out.find("Framework"), std::string::npos) << tests.out;
  std::remove(db.c_str());
}

TEST(Cli, HistoryViewsWithNothingStoredAreAnInputError) {
  TempRepo repo;
  repo.commit("c");
  // Beside the temporary repository: unique to this run.
  std::string db = repo.path() + "-history.db";
  std::string in_no_folder = repo.path() + "-no-such-folder/history.db";
  for (const char* view : {"timeline", "trend", "diff HEAD"}) {
    for (const auto& where : {db, in_no_folder}) {
      CliRun r = practrack(std::string(view) + " " + repo.path() + " --db " + where);
      if (std::string(view) == "diff HEAD") {
        EXPECT_EQ(r.status, 0) << r.out;  // diff scans what no store holds
      } else {
        EXPECT_EQ(r.status, 3) << view << ": " << r.out;
        EXPECT_NE(r.out.find("run 'practrack history' first"), std::string::npos) << r.out;
      }
      // Views only read the store: a mistyped --db creates nothing.
      EXPECT_FALSE(std::filesystem::exists(where)) << view << " created " << where;
    }
  }
  EXPECT_FALSE(std::filesystem::exists(repo.path() + "-no-such-folder"));
}

TEST(Cli, AnUnreadableStoreIsAnInputErrorForTheHistoryViews) {
  TempRepo repo;
  repo.commit("c");
  std::string db = repo.path() + "/../corrupt-history.db";
  repo.sh("printf 'this is no sqlite database, just text.%.0s' $(seq 1 200) > " + db);
  for (const char* view : {"timeline", "trend"}) {
    CliRun r = practrack(std::string(view) + " " + repo.path() + " --db " + db);
    EXPECT_EQ(r.status, 3) << view << ": " << r.out;
    EXPECT_NE(r.out.find("practrack: error:"), std::string::npos) << r.out;
  }
}

TEST(Cli, UsageErrorsExitTwoWithAHint) {
  TempRepo repo;
  repo.write(".github/workflows/ci.yml", "on: [push\n");  // a scan would warn about it
  repo.commit("c");
  CliRun bad_format = practrack("scan " + repo.path() + " --format jsn --no-store");
  EXPECT_EQ(bad_format.status, 2);
  EXPECT_NE(bad_format.out.find("did you mean 'json'"), std::string::npos) << bad_format.out;
  // Checked before the scan: no scan warning comes first.
  EXPECT_EQ(bad_format.out.find("warning"), std::string::npos) << bad_format.out;

  CliRun bad_flag = practrack("scan --no-such-flag");
  EXPECT_EQ(bad_flag.status, 2);
  // In our own voice, pointing at the command's own help (trial 11).
  CliRun not_here = practrack("explain linting " + repo.path() + " --no-store");
  EXPECT_EQ(not_here.status, 2);
  EXPECT_NE(not_here.out.find("practrack: error: the following argument was not expected: "
                              "--no-store"),
            std::string::npos)
      << not_here.out;
  EXPECT_NE(not_here.out.find("Run 'practrack explain --help' for usage."), std::string::npos)
      << not_here.out;

  CliRun bad_id = practrack("explain ci-cachng " + repo.path());
  EXPECT_EQ(bad_id.status, 2);
  EXPECT_NE(bad_id.out.find("did you mean 'ci-caching'"), std::string::npos) << bad_id.out;
  // Refused before the scan (trial 14): the broken workflow is not read.
  EXPECT_EQ(bad_id.out.find("warning"), std::string::npos) << bad_id.out;
  // Outside a repository the typo is still what is said, with its code
  // (trial 15: exit 3, "not a git repository").
  CliRun nowhere = practrack("explain ci-cachng " + repo.path() + "/no-such-folder");
  EXPECT_EQ(nowhere.status, 2) << nowhere.out;
  EXPECT_NE(nowhere.out.find("did you mean 'ci-caching'"), std::string::npos) << nowhere.out;
}

TEST(Cli, ForgivingWhereTheMeaningIsClearStrictWhereItIsNot) {
  TempRepo repo;
  repo.write("README.md", "# x\n");
  repo.commit("init");
  CliRun typo = practrack("scna " + repo.path());
  EXPECT_EQ(typo.status, 2);
  EXPECT_NE(typo.out.find("unknown command 'scna'; did you mean 'scan'?"), std::string::npos)
      << typo.out;
  // Global flags after the command name, and formats in any case.
  CliRun late = practrack("scan " + repo.path() + " --no-store -f JSON -q --color never");
  EXPECT_EQ(late.status, 0) << late.out;
  EXPECT_NE(late.out.find("\"schema_version\""), std::string::npos) << late.out;
  CliRun both = practrack("scan " + repo.path() + " --no-store --no-config --config x.yml");
  EXPECT_EQ(both.status, 2) << both.out;
  EXPECT_NE(both.out.find("excludes"), std::string::npos) << both.out;
  CliRun empty_rev = practrack("scan " + repo.path() + " --no-store --rev ''");
  EXPECT_EQ(empty_rev.status, 2) << empty_rev.out;
  EXPECT_NE(empty_rev.out.find("--rev: needs a value"), std::string::npos) << empty_rev.out;
}

TEST(Cli, CheckRefusesABrokenProjectConfigThatScanOnlyWarnsAbout) {
  TempRepo repo;
  repo.write(".practrack.yml", "required: [ci-on-push]\npolicy:\n  min_adoptoin: 50\n");
  repo.commit("init");
  CliRun scan = practrack("scan " + repo.path() + " --no-store");
  EXPECT_EQ(scan.status, 0) << scan.out;
  EXPECT_NE(scan.out.find("project config ignored"), std::string::npos) << scan.out;
  // The gate would pass without its policy: it must stop instead.
  CliRun check = practrack("check " + repo.path());
  EXPECT_EQ(check.status, 2) << check.out;
  EXPECT_NE(check.out.find("did you mean 'min_adoption'"), std::string::npos) << check.out;
  EXPECT_EQ(check.out.find("PASS"), std::string::npos) << check.out;
  CliRun typo = practrack("check " + repo.path() + " --no-config --require codeowner");
  EXPECT_EQ(typo.status, 2) << typo.out;
  EXPECT_NE(typo.out.find("did you mean 'codeowners'"), std::string::npos) << typo.out;
}

TEST(Cli, ScanSucceedsAndWritesTheOutputFile) {
  TempRepo repo;
  repo.write("README.md", "# x\n");
  repo.commit("c");
  std::string out = repo.path() + "/out.json";
  CliRun r = practrack("scan " + repo.path() + " --format json -o " + out + " --no-store");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(std::filesystem::exists(out));
}

TEST(Cli, StrictTurnsUnreadableFilesIntoExitFour) {
  TempRepo repo;
  repo.write(".gitlab-ci.yml", "stages: [a\n  b: {\n");
  repo.write("package.json", "{ not json");
  repo.commit("c");
  CliRun normal = practrack("scan " + repo.path() + " --no-store -f json");
  EXPECT_EQ(normal.status, 0) << normal.out;
  CliRun strict = practrack("scan " + repo.path() + " --no-store -f json --strict");
  EXPECT_EQ(strict.status, 4) << strict.out;
}

TEST(Cli, VersionAndHelp) {
  CliRun v = practrack("--version");
  EXPECT_EQ(v.status, 0);
  EXPECT_NE(v.out.find("practrack "), std::string::npos);
  CliRun h = practrack("scan --help");
  EXPECT_EQ(h.status, 0);
  EXPECT_NE(h.out.find("--rev"), std::string::npos);
  EXPECT_NE(h.out.find("Examples"), std::string::npos);
  // history's own -q and -v say what they do there; the short names show.
  CliRun hh = practrack("history --help");
  EXPECT_EQ(hh.status, 0);
  EXPECT_NE(hh.out.find("-q,--quiet"), std::string::npos) << hh.out;
  EXPECT_NE(hh.out.find("-v,--verbose"), std::string::npos) << hh.out;
}

}  // namespace practrack

namespace practrack {

// Trial 7: the table cut its notes to the width even in a pipe.
TEST(Cli, TableNotesAreWholeInAPipe) {
  TempRepo repo;
  repo.write("README.md", "# x\n");
  repo.commit("c");
  CliRun r = practrack("scan " + repo.path() + " --no-store --color never");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("ggshield) in CI or hooks; forge-side secret scanning is not visible in "
                       "files"),
            std::string::npos)
      << r.out;
}

// Regression: a mirror laid out as a bare repository without its `config`
// file was scanned as an empty "working tree" of its parent folder.
TEST(Cli, BareRepositoryWithoutConfigScansItsHead) {
  TempRepo repo;
  repo.write("README.md", "# x\n\n## Install\n\n```\nmake\n```\n");
  repo.commit("c");
  std::string bare = repo.path() + "/mirror/repo";
  repo.sh("git clone -q --bare . mirror/repo && rm mirror/repo/config");
  CliRun r = practrack("scan " + bare + " --no-store -f json");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("\"source\": \"commit\""), std::string::npos) << r.out.substr(0, 800);
  EXPECT_NE(r.out.find("README.md"), std::string::npos);
  // A mirror laid out as NAME/repo is named after NAME, not "repo".
  EXPECT_NE(r.out.find("\"name\": \"mirror\""), std::string::npos) << r.out.substr(0, 800);
  // So is one laid out as NAME/repo/.git (trial 11: the trend was titled "repo").
  repo.sh("git clone -q --bare . nested/repo/.git");
  CliRun nested = practrack("scan " + repo.path() + "/nested/repo/.git --no-store -f json");
  EXPECT_NE(nested.out.find("\"name\": \"nested\""), std::string::npos)
      << nested.out.substr(0, 800);
}

// Trial 15: `diff A <bare mirror>` named its second side "working tree";
// a bare repository has none, the side is its HEAD.
TEST(Cli, DiffAgainstABareRepositoryNamesItsHead) {
  TempRepo repo;
  repo.write("README.md", "# x\n");
  std::string first = repo.commit("c1");
  repo.write("CHANGELOG.md", "# Changelog\n\n## 1.0.0 (2024-01-01)\n\n- First\n");
  std::string second = repo.commit("c2");
  repo.sh("git clone -q --bare . mirror.git");
  CliRun r = practrack("diff " + first + " " + repo.path() + "/mirror.git --db " + repo.path() +
                       "/d.db --format json");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out.find("working tree"), std::string::npos) << r.out.substr(0, 600);
  EXPECT_NE(r.out.find("HEAD (" + second.substr(0, 7) + ")"), std::string::npos)
      << r.out.substr(0, 600);
}

TEST(Cli, ABrokenInTreeConfigIsAWarningAndTheScanGoesOn) {
  TempRepo repo;
  repo.write(".practrack.yml", "atest: {}\n");
  repo.commit("c");
  CliRun r = practrack("scan " + repo.path() + " --no-store -f json");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("practrack: warning: .practrack.yml:1: unknown key 'atest'"), std::string::npos)
      << r.out.substr(0, 800);
  CliRun strict = practrack("scan " + repo.path() + " --no-store -f json --strict");
  EXPECT_EQ(strict.status, 4);
  CliRun named = practrack("scan " + repo.path() + " --no-store --config " + repo.path() + "/.practrack.yml");
  EXPECT_EQ(named.status, 2);
}

TEST(Cli, ExplainKnowsCustomPractices) {
  TempRepo repo;
  repo.write("tox.ini", "[tox]\n");
  repo.write("c.yml", "practices:\n  - id: has-tox\n    category: testing\n    rules:\n"
                      "      - status: adopted\n        when: {file_exists: tox.ini}\n");
  repo.commit("c");
  CliRun r = practrack("explain has-tox " + repo.path() + " --config " + repo.path() + "/c.yml");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("Adopted"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("custom practice"), std::string::npos) << r.out;
}

}  // namespace practrack

namespace practrack {

// A history stored from one path is not found from another (a clone of the
// mirror): the error names what the store does hold (trial 11).
TEST(Cli, TimelineOfAnUnstoredRepositoryNamesTheStoredOnes) {
  TempRepo stored;
  stored.write("README.md", "# a\n");
  stored.commit("c");
  TempRepo other;
  other.write("README.md", "# b\n");
  other.commit("c");
  std::string db = stored.path() + "-timeline.db";  // beside the repository, not in it
  CliRun h = practrack("history " + stored.path() + " --db " + db + " -q");
  ASSERT_EQ(h.status, 0) << h.out;
  CliRun t = practrack("timeline " + other.path() + " --db " + db);
  EXPECT_EQ(t.status, 3) << t.out;
  EXPECT_NE(t.out.find("the store holds 1 other repository: " + stored.path()), std::string::npos)
      << t.out;
  // A repository only `scan`ned is no other repository (trials 15 and 16:
  // the error named the asked one as "other").
  ASSERT_EQ(practrack("scan " + other.path() + " --db " + db + " -q").status, 0);
  CliRun scanned = practrack("trend " + other.path() + " --db " + db + " -o " + db + ".svg");
  EXPECT_EQ(scanned.status, 3) << scanned.out;
  EXPECT_NE(scanned.out.find("scans of its working tree only"), std::string::npos) << scanned.out;
  EXPECT_EQ(scanned.out.find("other repositor"), std::string::npos) << scanned.out;
  std::remove(db.c_str());
}

}  // namespace practrack
