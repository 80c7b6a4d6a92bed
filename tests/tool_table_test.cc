// The real code-quality rows against command lines as projects write them.
#include <gtest/gtest.h>

#include <set>

#include "probes/tool/tool_resolver.h"
#include "tree/tree.h"

namespace practrack {
namespace {

bool code_quality(const std::string& practice) {
  static const std::set<std::string> ids = {"linting",
                                            "formatting",
                                            "type-checking",
                                            "config-validation-lint",
                                            "whitespace-fixers",
                                            "merge-conflict-check",
                                            "dependency-pinning",
                                            "vulnerability-scanning",
                                            "dependency-updates",
                                            "license-compliance",
                                            "complexity-limits",
                                            "dead-code-detection",
                                            "ai-code-review"};
  return ids.count(practice) > 0;
}

// practice/tool pairs of this category that the real table finds in one
// CI command line (other categories' rows are theirs to test).
std::set<std::string> found(const std::string& line) {
  MemoryTree tree;
  Diagnostics diags;
  RepoFacts facts;
  Command c;
  c.origin = Origin::ci;
  c.system = "gitlab-ci";
  c.context = "job";
  c.text = line;
  c.at = {".gitlab-ci.yml", 1, ""};
  facts.commands.push_back(c);
  ScanContext ctx(tree, diags);
  default_tool_matcher().resolve(ctx, facts);
  std::set<std::string> out;
  for (const auto& t : facts.tools)
    if (code_quality(t.practice)) out.insert(t.practice + "/" + t.tool);
  return out;
}

struct Case {
  const char* command;
  const char* expect;  // "practice/tool"
};

TEST(ToolTable, CommandsAsProjectsWriteThem) {
  const Case cases[] = {
      {"uv run ruff check --output-format=github .", "linting/ruff"},
      {"ruff format --check", "formatting/ruff format"},
      {"poetry run black --check src tests", "formatting/black"},
      {"python -m mypy src", "type-checking/mypy"},
      {"npx eslint . --ext .ts", "linting/eslint"},
      {"npx prettier --check .", "formatting/prettier"},
      {"npx tsc --noEmit", "type-checking/tsc"},
      {"golangci-lint run ./...", "linting/golangci-lint"},
      {"cargo clippy --all-targets -- -D warnings", "linting/clippy"},
      {"cargo clippy --all-targets -- -D warnings", "type-checking/rustc -D warnings"},
      {"cargo fmt --all -- --check", "formatting/rustfmt"},
      {"run-clang-tidy -p build", "linting/clang-tidy"},
      {"git ls-files '*.cc' | xargs clang-format-18 --dry-run -Werror", "formatting/clang-format"},
      {"cmake -S . -B build -DPRACTRACK_WERROR=ON", "type-checking/compiler warnings as errors"},
      {"cmake -S .. -B . -DEXPAT_WARNINGS_AS_ERRORS:BOOL=ON",
       "type-checking/compiler warnings as errors"},
      {"shellcheck ci/*.sh", "linting/shellcheck"},
      {"hadolint Dockerfile", "linting/hadolint"},
      {"yamllint -s .", "config-validation-lint/yamllint"},
      {"actionlint", "config-validation-lint/actionlint"},
      {"git diff --check HEAD~1", "whitespace-fixers/git diff --check"},
      {"pip-audit -r requirements.txt", "vulnerability-scanning/pip-audit"},
      {"npm audit --audit-level=high", "vulnerability-scanning/npm audit"},
      {"osv-scanner --lockfile=uv.lock", "vulnerability-scanning/osv-scanner"},
      {"trivy fs --scanners vuln .", "vulnerability-scanning/trivy fs"},
      {"govulncheck ./...", "vulnerability-scanning/govulncheck"},
      {"cargo deny check", "vulnerability-scanning/cargo-deny"},
      {"cargo deny check licenses", "license-compliance/cargo-deny"},
      {"reuse lint", "license-compliance/reuse"},
      {"pip-licenses --fail-on GPL", "license-compliance/pip-licenses"},
      {"xenon --max-absolute B src", "complexity-limits/xenon"},
      {"vulture src --min-confidence 80", "dead-code-detection/vulture"},
      {"npx knip", "dead-code-detection/knip"},
      {"go vet ./...", "linting/go vet"},
      {"mvn -B spotless:check", "formatting/spotless"},
      {"./gradlew detekt", "linting/detekt"},
  };
  for (const auto& c : cases) {
    auto got = found(c.command);
    EXPECT_TRUE(got.count(c.expect)) << c.command << " should find " << c.expect;
  }
}

TEST(ToolTable, OrdinaryCommandsFindNothing) {
  const char* benign[] = {
      "cd src && ls -la",
      "echo \"run ruff check before pushing\"",
      "pip install ruff mypy black",
      "npm ci",
      "docker build -t app .",
      "git status --porcelain",
      "make",
      "python manage.py migrate",
      "cargo build --release",
      "cargo install cargo-audit",
      "go install golang.org/x/vuln/cmd/govulncheck@latest",
      "curl -sSL https://example.com/install.sh -o install.sh",
      "pytest -q tests/",
      "mkdir -p blackbox/formatting",
  };
  for (const char* line : benign) {
    auto got = found(line);
    EXPECT_TRUE(got.empty()) << line << " found " << (got.empty() ? "" : *got.begin());
  }
}

}  // namespace
}  // namespace practrack
