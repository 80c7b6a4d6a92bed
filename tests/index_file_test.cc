// The git index read directly (tree/index_file.h) gives what libgit2
// gives, and leaves to libgit2 the kinds of index it does not read.
#include <gtest/gtest.h>

#include <fstream>

#include "support/temp_repo.h"
#include "tree/git.h"
#include "tree/index_file.h"

namespace practrack {
namespace {

using test_support::TempRepo;

std::vector<IndexRecord> through_libgit2(const std::string& repo_path) {
  auto repo = GitRepo::open(repo_path);
  EXPECT_TRUE(repo.ok());
  git_index* raw = nullptr;
  EXPECT_EQ(git_repository_index(&raw, (*repo)->get()), 0);
  std::vector<IndexRecord> out;
  for (std::size_t i = 0; i < git_index_entrycount(raw); ++i) {
    const git_index_entry* e = git_index_get_byindex(raw, i);
    out.push_back({e->path, e->mode, e->file_size, e->mtime.seconds, e->mtime.nanoseconds, e->id});
  }
  git_index_free(raw);
  return out;
}

void expect_same(const std::vector<IndexRecord>& a, const std::vector<IndexRecord>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].path, b[i].path) << i;
    EXPECT_EQ(a[i].mode, b[i].mode) << a[i].path;
    EXPECT_EQ(a[i].size, b[i].size) << a[i].path;
    EXPECT_EQ(a[i].mtime_seconds, b[i].mtime_seconds) << a[i].path;
    EXPECT_EQ(a[i].mtime_nanoseconds, b[i].mtime_nanoseconds) << a[i].path;
    EXPECT_TRUE(git_oid_equal(&a[i].id, &b[i].id)) << a[i].path;
  }
}

TEST(IndexFile, ReadsWhatLibgit2Reads) {
  TempRepo repo;
  repo.write("README.md", "# demo\n");
  repo.write("src/app.py", "print(1)\n");
  repo.write("bin/run", "#!/bin/sh\n");
  const std::string long_path =
      std::string(200, 'd') + "/" + std::string(200, 'e') + "/" + std::string(200, 'f') + ".txt";
  repo.write(long_path, "long path\n");
  repo.sh("chmod +x bin/run && ln -s src/app.py link && git add -A");
  repo.commit("c");
  // Intent to add: an extended flag, which makes the index format 3.
  repo.write("later.py", "x = 1\n");
  repo.sh("git add -N later.py");
  // A conflict's stages, side by side.
  std::string blob = repo.sh("git hash-object -w README.md");
  blob.erase(blob.find_last_not_of("\n") + 1);
  repo.sh("printf '0 0000000000000000000000000000000000000000\\tREADME.md\\n"
          "100644 " + blob + " 1\\tREADME.md\\n100644 " + blob + " 2\\tREADME.md\\n' | "
          "git update-index --index-info");
  auto direct = read_index_file(repo.path() + "/.git/index");
  ASSERT_TRUE(direct.has_value());
  EXPECT_GE(direct->size(), 6u);
  expect_same(*direct, through_libgit2(repo.path()));
}

TEST(IndexFile, OtherKindsAreLeftToLibgit2) {
  TempRepo repo;
  repo.write("a.txt", "a\n");
  repo.write("b/c.txt", "c\n");
  repo.commit("c");
  std::string index = repo.path() + "/.git/index";
  ASSERT_TRUE(read_index_file(index).has_value());
  repo.sh("git update-index --index-version 4");
  EXPECT_FALSE(read_index_file(index).has_value());  // compressed paths
  repo.sh("git update-index --index-version 2 && git update-index --split-index");
  EXPECT_FALSE(read_index_file(index).has_value());  // entries in another file
  repo.sh("git update-index --no-split-index");
  ASSERT_TRUE(read_index_file(index).has_value());
  // Cut short, or not an index at all: nothing, and no crash.
  std::string bytes;
  {
    std::ifstream in(index, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  for (std::size_t keep : {std::size_t{0}, std::size_t{11}, std::size_t{40}, bytes.size() / 2}) {
    std::ofstream(repo.path() + "/cut", std::ios::binary) << bytes.substr(0, keep);
    EXPECT_FALSE(read_index_file(repo.path() + "/cut").has_value()) << keep;
  }
  bytes[8] = '\x7f';  // an entry count far past the file's end
  std::ofstream(repo.path() + "/count", std::ios::binary) << bytes;
  EXPECT_FALSE(read_index_file(repo.path() + "/count").has_value());
  EXPECT_FALSE(read_index_file(repo.path() + "/missing").has_value());
}

}  // namespace
}  // namespace practrack
