// Shared fixture of the history tests: a repository whose CHANGELOG.md
// appears at the second commit and disappears at the fourth, and a store
// in a temporary folder.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "history/history_scan.h"
#include "support/temp_repo.h"

namespace practrack::history_test {

namespace fs = std::filesystem;

class HistoryRepo : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           (std::string("practrack-history-") + info->name() + "-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string db_path() const { return (dir_ / "practrack.db").string(); }

  // c[0] README; c[1] + CHANGELOG.md; c[2] + src change; c[3] - CHANGELOG.md.
  void build_changelog_history() {
    repo_.write("README.md", "# demo\n\nA small project.\n");
    repo_.write("src/app.py", "def main():\n    return 1\n");
    c_.push_back(repo_.commit("Initial commit", "2024-01-01T10:00:00Z"));
    repo_.write("CHANGELOG.md", "# Changelog\n\n## 1.0.0 (2024-02-01)\n\n- First release\n");
    c_.push_back(repo_.commit("Add a changelog", "2024-02-01T10:00:00Z"));
    repo_.write("src/app.py", "def main():\n    return 2\n");
    c_.push_back(repo_.commit("Change the app", "2024-03-01T10:00:00Z"));
    repo_.remove("CHANGELOG.md");
    c_.push_back(repo_.commit("Drop the changelog", "2024-04-01T10:00:00Z"));
  }

  std::unique_ptr<Store> open_store() {
    auto store = open_store_at(db_path());
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error());
    return store.ok() ? std::move(*store) : nullptr;
  }

  // Runs the whole history into the store; returns the run's result.
  HistoryResult scan_all(Store& store, FileMemo& memo, HistoryOptions options = {}) {
    options.path = repo_.path();
    auto repo = GitRepo::open(repo_.path());
    EXPECT_TRUE(repo.ok());
    auto commits = select_commits(**repo, options);
    EXPECT_TRUE(commits.ok());
    auto result = scan_history(*repo, *commits, options, store, memo);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error());
    return result.ok() ? *result : HistoryResult{};
  }

  test_support::TempRepo repo_;
  std::vector<std::string> c_;
  fs::path dir_;
};

}  // namespace practrack::history_test
