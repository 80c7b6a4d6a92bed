// Regression (trial 9, Alamofire/Alamofire): XCTest files under Tests/,
// Swift Testing `@Test` functions, `swift test` and `xcodebuild ... test`
// in CI were not seen, so a Swift package had no unit tests.
#include <gtest/gtest.h>

#include "probes/source/file_analysis.h"
#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kCi = R"(on: [push, pull_request]
jobs:
  macOS:
    runs-on: macos-15
    steps:
      - uses: actions/checkout@v4
      - run: set -o pipefail && env NSUnbufferedIO=YES xcodebuild -project "App.xcodeproj" -scheme "App macOS" -testPlan macOS clean test 2>&1 | xcbeautify
  SPM:
    runs-on: macos-15
    steps:
      - uses: actions/checkout@v4
      - run: swift test -c debug
)";

constexpr const char* kSessionTests = R"(@testable import App
import Foundation
import XCTest

final class SessionTestCase: BaseTestCase {
    func testInitializerWithDefaultArguments() {
        XCTAssertTrue(true)
    }

    func testRequest() async throws {
        XCTAssertTrue(true)
    }
}
)";

constexpr const char* kSwiftTesting = R"js(import Testing
@testable import App

@Suite struct ParserTests {
    @Test func parsesEmpty() {
        #expect(parse("").isEmpty)
    }

    @Test(arguments: [1, 2, 3])
    func parsesNumbers(n: Int) {
        #expect(parse("\(n)").count == 1)
    }
}
)js";

MemoryTree swift_package() {
  MemoryTree t;
  t.add("Package.swift",
        "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(\n"
        "  name: \"App\",\n  targets: [.target(name: \"App\", path: \"Source\"),\n"
        "            .testTarget(name: \"AppTests\", dependencies: [\"App\"], path: \"Tests\")])\n");
  t.add("Source/Session.swift", "import Foundation\npublic final class Session {}\n");
  t.add("Tests/BaseTestCase.swift", "import XCTest\nclass BaseTestCase: XCTestCase {}\n");
  for (const char* name : {"Session", "Request", "Response", "Upload"})
    t.add("Tests/" + std::string(name) + "Tests.swift", kSessionTests);
  t.add("Tests/ParserTests.swift", kSwiftTesting);
  t.add(".github/workflows/ci.yml", kCi);
  return t;
}

TEST(SwiftTests, XCTestAndSwiftTestingAreCounted) {
  auto xc = source::analyse("Tests/SessionTests.swift", source::kSwift, kSessionTests);
  ASSERT_EQ(xc.tests.size(), 1u);
  EXPECT_EQ(xc.tests[0].framework, "xctest");
  EXPECT_EQ(xc.tests[0].tests, 2);
  auto st = source::analyse("Tests/ParserTests.swift", source::kSwift, kSwiftTesting);
  ASSERT_EQ(st.tests.size(), 1u);
  EXPECT_EQ(st.tests[0].framework, "swift-testing");
  EXPECT_EQ(st.tests[0].tests, 2);
  EXPECT_EQ(st.tests[0].parametrized, 1);
  // Product code that merely imports XCTest helpers outside a test folder.
  auto src = source::analyse("Source/Session.swift", source::kSwift,
                             "import XCTest\nfunc testable() {}\n");
  EXPECT_TRUE(src.tests.empty());
}

TEST(SwiftTests, SwiftPackageTestsRunInCiAreUnitTests) {
  Assessment a = assess(swift_package(), "unit-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "xctest")) << a.note;
  EXPECT_TRUE(text::contains(a.note, "swift test")) << a.note;
  EXPECT_TRUE(text::contains(a.note, "xcodebuild test")) << a.note;
}

}  // namespace
}  // namespace practrack
