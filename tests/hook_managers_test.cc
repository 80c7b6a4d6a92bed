// The hook probes over MemoryTree fixtures, one per manager, and the
// source-control rules that read their facts (git-hooks, hook-tests,
// conventional-commits).
#include <gtest/gtest.h>

#include <algorithm>

#include "scan/scanner.h"
#include "tree/tree.h"
#include "util/text.h"

namespace practrack {
namespace {

Report scan_memory(const MemoryTree& tree) {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  return scan_tree(ctx);
}

const Hook* find_hook(const Report& r, std::string_view manager, std::string_view id) {
  for (const Hook& h : r.facts.hooks.hooks)
    if (h.manager == manager && h.id == id) return &h;
  return nullptr;
}

bool has_command(const Report& r, std::string_view text) {
  return std::any_of(r.facts.commands.begin(), r.facts.commands.end(),
                     [&](const Command& c) { return c.origin == Origin::hook && c.text == text; });
}

int diagnostics_for(const Report& r, std::string_view path) {
  return static_cast<int>(std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                                        [&](const Diagnostic& d) { return d.path == path; }));
}

constexpr const char* kPreCommit = R"(default_stages: [pre-commit, pre-push]
repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.6.0
    hooks:
      - id: ruff
        args: [--fix]
      - id: ruff-format
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
      - id: trailing-whitespace
        stages: [commit]
  - repo: https://github.com/commitizen-tools/commitizen
    rev: v3.29.0
    hooks:
      - id: commitizen
        stages: [commit-msg]
  - repo: local
    hooks:
      - id: mypy
        name: mypy
        entry: uv run mypy
        args: [src]
        language: system
      - id: robot-changed
        name: robot on changed suites
        entry: robot --dryrun tests
        language: system
        stages: [post-commit]
      - id: no-print
        entry: 'print\('
        language: pygrep
      - id: slow-tests
        entry: pytest -m slow
        language: system
        stages: [manual]
)";

TEST(HookPreCommit, EveryHookWithStagesEntriesAndLines) {
  MemoryTree tree;
  tree.add(".pre-commit-config.yaml", kPreCommit);
  Report r = scan_memory(tree);
  EXPECT_EQ(r.facts.hooks.managers, std::vector<std::string>{"pre-commit"});
  EXPECT_EQ(r.facts.hooks.hooks.size(), 9u);

  const Hook* ruff = find_hook(r, "pre-commit", "ruff");
  ASSERT_NE(ruff, nullptr);
  EXPECT_EQ(ruff->repo, "https://github.com/astral-sh/ruff-pre-commit");
  EXPECT_EQ(ruff->stage, "pre-commit, pre-push");  // default_stages
  EXPECT_EQ(ruff->entry, "");                      // remote: the entry lives in its repo
  EXPECT_EQ(ruff->at.line, 6);
  EXPECT_EQ(find_hook(r, "pre-commit", "trailing-whitespace")->stage, "pre-commit");

  const Hook* mypy = find_hook(r, "pre-commit", "mypy");
  ASSERT_NE(mypy, nullptr);
  EXPECT_EQ(mypy->entry, "uv run mypy src");
  EXPECT_TRUE(has_command(r, "uv run mypy src"));
  EXPECT_TRUE(has_command(r, "robot --dryrun tests"));
  EXPECT_EQ(find_hook(r, "pre-commit", "no-print")->entry, "");  // a pattern, not a command
  const Hook* robot = find_hook(r, "pre-commit", "robot-changed");
  ASSERT_NE(robot, nullptr);
  EXPECT_EQ(robot->stage, "post-commit");
  EXPECT_EQ(robot->at.line, 27);
}

