#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "scan/context.h"
#include "support/temp_repo.h"
#include "tree/git_trees.h"

namespace practrack {
namespace {

using test_support::TempRepo;

std::vector<std::string> paths(const Tree& tree) {
  std::vector<std::string> out;
  for (const auto& f : tree.files()) out.push_back(f.path);
  return out;
}

const FileEntry* entry(const Tree& tree, const std::string& path) {
  for (const auto& f : tree.files())
    if (f.path == path) return &f;
  return nullptr;
}

std::unique_ptr<Tree> work(const TempRepo& repo) {
  auto git = GitRepo::open(repo.path());
  EXPECT_TRUE(git.ok()) << git.error();
  auto tree = open_work_tree(*git);
  EXPECT_TRUE(tree.ok()) << tree.error();
  return std::move(*tree);
}

std::unique_ptr<Tree> at(const TempRepo& repo, const std::string& rev) {
  auto git = GitRepo::open(repo.path());
  auto oid = (*git)->resolve_commit(rev);
  EXPECT_TRUE(oid.ok()) << oid.error();
  auto tree = open_commit_tree(*git, *oid);
  EXPECT_TRUE(tree.ok()) << tree.error();
  return std::move(*tree);
}

}  // namespace

TEST(WorkTree, ListsTrackedAndUntrackedButNotIgnoredOrDeleted) {
  TempRepo repo;
  repo.write(".gitignore", "build/\nnode_modules/\n*.log\n");
  repo.write("src/app.py", "print('hi')\n");
  repo.write("gone.txt", "x\n");
  repo.commit("initial");
  repo.write("new/untracked.yml", "a: 1\n");
  repo.write("build/out.o", "junk");
  repo.write("node_modules/x/index.js", "junk");
  repo.write("debug.log", "junk");
  repo.remove("gone.txt");

  auto tree = work(repo);
  auto got = paths(*tree);
  std::vector<std::string> want = {".gitignore", "new/untracked.yml", "src/app.py"};
  EXPECT_EQ(got, want);
}

// Regular files are not stat-ed against the index: no blob id is claimed
// for them, and an edit is read as it is. A link that became a file, or a
// file that became a link, is stat-ed and takes its new kind.
TEST(WorkTree, ModifiedFilesClaimNoBlobIdAndReadCurrentContent) {
  TempRepo repo;
  repo.write("a.txt", "one\n");
  repo.write("b.txt", "same\n");
  repo.write("c.txt", "c\n");
  repo.sh("ln -s b.txt link");
  repo.commit("initial");
  repo.write("a.txt", "two, longer\n");
  repo.sh("rm c.txt && ln -s a.txt c.txt");
  auto tree = work(repo);
  const FileEntry* a = entry(*tree, "a.txt");
  const FileEntry* b = entry(*tree, "b.txt");
  const FileEntry* c = entry(*tree, "c.txt");
  const FileEntry* link = entry(*tree, "link");
  ASSERT_TRUE(a && b && c && link);
  EXPECT_TRUE(a->oid.empty());
  EXPECT_TRUE(b->oid.empty());
  EXPECT_EQ(c->kind, FileKind::symlink);
  EXPECT_TRUE(c->oid.empty());
  EXPECT_EQ(link->kind, FileKind::symlink);
  EXPECT_EQ(link->oid.size(), 40u);  // unchanged link: its blob holds its target
  EXPECT_EQ(*tree->read(*a, 100), "two, longer\n");
}

TEST(CommitTree, ReadsAnyCommitWithoutCheckout) {
  TempRepo repo;
  repo.write("a.txt", "v1\n");
  std::string first = repo.commit("first");
  repo.write("a.txt", "v2\n");
  repo.write("b.txt", "b\n");
  repo.commit("second");

  auto old = at(repo, first);
  EXPECT_EQ(paths(*old), std::vector<std::string>{"a.txt"});
  EXPECT_EQ(*old->read(*entry(*old, "a.txt"), 100), "v1\n");
  auto head = at(repo, "HEAD");
  EXPECT_EQ(*head->read(*entry(*head, "a.txt"), 100), "v2\n");
}

// The same files and kinds; blob ids too where the work tree claims
// one (links: regular files are not stat-ed, so it claims none for them).
TEST(CommitTree, SameFilesAsACleanWorkTree) {
  TempRepo repo;
  repo.write("x/y/z.txt", "deep\n");
  repo.write("run.sh", "#!/bin/sh\n");
  repo.sh("chmod +x run.sh && ln -s x/y/z.txt link");
  repo.commit("c");
  auto w = work(repo);
  auto c = at(repo, "HEAD");
  ASSERT_EQ(w->files().size(), c->files().size());
  for (std::size_t i = 0; i < w->files().size(); ++i) {
    EXPECT_EQ(w->files()[i].path, c->files()[i].path);
    EXPECT_EQ(w->files()[i].kind, c->files()[i].kind);
    if (!w->files()[i].oid.empty()) {
      EXPECT_EQ(w->files()[i].oid, c->files()[i].oid);
    }
  }
  EXPECT_EQ(entry(*c, "run.sh")->kind, FileKind::executable);
  EXPECT_EQ(entry(*w, "link")->oid, entry(*c, "link")->oid);
}

// A history moves the last commit's tree to the next: in place when only
// blob ids changed, else as a new listing that says where each file was.
TEST(CommitTree, AdvancesInPlaceWhenOnlyBlobsChange) {
  TempRepo repo;
  repo.write("a.txt", "a\n");
  repo.write("deep/x/y.txt", "y1\n");
  repo.write("deep/z.txt", "z\n");
  repo.write("run.sh", "#!/bin/sh\n");
  std::string one = repo.commit("one");
  repo.write("deep/x/y.txt", "y2\n");
  std::string two = repo.commit("two");

  auto git = GitRepo::open(repo.path());
  ASSERT_TRUE(git.ok());
  auto oid = [&](const std::string& rev) { return *(*git)->resolve_commit(rev); };
  auto tree = at(repo, one);
  const FileEntry* first = tree->files().data();
  auto step = advance_commit_tree(*tree, oid(two));
  ASSERT_TRUE(step.has_value());
  EXPECT_EQ(step->changed, std::vector<std::size_t>{1});  // a.txt deep/x/y.txt deep/z.txt run.sh
  EXPECT_FALSE(step->before.has_value());
  EXPECT_EQ(tree->files().data(), first);  // the same entries, moved
  auto fresh = at(repo, two);
  for (std::size_t i = 0; i < fresh->files().size(); ++i)
    EXPECT_EQ(tree->files()[i].oid, fresh->files()[i].oid) << fresh->files()[i].path;
  EXPECT_EQ(*tree->read(*entry(*tree, "deep/x/y.txt"), 100), "y2\n");
  EXPECT_NE(tree->describe().find(two.substr(0, 12)), std::string::npos);
  // A working tree is never advanced.
  EXPECT_FALSE(advance_commit_tree(*work(repo), oid(two)).has_value());
}

// Each step's listing is the one a fresh listing of the commit gives, and
// `before` points every kept file at its old entry.
TEST(CommitTree, AdvancesOverFilesAddedRemovedAndChangingKind) {
  TempRepo repo;
  repo.write("a.txt", "a\n");
  repo.write("deep/x/y.txt", "y1\n");
  repo.write("deep/z.txt", "z\n");
  repo.write("run.sh", "#!/bin/sh\n");
  repo.write("zz.txt", "last\n");
  std::vector<std::string> commits = {repo.commit("one")};
  repo.write("b.txt", "new\n");  // a file added
  repo.write("deep/x/y.txt", "y2\n");
  commits.push_back(repo.commit("two"));
  repo.remove("b.txt");  // removed, and run.sh becomes executable
  repo.sh("chmod +x run.sh");
  commits.push_back(repo.commit("three"));
  repo.sh("git rm -rq deep");  // a whole folder goes, another comes
  repo.write("new/dir/c.txt", "c\n");
  repo.write("deep.txt", "beside the old folder\n");
  commits.push_back(repo.commit("four"));
  repo.sh("git rm -q zz.txt && mkdir zz.txt && echo x > zz.txt/inside && git add -A");
  commits.push_back(repo.commit("five"));  // a file became a folder of that name

  auto git = GitRepo::open(repo.path());
  ASSERT_TRUE(git.ok());
  auto tree = at(repo, commits[0]);
  for (std::size_t c = 1; c < commits.size(); ++c) {
    std::vector<FileEntry> old = tree->files();
    auto step = advance_commit_tree(*tree, *(*git)->resolve_commit(commits[c]));
    ASSERT_TRUE(step.has_value()) << commits[c];
    ASSERT_TRUE(step->before.has_value()) << "paths changed at commit " << c;
    auto fresh = at(repo, commits[c]);
    ASSERT_EQ(tree->files().size(), fresh->files().size()) << c;
    ASSERT_EQ(step->before->size(), fresh->files().size());
    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < fresh->files().size(); ++i) {
      const FileEntry& now = tree->files()[i];
      EXPECT_EQ(now.path, fresh->files()[i].path) << c;
      EXPECT_EQ(now.oid, fresh->files()[i].oid) << now.path;
      EXPECT_EQ(now.kind, fresh->files()[i].kind) << now.path;
      auto from = (*step->before)[i];
      if (from >= 0) {
        EXPECT_EQ(old[static_cast<std::size_t>(from)].path, now.path);
        EXPECT_EQ(old[static_cast<std::size_t>(from)].kind, now.kind);
      }
      if (from < 0 || old[static_cast<std::size_t>(from)].oid != now.oid) changed.push_back(i);
    }
    EXPECT_EQ(step->changed, changed) << c;
    EXPECT_EQ(*tree->read(*entry(*tree, tree->files().back().path), 100),
              *fresh->read(fresh->files().back(), 100));
  }
  EXPECT_EQ((*tree->files().rbegin()).path, "zz.txt/inside");
  EXPECT_EQ(entry(*tree, "deep/z.txt"), nullptr);
  EXPECT_EQ(entry(*tree, "run.sh")->kind, FileKind::executable);
}

