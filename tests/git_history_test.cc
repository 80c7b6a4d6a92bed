// The git probes against real repositories built with `git` in a temp dir:
// remotes with credentials, conventional and signed commits, merges, tags
// (semver, non-semver, on an unmerged branch), and a scan of an older
// commit that must describe that commit's history, not HEAD's.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "probes/git/git_util.h"
#include "scan/scanner.h"
#include "tree/git_trees.h"

namespace practrack {
namespace {

namespace fs = std::filesystem;

// Commit dates are kBase + a small offset: 2023-11-14T22:13:20Z onwards.
constexpr long long kBase = 1700000000;

class GitRepoFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/practrack-git-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    git("init -q -b main");
    git("config user.name Tester");
    git("config user.email tester@example.com");
    git("config commit.gpgsign false");
    git("config tag.gpgsign false");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs git in the repository; commit dates are fixed so history order is known.
  void git(const std::string& args, long long date = 0) {
    std::string env = "GIT_CONFIG_NOSYSTEM=1 HOME=" + dir_ + " ";
    if (date)
      env += "GIT_AUTHOR_DATE='@" + std::to_string(kBase + date) + " +0000' GIT_COMMITTER_DATE='@" +
             std::to_string(kBase + date) + " +0000' ";
    std::string cmd = "cd '" + dir_ + "' && " + env + "git " + args + " >/dev/null 2>&1";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  }
  void write(const std::string& path, const std::string& content) {
    fs::create_directories(fs::path(dir_ + "/" + path).parent_path());
    std::ofstream(dir_ + "/" + path) << content;
  }
  void commit(const std::string& message, long long date) {
    write("log.txt", message + "\n" + std::to_string(date));
    git("add -A", date);
    git("commit -q -m '" + message + "'", date);
  }
  // A commit object with a gpgsig header: only its presence is checked.
  void signed_commit(const std::string& message, long long date) {
    std::string script =
        "cd '" + dir_ +
        "' && tree=$(git write-tree) && parent=$(git rev-parse HEAD) && "
        "c=$(printf 'tree %s\\nparent %s\\nauthor T <t@e> " +
        std::to_string(kBase + date) + " +0000\\ncommitter T <t@e> " +
        std::to_string(kBase + date) +
        " +0000\\ngpgsig -----BEGIN PGP SIGNATURE-----\\n AAAA\\n -----END PGP SIGNATURE-----"
        "\\n\\n" +
        message +
        "\\n' $tree $parent | git hash-object -t commit -w --stdin) && "
        "git update-ref refs/heads/main $c";
    ASSERT_EQ(std::system(script.c_str()), 0);
  }
  Report scan_at(std::optional<std::string> rev = std::nullopt) {
    ScanRequest request;
    request.path = dir_;
    request.rev = std::move(rev);
    auto report = scan(request);
    EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error());
    return report.ok() ? std::move(*report) : Report{};
  }
  // main: feat, fix(cli) [v1.0.0], "update readme" [nightly], merge of a
  // side branch, feat! (signed) [v1.1.0]; an unmerged branch carries v9.0.0.
  void build_history() {
    commit("feat: add parser", 1000);
    commit("fix(cli): handle empty input", 2000);
    git("tag -a v1.0.0 -m 'release 1.0.0'", 2000);
    commit("update readme", 3000);
    git("tag nightly");
    git("checkout -q -b side", 3500);
    commit("docs: explain flags", 3500);
    git("checkout -q main");
    git("merge -q --no-ff side -m 'Merge branch side'", 4000);
    signed_commit("feat!: drop python 2", 5000);
    git("tag v1.1.0");
    git("checkout -q -b unmerged", 6000);
    commit("chore: experiment", 6000);
    git("tag v9.0.0");
    git("checkout -q main");
    git("remote add origin https://deploy:s3cr3t-token@gitlab.com/org/repo.git");
    git("remote add github git@github.com:org/repo.git");
  }

