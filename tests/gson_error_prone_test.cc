// Regression (google/gson, new-user trial 6): Error Prone configured as a
// javac plugin (`-Xplugin:ErrorProne` in maven-compiler-plugin's
// compilerArgs) runs at every compile, so wherever CI builds with Maven it
// runs; it was reported "never run", with `<path>` as its evidence.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kPom = R"(<project>
  <artifactId>gson-parent</artifactId>
  <version>2.13.2-SNAPSHOT</version>
  <build>
    <pluginManagement>
      <plugins>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-compiler-plugin</artifactId>
          <configuration>
            <compilerArgs>
              <arg>-XDcompilePolicy=simple</arg>
              <arg>-Xplugin:ErrorProne
                -Xep:NotJavadoc:OFF
              </arg>
            </compilerArgs>
            <annotationProcessorPaths>
              <path>
                <groupId>com.google.errorprone</groupId>
                <artifactId>error_prone_core</artifactId>
              </path>
            </annotationProcessorPaths>
          </configuration>
        </plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
)";

MemoryTree gson_like(bool ci) {
  MemoryTree t;
  t.add("pom.xml", kPom);
  if (ci)
    t.add(".github/workflows/build.yml",
          "on: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
          "      - uses: actions/checkout@v4\n      - run: mvn verify javadoc:jar\n");
  return t;
}

bool has_xplugin_line(const Assessment& a) {
  for (const Evidence& e : a.evidence)
    if (e.path == "pom.xml" && e.line == 13 && e.excerpt == "<arg>-Xplugin:ErrorProne") return true;
  return false;
}

TEST(GsonErrorProne, CompilerPluginRunsWhereCiBuildsWithMaven) {
  auto a = assess(gson_like(true), "linting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("error-prone (CI job build"), std::string::npos) << a.note;
  EXPECT_EQ(a.note.find("never run"), std::string::npos) << a.note;
  EXPECT_TRUE(has_xplugin_line(a));
}

// Every Maven build compiles, so the build itself runs it: like a goal
// bound to the lifecycle, it counts as run by the build's scripts.
TEST(GsonErrorProne, WithoutCiTheBuildStillRunsIt) {
  auto a = assess(gson_like(false), "linting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("error-prone (package script mvn compile"), std::string::npos) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence.front().line, 13) << a.evidence.front().excerpt;
  EXPECT_TRUE(has_xplugin_line(a));
}

// Listed only among annotation processors, with no -Xplugin argument, it
// is configured, and never run.
TEST(GsonErrorProne, ProcessorPathAloneIsNotRun) {
  MemoryTree t;
  std::string pom = kPom;
  pom.replace(pom.find("-Xplugin:ErrorProne"), 19, "-Xlint:all");
  t.add("pom.xml", pom);
  auto a = assess(t, "linting");
  EXPECT_EQ(a.status, Status::partial) << a.note;
}

}  // namespace
}  // namespace practrack