TEST(Trees, SymlinksOutOfTheTreeAreListedButNeverFollowed) {
  TempRepo repo;
  repo.write("real.txt", "inside\n");
  repo.sh("ln -s /etc/passwd escape && ln -s real.txt inner && mkdir d && ln -s /etc d/etcdir");
  repo.commit("links");
  for (auto& tree : {work(repo), at(repo, "HEAD")}) {
    const FileEntry* esc = entry(*tree, "escape");
    ASSERT_TRUE(esc) << tree->describe();
    EXPECT_EQ(esc->kind, FileKind::symlink);
    EXPECT_FALSE(tree->read(*esc, 1 << 20).ok());
    EXPECT_FALSE(tree->read(*entry(*tree, "inner"), 1 << 20).ok());
  }
}

TEST(WorkTree, RefusesAPathThatGoesThroughASymlinkedFolder) {
  TempRepo repo;
  repo.write("conf/app.yml", "a: 1\n");
  repo.commit("c");
  // Replace the folder by a link outside the tree after the index knows it.
  repo.sh("rm -rf conf && ln -s /etc conf");
  auto tree = work(repo);
  FileEntry fake{"conf/passwd", "", 0, FileKind::regular};
  EXPECT_FALSE(tree->read(fake, 1 << 20).ok());
}