  // 10,050 commits on main, every other one conventional, v0.1.0 on the first.
  void long_history(int commits = 10050) {
    std::string stream;
    for (int i = 1; i <= commits; ++i) {
      std::string msg = i % 2 ? "feat: step " + std::to_string(i) : "step " + std::to_string(i);
      stream += "commit refs/heads/main\ncommitter T <t@e> " + std::to_string(kBase + i) +
                " +0000\ndata " + std::to_string(msg.size()) + "\n" + msg + "\n";
      if (i == 1) stream += "reset refs/tags/v0.1.0\nfrom refs/heads/main\n\n";
    }
    std::ofstream(dir_ + "/stream") << stream;
    git("fast-import --quiet < stream");
    fs::remove(dir_ + "/stream");
  }
  // The git facts of each rev, in order, scanned through one opened
  // repository (as a history scan does: the commits one walk parsed serve
  // the next) and each through a repository of its own.
  void expect_shared_walks_match(const std::vector<std::string>& revs) {
    auto shared = open_target(dir_, "HEAD");
    ASSERT_TRUE(shared.ok());
    for (const auto& rev : revs) {
      SCOPED_TRACE(rev);
      auto alone = open_target(dir_, rev);
      ASSERT_TRUE(alone.ok()) << alone.error();
      auto tree = open_commit_tree(shared->repo, *alone->commit);
      ASSERT_TRUE(tree.ok());
      ScanTarget kept{shared->repo, std::move(*tree), alone->commit, false};
      const GitFacts a = scan_target(kept, {}, nullptr).facts.git;
      const GitFacts b = scan_target(*alone, {}, nullptr).facts.git;
      EXPECT_EQ(a.sampled_commits, b.sampled_commits);
      EXPECT_EQ(a.conventional_commits, b.conventional_commits);
      EXPECT_EQ(a.signed_commits, b.signed_commits);
      std::vector<std::string> ta, tb;
      for (const Tag& t : a.tags) ta.push_back(t.name);
      for (const Tag& t : b.tags) tb.push_back(t.name);
      EXPECT_EQ(ta, tb);
      EXPECT_EQ(a.signed_tags, b.signed_tags);
    }
  }

  std::string dir_;
};

TEST_F(GitRepoFixture, WorkTreeDescribesHeadHistory) {
  build_history();
  Report r = scan_at();
  const GitFacts& g = r.facts.git;
  EXPECT_TRUE(g.is_repository);
  EXPECT_EQ(g.branch, "main");
  EXPECT_EQ(g.head_time, kBase + 5000);
  EXPECT_EQ(g.total_commits, 5);    // first parent: 1000, 2000, 3000, merge, signed
  EXPECT_EQ(g.sampled_commits, 5);  // non-merge: the side commit counts, the merge does not
  EXPECT_EQ(g.conventional_commits, 4);
  EXPECT_EQ(g.signed_commits, 1);
  ASSERT_EQ(g.tags.size(), 3u);  // v9.0.0 is on an unmerged branch
  EXPECT_EQ(g.tags[0].name, "v1.1.0");
  EXPECT_EQ(g.tags[1].name, "nightly");
  EXPECT_EQ(g.tags[2].name, "v1.0.0");
  EXPECT_TRUE(g.tags[0].semver);
  EXPECT_FALSE(g.tags[1].semver);
  EXPECT_FALSE(g.tags[1].release);
  EXPECT_TRUE(g.tags[2].annotated);
  EXPECT_EQ(g.tags[2].time, kBase + 2000);
}

TEST_F(GitRepoFixture, RemotesLoseTheirCredentials) {
  build_history();
  Report r = scan_at();
  ASSERT_EQ(r.facts.git.remotes.size(), 2u);
  for (const Remote& remote : r.facts.git.remotes) {
    EXPECT_EQ(remote.url.find("s3cr3t"), std::string::npos);
    if (remote.name == "origin") {
      EXPECT_EQ(remote.url, "https://gitlab.com/org/repo.git");
      EXPECT_EQ(remote.host, "gitlab.com");
    } else {
      EXPECT_EQ(remote.host, "github.com");
    }
  }
  const Assessment* git = r.find("git");
  ASSERT_NE(git, nullptr);
  EXPECT_EQ(git->status, Status::adopted);
  EXPECT_NE(git->note.find("GitLab primary, GitHub mirror"), std::string::npos) << git->note;
  EXPECT_EQ(git->note.find("s3cr3t"), std::string::npos);
}

TEST_F(GitRepoFixture, OlderCommitDescribesItsOwnHistory) {
  build_history();
  Report r = scan_at("v1.0.0");
  const GitFacts& g = r.facts.git;
  EXPECT_EQ(g.head_time, kBase + 2000);
  EXPECT_EQ(g.branch, "");
  EXPECT_EQ(g.total_commits, 2);
  EXPECT_EQ(g.sampled_commits, 2);
  EXPECT_EQ(g.conventional_commits, 2);
  EXPECT_EQ(g.signed_commits, 0);
  ASSERT_EQ(g.tags.size(), 1u);
  EXPECT_EQ(g.tags[0].name, "v1.0.0");
  const Assessment* tags = r.find("release-tags");
  ASSERT_NE(tags, nullptr);
  EXPECT_EQ(tags->status, Status::adopted);
  EXPECT_NE(tags->note.find("latest `v1.0.0` (2023-11-14)"), std::string::npos) << tags->note;
}

