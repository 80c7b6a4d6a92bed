// build.sbt is a manifest (scopt, trial 12): the project's name and
// version, its libraryDependencies and its sbt plugins, with versions
// written inline or as vals of project/*.scala.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr const char* kBuild = R"sbt(import Dependencies._

def v: String = "4.0.1"

ThisBuild / version := v

lazy val scopt = (project in file("."))
  .settings(
    name := "scopt",
    libraryDependencies += "com.eed3si9n.verify" %%% "verify" % verifyVersion % Test,
    // libraryDependencies += "org.scalameta" %% "munit" % "0.7.20" % Test,
    libraryDependencies += "org.typelevel" %% "cats-core" % "[2.0,3.0)",
  )
)sbt";

constexpr const char* kDependencies = R"(object Dependencies {
  val verifyVersion = "1.0.0"
}
)";

constexpr const char* kPlugins = R"(addSbtPlugin("com.github.sbt" % "sbt-pgp" % "2.2.1")
addSbtPlugin("org.scala-js" % "sbt-scalajs" % scalaJSVersion)
val scalaJSVersion = "1.16.0"
)";

MemoryTree scopt() {
  MemoryTree t;
  t.add("build.sbt", kBuild);
  t.add("project/Dependencies.scala", kDependencies);
  t.add("project/plugins.sbt", kPlugins);
  t.add("shared/src/main/scala/scopt/OParser.scala", "package scopt\nclass OParser\n");
  return t;
}

TEST(SbtManifest, NameVersionAndDependencies) {
  Report report = test_support::scan_memory(scopt());
  const Assessment* semver = report.find("semver");
  EXPECT_TRUE(text::contains(semver->note, "`4.0.1` in `build.sbt`")) << semver->note;
  // verify (a val), two plugins exact; cats-core an Ivy range; munit
  // commented out.
  const Assessment* pinning = report.find("dependency-pinning");
  EXPECT_TRUE(text::contains(pinning->note, "3/4 dependencies pinned")) << pinning->note;
  const Assessment* publishing = report.find("package-publishing");
  EXPECT_NE(publishing->status, Status::not_applicable) << publishing->note;
}

}  // namespace
}  // namespace practrack
