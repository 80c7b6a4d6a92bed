// Regressions from square/moshi (new-user trial 7): a Kotlin library whose
// README shows Gradle and Maven coordinates under "Download", whose
// version is VERSION_NAME in gradle.properties, whose docs go to GitHub
// Pages from the release job, and which keeps its dependencies current
// with Renovate.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

MemoryTree moshi_like() {
  MemoryTree t;
  t.add("settings.gradle.kts",
        "rootProject.name = \"moshi-root\"\n\ninclude(\":moshi\")\ninclude(\":moshi-adapters\")\n");
  t.add("build.gradle.kts",
        "allprojects {\n  group = \"com.squareup.moshi\"\n"
        "  version = project.property(\"VERSION_NAME\") as String\n}\n");
  t.add("gradle.properties",
        "# Memory for Dokka\norg.gradle.jvmargs=-Xmx2048m\n\nVERSION_NAME=2.0.0-SNAPSHOT\n");
  t.add("moshi/build.gradle.kts", "plugins { kotlin(\"jvm\") }\n");
  t.add("moshi-adapters/build.gradle.kts", "plugins { kotlin(\"jvm\") }\n");
  t.add("moshi/src/main/java/com/squareup/moshi/Moshi.kt", "class Moshi\n");
  return t;
}

TEST(MoshiReadme, DownloadSectionWithCoordinatesIsInstallInstructions) {
  MemoryTree t = moshi_like();
  t.add("README.md",
        "Moshi\n=====\n\nMoshi is a modern JSON library for Android, Java and Kotlin.\n\n"
        "Download\n--------\n\nDownload [the latest JAR][dl] or depend via Maven:\n\n"
        "```xml\n<dependency>\n  <groupId>com.squareup.moshi</groupId>\n"
        "  <artifactId>moshi</artifactId>\n  <version>1.15.2</version>\n</dependency>\n```\n"
        "or Gradle:\n```kotlin\nimplementation(\"com.squareup.moshi:moshi:1.15.2\")\n```\n");
  // The note names what is missing: install is no longer among it.
  auto a = assess(t, "readme");
  EXPECT_TRUE(has(a.note, "README without")) << a.note;
  EXPECT_FALSE(has(a.note, "install")) << a.note;

  // The coordinates alone, under another heading, are install instructions too.
  MemoryTree c = moshi_like();
  c.add("README.md",
        "# lib\n\n## Usage\n\n```groovy\nimplementation 'com.example:lib:1.0.0'\n```\n");
  EXPECT_FALSE(has(assess(c, "readme").note, "install")) << assess(c, "readme").note;
}

TEST(MoshiVersion, VersionNameInGradlePropertiesIsTheVersion) {
  auto a = assess(moshi_like(), "semver");
  EXPECT_TRUE(has(a.note, "`2.0.0-SNAPSHOT` in `gradle.properties`")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].path, "gradle.properties");
  EXPECT_EQ(a.evidence[0].line, 4);
}

TEST(MoshiMonorepo, GradleIncludesAreTheWorkspace) {
  auto a = assess(moshi_like(), "monorepo");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].path, "settings.gradle.kts");
  EXPECT_EQ(a.evidence[0].line, 3);
}

TEST(MoshiDeploy, PagesFromTheReleaseJobIsNoProductDeployment) {
  MemoryTree t = moshi_like();
  t.add(".github/workflows/release.yml",
        "on:\n  push:\n    tags: ['*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: ./gradlew publish\n"
        "      - uses: JamesIves/github-pages-deploy-action@releases/v3\n"
        "        with:\n          BRANCH: site\n          FOLDER: site\n");
  auto a = assess(t, "automated-deploy");
  EXPECT_NE(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "docs site")) << a.note;
  EXPECT_TRUE(has(a.note, "CI job `release`")) << a.note;
}

TEST(MoshiRenovate, RenovateAloneIsNoVulnerabilityScanning) {
  MemoryTree t = moshi_like();
  t.add(".github/renovate.json5",
        "{\n  $schema: 'https://docs.renovatebot.com/renovate-schema.json',\n"
        "  extends: ['config:recommended'],\n}\n");
  auto a = assess(t, "vulnerability-scanning");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_TRUE(has(a.note, "Renovate (`.github/renovate.json5`) updates versions")) << a.note;
  EXPECT_EQ(assess(t, "dependency-updates").status, Status::adopted);

  // Renovate told to look vulnerabilities up itself (OSV) is a scanner.
  MemoryTree osv = t;
  osv.add(".github/renovate.json5",
          "{\n  extends: ['config:recommended'],\n"
          "  osvVulnerabilityAlerts: true,\n}\n");
  EXPECT_EQ(assess(osv, "vulnerability-scanning").status, Status::adopted);
}

}  // namespace
}  // namespace practrack
