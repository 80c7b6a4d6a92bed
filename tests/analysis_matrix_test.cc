// A matrix runs jobs side by side, but only a test matrix says anything
// about parallel tests: CodeQL's language matrix and an ABI check per
// library test nothing (GzipSwift, libfuse; trial 12).
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kCodeql = R"(name: CodeQL
on: [push, pull_request]
jobs:
  analyze:
    runs-on: macos-latest
    strategy:
      matrix:
        language: ['swift']
    steps:
      - uses: actions/checkout@v4
      - uses: github/codeql-action/init@v3
        with:
          languages: ${{ matrix.language }}
      - run: swift build
      - uses: github/codeql-action/analyze@v3
)";

constexpr const char* kAbicheck = R"(name: abi
on: [push]
jobs:
  abicheck:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        lib: [libfuse3, libfuse2]
    steps:
      - uses: actions/checkout@v4
      - run: abi-compliance-checker -l ${{ matrix.lib }}
)";

constexpr const char* kTests = R"(name: tests
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest]
    steps:
      - uses: actions/checkout@v4
      - run: swift test
)";

MemoryTree swift_package() {
  MemoryTree t;
  t.add("Package.swift", "// swift-tools-version:5.9\nimport PackageDescription\n");
  t.add("Sources/Gzip/Gzip.swift", "public func gzip() {}\n");
  t.add("Tests/GzipTests/GzipTests.swift",
        "import XCTest\nfinal class GzipTests: XCTestCase {\n  func testZip() {}\n}\n");
  return t;
}

TEST(AnalysisMatrix, CodeqlAndAbiCheckMatricesAreNoParallelTests) {
  MemoryTree t = swift_package();
  t.add(".github/workflows/codeql.yml", kCodeql);
  t.add(".github/workflows/abi.yml", kAbicheck);
  Assessment a = assess(t, "parallel-tests");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
}

TEST(AnalysisMatrix, AMatrixJobThatRunsTheTestsCounts) {
  MemoryTree t = swift_package();
  t.add(".github/workflows/codeql.yml", kCodeql);
  t.add(".github/workflows/tests.yml", kTests);
  Assessment a = assess(t, "parallel-tests");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(text::contains(a.note, "tests.yml")) << a.note;
  EXPECT_FALSE(text::contains(a.note, "codeql.yml")) << a.note;
}

}  // namespace
}  // namespace practrack
