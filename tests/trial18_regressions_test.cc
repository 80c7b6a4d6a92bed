// Regressions from new-user trial 18: koalaman/shellcheck (a tool's name
// as a file name or an argument taken for a run of it), jellyfin (.NET)
// and bitnami/charts (Helm charts, tens of thousands of tags).
#include <gtest/gtest.h>

#include "probes/security/security_probes.h"
#include "scan/scanner.h"
#include "support/assess.h"
#include "support/temp_repo.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

// shellcheck's own CI builds and packages the binary it names: that is no
// shellcheck run over the project's scripts.
TEST(Trial18Regressions, ToolNamedAsAFileOrArgumentIsNoRun) {
  MemoryTree t;
  t.add("ShellCheck.cabal", "name: ShellCheck\nversion: 0.10.0\n");
  t.add("src/ShellCheck/Parser.hs", "module ShellCheck.Parser where\nx = 1\n");
  t.add(".github/workflows/build.yml", R"(on: [push]
jobs:
  package_binary:
    runs-on: ubuntu-latest
    steps:
      - run: chmod +x *.bin/*/shellcheck*
      - run: pandoc -s -f markdown-smart -t man shellcheck.1.md -o shellcheck.1
      - run: |
          execs=$(find . -name shellcheck)
          command -v shellcheck
)");
  auto a = assess(t, "linting");
  EXPECT_FALSE(has(a.note, "shellcheck")) << a.note;

  t.add(".github/workflows/lint.yml", R"(on: [push]
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - run: git ls-files '*.sh' | xargs -0 shellcheck
)");
  a = assess(t, "linting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "shellcheck (CI job lint)")) << a.note;
}

// jellyfin's claim type names: `IsApiKey = "Jellyfin-IsApiKey"` is a name
// that repeats its variable's, not a password.
TEST(Trial18Regressions, IdentifierValueIsNoPassword) {
  using security::scan_secrets;
  EXPECT_TRUE(scan_secrets("Api/Constants/InternalClaimTypes.cs",
                           "    public const string IsApiKey = \"Jellyfin-IsApiKey\";\n")
                  .empty());
  EXPECT_TRUE(scan_secrets("Api/Constants/Claims.cs",
                           "    public const string ApiKeyHeader = \"X-Emby-Token.Header2\";\n")
                  .empty());
  // Mixed letters and digits inside a word, or symbols: still a password.
  EXPECT_EQ(scan_secrets("app/config.py", "db_password = \"Sup3rS3cret-Val\"\n").size(), 1u);
  EXPECT_EQ(scan_secrets("app/config.py", "api_key = \"q8Zr!w2Lp9#x\"\n").size(), 1u);
}

// jellyfin's compat workflow adds the base repository as a remote: the
// base of a pull request is the project's own, its head is the author's.
TEST(Trial18Regressions, BaseRepositoryFieldsAreTrusted) {
  MemoryTree t;
  auto workflow = [](std::string_view field) {
    return "on: [pull_request]\npermissions:\n  contents: read\njobs:\n  compat:\n"
           "    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
           "          git remote add upstream https://github.com/${{ " +
           std::string(field) + " }}\n";
  };
  t.add(".github/workflows/compat.yml", workflow("github.event.pull_request.base.repo.full_name"));
  auto a = assess(t, "dangerous-workflows");
  EXPECT_FALSE(has(a.note, "untrusted")) << a.note;
  t.add(".github/workflows/compat.yml", workflow("github.event.pull_request.head.ref"));
  a = assess(t, "dangerous-workflows");
  EXPECT_TRUE(has(a.note, "interpolates untrusted input")) << a.note;
}

// jellyfin references StyleCop.Analyzers in its projects and CI runs
// `dotnet test`: the analyzers run in that build.
TEST(Trial18Regressions, RoslynAnalyzersRunWhereTheBuildRuns) {
  MemoryTree t;
  t.add("Jellyfin.Api/Jellyfin.Api.csproj",
        "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n"
        "    <PackageReference Include=\"StyleCop.Analyzers\" PrivateAssets=\"All\" />\n"
        "  </ItemGroup>\n</Project>\n");
  t.add("Jellyfin.Api/Program.cs", "namespace Jellyfin.Api;\npublic static class Program {}\n");
  auto a = assess(t, "linting");
  EXPECT_EQ(a.status, Status::partial) << a.note;  // nothing builds it
  // Polly's docs build switches its analyzers off.
  t.add(".github/workflows/docs.yml",
        "on: [push]\njobs:\n  docs:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: dotnet build --configuration Release /p:SKIP_POLLY_ANALYZERS=true\n");
  a = assess(t, "linting");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  t.add(".github/workflows/ci-tests.yml",
        "on: [push]\njobs:\n  run-tests:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: >\n          dotnet test Jellyfin.sln\n          --configuration Release\n");
  a = assess(t, "linting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "Roslyn analyzers (CI job run-tests → dotnet build")) << a.note;
}

// jellyfin's fuzz/Jellyfin.Api.Fuzz/Program.cs is a SharpFuzz target.
TEST(Trial18Regressions, SharpFuzzTargetIsAFuzzTarget) {
  MemoryTree t;
  t.add("fuzz/Jellyfin.Api.Fuzz/Program.cs",
        "using System;\nusing SharpFuzz;\n\nnamespace Jellyfin.Api.Fuzz\n{\n"
        "    public static class Program\n    {\n"
        "        private static void Run(Action<string> action) => "
        "Fuzzer.OutOfProcess.Run(action);\n    }\n}\n");
  auto a = assess(t, "fuzzing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "1 fuzz target")) << a.note;
}

// bitnami/charts: a chart's templates are Go templates, not YAML; a
// ServiceMonitor template still counts, and says nothing on stderr.
TEST(Trial18Regressions, HelmTemplatesAreNotParsedAsYaml) {
  MemoryTree t;
  t.add("bitnami/apache/Chart.yaml", "apiVersion: v2\nname: apache\nversion: 11.0.0\n");
  t.add("bitnami/apache/templates/servicemonitor.yaml",
        "{{- if .Values.metrics.serviceMonitor.enabled }}\napiVersion: monitoring.coreos.com/v1\n"
        "kind: ServiceMonitor\n{{- end }}\n");
  t.add("monitoring/servicemonitor.yaml", "- a\nb: [\n");  // not a chart: still said
  Diagnostics diags;
  ScanContext ctx(t, diags);
  Report r = scan_tree(ctx);
  std::string said;
  for (const auto& d : diags.all()) said += d.path + ": " + d.message + "\n";
  EXPECT_FALSE(has(said, "templates/servicemonitor.yaml")) << said;
  EXPECT_TRUE(has(said, "monitoring/servicemonitor.yaml")) << said;
  bool counted = false;
  for (const auto& u : r.facts.tools)
    counted =
        counted || (u.at.path == "bitnami/apache/templates/servicemonitor.yaml" && !u.unparsed);
  EXPECT_TRUE(counted);
}

// bitnami/charts has 30,813 tags; counts stop at 2000 kept tags and say so,
// as the commit count does ("10000+").
TEST(Trial18Regressions, CappedTagCountsSayAtLeast) {
  test_support::TempRepo repo;
  repo.write("README.md", "# charts\n");
  repo.commit("first");
  // 2001 lightweight tags v1.1000.0 ... v1.3000.0, written as packed refs.
  repo.sh(
      "h=$(git rev-parse HEAD); { echo '# pack-refs with: peeled fully-peeled sorted';"
      " for i in $(seq 1000 3000); do echo \"$h refs/tags/v1.$i.0\"; done; }"
      " > .git/packed-refs");
  ScanRequest request;
  request.path = repo.path();
  request.rev = "HEAD";
  auto r = scan(request);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_TRUE(has(r->find("semver")->note, "2000+ semver tags")) << r->find("semver")->note;
  EXPECT_TRUE(has(r->find("release-tags")->note, "2000+ release tags"))
      << r->find("release-tags")->note;
}

}  // namespace
}  // namespace practrack
