// Regression (trial 9, dotnet/command-line-api): .NET gives every test and
// benchmark assembly a project of its own; those projects made the
// repository a monorepo of test "components", and the first of them
// (`System.CommandLine.ApiCompatibility.Tests.csproj`) was named as the
// package that could be published.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kLibrary = R"(<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <IsPackable>true</IsPackable>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
</Project>
)";

constexpr const char* kTests = R"(<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
    <PackageReference Include="xunit" Version="2.9.0" />
  </ItemGroup>
</Project>
)";

MemoryTree solution() {
  MemoryTree t;
  t.add("src/System.CommandLine/System.CommandLine.csproj", kLibrary);
  t.add("src/System.CommandLine.ApiCompatibility.Tests/"
        "System.CommandLine.ApiCompatibility.Tests.csproj", kTests);
  t.add("src/System.CommandLine.Benchmarks/System.CommandLine.Benchmarks.csproj", kTests);
  t.add("src/System.CommandLine.Tests/System.CommandLine.Tests.csproj", kTests);
  t.add("src/System.CommandLine.Suggest.Tests/EndToEndTestApp/EndToEndTestApp.csproj", kTests);
  t.add("src/System.CommandLine.Suggest.Tests/dotnet-suggest.Tests.csproj", kTests);
  return t;
}

TEST(DotnetTestProjects, TestAndBenchmarkProjectsAreNoComponents) {
  MemoryTree t = solution();
  Assessment a = assess(t, "monorepo");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_FALSE(text::contains(a.note, "Tests")) << a.note;
  EXPECT_FALSE(text::contains(a.note, "Benchmarks")) << a.note;
  // Two libraries are two components.
  t.add("src/System.CommandLine.Suggest/dotnet-suggest.csproj", kLibrary);
  a = assess(t, "monorepo");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_FALSE(text::contains(a.note, "Tests")) << a.note;
}

TEST(DotnetTestProjects, TheLibraryIsThePublishablePackage) {
  MemoryTree t = solution();
  // Sorted before it by path ('.' < '/'), but named after it.
  t.add("src/System.CommandLine.StaticCompletions/System.CommandLine.StaticCompletions.csproj",
        kLibrary);
  Assessment a = assess(t, "package-publishing");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(text::contains(a.note, "src/System.CommandLine/System.CommandLine.csproj")) << a.note;
}

TEST(DotnetTestProjects, NotPackableProjectIsPrivate) {
  MemoryTree t;
  t.add("tools/Gen/Gen.csproj",
        "<Project><PropertyGroup><IsPackable>false</IsPackable></PropertyGroup></Project>\n");
  Assessment a = assess(t, "package-publishing");
  EXPECT_FALSE(text::contains(a.note, "can build a package")) << a.note;
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// Trial 16 (Polly): the analyzers and the code-style setting live in an
// MSBuild file every project imports (eng/Analyzers.targets), which builds
// no package of its own.
TEST(DotnetImportedBuildFiles, AnalyzersAndCodeStyleFromATargetsFile) {
  MemoryTree t;
  t.add("src/Polly/Polly.csproj", kLibrary);
  t.add("eng/Analyzers.targets", R"(<Project>
  <ItemGroup Label="Analyzers">
    <PackageReference Include="StyleCop.Analyzers" PrivateAssets="All" />
  </ItemGroup>
  <PropertyGroup>
    <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
  </PropertyGroup>
</Project>
)");
  auto lint = test_support::assess(t, "linting");
  EXPECT_TRUE(text::contains(lint.note, "Roslyn analyzers")) << lint.note;
  auto format = test_support::assess(t, "formatting");
  EXPECT_EQ(format.status, Status::adopted) << format.note;
  EXPECT_TRUE(text::contains(format.note, "eng/Analyzers.targets")) << format.note;
  auto publishing = test_support::assess(t, "package-publishing");
  EXPECT_FALSE(text::contains(publishing.note, "Analyzers.targets")) << publishing.note;
}

}  // namespace
}  // namespace practrack