TEST(HookPreCommit, RulesNameToolsStagesAndChecker) {
  MemoryTree tree;
  tree.add(".pre-commit-config.yaml", kPreCommit);
  Report r = scan_memory(tree);
  const Assessment* hooks = r.find("git-hooks");
  ASSERT_NE(hooks, nullptr);
  EXPECT_EQ(hooks->status, Status::adopted);
  EXPECT_NE(hooks->note.find("`.pre-commit-config.yaml` — ruff, ruff-format, check-yaml"),
            std::string::npos)
      << hooks->note;

  const Assessment* tests = r.find("hook-tests");
  ASSERT_NE(tests, nullptr);
  EXPECT_EQ(tests->status, Status::adopted);
  EXPECT_EQ(tests->note, "robot on post-commit (`.pre-commit-config.yaml`)");  // manual excluded
  ASSERT_EQ(tests->evidence.size(), 1u);
  EXPECT_EQ(tests->evidence[0].line, 27);

  const Assessment* cc = r.find("conventional-commits");
  ASSERT_NE(cc, nullptr);
  EXPECT_EQ(cc->status, Status::adopted);
  EXPECT_NE(cc->note.find("commitizen"), std::string::npos) << cc->note;
}

TEST(HookPreCommit, MalformedConfigIsOneDiagnosticAndTheScanGoesOn) {
  MemoryTree tree;
  tree.add(".pre-commit-config.yaml", "repos:\n  - repo: local\n    hooks: [\n  - id: x\n");
  tree.add(".husky/pre-push", "npm test\n");
  Report r = scan_memory(tree);
  EXPECT_EQ(diagnostics_for(r, ".pre-commit-config.yaml"), 1);
  EXPECT_NE(find_hook(r, "husky", "pre-push"), nullptr);
  EXPECT_EQ(r.find("hook-tests")->status, Status::adopted);
}

TEST(HookPreCommit, OddShapesAreIgnoredNotFatal) {
  MemoryTree tree;
  tree.add(".pre-commit-config.yaml", "repos: {a: 1}\n---\nsecond: doc\n");
  Report r = scan_memory(tree);
  EXPECT_TRUE(r.facts.hooks.hooks.empty());
  MemoryTree tree2;
  tree2.add(".pre-commit-config.yaml", "repos:\n  - 3\n  - hooks: nope\n  - hooks: [{id: [1]}]\n");
  Report r2 = scan_memory(tree2);
  EXPECT_TRUE(r2.facts.hooks.hooks.empty());
  EXPECT_EQ(r2.facts.hooks.managers.size(), 1u);
}

TEST(HookHusky, ScriptsSkipBoilerplateAndFeedCommands) {
  MemoryTree tree;
  tree.add(".husky/pre-commit",
           "#!/usr/bin/env sh\n. \"$(dirname -- \"$0\")/_/husky.sh\"\n\nnpx lint-staged\n");
  tree.add(".husky/commit-msg", "npx --no -- commitlint --edit \"$1\"\n");
  tree.add(".husky/_/husky.sh", "#!/bin/sh\necho internal\n");
  tree.add(".husky/README.md", "not a hook\n");
  tree.add("package.json", R"({"name": "web", "devDependencies": {"commitizen": "^4"},
  "lint-staged": {
    "*.py": ["ruff check --fix", "pytest -q"],
    "*.js": "eslint --fix"
  }
})");
  Report r = scan_memory(tree);
  EXPECT_EQ(r.facts.hooks.managers, std::vector<std::string>{"husky"});
  const Hook* pre = find_hook(r, "husky", "pre-commit");
  ASSERT_NE(pre, nullptr);
  EXPECT_EQ(pre->entry, "npx lint-staged");
  EXPECT_EQ(pre->at.line, 4);
  EXPECT_EQ(find_hook(r, "husky", "_"), nullptr);
  EXPECT_TRUE(has_command(r, "pytest -q"));
  const Hook* staged = find_hook(r, "lint-staged", "*.js");
  ASSERT_NE(staged, nullptr);
  EXPECT_EQ(staged->at.line, 4);
  // A commitizen dev dependency is not a commitizen config...
  for (const auto& c : r.facts.hooks.commit_checks) EXPECT_NE(c.tool, "commitizen");
  // ...but the commit-msg hook checks messages.
  const Assessment* cc = r.find("conventional-commits");
  EXPECT_EQ(cc->status, Status::adopted);
  EXPECT_NE(cc->note.find("husky commit-msg hook"), std::string::npos) << cc->note;
  const Assessment* hooks = r.find("git-hooks");
  EXPECT_NE(hooks->note.find("lint-staged"), std::string::npos) << hooks->note;
  EXPECT_NE(hooks->note.find("commitlint"), std::string::npos) << hooks->note;
  EXPECT_EQ(r.find("hook-tests")->note, "pytest on pre-commit (`package.json`)");
}

