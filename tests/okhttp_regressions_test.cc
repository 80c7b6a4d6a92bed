// Regressions from square/okhttp (new-user trial 7): a Kotlin library
// built with Gradle, whose conventions live in a build-logic included
// build, with a Maven project under maven-tests/ that tests the published
// artifacts.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

MemoryTree okhttp_like() {
  MemoryTree t;
  t.add("settings.gradle.kts", "include(\":okhttp\")\ninclude(\":okhttp-tls\")\n");
  t.add("build.gradle.kts", "plugins {\n  id(\"okhttp.base-conventions\")\n}\n");
  t.add("gradle.properties", "org.gradle.caching=true\n");
  t.add("okhttp/build.gradle.kts", "plugins { kotlin(\"jvm\") }\n");
  t.add("okhttp-tls/build.gradle.kts", "plugins { kotlin(\"jvm\") }\n");
  t.add("okhttp/src/main/kotlin/okhttp3/OkHttp.kt", "object OkHttp\n");
  t.add("maven-tests/pom.xml",
        "<project><modelVersion>4.0.0</modelVersion><groupId>com.squareup.okhttp3</groupId>"
        "<artifactId>maven-tests</artifactId><version>1.0.0-SNAPSHOT</version></project>\n");
  return t;
}

TEST(OkhttpSemver, TestProjectVersionIsNotTheProducts) {
  auto a = assess(okhttp_like(), "semver");
  EXPECT_FALSE(has(a.note, "maven-tests")) << a.note;
  for (const auto& e : a.evidence) EXPECT_NE(e.path, "maven-tests/pom.xml");
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

MemoryTree with_build_logic() {
  MemoryTree t = okhttp_like();
  t.add("build-logic/settings.gradle.kts", "rootProject.name = \"build-logic\"\n");
  t.add("build-logic/build.gradle.kts", "plugins {\n  `kotlin-dsl`\n}\n");
  t.add("build-logic/src/main/kotlin/okhttp.base-conventions.gradle.kts",
        "plugins {\n  id(\"java-library\")\n}\n\ngroup = \"com.squareup.okhttp3\"\n"
        "version = \"5.5.0-SNAPSHOT\"\n");
  t.add("build-logic/src/main/kotlin/okhttp.quality-conventions.gradle.kts",
        "plugins {\n  id(\"okhttp.base-conventions\")\n  id(\"checkstyle\")\n"
        "  id(\"com.diffplug.spotless\")\n}\n\n"
        "configure<com.diffplug.gradle.spotless.SpotlessExtension> {\n  kotlin {\n"
        "    target(\"src/**/*.kt\")\n    ktlint()\n  }\n}\n");
  t.add(".github/workflows/build.yml",
        "on: [push, pull_request]\njobs:\n  checks:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - run: ./gradlew check\n");
  return t;
}

TEST(OkhttpLinting, ConventionPluginsInBuildLogicApplyTheLinters) {
  MemoryTree t = with_build_logic();
  auto a = assess(t, "linting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  // The convention plugin adds checkstyleMain to `gradle check`, which CI runs.
  EXPECT_TRUE(has(a.note, "checkstyle (CI job checks")) << a.note;
  EXPECT_TRUE(has(a.note, "ktlint")) << a.note;
  EXPECT_TRUE(has(a.note, "okhttp.quality-conventions.gradle.kts")) << a.note;

  // A plugin class in buildSrc applying detekt through the plugin manager.
  MemoryTree k = okhttp_like();
  k.add("buildSrc/src/main/kotlin/QualityPlugin.kt",
        "class QualityPlugin : Plugin<Project> {\n  override fun apply(target: Project) {\n"
        "    target.pluginManager.apply(\"io.gitlab.arturbosch.detekt\")\n  }\n}\n");
  auto d = assess(k, "linting");
  EXPECT_NE(d.status, Status::not_started) << d.note;
  EXPECT_TRUE(has(d.note, "detekt")) << d.note;
}

TEST(OkhttpSemver, VersionSetByTheBaseConventionPlugin) {
  auto a = assess(with_build_logic(), "semver");
  EXPECT_TRUE(has(a.note,
                  "`5.5.0-SNAPSHOT` in "
                  "`build-logic/src/main/kotlin/okhttp.base-conventions.gradle.kts`"))
      << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].line, 6);
}

}  // namespace
}  // namespace practrack
