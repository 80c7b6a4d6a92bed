// Tools that implement the source-control practices. The hook probes fill
// HookFacts directly; these rows let the resolver see the same tools when
// they show up elsewhere (a CI job running commitlint, husky as a
// dependency without committed hooks, a workspace manager).
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> source_control_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
      // -- git-hooks: managers ------------------------------------------
      {"git-hooks", "pre-commit", R"(\bpre-commit\s+install\b)", ".pre-commit-config.yaml", "",
       "pypi:pre-commit", "", ""},
      {"git-hooks", "prek", R"(\bprek\s+install\b)", "", "", "pypi:prek", "", ""},
      {"git-hooks", "husky", R"(\bhusky(\s+install)?\b)", ".husky/*", "husky", "npm:husky", "", ""},
      {"git-hooks", "lefthook", R"(\blefthook\s+install\b)",
       "lefthook.yml|.lefthook.yml|lefthook.yaml|.lefthook.yaml", "",
       "npm:lefthook|npm:@evilmartians/lefthook|go:github.com/evilmartians/lefthook", "", ""},
      {"git-hooks", "overcommit", R"(\bovercommit\s+--install\b)", ".overcommit.yml", "",
       "gem:overcommit", "", ""},
      {"git-hooks", "simple-git-hooks", R"(\bsimple-git-hooks\b)",
       ".simple-git-hooks.json|.simple-git-hooks.js|simple-git-hooks.json", "simple-git-hooks",
       "npm:simple-git-hooks", "", ""},
      {"git-hooks", "hooks path", R"(\bgit\s+config\s+(--local\s+)?core\.hooks[Pp]ath\b)", "", "",
       "", "", ""},
      {"git-hooks", "cargo-husky", "", "", "", "cargo:cargo-husky", "", ""},
      {"git-hooks", "ghooks", "", "", "", "npm:ghooks|npm:yorkie", "", ""},
      // -- conventional-commits: message checkers -------------------------
      {"conventional-commits", "commitlint", R"(\bcommitlint\b)",
       "commitlint.config.{js,cjs,mjs,ts,cts}|.commitlintrc|.commitlintrc.{json,yaml,yml,js,cjs}",
       "commitlint", "npm:@commitlint/cli|npm:commitlint|npm:@commitlint/config-conventional",
       "commitlint", "wagoid/commitlint-github-action"},
      {"conventional-commits", "commitizen", R"(\bcz\s+check\b|\bcommitizen\s+check\b)",
       ".cz.toml|cz.toml|.cz.json|cz.json|.cz.yaml|cz.yaml", "tool.commitizen", "pypi:commitizen",
       "commitizen|commitizen-branch", "commitizen-tools/commitizen-action"},
      {"conventional-commits", "gitlint", R"(\bgitlint\b)", ".gitlint", "", "pypi:gitlint",
       "gitlint|gitlint-ci", ""},
      {"conventional-commits", "conventional-pre-commit", R"(\bconventional-pre-commit\b)", "", "",
       "pypi:conventional-pre-commit", "conventional-pre-commit", ""},
      {"conventional-commits", "cocogitto", R"(\bcog\s+(check|verify)\b)", "cog.toml", "", "", "",
       "cocogitto/cocogitto-action"},
      {"conventional-commits", "commit-check", R"(\bcommit-check\b)",
       ".commit-check.yml|.commit-check.yaml", "", "pypi:commit-check",
       "check-message|commit-check", "commit-check/commit-check-action"},
      {"conventional-commits", "semantic PR titles", "", ".github/semantic.yml", "", "", "",
       "amannn/action-semantic-pull-request|zeke/semantic-pull-requests"},
      {"conventional-commits", "conform", R"(\bconform\s+enforce\b)", ".conform.yaml", "", "", "",
       ""},
      {"conventional-commits", "commitsar", R"(\bcommitsar\b)", ".commitsar.yaml", "", "", "",
       "aevea/commitsar"},
      {"conventional-commits", "conventional commits action", "", "", "", "", "",
       "webiny/action-conventional-commits|ytanikin/pr-conventional-commits"},
      // -- signed-commits ---------------------------------------------------
      {"signed-commits", "gitsign", R"(\bgitsign\b)", "", "", "", "",
       "chainguard-dev/actions/setup-gitsign"},
      {"signed-commits", "signature verification", R"(\bgit\s+verify-commit\b)", "", "", "", "",
       ""},
      // -- monorepo: workspace managers --------------------------------------
      {"monorepo", "Nx", R"(\bnx\s+(run-many|affected)\b)", "nx.json", "", "npm:nx", "", ""},
      {"monorepo", "Lerna", R"(\blerna\s+(run|publish|version)\b)", "lerna.json", "", "npm:lerna",
       "", ""},
      {"monorepo", "Turborepo", R"(\bturbo\s+run\b)", "turbo.json", "", "npm:turbo", "", ""},
      {"monorepo", "pnpm workspaces", "", "pnpm-workspace.yaml", "", "", "", ""},
      {"monorepo", "npm workspaces", "", "", "workspaces", "", "", ""},
      {"monorepo", "Rush", "", "rush.json", "", "", "", ""},
      {"monorepo", "Go workspace", "", "go.work", "", "", "", ""},
      {"monorepo", "Gradle multi-project", "", "", "gradle:include", "", "", ""},
      {"monorepo", "sbt multi-project", "", "", "sbt:subprojects", "", "", ""},
      {"monorepo", "Cargo workspace", "", "", "workspace", "", "", ""},
      {"monorepo", "uv workspace", "", "", "tool.uv.workspace", "", "", ""},
      {"monorepo", "Pants", R"(\bpants\b)", "pants.toml", "", "", "", ""},
      {"monorepo", "Bazel", R"(\bbazel(isk)?\s+(build|test)\b)",
       "MODULE.bazel|WORKSPACE|WORKSPACE.bazel", "", "", "", ""},
  };
}

}  // namespace practrack