TEST(HookHusky, OwnTestScriptCountsAsTests) {
  MemoryTree tree;
  tree.add(".husky/pre-commit", "./test.sh\n");
  tree.add(".husky/pre-push", "echo test.sh is slow\n./contest.sh\n");
  Report r = scan_memory(tree);
  EXPECT_EQ(r.find("hook-tests")->note, "test.sh on pre-commit (`.husky/pre-commit`)");
}

TEST(HookPackageJson, HuskyFourAndSimpleGitHooks) {
  MemoryTree tree;
  tree.add("package.json", R"({
  "husky": {"hooks": {"pre-push": "npm test", "not-a-hook": "x"}},
  "simple-git-hooks": {"pre-commit": "npx lint-staged"}
})");
  Report r = scan_memory(tree);
  EXPECT_EQ(r.facts.hooks.managers, (std::vector<std::string>{"husky", "simple-git-hooks"}));
  const Hook* push = find_hook(r, "husky", "pre-push");
  ASSERT_NE(push, nullptr);
  EXPECT_EQ(push->at.line, 2);
  EXPECT_EQ(find_hook(r, "husky", "not-a-hook"), nullptr);
  EXPECT_EQ(r.find("hook-tests")->note, "npm test on pre-push (`package.json`)");
}

TEST(HookPackageJson, HuskyrcAndLintstagedrc) {
  MemoryTree tree;
  tree.add(".huskyrc", "{\n  \"hooks\": {\n    \"pre-commit\": \"lint-staged\"\n  }\n}\n");
  tree.add(".lintstagedrc.yml", "'*.ts':\n  - eslint --fix\n  - vitest related --run\n");
  Report r = scan_memory(tree);
  const Hook* pre = find_hook(r, "husky", "pre-commit");
  ASSERT_NE(pre, nullptr);
  EXPECT_EQ(pre->at.line, 3);
  EXPECT_TRUE(has_command(r, "vitest related --run"));
  EXPECT_EQ(r.find("hook-tests")->note, "vitest on pre-commit (`.lintstagedrc.yml`)");
}

TEST(HookPackageJson, LintStagedWithoutAManagerRunsNothing) {
  MemoryTree tree;
  tree.add(".lintstagedrc.json", R"({"*.py": "pytest -x"})");
  Report r = scan_memory(tree);
  EXPECT_EQ(r.facts.hooks.hooks.size(), 1u);
  EXPECT_EQ(r.find("git-hooks")->status, Status::not_started);
  EXPECT_EQ(r.find("hook-tests")->status, Status::not_started);
}

TEST(HookPackageJson, MalformedPackageJsonIsLeftToTheManifestFamily) {
  MemoryTree tree;
  tree.add("package.json", "{\"husky\": ");
  Report r = scan_memory(tree);
  EXPECT_TRUE(r.facts.hooks.hooks.empty());
}

TEST(HookLefthook, CommandsScriptsAndJobs) {
  MemoryTree tree;
  tree.add("lefthook.yml", R"(pre-commit:
  parallel: true
  commands:
    lint:
      glob: "*.go"
      run: golangci-lint run {staged_files}
  scripts:
    "check.sh":
      runner: bash
pre-push:
  jobs:
    - name: unit
      run: go test ./...
    - group:
        jobs:
          - run: cargo test
    - name: schema
      run: |
        go generate ./...
        git add schema.json
not-a-hook:
  commands:
    x:
      run: echo no
)");
  tree.add(".lefthook/pre-commit/check.sh", "#!/bin/bash\nshellcheck hooks/*.sh\n");
  Report r = scan_memory(tree);
  EXPECT_EQ(r.facts.hooks.managers, std::vector<std::string>{"lefthook"});
  const Hook* lint = find_hook(r, "lefthook", "lint");
  ASSERT_NE(lint, nullptr);
  EXPECT_EQ(lint->stage, "pre-commit");
  EXPECT_EQ(lint->at.line, 6);
  EXPECT_TRUE(has_command(r, "cargo test"));
  EXPECT_TRUE(has_command(r, "go generate ./..."));  // one command per line of a block
  EXPECT_TRUE(has_command(r, "git add schema.json"));
  EXPECT_FALSE(has_command(r, "echo no"));
  EXPECT_FALSE(has_command(r, "bash .lefthook/pre-commit/check.sh"));  // read instead
  EXPECT_TRUE(has_command(r, "shellcheck hooks/*.sh"));
  EXPECT_EQ(r.find("hook-tests")->note,
            "go test on pre-push (`lefthook.yml`); cargo test on pre-push (`lefthook.yml`)");
}

