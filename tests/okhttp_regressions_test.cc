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