TEST_F(GitRepoFixture, SameCommitSameFactsAsWorkTreeOrRev) {
  build_history();
  Report work = scan_at();
  Report rev = scan_at("main");
  EXPECT_EQ(work.facts.git.head_commit, rev.facts.git.head_commit);
  EXPECT_EQ(work.facts.git.total_commits, rev.facts.git.total_commits);
  EXPECT_EQ(work.facts.git.conventional_commits, rev.facts.git.conventional_commits);
  EXPECT_EQ(work.facts.git.signed_commits, rev.facts.git.signed_commits);
  ASSERT_EQ(work.facts.git.tags.size(), rev.facts.git.tags.size());
  for (std::size_t i = 0; i < work.facts.git.tags.size(); ++i)
    EXPECT_EQ(work.facts.git.tags[i].name, rev.facts.git.tags[i].name);
}

TEST_F(GitRepoFixture, ConventionalRatioDecidesUnenforcedFormat) {
  for (int i = 1; i <= 9; ++i) commit("feat: step " + std::to_string(i), i * 100);
  commit("wip", 1000);
  Report r = scan_at();
  const Assessment* a = r.find("conventional-commits");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->status, Status::partial);
  EXPECT_NE(a->note.find("9/10 (90%)"), std::string::npos) << a->note;
  const Assessment* s = r.find("signed-commits");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->status, Status::not_started);
}

// 10,050 commits through fast-import: the count stops at its bound, the
// sample at 200, and a tag older than the walked window is still listed.
TEST_F(GitRepoFixture, LongHistoryIsBounded) {
  long_history();
  Report r = scan_at("main");
  const GitFacts& g = r.facts.git;
  EXPECT_EQ(g.total_commits, 10000);
  EXPECT_TRUE(g.history_capped);
  EXPECT_EQ(g.sampled_commits, 200);
  EXPECT_EQ(g.conventional_commits, 100);
  ASSERT_EQ(g.tags.size(), 1u);
  EXPECT_EQ(g.tags[0].name, "v0.1.0");
  EXPECT_EQ(r.find("git")->note, "Git repo, 10000+ first-parent commits; no remote configured");
}

// A history scans the newest commit first, then its parents: past the
// count's bound, what the first walk learnt settles the next ones, and
// each says what a walk of its own would.
TEST_F(GitRepoFixture, CountsPastTheBoundHoldForTheCommitsAfter) {
  long_history(12600);
  for (int back : {0, 1, 2500, 2599, 2600, 2601}) {
    Report r = scan_at("main~" + std::to_string(back));
    SCOPED_TRACE(back);
    EXPECT_EQ(r.facts.git.total_commits, std::min(12600 - back, 10000));
    EXPECT_EQ(r.facts.git.history_capped, 12600 - back > 10000);
  }
}

// A history scan walks each commit over the commits earlier walks parsed;
// every commit, on a linear part, at a merge, below it, and on a branch
// beside it, gets what a walk in a fresh repository finds.
TEST_F(GitRepoFixture, SharedCommitGraphAnswersAsAFreshWalk) {
  build_history();
  // A branch whose commit is older than the main-line commit before its
  // merge: the walk from the merge meets it below that commit, a walk from
  // that commit never does.
  git("checkout -q -b late main", 5500);
  write("side.txt", "side\n");
  git("add side.txt", 5500);
  git("commit -q -m 'fix: side'", 5500);
  git("tag side-tag");
  git("checkout -q main");
  commit("feat: a", 7000);
  git("merge -q --no-ff late -m 'Merge late'", 7500);
  for (int i = 0; i < 4; ++i) commit(i % 2 ? "feat: more " + std::to_string(i) : "tweak", 8000 + i);
  git("tag v1.2.0");
  commit("fix: last", 9000);
  expect_shared_walks_match({"main", "main~1", "main~2", "main~3", "main~4", "main~5", "main~6",
                           "main~7", "main~8", "main~8^2", "main~9", "main~10", "main~11",
                           "main~5^2", "unmerged", "main~2"});
}

// The same past the reach bound: the horizon and the tag older than it.
TEST_F(GitRepoFixture, SharedCommitGraphKeepsTheReachBound) {
  long_history();
  expect_shared_walks_match({"main", "main~1", "main~2", "main~40", "main~41", "main~10049"});
}

// Without tags a walk stops at its sample: each parent's walk goes on
// from where its child's stopped, past merges of branches that are older.
TEST_F(GitRepoFixture, SharedCommitGraphKeepsTheSampleWithoutTags) {
  long_history(450);
  git("tag -d v0.1.0");
  git("checkout -q -b old main~300", 100);
  commit("fix: old branch", 150);
  git("checkout -q main");
  git("merge -q --no-ff old -m 'Merge old'", 460);
  for (int i = 0; i < 3; ++i) commit("feat: after " + std::to_string(i), 470 + i);
  expect_shared_walks_match({"main", "main~1", "main~2", "main~3", "main~4", "main~5", "main~6",
                             "main~200", "main~201", "main~3^2", "main~449"});
}

