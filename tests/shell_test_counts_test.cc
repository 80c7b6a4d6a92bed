// Regression (jenkinsci/docker): its tests are bats `@test` functions and
// Pester `It` blocks; both count as tests wherever test functions are
// counted (unit-tests, the test inventory).
#include <gtest/gtest.h>

#include "probes/source/file_analysis.h"
#include "scan/scanner.h"
#include "tree/tree.h"

namespace practrack {
namespace {

constexpr const char* kBats = R"(#!/usr/bin/env bats
load test_helpers

@test "build image" {
  run docker build .
  assert_success
}

@test	"version matches" {
  # @test "not a test: a comment"
  [ "$output" = "1.0" ]
}
)";

constexpr const char* kPester =
    R"(Import-Module -DisableNameChecking -Force $PSScriptRoot/../jenkins-support.psm1

Describe 'Compare versions' {
  It 'has same version' {
    $Item = Get-Item .
    Compare-VersionString '1.0' '1.0' | Should -Be 0
  }
  it "has right side greater" {
  }
  It 'parses <v>' -TestCases @(@{ v = '1' }, @{ v = '2' }) {
  }
}
)";

source::TestCount count(std::string_view path, std::string_view text) {
  auto lang = source::language_of(path);
  EXPECT_NE(lang, nullptr) << path;
  if (!lang) return {};
  auto counts = source::count_tests(path, lang->group, text, {});
  EXPECT_EQ(counts.size(), 1u) << path;
  return counts.empty() ? source::TestCount{} : counts.front();
}

}  // namespace

TEST(ShellTestCounts, BatsTestFunctions) {
  auto c = count("tests/runtime.bats", kBats);
  EXPECT_EQ(c.framework, "bats");
  EXPECT_EQ(c.tests, 2);
  EXPECT_EQ(c.line, 4);
  EXPECT_TRUE(source::is_test_path("tests/runtime.bats", source::kShell));
}

TEST(ShellTestCounts, PesterItBlocks) {
  auto c = count("tests/functions.Tests.ps1", kPester);
  EXPECT_EQ(c.framework, "pester");
  EXPECT_EQ(c.tests, 3);
  EXPECT_EQ(c.parametrized, 1);
  EXPECT_EQ(c.line, 4);
}

// `It` in a script Pester does not run, `@test` outside a .bats file.
TEST(ShellTestCounts, OnlyTestFilesCount) {
  auto ps = source::count_tests("make.ps1", source::kShell, kPester, {});
  EXPECT_TRUE(ps.empty());
  auto sh = source::count_tests("build.sh", source::kShell, kBats, {});
  EXPECT_TRUE(sh.empty());
}

TEST(ShellTestCounts, UnitTestsCountsBatsAndPester) {
  MemoryTree t;
  t.add("Dockerfile", "FROM debian:bookworm\n");
  t.add("tests/runtime.bats", kBats);
  t.add("tests/functions.Tests.ps1", kPester);
  Diagnostics diags;
  ScanContext ctx(t, diags);
  Report r = scan_tree(ctx);
  const TestSuite* bats = r.facts.source.suite("bats");
  ASSERT_NE(bats, nullptr);
  EXPECT_EQ(bats->tests, 2);
  const TestSuite* pester = r.facts.source.suite("pester");
  ASSERT_NE(pester, nullptr);
  EXPECT_EQ(pester->tests, 3);
  auto a = *r.find("unit-tests");
  EXPECT_NE(a.status, Status::not_started) << a.note;
  EXPECT_NE(a.note.find("(bats)"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("(pester)"), std::string::npos) << a.note;
}

}  // namespace practrack