// The listing's sizes save a stat per read; a file that changed since the
// listing is read as it is now, or refused when it is no file any more.
TEST(WorkTree, FilesChangedAfterTheListingReadAsTheyAreNow) {
  TempRepo repo;
  repo.write("d/grows.txt", "abc\n");
  repo.write("d/shrinks.txt", "abcdef\n");
  repo.write("d/becomes_dir.txt", "x\n");
  repo.write("d/swelled.txt", "x\n");
  repo.commit("c");
  auto tree = work(repo);
  ASSERT_TRUE(tree->read(*entry(*tree, "d/grows.txt"), 1 << 20).ok());  // d/ is now open
  repo.write("d/grows.txt", "abc\ndef\n");
  repo.write("d/shrinks.txt", "ab\n");
  repo.write("d/swelled.txt", std::string(5000, 'y'));
  repo.sh("rm d/becomes_dir.txt && mkdir d/becomes_dir.txt");
  EXPECT_EQ(*tree->read(*entry(*tree, "d/grows.txt"), 1 << 20), "abc\ndef\n");
  EXPECT_EQ(*tree->read(*entry(*tree, "d/shrinks.txt"), 1 << 20), "ab\n");
  auto dir = tree->read(*entry(*tree, "d/becomes_dir.txt"), 1 << 20);
  EXPECT_FALSE(dir.ok());
  auto big = tree->read(*entry(*tree, "d/swelled.txt"), 1000);
  ASSERT_FALSE(big.ok());
  EXPECT_NE(big.error().find("5000"), std::string::npos) << big.error();
}

// Files are opened by name from the folder a thread opened last; a folder
// swapped for a symlink since is still never followed.
TEST(WorkTree, AFolderSwappedForASymlinkAfterAReadIsNotFollowed) {
  TempRepo repo;
  repo.write("conf/app.yml", "a: 1\n");
  repo.commit("c");
  auto tree = work(repo);
  ASSERT_TRUE(tree->read(*entry(*tree, "conf/app.yml"), 1 << 20).ok());
  repo.sh("rm -rf conf && ln -s /etc conf");
  FileEntry fake{"conf/passwd", "", 0, FileKind::regular};
  EXPECT_FALSE(tree->read(fake, 1 << 20).ok());
}

TEST(Trees, ReadLimitIsEnforced) {
  TempRepo repo;
  repo.write("big.txt", std::string(5000, 'x'));
  repo.commit("big");
  for (auto& tree : {work(repo), at(repo, "HEAD")}) {
    auto r = tree->read(*entry(*tree, "big.txt"), 1000);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("5000"), std::string::npos) << r.error();
  }
}

TEST(GitRepo, NotARepositoryAndUnknownRevisionAreClearErrors) {
  auto dir = std::filesystem::temp_directory_path() / "practrack-not-a-repo";
  std::filesystem::create_directories(dir);
  auto none = GitRepo::open(dir.string());
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().find("not a git repository"), std::string::npos);

  TempRepo repo;
  repo.commit("empty");
  auto git = GitRepo::open(repo.path());
  auto bad = (*git)->resolve_commit("no-such-branch");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("no-such-branch"), std::string::npos);
}