TEST(HookOvercommit, EnabledHooksByType) {
  MemoryTree tree;
  tree.add(".overcommit.yml", R"(PreCommit:
  ALL:
    quiet: true
  RuboCop:
    enabled: true
    command: ['bundle', 'exec', 'rubocop']
PrePush:
  RSpec:
    enabled: true
CommitMsg:
  TextWidth:
    enabled: false
)");
  Report r = scan_memory(tree);
  ASSERT_EQ(r.facts.hooks.hooks.size(), 2u);
  EXPECT_TRUE(has_command(r, "bundle exec rubocop"));
  const Hook* rspec = find_hook(r, "overcommit", "rspec");
  ASSERT_NE(rspec, nullptr);
  EXPECT_EQ(rspec->stage, "pre-push");
  EXPECT_EQ(rspec->entry, "rspec");
  EXPECT_EQ(r.find("hook-tests")->status, Status::adopted);
  EXPECT_EQ(r.find("conventional-commits")->status, Status::not_started);
}

TEST(HookPath, CommittedHookFoldersByHookName) {
  MemoryTree tree;
  tree.add(".githooks/pre-push", "#!/bin/sh\nset -eu\ncargo test --workspace\n",
           FileKind::executable);
  tree.add(".githooks/README.md", "install with git config core.hooksPath .githooks\n");
  tree.add("src/hooks/useAuth.ts", "export function useAuth() {}\n");
  tree.add("scripts/git-hooks/post-commit.sh", "robot tests/changed.robot\n");
  tree.add("a/b/c/hooks/pre-commit", "too deep\n");
  tree.add("hooks/pre-commit", "", FileKind::symlink);
  Report r = scan_memory(tree);
  EXPECT_EQ(r.facts.hooks.managers, std::vector<std::string>{"hooks-path"});
  ASSERT_EQ(r.facts.hooks.hooks.size(), 2u);
  EXPECT_TRUE(has_command(r, "cargo test --workspace"));
  const Hook* post = find_hook(r, "hooks-path", "post-commit");
  ASSERT_NE(post, nullptr);
  EXPECT_EQ(post->at.path, "scripts/git-hooks/post-commit.sh");
  EXPECT_EQ(r.find("hook-tests")->note,
            "cargo test on pre-push (`.githooks/pre-push`); "
            "robot on post-commit (`scripts/git-hooks/post-commit.sh`)");
  EXPECT_EQ(r.find("git-hooks")->note, "`.githooks/` (hooks path) — cargo test, robot");
}

TEST(HookPath, ScriptsKeepCommandsNotMessagesOrHelpers) {
  MemoryTree tree;
  tree.add(".githooks/pre-commit", R"(#!/bin/bash
exec 1>&2
FILES="a b"
die() {
  echo "error: run pytest first" >&2
  exit 1
}
printf 'pytest is slow\n'
if ! die_if_bad $FILES; then die; fi
LINT=$(command -v ruff)
if ! $LINT check .; then
  die
fi
)");
  Report r = scan_memory(tree);
  ASSERT_EQ(r.facts.hooks.hooks.size(), 1u);
  EXPECT_EQ(r.find("hook-tests")->status, Status::not_started);  // pytest only in messages
  int commands = 0;
  for (const Command& c : r.facts.commands) commands += c.origin == Origin::hook;
  EXPECT_EQ(commands, 4);  // exec, die_if_bad, LINT=$(...), $LINT check
  EXPECT_TRUE(has_command(r, "LINT=$(command -v ruff)"));
}

