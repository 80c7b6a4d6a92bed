#include "probes/tool/tool_resolver.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tree/tree.h"

namespace practrack {
namespace {

std::vector<ToolRow> synthetic_rows() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
      {"linting", "ruff", R"(\bruff\s+check\b)", "ruff.toml|**/.ruff.toml", "tool.ruff",
       "pypi:ruff", "ruff|ruff-check", "astral-sh/ruff-action"},
      {"formatting", "prettier", R"(\bprettier\b)", ".prettierrc*", "prettier", "npm:prettier",
       "prettier", ""},
      {"linting", "eslint", R"(\beslint\b)", "", "eslint:*", "npm:eslint*", "", ""},
  };
}

Command cmd(Origin origin, std::string system, std::string context, std::string text,
            std::string path, int line) {
  Command c;
  c.origin = origin;
  c.system = std::move(system);
  c.context = std::move(context);
  c.text = std::move(text);
  c.at = Evidence{std::move(path), line, ""};
  return c;
}

std::vector<const ToolUse*> uses(const RepoFacts& f, std::string_view tool) {
  std::vector<const ToolUse*> out;
  for (const auto& t : f.tools)
    if (t.tool == tool) out.push_back(&t);
  return out;
}

struct Fixture {
  MemoryTree tree;
  Diagnostics diags;
  RepoFacts facts;
  void resolve(const ToolMatcher& m) {
    ScanContext ctx(tree, diags);
    m.resolve(ctx, facts);
  }
};

TEST(ToolResolver, EveryRowOfTheTableCompiles) {
  const ToolMatcher& m = default_tool_matcher();
  for (const auto& e : m.errors()) ADD_FAILURE() << e;
  for (const auto& row : tool_table()) {
    EXPECT_FALSE(row.practice.empty()) << row.tool;
    EXPECT_FALSE(row.tool.empty()) << row.practice;
  }
}

TEST(ToolResolver, ABadPatternIsReported) {
  ToolMatcher m({{"linting", "broken", "(unclosed", "", "", "", "", ""}});
  ASSERT_EQ(m.errors().size(), 1u);
  EXPECT_NE(m.errors()[0].find("broken"), std::string::npos);
}

TEST(ToolResolver, CommandsBecomeRunUsesWithWhereTheyRun) {
  ToolMatcher m(synthetic_rows());
  Fixture fx;
  fx.facts.commands.push_back(
      cmd(Origin::ci, "gitlab-ci", "lint", "ruff check src", ".gitlab-ci.yml", 12));
  fx.facts.commands.push_back(
      cmd(Origin::make, "make", "code-lint", "uv run ruff check .", "Makefile", 4));
  fx.facts.commands.push_back(
      cmd(Origin::ci, "gitlab-ci", "fmt", "ruff format --check", ".gitlab-ci.yml", 20));
  fx.resolve(m);
  auto ruff = uses(fx.facts, "ruff");
  ASSERT_EQ(ruff.size(), 2u);
  EXPECT_EQ(ruff[0]->how, ToolHow::run);
  EXPECT_EQ(ruff[0]->origin, Origin::ci);
  EXPECT_EQ(ruff[0]->detail, "job lint");
  EXPECT_EQ(ruff[0]->at.line, 12);
  EXPECT_EQ(ruff[1]->origin, Origin::make);
  EXPECT_EQ(ruff[1]->detail, "code-lint");
  EXPECT_EQ(fx.facts.metrics["tools.linting"], 1);
}

TEST(ToolResolver, WordInsideAnotherWordIsNoMatch) {
  ToolMatcher m(synthetic_rows());
  Fixture fx;
  fx.facts.commands.push_back(
      cmd(Origin::ci, "github-actions", "x", "echo gruff checkers", "ci.yml", 1));
  fx.resolve(m);
  EXPECT_TRUE(fx.facts.tools.empty());
}

TEST(ToolResolver, InstallingOrEchoingIsNotRunning) {
  ToolMatcher m(synthetic_rows());
  Fixture fx;
  fx.facts.commands.push_back(cmd(Origin::ci, "gitlab-ci", "a", "pip install ruff", "ci.yml", 1));
  fx.facts.commands.push_back(cmd(Origin::ci, "gitlab-ci", "b", "echo ruff check", "ci.yml", 2));
  fx.facts.commands.push_back(cmd(Origin::ci, "gitlab-ci", "c", "# ruff check .", "ci.yml", 3));
  fx.resolve(m);
  EXPECT_TRUE(fx.facts.tools.empty());
  fx.facts.commands.push_back(
      cmd(Origin::ci, "gitlab-ci", "d", "pip install ruff && uv run ruff check .", "ci.yml", 4));
  fx.resolve(m);
  ASSERT_EQ(fx.facts.tools.size(), 1u);
  EXPECT_EQ(fx.facts.tools[0].at.line, 4);
}

