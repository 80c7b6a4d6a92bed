// Regression (trial 9, akka/akka-http): ScalaTest specs under
// src/test/scala run by `sbt ... test` were no unit tests, `sbt
// +publishSigned` in a tag workflow published nothing (while
// automated-deploy said the job "publishes a package"), scalariform was no
// formatter, and a mail on failure in that publish job was a deploy
// notification although nothing is deployed.
#include <gtest/gtest.h>

#include "probes/source/file_analysis.h"
#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kValidate = R"(on:
  pull_request:
  push:
    branches: [main]
    tags-ignore: [v*]
jobs:
  formatting:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: sbt +headerCreateAll +scalariformFormat +test:scalariformFormat
      - run: git diff --exit-code --color
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: sbt ++2.13 Test/compile
      - run: sbt -Dakka.test.timefactor=2 ++2.13 mimaReportBinaryIssues test
)";

constexpr const char* kPublish = R"(on:
  push:
    tags: [v*]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: sbt +publishSigned
      - name: Email on failure
        if: ${{ failure() }}
        uses: dawidd6/action-send-mail@v12
        with:
          server_address: smtp.gmail.com
          subject: "Failed: ${{ github.workflow }}"
          to: team@example.com
)";

constexpr const char* kSpec = R"(package akka.http.impl.engine.parsing

import akka.testkit.AkkaSpec

class ResponseParserSpec extends AkkaSpec {
  "The response parsing logic should" should {
    "properly parse" should {
      "a 200 response to a HEAD request" in new Test {
        ok()
      }
      "a 204 response" in {
        ok()
      }
      "a response" taggedAs Slow in {
        ok()
      }
    }
  }
}
)";

MemoryTree akka_like() {
  MemoryTree t;
  t.add("build.sbt", "lazy val root = project.in(file(\".\"))\n");
  t.add("project/plugins.sbt", "addSbtPlugin(\"org.scalariform\" % \"sbt-scalariform\" % \"1.8.3\")\n");
  t.add(".github/workflows/validate-and-test.yml", kValidate);
  t.add(".github/workflows/publish.yml", kPublish);
  t.add("akka-http-core/src/main/scala/akka/http/Parser.scala", "package akka.http\nclass Parser\n");
  t.add("akka-http-core/src/test/scala/akka/http/ResponseParserSpec.scala", kSpec);
  for (int i = 0; i < 3; ++i)
    t.add("akka-http/src/test/scala/akka/http/Route" + std::to_string(i) + "Spec.scala", kSpec);
  return t;
}

TEST(SbtScala, ScalaTestSpecsAreCounted) {
  auto r = source::analyse("akka-http-core/src/test/scala/akka/http/ResponseParserSpec.scala",
                           source::kJava, kSpec);
  ASSERT_EQ(r.tests.size(), 1u);
  EXPECT_EQ(r.tests[0].framework, "scalatest");
  EXPECT_EQ(r.tests[0].tests, 3);  // `should` blocks only group them
}

// Trial 12: metaconfig's suites extend munit.FunSuite and scopt's
// verify.BasicTestSuite with no import of either; both were "scalatest".
TEST(SbtScala, TheFrameworkIsTheOneTheSuiteNames) {
  auto framework = [](const char* body) {
    auto r = source::analyse("core/src/test/scala/x/ASuite.scala", source::kJava, body);
    return r.tests.empty() ? std::string("none") : r.tests[0].framework;
  };
  EXPECT_EQ(framework("package x\nclass ASuite extends munit.FunSuite {\n  test(\"a\") {}\n}\n"),
            "munit");
  EXPECT_EQ(framework("package x\nobject ASuite extends verify.BasicTestSuite {\n"
                      "  test(\"a\") {}\n}\n"),
            "verify");
  EXPECT_EQ(framework("package x\nimport org.scalatest.funsuite.AnyFunSuite\n"
                      "class ASuite extends AnyFunSuite {\n  test(\"a\") {}\n}\n"),
            "scalatest");
  // A project base class and test(...) only: no framework can be named.
  EXPECT_EQ(framework("package x\nclass ASuite extends BaseSuite {\n  test(\"a\") {}\n}\n"),
            "scala");
}

TEST(SbtScala, SpecsRunBySbtTestAreUnitTests) {
  Assessment a = assess(akka_like(), "unit-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "scalatest")) << a.note;
  EXPECT_TRUE(text::contains(a.note, "sbt test")) << a.note;
}

TEST(SbtScala, PublishSignedIsPackagePublishing) {
  Assessment a = assess(akka_like(), "package-publishing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "sbt publish")) << a.note;
}

TEST(SbtScala, ScalariformIsFormatting) {
  Assessment a = assess(akka_like(), "formatting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "scalariform")) << a.note;
}

constexpr const char* kBom = R"(<project xmlns="http://maven.apache.org/POM/4.0.0">
    <modelVersion>4.0.0</modelVersion>
    <groupId>com.typesafe.akka</groupId>
    <artifactId>akka-http-core</artifactId>
    <version>100.0.0</version>
    <packaging>pom</packaging>
    <dependencyManagement>
        <dependencies>
            <dependency>
                <groupId>com.typesafe.akka</groupId>
                <artifactId>akka-parsing</artifactId>
                <version>100.0.0</version>
            </dependency>
        </dependencies>
    </dependencyManagement>
    <dependencies>
        <dependency>
            <groupId>com.typesafe.akka</groupId>
            <artifactId>akka-parsing</artifactId>
            <version>100.0.0</version>
        </dependency>
    </dependencies>
</project>
)";

TEST(SbtScala, SampleMavenBuildAndGeneratedBomsAreNotTheProject) {
  MemoryTree t = akka_like();
  t.add("artifact-bom/akka-http-core/pom.xml", kBom);
  t.add("artifact-bom/akka-parsing/pom.xml", kBom);
  t.add("samples/quickstart-java/pom.xml",
        "<project><groupId>com.example</groupId><artifactId>quickstart</artifactId>"
        "<version>1.0</version></project>\n");
  t.add(".github/workflows/check-samples.yml", R"(on: [pull_request]
jobs:
  samples:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          cd samples/quickstart-java
          mvn test -nsu -ntp
)");
  Assessment unit = assess(t, "unit-tests");
  EXPECT_EQ(unit.status, Status::adopted) << unit.note;
  EXPECT_FALSE(text::contains(unit.note, "Maven Surefire")) << unit.note;
  for (const char* id : {"semver", "monorepo"}) {
    Assessment a = assess(t, id);
    EXPECT_FALSE(text::contains(a.note, "artifact-bom")) << id << ": " << a.note;
    for (const auto& e : a.evidence) EXPECT_FALSE(text::contains(e.path, "artifact-bom")) << id;
  }
}

TEST(SbtScala, MailInAPublishJobIsNoDeployNotification) {
  Assessment a = assess(akka_like(), "deploy-notifications");
  EXPECT_EQ(a.status, Status::not_applicable) << a.note;
}

}  // namespace
}  // namespace practrack
