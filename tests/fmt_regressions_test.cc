// Regressions from fmtlib/fmt (new-user trial 7): one C++ library built
// with CMake at the root, whose support/ folder holds helper builds (an
// Android Gradle build that pins the CMake it needs).
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

MemoryTree fmt_like() {
  MemoryTree t;
  t.add("CMakeLists.txt",
        "cmake_minimum_required(VERSION 3.8...3.28)\nproject(FMT CXX)\n"
        "add_library(fmt src/format.cc)\n");
  t.add("include/fmt/base.h", "#define FMT_VERSION 120201\n");
  t.add("src/format.cc", "#include \"fmt/base.h\"\n");
  t.add("support/build.gradle",
        "android {\n  defaultConfig {\n    versionName \"7.1.2\"\n  }\n"
        "  externalNativeBuild {\n    cmake {\n      version = \"3.22.1\"\n"
        "      path \"../CMakeLists.txt\"\n    }\n  }\n}\n");
  t.add("test/find-package-test/CMakeLists.txt",
        "project(fmt-test VERSION 1.0.0)\nfind_package(FMT REQUIRED)\n");
  return t;
}

TEST(FmtSemver, VersionInsideAGradleBlockIsNotTheProjectVersion) {
  auto a = assess(fmt_like(), "semver");
  EXPECT_FALSE(has(a.note, "3.22.1")) << a.note;
  EXPECT_FALSE(has(a.note, "support/build.gradle")) << a.note;
  EXPECT_FALSE(has(a.note, "find-package-test")) << a.note;

  // A top-level `version =` still is.
  MemoryTree t = fmt_like();
  t.add("support/build.gradle", "plugins { id 'java' }\nversion = '2.3.4'\n");
  EXPECT_TRUE(has(assess(t, "semver").note, "`2.3.4` in `support/build.gradle`"))
      << assess(t, "semver").note;
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(FmtMonorepo, RootCMakeProjectIsTheComponentNotSupport) {
  auto a = test_support::assess(fmt_like(), "monorepo");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_EQ(a.note.find("Single component: `support/`"), std::string::npos) << a.note;
  EXPECT_TRUE(has(a.note, "`./` (CMakeLists.txt)")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].path, "CMakeLists.txt");
}

}  // namespace
}  // namespace practrack
