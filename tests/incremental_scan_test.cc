// History scans re-derive only what a commit's changed files affect
// (history/incremental_scan.h): each commit scanned from the one before
// must give exactly what a full scan of it gives.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "history/incremental_scan.h"
#include "probes/probe.h"
#include "support/temp_repo.h"

namespace practrack {
namespace {

// What a scan decided and found, in comparable form.
struct Outcome {
  std::vector<std::string> assessments;  // "id status note | evidence ..."
  std::vector<std::string> diagnostics;
  std::map<std::string, double> metrics;
  std::vector<std::string> commands;  // in order: the tool resolver reads them so
};

Outcome outcome_of(const Report& r) {
  Outcome o;
  for (const auto& a : r.assessments) {
    std::string line = a.id + " " + std::string(status_id(a.status)) + " " + a.note + " |";
    for (const auto& e : a.evidence)
      line += " " + e.path + ":" + std::to_string(e.line) + ":" + e.excerpt;
    o.assessments.push_back(line);
  }
  for (const auto& d : r.diagnostics) o.diagnostics.push_back(format_location(d));
  o.metrics = r.facts.metrics;
  for (const auto& c : r.facts.commands) o.commands.push_back(c.context + ": " + c.text);
  return o;
}

class IncrementalScan : public ::testing::Test {
 protected:
  // Scans `rev` through the incremental scanner and in full; both must agree.
  Report scan_both(const std::string& rev) {
    ScanRequest request;
    request.path = repo_.path();
    request.memo = &memo_;
    auto target = open_target(repo_.path(), rev);
    EXPECT_TRUE(target.ok());
    // As a history does: the last tree, moved to this commit when it can be.
    auto tree = scanner_.open_tree(target->repo, *target->commit);
    EXPECT_TRUE(tree.ok());
    target->tree = std::move(*tree);
    Report incremental = scanner_.scan(std::move(*target), request, nullptr);
    auto again = open_target(repo_.path(), rev);
    EXPECT_TRUE(again.ok());
    FileMemo fresh_memo;
    request.memo = &fresh_memo;
    Report full = scan_target(*again, request, nullptr);
    Outcome a = outcome_of(incremental), b = outcome_of(full);
    EXPECT_EQ(a.assessments, b.assessments) << rev;
    EXPECT_EQ(a.diagnostics, b.diagnostics) << rev;
    EXPECT_EQ(a.metrics, b.metrics) << rev;
    EXPECT_EQ(a.commands, b.commands) << rev;
    return incremental;
  }