TEST(HookCommitChecks, ConfigsOfMessageCheckers) {
  MemoryTree tree;
  tree.add("commitlint.config.js",
           "module.exports = {extends: ['@commitlint/config-conventional']}\n");
  tree.add("pyproject.toml",
           "[project]\nname = \"x\"\n\n[tool.commitizen]\nname = \"cz_conventional_commits\"\n");
  tree.add(".gitlint", "[general]\n");
  tree.add("docs/.gitlint", "not root\n");
  Report r = scan_memory(tree);
  ASSERT_EQ(r.facts.hooks.commit_checks.size(), 3u);
  const auto& cz = r.facts.hooks.commit_checks[2];
  EXPECT_EQ(cz.tool, "commitizen");
  EXPECT_EQ(cz.at.line, 4);
  const Assessment* cc = r.find("conventional-commits");
  EXPECT_EQ(cc->status, Status::adopted);
  EXPECT_EQ(cc->note,
            "Checked by commitlint (`commitlint.config.js`), gitlint (`.gitlint`), "
            "commitizen (`pyproject.toml`)");
}

TEST(HookHusky, BinaryAndInvalidUtf8ScriptsAreSurvived) {
  MemoryTree tree;
  tree.add(".husky/pre-commit", std::string("\x7f"
                                            "ELF\0\0\0binary",
                                            13));
  tree.add(".husky/pre-push", "npm t\xff\xfe\n");
  Report r = scan_memory(tree);
  EXPECT_EQ(diagnostics_for(r, ".husky/pre-commit"), 1);
  const Hook* push = find_hook(r, "husky", "pre-push");
  ASSERT_NE(push, nullptr);
  EXPECT_EQ(r.find("git-hooks")->status, Status::adopted);
}

TEST(HookPreCommit, InvalidUtf8IdsStayValidInNotes) {
  MemoryTree tree;
  tree.add(".pre-commit-config.yaml",
           "repos:\n  - repo: local\n    hooks:\n"
           "      - id: lint\xff\n        entry: ruff check\n");
  Report r = scan_memory(tree);
  ASSERT_EQ(r.facts.hooks.hooks.size(), 1u);
  EXPECT_TRUE(text::valid_utf8(r.find("git-hooks")->note)) << r.find("git-hooks")->note;
}

TEST(HookRules, NothingConfigured) {
  MemoryTree tree;
  tree.add("README.md", "Run pre-commit install and pytest before pushing.\n");
  Report r = scan_memory(tree);
  EXPECT_EQ(r.find("git-hooks")->status, Status::not_started);
  EXPECT_EQ(r.find("hook-tests")->note, "No git hooks");
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// Hostile inputs in every file the hook and forge probes parse: binary,
// deep nesting, wrong shapes. Nothing crashes, nothing is mistaken for a
// test hook or a protection setting, each file gets at most one diagnostic.
TEST(HookHostile, GarbageInEveryConfigIsSurvived) {
  const std::vector<std::string> paths = {
      ".pre-commit-config.yaml", "lefthook.yml",           ".overcommit.yml",
      ".github/settings.yml",    "package.json",           ".huskyrc",
      ".lintstagedrc",           ".simple-git-hooks.json", ".gitlab-ci.yml",
      ".gitlab/CODEOWNERS"};
  const std::vector<std::string> inputs = {std::string("\0\x01\x02binary", 9),
                                           std::string(5000, '['),
                                           "- - - - - - -\n",
                                           "a: &x [*x]\n",
                                           "{\"hooks\": [1, 2, {\"pre-commit\": 3}]}",
                                           "\xff\xfe\xfd: \xc0\n",
                                           "pre-commit:\n  jobs:\n" + [] {
                                             std::string deep;
                                             for (int i = 0; i < 60; ++i)
                                               deep += std::string(4 + 4 * i, ' ') + "- group:\n" +
                                                       std::string(8 + 4 * i, ' ') + "jobs:\n";
                                             return deep;
                                           }()};
  for (const auto& input : inputs) {
    MemoryTree tree;
    for (const auto& path : paths) tree.add(path, input);
    Report r = scan_memory(tree);
    // package.json and .gitlab-ci.yml are also read by other families.
    for (const auto& path : paths) {
      if (path != "package.json" && path != ".gitlab-ci.yml") {
        EXPECT_LE(diagnostics_for(r, path), 1) << path;
      }
    }
    EXPECT_EQ(r.find("hook-tests")->status, Status::not_started);
    EXPECT_EQ(r.find("branch-protection")->status, Status::not_started);
  }
}

}  // namespace
}  // namespace practrack