TEST_F(GitRepoFixture, EmptyRepositoryIsStillARepository) {
  write("README.md", "hello\n");
  Report r = scan_at();
  EXPECT_TRUE(r.facts.git.is_repository);
  EXPECT_EQ(r.facts.git.total_commits, 0);
  EXPECT_EQ(r.find("git")->status, Status::adopted);
}

TEST(GitUtil, StripsCredentialsAndFindsHosts) {
  using namespace gitprobe;
  EXPECT_EQ(strip_credentials("https://user:pw@github.com/a/b.git"), "https://github.com/a/b.git");
  EXPECT_EQ(strip_credentials("https://ghp_abc@github.com/a/b"), "https://github.com/a/b");
  EXPECT_EQ(strip_credentials("ssh://git@gitlab.com:2222/a/b.git"),
            "ssh://gitlab.com:2222/a/b.git");
  EXPECT_EQ(strip_credentials("git@github.com:a/b.git"), "git@github.com:a/b.git");
  EXPECT_EQ(url_host("ssh://git@GitLab.example.org:2222/a/b.git"), "gitlab.example.org");
  EXPECT_EQ(url_host("git@github.com:a/b.git"), "github.com");
  EXPECT_EQ(url_host("/srv/git/repo.git"), "");
  EXPECT_EQ(url_host("file:///srv/git/repo.git"), "");
  EXPECT_EQ(url_host("../other"), "");
}

TEST(GitUtil, ConventionalSubjects) {
  using namespace gitprobe;
  EXPECT_TRUE(is_conventional("feat: add x"));
  EXPECT_TRUE(is_conventional("fix(parser)!: reject tabs\n\nbody"));
  EXPECT_TRUE(is_conventional("chore(deps): bump yaml"));
  EXPECT_FALSE(is_conventional("Merge branch 'x'"));
  EXPECT_FALSE(is_conventional("featured: not a type"));
  EXPECT_FALSE(is_conventional("Update README.md"));
  EXPECT_FALSE(is_conventional("feat add x"));
}

TEST(GitUtil, SemverAndReleaseTags) {
  using namespace gitprobe;
  EXPECT_TRUE(is_semver("v1.2.3"));
  EXPECT_TRUE(is_semver("1.0.0-rc.1+build.5"));
  EXPECT_FALSE(is_semver("v1.2"));
  EXPECT_FALSE(is_semver("01.2.3"));
  // A prefix naming the project or the kind of tag keeps the version semver.
  EXPECT_TRUE(is_semver("gson-parent-2.14.0"));
  EXPECT_TRUE(is_semver("release-1.2.3"));
  EXPECT_TRUE(is_semver("project-name-1.2.3-rc.1"));
  EXPECT_TRUE(is_semver("pkg/v1.2.3"));
  EXPECT_TRUE(is_semver("@scope/pkg@1.2.3"));
  EXPECT_FALSE(is_semver("release-1.2"));
  EXPECT_FALSE(is_semver("-1.2.3"));
  EXPECT_FALSE(is_semver("before-refactor"));
  EXPECT_TRUE(is_release_tag("v2"));
  EXPECT_TRUE(is_release_tag("release-2024.01"));
  EXPECT_TRUE(is_release_tag("pkg/v1.2.3"));
  EXPECT_FALSE(is_release_tag("nightly"));
  EXPECT_FALSE(is_release_tag("before-refactor"));
  // A maintenance line's marker (spring-petclinic's only tag; trial 12).
  EXPECT_FALSE(is_release_tag("1.5.x"));
  EXPECT_FALSE(is_release_tag("v2.x"));
  EXPECT_FALSE(is_release_tag("3.x-maintenance"));
  EXPECT_TRUE(is_release_tag("1.5.0"));
  EXPECT_TRUE(is_release_tag("v1.0.0-x86"));
  // CVS-era tags write the dots as underscores (libexpat; trial 15).
  EXPECT_TRUE(is_semver("R_2_8_3"));
  EXPECT_TRUE(is_semver("V1_0_1"));
  EXPECT_TRUE(is_semver("curl-7_88_1"));
  EXPECT_FALSE(is_semver("V1_0"));
  EXPECT_TRUE(is_release_tag("R_2_8_3"));
  EXPECT_TRUE(is_release_tag("V1_0"));
  EXPECT_FALSE(is_release_tag("sourceforge_init"));
}

}  // namespace
}  // namespace practrack