  test_support::TempRepo repo_;
  FileMemo memo_;
  IncrementalScanner scanner_;
};

bool ran(const IncrementalScanner& s, std::string_view probe) {
  auto names = s.last_probes();
  return std::find(names.begin(), names.end(), probe) != names.end();
}

constexpr const char* kWorkflow =
    "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
    "      - uses: actions/checkout@v4\n      - run: pytest\n";

TEST_F(IncrementalScan, ContentChangesRerunOnlyTheirReadersAndMatchFullScans) {
  repo_.write("README.md", "# demo\n\nInstall with pip.\n");
  repo_.write("pyproject.toml",
              "[project]\nname = \"demo\"\nversion = \"1.0.0\"\n"
              "dependencies = [\"requests==2.31.0\"]\n[project.optional-dependencies]\n"
              "test = [\"pytest==8.0.0\"]\n");
  repo_.write("src/demo/app.py", "import logging\n\nlog = logging.getLogger(__name__)\n\n"
                                 "def main():\n    return 1\n");
  repo_.write("tests/test_app.py", "def test_one():\n    assert True\n");
  repo_.write("CHANGELOG.md", "# Changelog\n\n## 1.0.0 (2024-01-01)\n\n- First\n");
  repo_.write("docs/guide.md", "# Guide\n\n## Continuous integration\n\nGitHub Actions runs.\n");
  repo_.write(".github/workflows/ci.yml", kWorkflow);
  std::vector<std::string> c;
  c.push_back(repo_.commit("Initial", "2024-01-01T10:00:00Z"));
  repo_.write("tests/test_app.py",
              "def test_one():\n    assert True\n\n\ndef test_two():\n    assert 2\n");
  c.push_back(repo_.commit("Another test", "2024-01-02T10:00:00Z"));
  repo_.write("CHANGELOG.md", "# Changelog\n\n## 1.1.0 (2024-01-03)\n\n- More\n\n"
                              "## 1.0.0 (2024-01-01)\n\n- First\n");
  c.push_back(repo_.commit("Release 1.1.0", "2024-01-03T10:00:00Z"));
  repo_.write("docs/guide.md", "# Guide\n\nNothing about pipelines.\n");
  c.push_back(repo_.commit("Trim the guide", "2024-01-04T10:00:00Z"));
  repo_.write(".github/workflows/ci.yml", std::string(kWorkflow) + "      - run: ruff check .\n");
  c.push_back(repo_.commit("Lint in CI", "2024-01-05T10:00:00Z"));
  repo_.write("src/demo/cli.py", "def run():\n    return 0\n");
  c.push_back(repo_.commit("Add a module", "2024-01-06T10:00:00Z"));
  repo_.write("README.md", "# demo\n\n## Install\n\npip install .\n\n## Security\n\nMail us.\n");
  c.push_back(repo_.commit("README sections", "2024-01-07T10:00:00Z"));

  std::vector<Report> reports;
  for (std::size_t i = 0; i < c.size(); ++i) {
    reports.push_back(scan_both(c[i]));
    // The CI change runs the CI probes again, together, and what reads the
    // command lines they feed (the tool resolver, ci.scripts).
    if (i == 4) {
      for (std::string_view probe : {"ci.gitlab", "ci.github", "ci.release-scripts", "tools",
                                     "ci.scripts", "ci.indirect-scripts"})
        EXPECT_TRUE(ran(scanner_, probe)) << probe;
    }
    if (i == 5) {
      EXPECT_FALSE(ran(scanner_, "doc-files")) << scanner_.last_scan();
    }
    // The README edit runs the document rows again, together (they read
    // one another's list), and the policy that falls back on the README.
    if (i == 6) {
      for (std::string_view probe : {"doc-files", "readme", "license", "changelog", "doc-texts",
                                     "api-specs", "security-policy"})
        EXPECT_TRUE(ran(scanner_, probe)) << probe;
      EXPECT_FALSE(ran(scanner_, "ci.github")) << scanner_.last_scan();
    }
  }

  // Every commit after the first kept the facts before it: the new module
  // concerns no probe without a reset (those look at a few paths each).
  EXPECT_EQ(scanner_.counts().partial, 6);
  EXPECT_EQ(scanner_.counts().full, 1);
  // The six together ran fewer probes than one full scan.
  EXPECT_LT(scanner_.counts().rerun, static_cast<long long>(probe_table().size()));
  // And what changed shows: the second test, the newer release, the guide.
  EXPECT_EQ(reports[0].facts.metrics.at("tests.total"), 1);
  EXPECT_EQ(reports[1].facts.metrics.at("tests.total"), 2);
  EXPECT_EQ(reports[1].facts.docs.changelog.newest_version, "1.0.0");
  EXPECT_EQ(reports[2].facts.docs.changelog.newest_version, "1.1.0");
  EXPECT_EQ(reports[2].facts.docs.of_kind("pipeline").size(), 1u);
  EXPECT_TRUE(reports[3].facts.docs.of_kind("pipeline").empty());
  EXPECT_TRUE(reports[5].facts.security.security_policy.path.empty());
  EXPECT_EQ(reports[6].facts.security.security_policy.path, "README.md");
  auto runs_ruff = [](const Report& r) {
    return std::any_of(r.facts.commands.begin(), r.facts.commands.end(),
                       [](const Command& cmd) { return cmd.text == "ruff check ."; });
  };
  EXPECT_FALSE(runs_ruff(reports[3]));
  EXPECT_TRUE(runs_ruff(reports[4]));
}

// k8s-yaml, orchestrators and iac share one reset: running it again
// between them would drop what the first found (the play of playbook.yml).
TEST_F(IncrementalScan, ProbesSharingAResetKeepEachOthersFacts) {
  repo_.write("playbook.yml", "- hosts: all\n  tasks:\n    - name: ping\n      ping:\n");
  repo_.write("ansible.cfg", "[defaults]\ninventory = hosts\n");
  repo_.write("deploy/app.yaml",
              "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n");
  repo_.write("mkdocs.yml", "site_name: demo\n");
  std::string a = repo_.commit("Infrastructure", "2024-01-01T10:00:00Z");
  repo_.write("mkdocs.yml", "site_name: demo\nnav: []\n");
  std::string b = repo_.commit("Docs site", "2024-01-02T10:00:00Z");
  scan_both(a);
  Report second = scan_both(b);
  EXPECT_EQ(scanner_.counts().partial, 1);
  const Assessment* iac = second.find("iac");
  ASSERT_NE(iac, nullptr);
  EXPECT_NE(iac->note.find("1 play"), std::string::npos) << iac->note;
}

std::string fake_github_token(char seed) {
  std::string s = "ghp_";
  for (int i = 0; i < 36; ++i) s += static_cast<char>(i % 2 ? seed + i % 20 : '0' + i % 10);
  return s;
}

std::string elf_bytes() { return std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10) + "rest"; }

// The content probe takes a changed file's old findings out and puts its
// new ones in, in path order, without summing every file again; a changed
// allowlist makes it run in full.
TEST_F(IncrementalScan, ContentFindingsUpdateInPlace) {
  repo_.write("a/app.py", "def main():\n    return 1\n");
  repo_.write("b/settings.py", "TOKEN = \"" + fake_github_token('a') + "\"\n");
  repo_.write("c/notes.txt", "plain\n");
  repo_.write("d/tool.dat", "text for now\n");
  repo_.write(".gitleaksignore", "# nothing yet\n");
  std::vector<std::string> c;
  c.push_back(repo_.commit("One", "2024-01-01T10:00:00Z"));
  repo_.write("a/app.py", "TOKEN = \"" + fake_github_token('g') + "\"\n");
  c.push_back(repo_.commit("A secret before the first", "2024-01-02T10:00:00Z"));
  repo_.write("b/settings.py", "import os\nTOKEN = os.environ['TOKEN']\n");
  repo_.write("d/tool.dat", elf_bytes());
  c.push_back(repo_.commit("Secret out, a binary in", "2024-01-03T10:00:00Z"));
  repo_.write(".gitleaksignore", "a/app.py:generic-api-key:1\n");
  c.push_back(repo_.commit("Allowlist", "2024-01-04T10:00:00Z"));

  std::vector<Report> reports;
  for (const auto& rev : c) reports.push_back(scan_both(rev));
  EXPECT_EQ(scanner_.counts().partial, 3);
  // The first two partial commits updated the content facts (and the
  // source facts: Python files changed); the allowlist change ran the
  // content probe in full.
  EXPECT_EQ(scanner_.counts().updated, 4);
  ASSERT_EQ(reports[1].facts.security.secrets.size(), 2u);
  EXPECT_EQ(reports[1].facts.security.secrets[0].at.path, "a/app.py");
  EXPECT_EQ(reports[1].facts.security.secrets[1].at.path, "b/settings.py");
  ASSERT_EQ(reports[2].facts.security.secrets.size(), 1u);
  ASSERT_EQ(reports[2].facts.security.binaries.size(), 1u);
  EXPECT_EQ(reports[2].facts.security.binaries[0].path, "d/tool.dat");
  EXPECT_EQ(reports[2].facts.security.files_sniffed, reports[0].facts.security.files_sniffed);
}

// The source probe moves counts and first evidence by the changed files'
// differences; when the first file of a library loses it, the next first
// must be searched for, so it runs in full.
TEST_F(IncrementalScan, SourceFactsUpdateInPlace) {
  std::string body = "\n\ndef f(x):\n    y = x + 1\n    z = y * 2\n    w = z - 3\n"
                     "    v = w / 4\n    u = v % 5\n    t = u ** 2\n    s = t + x\n"
                     "    return s\n";
  std::string logs = "import logging\n\nlog = logging.getLogger(__name__)\n";
  repo_.write("src/pkg/a.py", "import os" + body);
  repo_.write("src/pkg/b.py", logs + body);
  repo_.write("src/pkg/c.py", logs + body);
  repo_.write("tests/test_b.py", "from pkg import b\n\n\ndef test_one():\n    assert b.f(1)\n");
  std::vector<std::string> c;
  c.push_back(repo_.commit("One", "2024-01-01T10:00:00Z"));
  repo_.write("src/pkg/a.py", logs + body);
  c.push_back(repo_.commit("a logs first", "2024-01-02T10:00:00Z"));
  repo_.write("tests/test_b.py", "from pkg import b\n\n\ndef test_one():\n    assert b.f(1)\n"
                                 "\n\ndef test_two():\n    assert b.f(2)\n");
  c.push_back(repo_.commit("Second test", "2024-01-03T10:00:00Z"));
  repo_.write("src/pkg/a.py", "import os" + body);
  c.push_back(repo_.commit("a logs no more", "2024-01-04T10:00:00Z"));

  std::vector<Report> reports;
  for (const auto& rev : c) reports.push_back(scan_both(rev));
  EXPECT_EQ(scanner_.counts().partial, 3);
  // content updated at each partial commit, source at the first two.
  EXPECT_EQ(scanner_.counts().updated, 5);
  auto logging_of = [](const Report& r) -> const LibraryUse* {
    for (const auto& u : r.facts.source.libraries)
      if (u.name == "logging") return &u;
    return nullptr;
  };
  ASSERT_NE(logging_of(reports[1]), nullptr);
  EXPECT_EQ(logging_of(reports[1])->first.path, "src/pkg/a.py");
  EXPECT_EQ(logging_of(reports[1])->files, 3);
  EXPECT_EQ(reports[2].facts.metrics.at("tests.total"), 2);
  ASSERT_NE(logging_of(reports[3]), nullptr);
  EXPECT_EQ(logging_of(reports[3])->first.path, "src/pkg/b.py");
}

// A probe the changed files gave nothing before and give nothing after
// keeps its facts and does not run; once a file gives it something, it
// runs, and the result is a full scan's.
TEST_F(IncrementalScan, FilesThatGiveAProbeNothingDoNotRunIt) {
  repo_.write("settings/app.yml", "name: app\nversion: 1\n");
  repo_.write("deploy/web.yaml", "replicas: 1\n");
  repo_.write("src/cli.py", "def main():\n    return 1\n");
  repo_.write("docs/guide.md", "# Guide\n\nUse it.\n");
  std::vector<std::string> c;
  c.push_back(repo_.commit("One", "2024-01-01T10:00:00Z"));
  repo_.write("docs/guide.md", "# Guide\n\nUse it well.\n");
  repo_.write("settings/app.yml", "name: app\nversion: 2\n");
  repo_.write("src/cli.py", "def main():\n    return 2\n");
  c.push_back(repo_.commit("Plain YAML and Python", "2024-01-02T10:00:00Z"));
  repo_.write("deploy/web.yaml",
              "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
              "  template:\n    spec:\n      containers:\n        - name: web\n"
              "          env:\n            - name: TOKEN\n              valueFrom:\n"
              "                secretKeyRef:\n                  name: web\n");
  repo_.write("src/cli.py", "import argparse\n\np = argparse.ArgumentParser()\n"
                            "p.add_argument('--version', action='version', version='1.0')\n");
  repo_.write("docs/guide.md", "# Guide\n\n## Continuous integration\n\nEvery push runs it.\n");
  c.push_back(repo_.commit("A manifest and a version flag", "2024-01-03T10:00:00Z"));

  scan_both(c[0]);
  scan_both(c[1]);
  EXPECT_EQ(scanner_.counts().partial, 1);
  for (std::string_view probe :
       {"k8s-yaml", "ci.deploy", "secret-stores", "git-version", "doc-texts"})
    EXPECT_FALSE(ran(scanner_, probe)) << probe;
  EXPECT_TRUE(ran(scanner_, "content"));
  Report third = scan_both(c[2]);
  EXPECT_EQ(scanner_.counts().partial, 2);
  for (std::string_view probe :
       {"k8s-yaml", "ci.deploy", "secret-stores", "git-version", "doc-texts"})
    EXPECT_TRUE(ran(scanner_, probe)) << probe;
  EXPECT_EQ(third.facts.docs.config.service_secret_refs, 1);
  EXPECT_FALSE(third.facts.git.version_reports.empty());
  EXPECT_EQ(third.facts.docs.of_kind("pipeline").size(), 1u);
}

// Probes that run again put their command lines back where a full scan
// has them, between those of the probes before and after them.
TEST_F(IncrementalScan, CommandsOfProbesRunAgainKeepTheirPlace) {
  repo_.write("scripts/test.sh", "#!/bin/sh\nset -eu\npytest -q\n");
  repo_.write(".pre-commit-config.yaml",
              "repos:\n  - repo: local\n    hooks:\n      - id: lint\n        name: lint\n"
              "        entry: ruff check\n        language: system\n");
  repo_.write(".github/workflows/ci.yml", kWorkflow);
  repo_.write("package.json", "{\"name\": \"x\", \"scripts\": {\"test\": \"jest\"}}\n");
  std::vector<std::string> c;
  c.push_back(repo_.commit("One", "2024-01-01T10:00:00Z"));
  repo_.write("scripts/test.sh", "#!/bin/sh\nset -eu\nruff check .\npytest -q\nmypy .\n");
  c.push_back(repo_.commit("Longer script", "2024-01-02T10:00:00Z"));
  repo_.write(".github/workflows/ci.yml", std::string(kWorkflow) + "      - run: make docs\n");
  c.push_back(repo_.commit("CI builds the docs", "2024-01-03T10:00:00Z"));
  repo_.write(".pre-commit-config.yaml",
              "repos:\n  - repo: local\n    hooks:\n      - id: lint\n        name: lint\n"
              "        entry: ruff format --check\n        language: system\n");
  c.push_back(repo_.commit("Format check", "2024-01-04T10:00:00Z"));
  for (const auto& rev : c) scan_both(rev);
  EXPECT_EQ(scanner_.counts().partial, 3);
}

// The JS release script a package script runs is followed from the
// package scripts the manifest probes read, and runs again with them: an
// edit to the script itself is a partial scan (it had no reset, so it was a
// full one), and when package.json stops running it, its `pnpm publish`
// goes too.
TEST_F(IncrementalScan, PackageReleaseScriptsFollowTheirPackageScripts) {
  repo_.write("package.json",
              "{\"name\": \"x\", \"scripts\": {\"release\": \"node scripts/release.js\"}}\n");
  repo_.write("scripts/release.js", "run('pnpm', ['publish', '--access', 'public'])\n");
  repo_.write(".github/workflows/release.yml",
              "on:\n  push:\n    tags: ['v*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n"
              "    steps:\n      - run: pnpm release\n");
  std::vector<std::string> c;
  c.push_back(repo_.commit("One", "2024-01-01T10:00:00Z"));
  repo_.write("scripts/release.js", "// publishes\nrun('pnpm', ['publish'])\n");
  c.push_back(repo_.commit("Edit the script", "2024-01-02T10:00:00Z"));
  repo_.write("package.json", "{\"name\": \"x\", \"scripts\": {\"release\": \"echo no\"}}\n");
  c.push_back(repo_.commit("Stop running it", "2024-01-03T10:00:00Z"));
  scan_both(c[0]);
  scan_both(c[1]);
  // The edit to the script alone: partial, the row runs again.
  EXPECT_EQ(scanner_.counts().partial, 1) << scanner_.last_scan();
  EXPECT_TRUE(ran(scanner_, "ci.package-release-scripts"));
  // package.json runs the manifest rows again, together, and what
  // resolves their lists after them.
  scan_both(c[2]);
  EXPECT_EQ(scanner_.counts().partial, 2) << scanner_.last_scan();
  for (std::string_view probe : {"package-json", "pyproject", "manifest-metrics", "tools",
                                 "ci.package-release-scripts", "source"})
    EXPECT_TRUE(ran(scanner_, probe)) << probe;
}

// Bare it()/test() files are the runner's the dependencies name: a
// package.json that trades Jest for Vitest changes what unchanged test
// files count as, in a partial scan as in a full one.
TEST_F(IncrementalScan, DependenciesThatNameAnotherTestRunnerSumTheSourcesAgain) {
  repo_.write("package.json", "{\"name\": \"x\", \"devDependencies\": {\"jest\": \"29.7.0\"}}\n");
  repo_.write("src/sum.js", "export const sum = (a, b) => a + b;\n");
  repo_.write("test/sum.test.js", "test('adds', () => {\n  expect(1 + 1).toBe(2);\n});\n");
  std::vector<std::string> c;
  c.push_back(repo_.commit("Jest", "2024-01-01T10:00:00Z"));
  repo_.write("package.json",
              "{\"name\": \"x\", \"devDependencies\": {\"vitest\": \"1.6.0\"}}\n");
  c.push_back(repo_.commit("Vitest", "2024-01-02T10:00:00Z"));
  auto framework = [](const Report& r) {
    return r.facts.source.tests.empty() ? std::string() : r.facts.source.tests.front().framework;
  };
  EXPECT_EQ(framework(scan_both(c[0])), "jest");
  Report after = scan_both(c[1]);
  EXPECT_TRUE(scanner_.last_scan().starts_with("partial: ")) << scanner_.last_scan();
  EXPECT_EQ(framework(after), "vitest");
  EXPECT_EQ(after.facts.source.js_default, "vitest");
}

// Files added or removed that concern a probe without a reset (a
// .gitattributes for source-artifacts) make a full scan, but over the tree moved from the commit
// before, the unchanged files keeping their memo slots; what it decides is
// a fresh scan's, and the commits after it are partial again. Those that
// concern only probes with a reset run these again.
TEST_F(IncrementalScan, FilesAddedOrRemovedScanInFullFromTheMovedTree) {
  repo_.write("src/demo/app.py", "import logging\n\ndef main():\n    return 1\n");
  repo_.write("tests/test_app.py", "def test_one():\n    assert True\n");
  repo_.write("docs/guide.md", "# Guide\n\n## Continuous integration\n\nIt runs.\n");
  repo_.write("Dockerfile", "FROM python:3.12-slim\nCOPY . /app\n");
  std::vector<std::string> c;
  c.push_back(repo_.commit("One", "2024-01-01T10:00:00Z"));
  repo_.write(".github/workflows/ci.yml", kWorkflow);
  repo_.write("tests/test_more.py", "def test_two():\n    assert 2\n");
  repo_.write(".gitattributes", "*.csv filter=lfs diff=lfs merge=lfs -text\n");
  c.push_back(repo_.commit("CI, a test file, LFS", "2024-01-02T10:00:00Z"));
  repo_.write("tests/test_more.py", "def test_two():\n    assert 2\n\n\ndef test_3():\n    pass\n");
  c.push_back(repo_.commit("A third test", "2024-01-03T10:00:00Z"));
  repo_.sh("git rm -rq docs Dockerfile");
  repo_.write("docs.md", "# Docs\n");
  c.push_back(repo_.commit("No docs folder, no image", "2024-01-04T10:00:00Z"));
  repo_.write("src/demo/app.py", "import logging\n\ndef main():\n    return 2\n");
  c.push_back(repo_.commit("Edit", "2024-01-05T10:00:00Z"));

  std::vector<Report> reports;
  std::vector<std::string> how;
  for (const auto& rev : c) {
    reports.push_back(scan_both(rev));
    how.push_back(scanner_.last_scan());
  }
  EXPECT_EQ(scanner_.counts().full, 2);  // the first, and the one with LFS
  EXPECT_EQ(scanner_.counts().partial, 3);
  // source-artifacts has no reset: the commit that adds one runs every probe
  // again, on fresh facts, but the three that update theirs (source,
  // content, shell scripts) keep their facts and update them.
  EXPECT_EQ(scanner_.counts().full_because.at("source-artifacts lists paths that came or went"),
            1);
  // A new test file changes the test mapping: source runs in full there.
  EXPECT_TRUE(how[1].ends_with("; 2 updated")) << how[1];
  // The docs folder and the Dockerfile that go concern probes with resets.
  EXPECT_TRUE(how[3].starts_with("partial: ")) << how[3];
  EXPECT_TRUE(how[3].ends_with(", paths came or went")) << how[3];
  EXPECT_EQ(reports[1].facts.metrics.at("tests.total"), 2);
  EXPECT_EQ(reports[2].facts.metrics.at("tests.total"), 3);
  EXPECT_TRUE(reports[3].facts.docs.of_kind("pipeline").empty());
  EXPECT_EQ(reports[3].meta.files, 6);
}

// Added and removed files reach the probes that update their facts: a
// secret in a new file, a binary that goes, a test file that goes.
TEST_F(IncrementalScan, AddedAndRemovedFilesUpdateTheProbesThatKeepTheirFacts) {
  repo_.write("src/app.py", "def main():\n    return 1\n");
  repo_.write("tests/test_app.py", "def test_one():\n    assert True\n");
  repo_.write("tests/test_two.py", "def test_two():\n    assert True\n");
  repo_.write("tools/helper.bin", elf_bytes());
  repo_.write("ci/build.sh", "#!/bin/sh\necho build\n");
  std::vector<std::string> c;
  c.push_back(repo_.commit("One", "2024-01-01T10:00:00Z"));
  repo_.write("deploy/settings.py", "TOKEN = \"" + fake_github_token('d') + "\"\n");
  repo_.sh("git rm -q tools/helper.bin");
  c.push_back(repo_.commit("A secret, no binary", "2024-01-02T10:00:00Z"));
  repo_.sh("git rm -q tests/test_two.py ci/build.sh");
  c.push_back(repo_.commit("One test file less, no script", "2024-01-03T10:00:00Z"));

  std::vector<Report> reports;
  for (const auto& rev : c) reports.push_back(scan_both(rev));
  EXPECT_EQ(reports[0].facts.security.binaries.size(), 1u);
  EXPECT_TRUE(reports[1].facts.security.binaries.empty());
  EXPECT_EQ(reports[1].facts.security.secrets.size(), 1u);
  EXPECT_EQ(reports[1].facts.metrics.at("tests.total"), 2);
  // A test file gone changes the test mapping: source runs in full then.
  EXPECT_EQ(reports[2].facts.metrics.at("tests.total"), 1);
  EXPECT_EQ(reports[1].facts.metrics.at("scripts.shell"), 1);
  EXPECT_EQ(reports[2].facts.metrics.at("scripts.shell"), 0);
  EXPECT_TRUE(scanner_.last_scan().starts_with("partial: ")) << scanner_.last_scan();
  EXPECT_TRUE(scanner_.last_scan().ends_with(" 1 updated, paths came or went"))
      << scanner_.last_scan();
}

// A warning about a file that did not change goes when the probe that gave
// it runs again and no longer finds it: a chart's template is warned about
// as malformed YAML until a Chart.yaml makes it a Go template.
TEST_F(IncrementalScan, WarningsOfProbesRunAgainAreFoundAgainOrGone) {
  repo_.write("apache/templates/servicemonitor.yaml",
              "{{- if .Values.metrics.serviceMonitor.enabled }}\n"
              "apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\n{{- end }}\n");
  std::vector<std::string> c;
  c.push_back(repo_.commit("A template", "2024-01-01T10:00:00Z"));
  repo_.write("apache/Chart.yaml", "apiVersion: v2\nname: apache\nversion: 1.0.0\n");
  c.push_back(repo_.commit("A chart", "2024-01-02T10:00:00Z"));

  std::vector<Report> reports;
  for (const auto& rev : c) reports.push_back(scan_both(rev));
  auto said = [](const Report& r) {
    std::string out;
    for (const auto& d : r.diagnostics) out += d.path + ": " + d.message + "\n";
    return out;
  };
  EXPECT_NE(said(reports[0]).find("servicemonitor.yaml"), std::string::npos) << said(reports[0]);
  EXPECT_EQ(said(reports[1]).find("servicemonitor.yaml"), std::string::npos) << said(reports[1]);
}

// The config tree's readers are found once per blob, and an edit to one
// runs config-tree again alone (it used to mean a full scan, and reading
// every source file at every commit: 86 ms a commit in rubocop).
TEST_F(IncrementalScan, ConfigTreeReadersFollowEditsInAPartialScan) {
  repo_.write("config/default.yml", "a: 1\n");
  repo_.write("config/extra.yml", "b: 2\n");
  repo_.write("lib/loader.rb", "DEFAULT = 'config/default.yml'\n");
  repo_.write("lib/other.rb", "puts 1\n");
  std::vector<std::string> c;
  c.push_back(repo_.commit("One", "2024-01-01T10:00:00Z"));
  repo_.write("lib/loader.rb", "DEFAULT = 'config/default.yml'\nEXTRA = \"config/extra.yml\"\n");
  c.push_back(repo_.commit("Reads a second file", "2024-01-02T10:00:00Z"));
  repo_.write("lib/other.rb", "puts 2\n");
  c.push_back(repo_.commit("Unrelated edit", "2024-01-03T10:00:00Z"));
  repo_.write("lib/loader.rb", "DEFAULT = 'settings.yml'\n");
  c.push_back(repo_.commit("Reads none", "2024-01-04T10:00:00Z"));

  std::vector<Report> reports;
  for (const auto& rev : c) {
    reports.push_back(scan_both(rev));
    if (reports.size() > 1) {
      EXPECT_TRUE(ran(scanner_, "config-tree")) << rev;
    }
  }
  EXPECT_EQ(scanner_.counts().partial, 3);
  auto targets = [](const Report& r) {
    std::vector<std::string> out;
    for (const auto& ref : r.facts.docs.config.config_refs) out.push_back(ref.target);
    return out;
  };
  EXPECT_EQ(targets(reports[0]), (std::vector<std::string>{"config/default.yml"}));
  EXPECT_EQ(targets(reports[1]),
            (std::vector<std::string>{"config/default.yml", "config/extra.yml"}));
  EXPECT_EQ(targets(reports[2]), targets(reports[1]));
  EXPECT_TRUE(targets(reports[3]).empty());
}

TEST_F(IncrementalScan, FullScansOnlyWhenAsked) {
  repo_.write("src/app.py", "def main():\n    return 1\n");
  std::string a = repo_.commit("One", "2024-01-01T10:00:00Z");
  repo_.write("src/app.py", "def main():\n    return 2\n");
  std::string b = repo_.commit("Two", "2024-01-02T10:00:00Z");
  scanner_ = IncrementalScanner(/*full_only=*/true);
  scan_both(a);
  scan_both(b);
  EXPECT_EQ(scanner_.counts().partial, 0);
  EXPECT_EQ(scanner_.counts().full, 2);
}

}  // namespace
}  // namespace practrack
