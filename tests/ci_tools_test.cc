#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "probes/tool/tool_table.h"

namespace practrack {
namespace {

std::vector<ToolRow> ci_and_cd_rows() {
  auto rows = ci_tools();
  auto cd = cd_tools();
  rows.insert(rows.end(), cd.begin(), cd.end());
  return rows;
}

// The tools whose command pattern matches `line` for `practice`.
std::vector<std::string> matches(std::string_view practice, const std::string& line) {
  std::vector<std::string> out;
  for (const auto& row : ci_and_cd_rows()) {
    if (row.practice != practice || row.command.empty()) continue;
    RE2 re(row.command);
    if (RE2::PartialMatch(line, re)) out.emplace_back(row.tool);
  }
  return out;
}

TEST(CiTools, EveryPatternCompilesAndEveryRowHasAMatcher) {
  for (const auto& row : ci_and_cd_rows()) {
    bool any = !row.command.empty() || !row.configs.empty() || !row.sections.empty() ||
               !row.deps.empty() || !row.hooks.empty() || !row.actions.empty();
    EXPECT_TRUE(any) << row.tool;
    if (row.command.empty()) continue;
    RE2 re(row.command);
    EXPECT_TRUE(re.ok()) << row.tool << ": " << re.error();
  }
}

struct Sample {
  const char* practice;
  const char* line;
  const char* tool;  // nullptr: no tool of the practice may match
};

constexpr Sample kSamples[] = {
    {"junit-reports", "python -m pytest tests --junitxml=pytest-results.xml", "pytest --junitxml"},
    {"junit-reports", "robot --xunit out.xml tests/", "robot --xunit"},
    {"junit-reports", "ctest --output-junit junit.xml", "ctest --output-junit"},
    {"junit-reports", "pytest -q", nullptr},
    {"junit-reports", "deno test -A --coverage=cov --junit-path=junit.xml",
     "deno test --junit-path"},
    {"junit-reports", "bun test --reporter=junit --reporter-outfile=junit.xml",
     "bun test --reporter=junit"},
    {"junit-reports", "deno test -A", nullptr},
    {"dry-run-validation", "robot --dryrun --output NONE tests/", "robot --dryrun"},
    {"dry-run-validation", "terraform validate", "terraform validate"},
    {"dry-run-validation", "docker compose -f deploy/compose.yml config -q",
     "docker compose config"},
    {"dry-run-validation", "actionlint -color", "actionlint"},
    {"dry-run-validation", "robot tests/", nullptr},
    {"parallel-tests", "pytest -n auto tests", "pytest-xdist"},
    {"parallel-tests", "pabot --processes 4 tests", "pabot"},
    {"parallel-tests", "ctest --test-dir build -j 4", "ctest -j"},
    {"parallel-tests", "go test ./...", "go test ./..."},
    {"parallel-tests", "go test -v -cover ./internal/provider/", nullptr},  // one package
    {"parallel-tests", "pytest -v tests", nullptr},
    {"flaky-tests", "pytest --reruns 2 tests", "pytest-rerunfailures"},
    {"flaky-tests", "robot --rerunfailed output.xml --output rerun.xml tests",
     "robot --rerunfailed"},
    {"flaky-tests", "pytest tests", nullptr},
    {"ci-caching", "sccache --show-stats", "sccache"},
    {"automated-deploy", "helm upgrade --install app charts/app", "helm upgrade"},
    {"automated-deploy", "kubectl apply -f k8s/", "kubectl apply"},
    {"automated-deploy", "kubectl get pods", nullptr},
    {"rollback", "helm rollback app 3", "helm rollback"},
    {"rollback", "kubectl rollout undo deployment/web", "kubectl rollout undo"},
    {"deploy-notifications", "curl -X POST https://hooks.slack.com/services/T/B/X", "Slack"},
};

TEST(CiTools, SampleCommandsMatchTheirTools) {
  for (const auto& s : kSamples) {
    auto found = matches(s.practice, s.line);
    if (s.tool) {
      EXPECT_NE(std::find(found.begin(), found.end(), s.tool), found.end())
          << s.practice << ": " << s.line;
    } else {
      EXPECT_TRUE(found.empty()) << s.practice << ": " << s.line << " matched " << found.front();
    }
  }
}

}  // namespace
}  // namespace practrack