TEST(ToolResolver, HooksActionsConfigsSectionsAndDependencies) {
  ToolMatcher m(synthetic_rows());
  Fixture fx;
  fx.tree.add("ruff.toml", "");
  fx.tree.add("sub/.ruff.toml", "");
  fx.tree.add("vendor/x/.ruff.toml", "");  // not the project's own
  fx.tree.add(".prettierrc.json", "{}");
  Hook h;
  h.manager = "pre-commit";
  h.id = "ruff";
  h.stage = "pre-commit";
  h.at = {".pre-commit-config.yaml", 7, ""};
  fx.facts.hooks.hooks.push_back(h);
  ActionRef a;
  a.system = "github-actions";
  a.name = "Astral-sh/ruff-action";
  a.job = "lint";
  a.at = {".github/workflows/ci.yml", 30, ""};
  fx.facts.actions.push_back(a);
  fx.facts.config_sections.push_back({"tool.ruff.lint", {"pyproject.toml", 40, ""}});
  fx.facts.config_sections.push_back({"eslint:complexity", {".eslintrc.json", 3, ""}});
  fx.facts.config_sections.push_back({"tool.ruffle", {"pyproject.toml", 50, ""}});
  Dependency d;
  d.ecosystem = "npm";
  d.name = "eslint-plugin-react";
  d.at = {"package.json", 9, ""};
  fx.facts.dependencies.push_back(d);
  Dependency d2;
  d2.ecosystem = "pypi";
  d2.name = "Ruff";
  d2.dev = true;
  d2.at = {"pyproject.toml", 20, ""};
  fx.facts.dependencies.push_back(d2);
  fx.resolve(m);

  auto ruff = uses(fx.facts, "ruff");
  std::vector<std::string> got;
  for (auto* u : ruff)
    got.push_back(std::string(tool_how_name(u->how)) + " " + u->detail + " @" + u->at.path + ":" +
                  std::to_string(u->at.line));
  std::vector<std::string> want = {
      "run job lint @.github/workflows/ci.yml:30",  // CI before hooks
      "run pre-commit @.pre-commit-config.yaml:7",
      "configured  @ruff.toml:0",
      "configured  @pyproject.toml:40",  // root files before deeper ones
      "configured  @sub/.ruff.toml:0",
      "dependency dev @pyproject.toml:20",
  };
  EXPECT_EQ(got, want);
  auto eslint = uses(fx.facts, "eslint");
  ASSERT_EQ(eslint.size(), 2u);  // section prefix and dependency prefix
  auto prettier = uses(fx.facts, "prettier");
  ASSERT_EQ(prettier.size(), 1u);
  EXPECT_EQ(prettier[0]->at.path, ".prettierrc.json");
}

TEST(ToolResolver, RepeatsAreDroppedAndHookStagesNamed) {
  ToolMatcher m(synthetic_rows());
  Fixture fx;
  auto c = cmd(Origin::hook, "husky", "pre-push", "npx prettier --check .", ".husky/pre-push", 1);
  fx.facts.commands.push_back(c);
  fx.facts.commands.push_back(c);
  Hook h;
  h.manager = "lefthook";
  h.id = "prettier";
  h.stage = "pre-push";
  h.at = {"lefthook.yml", 3, ""};
  fx.facts.hooks.hooks.push_back(h);
  fx.resolve(m);
  auto p = uses(fx.facts, "prettier");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0]->detail, "lefthook pre-push");  // lefthook.yml sits at the root
  EXPECT_EQ(p[1]->detail, "husky pre-push");
}

TEST(ToolResolver, ManyCommandsStayFast) {
  // The real table against thousands of commands: a smoke test that the
  // set matcher is used (a per-row loop would still pass, only slower).
  Fixture fx;
  for (int i = 0; i < 5000; ++i)
    fx.facts.commands.push_back(cmd(Origin::script, "sh", "ci/x.sh",
                                    "echo step " + std::to_string(i) + " && ls -la /tmp", "ci/x.sh",
                                    i + 1));
  fx.facts.commands.push_back(cmd(Origin::ci, "gitlab-ci", "lint", "ruff check .", "ci.yml", 1));
  fx.resolve(default_tool_matcher());
  EXPECT_LE(fx.facts.tools.size(), 50u);
}

