// Regression (click): CI ran a bare `tox run`, and every tox env was taken
// for run, so `pre-commit autoupdate` in the update-pre_commit env made
// dependency-updates adopted. A bare tox runs env_list only.
#include <gtest/gtest.h>

#include "probes/manifest/manifest_kit.h"
#include "scan/scanner.h"

namespace practrack {
namespace {

constexpr const char* kPyproject = R"([tool.tox]
env_list = ["py3.13", "style"]

[tool.tox.env_run_base]
commands = [["pytest", "-v"]]

[tool.tox.env.style]
commands = [["pre-commit", "run", "--all-files"]]

[tool.tox.env.update-pre_commit]
commands = [["pre-commit", "autoupdate", "--freeze"]]
)";

Assessment decide_with_ci(const std::string& run) {
  MemoryTree t;
  t.add("pyproject.toml", kPyproject);
  t.add(".github/workflows/tests.yaml",
        "on: [push]\njobs:\n  tests:\n    steps:\n      - run: " + run + "\n");
  Diagnostics diags;
  ScanContext ctx(t, diags);
  return *scan_tree(ctx).find("dependency-updates");
}

}  // namespace

TEST(ToxEnvList, ExpandsFactorsAcrossLines) {
  using V = std::vector<std::string>;
  EXPECT_EQ(manifest::tox_env_list("py3{10,11}, lint\n  docs"), (V{"py310", "py311", "lint", "docs"}));
  EXPECT_EQ(manifest::tox_env_list(""), V{});
  EXPECT_TRUE(manifest::tox_runs_by_default("testenv", {}));
  EXPECT_FALSE(manifest::tox_runs_by_default("update", {"py3.13", "style"}));
  EXPECT_TRUE(manifest::tox_runs_by_default("style", {"py3.13", "style"}));
}

TEST(ToxEnvList, BareToxRunsOnlyTheListedEnvs) {
  auto bare = decide_with_ci("tox run");
  EXPECT_EQ(bare.status, Status::partial) << bare.note;
  EXPECT_EQ(bare.note,
            "pre-commit autoupdate (package script tox -e update-pre_commit) — run by hand: no bot "
            "and no CI job updates dependencies");
  EXPECT_NE(decide_with_ci("tox").status, Status::adopted);
  // Named, the env runs.
  auto named = decide_with_ci("tox -e update-pre_commit");
  EXPECT_EQ(named.status, Status::adopted) << named.note;
}

TEST(ToxEnvList, IniEnvsOutsideEnvlistAreNamedOnly) {
  MemoryTree t;
  t.add("tox.ini",
        "[tox]\nenvlist = py3{11,12}, lint\n\n[testenv]\ncommands = pytest\n\n"
        "[testenv:lint]\ncommands = ruff check .\n\n[testenv:bump]\ncommands = pre-commit "
        "autoupdate\n");
  t.add(".github/workflows/tests.yaml", "on: [push]\njobs:\n  tests:\n    steps:\n      - run: tox\n");
  Diagnostics diags;
  ScanContext ctx(t, diags);
  Report r = scan_tree(ctx);
  EXPECT_NE(r.find("dependency-updates")->status, Status::adopted);
  EXPECT_EQ(r.find("linting")->status, Status::adopted) << r.find("linting")->note;
}

}  // namespace practrack
