// Regressions (trial 10, typelevel/cats-effect): ScalaCheck and Discipline
// laws were no property testing, `scalafixAll --check` in CI no linting,
// `sbt tlCiRelease` (sbt-typelevel) no publishing, the sbt subprojects of
// build.sbt no monorepo, and the CI image `.cirrus/Dockerfile` was taken
// for a package ("can build a package"), a component and a single-stage
// application image.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kCi = R"(name: CI
on:
  push:
    branches: ['**']
    tags: [v*]
  pull_request:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Check that scalafix has been run on JVM
        run: sbt '++ ${{ matrix.scala }}' 'rootJVM/scalafixAll --check'
      - run: sbt '++ ${{ matrix.scala }}' ciJVM
      - name: Scalafix tests
        run: |
          cd scalafix
          sbt test
  publish:
    if: startsWith(github.ref, 'refs/tags/v')
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Publish
        run: sbt tlCiRelease
)";

constexpr const char* kBuild = R"(ThisBuild / organization := "org.typelevel"

lazy val root = project
  .in(file("."))
  .aggregate(kernel.jvm, std.jvm)

lazy val kernel = crossProject(JSPlatform, JVMPlatform)
  .in(file("kernel"))

lazy val std = crossProject(JSPlatform, JVMPlatform)
  .in(file("std"))
  .dependsOn(kernel)

lazy val tests: CrossProject = crossProject(JSPlatform, JVMPlatform)
  .in(file("tests"))
)";

constexpr const char* kSpec = R"(package cats.effect

import org.scalacheck.Prop.forAll
import org.specs2.mutable.Specification
import org.typelevel.discipline.specs2.mutable.Discipline

class IOSpec extends Specification with Discipline {
  "IO" should {
    "map identity" in {
      forAll { (i: Int) => IO.pure(i).map(identity) eqv IO.pure(i) }
    }
    "run side effects" in {
      ok
    }
  }
}
)";

MemoryTree cats_effect() {
  MemoryTree t;
  t.add(".github/workflows/ci.yml", kCi);
  t.add("build.sbt", kBuild);
  t.add("package.json", "{\n  \"private\": true,\n  \"devDependencies\": {}\n}\n");
  t.add(".scalafix.conf", "rules = [OrganizeImports]\n");
  t.add(".cirrus/Dockerfile",
        "FROM sbtscala/scala-sbt:eclipse-temurin-jammy-17.0.5_8_1.9.0_3.3.0\n"
        "RUN apt-get update && apt-get install -y clang\n");
  t.add("tests/shared/src/test/scala/cats/effect/IOSpec.scala", kSpec);
  t.add("kernel/shared/src/main/scala/cats/effect/kernel/Sync.scala",
        "package cats.effect.kernel\n\ntrait Sync[F[_]]\n");
  return t;
}

TEST(CatsEffectRegressions, Specs2SpecsAreUnitTests) {
  Assessment a = assess(cats_effect(), "unit-tests");
  EXPECT_NE(a.status, Status::not_started) << a.note;
  EXPECT_TRUE(text::contains(a.note, "specs2")) << a.note;
}

TEST(CatsEffectRegressions, ScalaCheckAndDisciplineArePropertyTesting) {
  Assessment a = assess(cats_effect(), "property-testing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "ScalaCheck")) << a.note;
}

TEST(CatsEffectRegressions, ScalafixCheckInCiIsLinting) {
  Assessment a = assess(cats_effect(), "linting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "scalafix")) << a.note;
}

TEST(CatsEffectRegressions, AFolderNamedScalafixIsNoRun) {
  MemoryTree t;
  t.add(".github/workflows/ci.yml", R"(on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: |
          cd scalafix
          sbt test
)");
  t.add("build.sbt", "lazy val root = project\n");
  Assessment a = assess(t, "linting");
  EXPECT_FALSE(text::contains(a.note, "scalafix")) << a.note;
}

TEST(CatsEffectRegressions, TlCiReleasePublishes) {
  Assessment a = assess(cats_effect(), "package-publishing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "sbt publish")) << a.note;
  EXPECT_FALSE(text::contains(a.note, ".cirrus")) << a.note;
}

TEST(CatsEffectRegressions, ACiImageBuildsNoPackage) {
  MemoryTree t;
  t.add("package.json", "{\n  \"private\": true\n}\n");
  t.add(".cirrus/Dockerfile", "FROM sbtscala/scala-sbt:1.9.0\nRUN apt-get install -y clang\n");
  Assessment a = assess(t, "package-publishing");
  EXPECT_FALSE(text::contains(a.note, "can build a package")) << a.note;
  Assessment stages = assess(t, "multi-stage-builds");
  EXPECT_EQ(stages.status, Status::not_applicable) << stages.note;
}

TEST(CatsEffectRegressions, SbtSubprojectsAreAMonorepo) {
  Assessment a = assess(cats_effect(), "monorepo");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "sbt multi-project")) << a.note;
  EXPECT_FALSE(text::contains(a.note, ".cirrus")) << a.note;
}

// Trial 12 (metaconfig): sbt-projectmatrix defines its subprojects with
// `projectMatrix`; a lone build.sbt is a component of its own.
TEST(CatsEffectRegressions, ProjectMatrixSubprojectsAreAMonorepo) {
  MemoryTree t;
  t.add("build.sbt",
        "lazy val core = projectMatrix.in(file(\"core\"))\n"
        "lazy val cli = projectMatrix.in(file(\"cli\")).dependsOn(core)\n"
        "lazy val tests = projectMatrix\n  .in(file(\"tests\"))\n");
  Assessment a = assess(t, "monorepo");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  MemoryTree single;
  single.add("build.sbt", "name := \"scopt\"\n");
  Assessment one = assess(single, "monorepo");
  EXPECT_TRUE(text::contains(one.note, "`./` (build.sbt)")) << one.note;
}

TEST(CatsEffectRegressions, ASingleSbtProjectIsNoMonorepo) {
  MemoryTree t;
  t.add("build.sbt", "lazy val root = project\n  .in(file(\".\"))\n\nlazy val docs = project\n");
  Assessment a = assess(t, "monorepo");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
}

}  // namespace
}  // namespace practrack
