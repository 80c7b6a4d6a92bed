// Regressions from charmbracelet/glow (new-user trial 16): a Go CLI that
// releases through another repository's reusable workflow, sets cobra's
// version field after the literal, and logs with charmbracelet/log.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

MemoryTree glow_like() {
  MemoryTree t;
  t.add("go.mod", "module github.com/charmbracelet/glow/v2\n\ngo 1.23\n\nrequire (\n"
                  "\tgithub.com/charmbracelet/log v0.4.2\n\tgithub.com/spf13/cobra v1.9.1\n)\n");
  t.add(".goreleaser.yml", "version: 2\nincludes:\n  - from_url:\n      url: charmbracelet/meta/main/goreleaser-glow.yaml\n");
  t.add(".github/workflows/goreleaser.yml",
        "name: goreleaser\non:\n  push:\n    tags:\n      - v*.*.*\njobs:\n  goreleaser:\n"
        "    uses: charmbracelet/meta/.github/workflows/goreleaser.yml@main\n    secrets:\n"
        "      docker_password: ${{ secrets.DOCKERHUB_TOKEN }}\n");
  t.add(".github/workflows/build.yml",
        "name: build\non: [push, pull_request]\njobs:\n  govulncheck:\n"
        "    uses: charmbracelet/meta/.github/workflows/govulncheck.yml@main\n"
        "  test:\n    uses: ./.github/workflows/local.yml\n");
  t.add("main.go",
        "package main\n\nimport (\n\t\"github.com/charmbracelet/log\"\n\t\"github.com/spf13/cobra\"\n)\n\n"
        "var Version = \"\"\n\nvar rootCmd = &cobra.Command{Use: \"glow\"}\n\nfunc main() {\n"
        "\trootCmd.Version = Version\n\tlog.Info(\"starting\")\n\t_ = rootCmd.Execute()\n}\n");
  return t;
}

TEST(GlowRegressions, AnotherRepositorysWorkflowRunsWhatItIsNamedFor) {
  MemoryTree t = glow_like();
  auto publishing = assess(t, "package-publishing");
  EXPECT_EQ(publishing.status, Status::adopted) << publishing.note;
  EXPECT_TRUE(has(publishing.note, "goreleaser (CI job goreleaser")) << publishing.note;
  EXPECT_EQ(assess(t, "release-automation").status, Status::adopted);
  auto vulns = assess(t, "vulnerability-scanning");
  EXPECT_EQ(vulns.status, Status::adopted) << vulns.note;
  EXPECT_TRUE(has(vulns.note, "govulncheck")) << vulns.note;
}

TEST(GlowRegressions, CobraVersionSetLaterAndCharmLogAreSeen) {
  MemoryTree t = glow_like();
  auto version = assess(t, "version-command");
  EXPECT_EQ(version.status, Status::adopted) << version.note;
  EXPECT_TRUE(has(version.note, "main.go")) << version.note;
  auto logging = assess(t, "app-logging");
  EXPECT_NE(logging.status, Status::not_started) << logging.note;
  EXPECT_TRUE(has(logging.note, "charmbracelet/log")) << logging.note;
  // A struct's Version that no command owns is no version flag.
  MemoryTree plain;
  plain.add("go.mod", "module example.com/x\n");
  plain.add("main.go", "package main\n\nfunc main() {\n\tinfo.Version = \"1\"\n}\n");
  EXPECT_EQ(assess(plain, "version-command").status, Status::not_started);
}

}  // namespace
}  // namespace practrack
