// Regressions (trial 9): SimpleCov (`.simplecov`, the simplecov gem) in
// rubocop/rubocop and JaCoCo applied by Gradle convention plugins and
// reported by madrapps/jacoco-report in android/nowinandroid were no
// coverage measurement.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

TEST(CoverageToolsFp10, SimpleCovConfigAndGemAreCoverageMeasurement) {
  MemoryTree t;
  t.add("Gemfile", "source 'https://rubygems.org'\ngem 'rspec', '~> 3.7'\n"
                   "gem 'simplecov', '~> 1.0' if RUBY_VERSION >= '3.2'\n");
  t.add(".simplecov", "SimpleCov.start do\n  add_filter '/spec/'\nend\n");
  t.add("spec/spec_helper.rb", "require 'rspec'\n");
  Assessment a = assess(t, "coverage-measurement");
  EXPECT_NE(a.status, Status::not_started) << a.note;
  EXPECT_TRUE(text::contains(a.note, "SimpleCov")) << a.note;
}

TEST(CoverageToolsFp10, JacocoConventionPluginAndReportActionAreCoverageMeasurement) {
  MemoryTree t;
  t.add("settings.gradle.kts", "rootProject.name = \"nowinandroid\"\n");
  t.add("build-logic/convention/src/main/kotlin/AndroidLibraryJacocoConventionPlugin.kt",
        "import org.gradle.testing.jacoco.plugins.JacocoPlugin\nclass AndroidLibraryJacocoConventionPlugin\n");
  t.add(".github/workflows/Build.yaml", R"(on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./gradlew createDemoDebugCombinedCoverageReport
      - uses: madrapps/jacoco-report@v1.7.1
        with:
          paths: build/reports/jacoco/report.xml
)");
  Assessment a = assess(t, "coverage-measurement");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "JaCoCo")) << a.note;
}

}  // namespace
}  // namespace practrack