TEST(ScanContext, BinaryAndOversizeFilesBecomeOneWarningEach) {
  MemoryTree tree;
  tree.add("bin.dat", std::string("\x7f" "ELF\0\0\0", 7));
  tree.add("huge.yml", std::string(64, 'a'));
  tree.add("ok.yml", "a: 1\n");
  Diagnostics diags;
  ScanLimits limits;
  limits.config_bytes = 32;
  ScanContext ctx(tree, diags, nullptr, std::nullopt, nullptr, limits);
  EXPECT_FALSE(ctx.read_text(*ctx.find("bin.dat")));
  EXPECT_FALSE(ctx.read_text(*ctx.find("huge.yml")));
  EXPECT_TRUE(ctx.read_text(*ctx.find("ok.yml")));
  auto all = diags.all();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].path, "bin.dat");
  EXPECT_EQ(all[1].path, "huge.yml");
}

TEST(ScanContext, VendoredAndTestDataFoldersAreNotOwnFiles) {
  MemoryTree tree;
  tree.add("SECURITY.md", "x");
  tree.add("vendor/lib/SECURITY.md", "x");
  tree.add("web/node_modules/a/package.json", "{}");
  tree.add("tests/fixtures/.gitlab-ci.yml", "a: 1");
  tree.add("tests/test_app.py", "def test_x(): pass");
  tree.add("deps/deps.go", "package deps");                      // the project's own package
  tree.add("deps/jemalloc/Makefile", "all:");                    // a copied library
  tree.add("internal/webp/deps/clib/.clang-format", "Style: x");  // the same, deeper
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  std::vector<std::string> own;
  for (const auto* f : ctx.own_files()) own.push_back(f->path);
  EXPECT_EQ(own, (std::vector<std::string>{"SECURITY.md", "deps/deps.go", "tests/test_app.py"}));
  EXPECT_EQ(ctx.glob("**/SECURITY.md").size(), 1u);
}

// Regression: fixture sources (tests/source-files/**) counted as the
// project's Python and made type-checking not-started instead of N/A.
TEST(ScanContext, TestInputFoldersUnderTestsAreNotOwnFiles) {
  MemoryTree tree;
  tree.add("tests/source-files/pkg/mod.py", "x: int = 1");
  tree.add("tests/data/sample.py", "import logging");
  tree.add("tests/unit/data/case.py", "x = 1");
  tree.add("tests/robot/resources/common.robot", "*** Keywords ***\n");  // test code
  tree.add("tests/test_app.py", "def test_x(): pass");
  tree.add("data/loader.py", "x = 1");  // no test folder above: the project's own
  tree.add("src/resources/app.yml", "a: 1");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  std::vector<std::string> own;
  for (const auto* f : ctx.own_files()) own.push_back(f->path);
  EXPECT_EQ(own,
            (std::vector<std::string>{"data/loader.py", "src/resources/app.yml",
                                      "tests/robot/resources/common.robot", "tests/test_app.py"}));
}

}  // namespace practrack

namespace practrack {

// Regression: SECURITY.md -> /etc/passwd made security-policy adopted.
TEST(ScanContext, SymlinksAreNeverOwnFiles) {
  MemoryTree tree;
  tree.add("SECURITY.md", "/etc/passwd", FileKind::symlink);
  tree.add("README.md", "# x\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  EXPECT_EQ(ctx.own_files().size(), 1u);
  EXPECT_TRUE(ctx.glob("SECURITY.md").empty());
  EXPECT_NE(ctx.find("SECURITY.md"), nullptr);  // still listed
}

// PHP and .NET spell the folders with capitals (composer's
// tests/Composer/Test/Fixtures/, TestData/): they are test data all the same.
TEST(ScanContext, ExcludedFolderNamesMatchWhateverTheirCase) {
  MemoryTree tree;
  tree.add("tests/Composer/Test/Fixtures/functional/composer.json", "{}");
  tree.add("src/App.Tests/TestData/sample.json", "{}");
  tree.add("lib/Vendor/pkg/composer.json", "{}");
  tree.add("Tests/Data/input.php", "<?php");
  tree.add("eng/common/AGENTS.md", "# Arcade's");  // trial 8: dotnet's vendored build scripts
  tree.add("eng/common/native/install-cmake.sh", "#!/bin/sh\n");
  tree.add("src/Composer/Composer.php", "<?php");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  std::vector<std::string> own;
  for (const auto* f : ctx.own_files()) own.push_back(f->path);
  EXPECT_EQ(own, (std::vector<std::string>{"src/Composer/Composer.php"}));
}

}  // namespace practrack
