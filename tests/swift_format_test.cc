// Regressions (trial 10, swiftlang/swift-format and swift-argument-parser):
// Apple's swift-format was reported as "swiftformat" (Nick Lockwood's
// SwiftFormat), a path naming it (`Sources/swift-format/PrintVersion.swift`
// in a release job) counted as a run of it, `swift-format lint` was no
// linting, and Package.swift's `.testTarget(` was not cited for unit tests.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kRelease = R"(name: release
on: [push]
jobs:
  update-version:
    runs-on: ubuntu-latest
    steps:
      - run: |
          sed -i "s/x/y/" Sources/swift-format/PrintVersion.swift
          git add Sources/swift-format/PrintVersion.swift
)";

TEST(SwiftFormat, APathNamedAfterTheToolIsNoRun) {
  MemoryTree t;
  t.add(".github/workflows/release.yml", kRelease);
  Assessment a = assess(t, "formatting");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
}

TEST(SwiftFormat, AppleSwiftFormatIsNamedSoAndItsLintIsLinting) {
  MemoryTree t;
  t.add(".swift-format", "{\n  \"lineLength\": 120\n}\n");
  t.add(".github/workflows/ci.yml", R"(on: [push, pull_request]
jobs:
  soundness:
    runs-on: ubuntu-latest
    steps:
      - run: swift-format lint --strict --recursive Sources
)");
  Assessment fmt = assess(t, "formatting");
  EXPECT_EQ(fmt.status, Status::adopted) << fmt.note;
  EXPECT_TRUE(text::contains(fmt.note, "swift-format")) << fmt.note;
  EXPECT_FALSE(text::contains(fmt.note, "swiftformat")) << fmt.note;
  Assessment lint = assess(t, "linting");
  EXPECT_EQ(lint.status, Status::adopted) << lint.note;
  EXPECT_TRUE(text::contains(lint.note, "swift-format lint")) << lint.note;
}

TEST(SwiftFormat, NickLockwoodsSwiftFormatKeepsItsName) {
  MemoryTree t;
  t.add(".swiftformat", "--indent 4\n");
  t.add(".github/workflows/ci.yml",
        "on: push\njobs:\n  f:\n    runs-on: macos-latest\n"
        "    steps:\n      - run: swiftformat --lint .\n");
  Assessment a = assess(t, "formatting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "SwiftFormat")) << a.note;
}

TEST(SwiftFormat, PackageSwiftTestTargetsAreCited) {
  MemoryTree t;
  t.add("Package.swift", R"(// swift-tools-version:5.9
import PackageDescription

let package = Package(
  name: "swift-format",
  targets: [
    .target(name: "SwiftFormat"),
    .testTarget(
      name: "SwiftFormatTests",
      dependencies: ["SwiftFormat"]
    ),
  ]
)
)");
  std::string tests = "import XCTest\n\nfinal class PrettyPrintTests: XCTestCase {\n";
  for (int i = 0; i < 6; ++i) tests += "  func testCase" + std::to_string(i) + "() {}\n";
  t.add("Tests/SwiftFormatTests/PrettyPrintTests.swift", tests + "}\n");
  Assessment a = assess(t, "unit-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "Package.swift")) << a.note;
  bool cited = false;
  for (const Evidence& e : a.evidence) cited = cited || (e.path == "Package.swift" && e.line == 8);
  EXPECT_TRUE(cited);
}

}  // namespace
}  // namespace practrack
