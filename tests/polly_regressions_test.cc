// Regressions (trial 10, App-vNext/Polly): Stryker.NET (`dotnet stryker`,
// eng/stryker-config.json) was no mutation testing; the `sign` job, which
// reaches its signing key through an environment marked `deployment:
// false`, was taken for an automated deploy; actionlint run from its
// Docker image (`docker://rhysd/actionlint`) was no dry-run validation.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kBuild = R"(name: build
on:
  push:
    branches: [ main ]
    tags: [ '*' ]
  pull_request:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: dotnet test
  sign:
    needs: [ build ]
    runs-on: windows-2025
    if: startsWith(github.ref, 'refs/tags/')
    environment:
      name: Azure
      deployment: false
    steps:
      - run: dotnet sign code azure-key-vault packages/*.nupkg
  publish-nuget:
    needs: [ sign ]
    runs-on: ubuntu-latest
    if: startsWith(github.ref, 'refs/tags/')
    steps:
      - run: dotnet nuget push "*.nupkg" --api-key ${{ secrets.NUGET_TOKEN }}
)";

constexpr const char* kMutation = R"(name: mutation-tests
on:
  push:
    branches: [ main ]
jobs:
  mutations:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: dotnet tool restore
      - run: dotnet stryker --config-file eng/stryker-config.json
)";

constexpr const char* kLint = R"(name: lint
on: [push, pull_request]
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Lint workflows with actionlint
        uses: docker://rhysd/actionlint:1.7.12@sha256:b1934ee5f1c509618f2508e6eb47ee0d3520686341fec936f3b79331f9315667
        with:
          args: -color
)";

MemoryTree polly() {
  MemoryTree t;
  t.add(".github/workflows/build.yml", kBuild);
  t.add(".github/workflows/lint.yml", kLint);
  t.add("src/Polly.Core/Polly.Core.csproj",
        "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <Version>8.0.0</Version>\n"
        "  </PropertyGroup>\n</Project>\n");
  return t;
}

TEST(PollyRegressions, StrykerDotnetConfigIsMutationTesting) {
  MemoryTree t = polly();
  t.add("eng/stryker-config.json",
        "{\n  \"stryker-config\": {\n    \"reporters\": [\"html\"]\n  }\n}\n");
  Assessment a = assess(t, "mutation-testing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "Stryker.NET")) << a.note;
}

TEST(PollyRegressions, DotnetStrykerRunIsMutationTesting) {
  MemoryTree t = polly();
  t.add(".github/workflows/mutation-tests.yml", kMutation);
  Assessment a = assess(t, "mutation-testing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "CI")) << a.note;
}

TEST(PollyRegressions, AnEnvironmentWithoutDeploymentIsNoDeploy) {
  Assessment a = assess(polly(), "automated-deploy");
  EXPECT_EQ(a.status, Status::not_applicable) << a.note;
  EXPECT_FALSE(text::contains(a.note, "sign")) << a.note;
}

TEST(PollyRegressions, ActionlintFromItsDockerImageIsDryRunValidation) {
  Assessment a = assess(polly(), "dry-run-validation");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "actionlint")) << a.note;
}

}  // namespace
}  // namespace practrack