TEST(ToolResolver, CommandDetailWords) {
  EXPECT_EQ(command_detail(cmd(Origin::package_script, "tox", "lint", "", "tox.ini", 1)),
            "tox -e lint");
  EXPECT_EQ(command_detail(cmd(Origin::package_script, "npm", "lint", "", "package.json", 1)),
            "npm run lint");
  EXPECT_EQ(command_detail(cmd(Origin::script, "sh", "", "", "ci/lint.sh", 1)), "ci/lint.sh");
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ToolResolver, ConfigGlobsOfEveryShape) {
  ToolMatcher m({
      {"linting", "exact", "", "a/b.toml", "", "", "", ""},
      {"linting", "anywhere", "", "**/.lintrc.{json,yml}", "", "", "", ""},
      {"linting", "folder", "", "config/lint/*.xml", "", "", "", ""},
      {"linting", "alternatives", "", "**/{x,y}.cfg", "", "", "", ""},
  });
  Fixture fx;
  for (const char* p : {"a/b.toml", "a/b.toml.bak", "pkg/web/.lintrc.yml", ".lintrc.json",
                        ".lintrc.txt", "config/lint/rules.xml", "config/lint/deep/no.xml",
                        "config/linter.xml", "q/y.cfg", "z.cfg"})
    fx.tree.add(p, "");
  fx.resolve(m);
  std::vector<std::string> got;
  for (const auto& t : fx.facts.tools) got.push_back(t.tool + " " + t.at.path);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"alternatives q/y.cfg", "anywhere .lintrc.json",
                                           "anywhere pkg/web/.lintrc.yml", "exact a/b.toml",
                                           "folder config/lint/rules.xml"}));
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ToolResolver, InvocationsCarryToolsToWhereTheyRun) {
  ToolMatcher m(synthetic_rows());
  Fixture fx;
  fx.facts.commands.push_back(
      cmd(Origin::make, "make", "code-lint", "uv run ruff check .", "Makefile", 8));
  fx.facts.commands.push_back(
      cmd(Origin::package_script, "npm", "fmt", "prettier --check .", "package.json", 5));
  fx.facts.commands.push_back(
      cmd(Origin::package_script, "npm", "ci", "npm run fmt", "package.json", 6));
  fx.facts.commands.push_back(
      cmd(Origin::ci, "gitlab-ci", "lint", "make code-lint", ".gitlab-ci.yml", 20));
  fx.facts.commands.push_back(cmd(Origin::ci, "gitlab-ci", "web", "yarn ci", ".gitlab-ci.yml", 30));
  fx.resolve(m);
  std::vector<std::string> got;
  for (const auto& t : fx.facts.tools)
    if (t.origin == Origin::ci)
      got.push_back(t.tool + " | " + t.detail + " @" + std::to_string(t.at.line));
  std::sort(got.begin(), got.end());
  EXPECT_EQ(
      got, (std::vector<std::string>{"prettier | job web → npm run fmt @30",  // through two scripts
                                     "ruff | job lint → make code-lint @20"}));
}

TEST(ToolResolver, PreCommitRunInCiRunsTheHooks) {
  ToolMatcher m(synthetic_rows());
  Fixture fx;
  Hook ruff;
  ruff.manager = "pre-commit";
  ruff.id = "ruff";
  ruff.stage = "pre-commit";
  ruff.at = {".pre-commit-config.yaml", 4, ""};
  Hook push = ruff;
  push.id = "prettier";
  push.stage = "pre-push";  // not run by a plain `pre-commit run`
  fx.facts.hooks.hooks = {ruff, push};
  fx.facts.commands.push_back(cmd(Origin::ci, "github-actions", "style",
                                  "pre-commit run --all-files --show-diff-on-failure",
                                  ".github/workflows/ci.yml", 41));
  fx.resolve(m);
  std::vector<std::string> ci;
  for (const auto& t : fx.facts.tools)
    if (t.origin == Origin::ci) ci.push_back(t.tool + " | " + t.detail);
  EXPECT_EQ(ci, std::vector<std::string>{"ruff | job style → pre-commit run"});
}

TEST(ToolResolver, InvocationsAreBoundedAndCyclesEnd) {
  ToolMatcher m(synthetic_rows());
  Fixture fx;
  fx.facts.commands.push_back(cmd(Origin::make, "make", "a", "make b", "Makefile", 1));
  fx.facts.commands.push_back(
      cmd(Origin::make, "make", "b", "make a && ruff check .", "Makefile", 2));
  fx.facts.commands.push_back(cmd(Origin::ci, "gitlab-ci", "x", "make a", "ci.yml", 3));
  fx.resolve(m);
  int ci = 0;
  for (const auto& t : fx.facts.tools) ci += t.origin == Origin::ci;
  EXPECT_EQ(ci, 1);
}

}  // namespace
}  // namespace practrack
