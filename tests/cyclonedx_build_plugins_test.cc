// CycloneDX's Maven and Gradle plugins write an SBOM in every build that
// applies them: declared in pom.xml or build.gradle, they count.
#include <gtest/gtest.h>

#include "support/assess.h"

namespace practrack {
namespace {

using test_support::assess;

TEST(CycloneDxBuildPlugins, MavenPluginInThePomCounts) {
  MemoryTree t;
  t.add("pom.xml",
        "<project>\n  <groupId>com.acme</groupId>\n  <artifactId>app</artifactId>\n"
        "  <version>1.0.0</version>\n  <build>\n    <plugins>\n      <plugin>\n"
        "        <groupId>org.cyclonedx</groupId>\n"
        "        <artifactId>cyclonedx-maven-plugin</artifactId>\n"
        "        <version>2.8.0</version>\n      </plugin>\n    </plugins>\n  </build>\n"
        "</project>\n");
  Assessment a = assess(t, "sbom");
  EXPECT_NE(a.status, Status::not_started) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].path, "pom.xml");
  MemoryTree without;
  without.add("pom.xml", "<project>\n  <artifactId>app</artifactId>\n</project>\n");
  EXPECT_EQ(assess(without, "sbom").status, Status::not_started);
}

TEST(CycloneDxBuildPlugins, GradlePluginCounts) {
  MemoryTree t;
  t.add("build.gradle",
        "plugins {\n  id 'java'\n  id 'org.cyclonedx.bom' version '1.8.2'\n}\n");
  Assessment a = assess(t, "sbom");
  EXPECT_NE(a.status, Status::not_started) << a.note;
}

}  // namespace
}  // namespace practrack
