// A Julia package (trial 12, JuliaLang/Example.jl): Project.toml is its
// manifest (name, version, [deps] bounded by [compat]), test/runtests.jl
// holds @test checks that julia-runtest runs, Documenter builds the API
// docs and TagBot makes the releases.
#include <gtest/gtest.h>

#include "probes/source/file_analysis.h"
#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr const char* kProject = R"(name = "Example"
uuid = "7876af07-990d-54b4-ab0e-23690620f79a"
version = "0.5.5"

[deps]
JSON = "682c06a0-de6a-54ab-a142-c8b1cf79cde6"

[compat]
JSON = "0.21"
julia = "1"

[extras]
Test = "8dfed614-e22c-5e08-85e1-65c5234f0b40"

[targets]
test = ["Test"]
)";

constexpr const char* kRuntests = R"(using Test, Example

@testset "greetings" begin
    @test hello("Julia") == "Hello, Julia"
    @test_throws MethodError hello(1)
    @test domath(2.0) ≈ 7.0
end
)";

constexpr const char* kCi = R"(name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: julia-actions/setup-julia@v2
      - uses: julia-actions/julia-buildpkg@v1
      - uses: julia-actions/julia-runtest@v1
)";

constexpr const char* kTagBot = R"(name: TagBot
on:
  issue_comment:
    types: [created]
  workflow_dispatch:
jobs:
  TagBot:
    if: github.event_name == 'workflow_dispatch' || github.actor == 'JuliaTagBot'
    runs-on: ubuntu-latest
    steps:
      - uses: JuliaRegistries/TagBot@v1
        with:
          token: ${{ secrets.GITHUB_TOKEN }}
)";

MemoryTree example_jl() {
  MemoryTree t;
  t.add("Project.toml", kProject);
  t.add("src/Example.jl", "module Example\nhello(who::String) = \"Hello, $who\"\nend\n");
  t.add("test/runtests.jl", kRuntests);
  t.add("docs/Project.toml", "[deps]\nDocumenter = \"e30172f5-a6a5-5a46-863b-614d45cd2de4\"\n");
  t.add("docs/make.jl", "using Documenter, Example\nmakedocs(modules = [Example])\n");
  t.add(".github/workflows/ci.yml", kCi);
  t.add(".github/workflows/TagBot.yml", kTagBot);
  return t;
}

TEST(JuliaPackage, TestsetChecksAreCountedInTestFilesOnly) {
  auto r = source::analyse("test/runtests.jl", source::kJulia, kRuntests);
  ASSERT_EQ(r.tests.size(), 1u);
  EXPECT_EQ(r.tests[0].framework, "julia Test");
  EXPECT_EQ(r.tests[0].tests, 3);  // @testset groups, it is no test
  EXPECT_TRUE(source::analyse("src/Example.jl", source::kJulia, kRuntests).tests.empty());
}

TEST(JuliaPackage, ProjectTomlIsTheManifest) {
  Report report = test_support::scan_memory(example_jl());
  auto status = [&](const char* id) { return report.find(id)->status; };
  const Assessment* semver = report.find("semver");
  EXPECT_TRUE(text::contains(semver->note, "`0.5.5` in `Project.toml`")) << semver->note;
  const Assessment* pinning = report.find("dependency-pinning");
  EXPECT_NE(pinning->status, Status::not_applicable) << pinning->note;
  const Assessment* unit = report.find("unit-tests");
  EXPECT_NE(unit->status, Status::not_started) << unit->note;
  EXPECT_TRUE(text::contains(unit->note, "julia Test")) << unit->note;
  EXPECT_TRUE(text::contains(unit->note, "Pkg.test")) << unit->note;
  EXPECT_EQ(status("api-docs"), Status::adopted) << report.find("api-docs")->note;
  EXPECT_EQ(status("release-automation"), Status::adopted)
      << report.find("release-automation")->note;
}

}  // namespace
}  // namespace practrack
