#include <gtest/gtest.h>
#include <re2/re2.h>

#include "catalog/catalog.h"
#include "probes/tool/tool_table.h"

namespace practrack {
namespace {

// Every row of the containers-infra and security tool tables names a
// catalog practice and its command pattern compiles and matches what it
// is meant to match.
void check_rows(const std::vector<ToolRow>& rows) {
  for (const auto& row : rows) {
    bool known = false;
    for (const auto& p : practices()) known = known || p.id == row.practice;
    EXPECT_TRUE(known) << row.practice << " / " << row.tool;
    if (row.command.empty()) continue;
    RE2 re(row.command);
    EXPECT_TRUE(re.ok()) << row.tool << ": " << re.error();
  }
}

const ToolRow* first_match(const std::vector<ToolRow>& rows, std::string_view practice,
                           const std::string& command) {
  for (const auto& row : rows)
    if (row.practice == practice && !row.command.empty() &&
        RE2::PartialMatch(command, RE2(row.command)))
      return &row;
  return nullptr;
}

TEST(SecurityTools, RowsNamePracticesAndPatternsCompile) {
  check_rows(security_tools());
  check_rows(containers_infra_tools());
}

TEST(SecurityTools, CommandsMatchTheirPractice) {
  auto sec = security_tools();
  EXPECT_NE(first_match(sec, "secret-scanning", "gitleaks detect --source . -v"), nullptr);
  EXPECT_NE(first_match(sec, "image-scanning", "trivy image --exit-code 1 app:ci"), nullptr);
  EXPECT_EQ(first_match(sec, "image-scanning", "trivy fs ."), nullptr);
  EXPECT_NE(first_match(sec, "sast", "semgrep scan --config auto"), nullptr);
  EXPECT_NE(first_match(sec, "sast", "bandit -r src"), nullptr);
  EXPECT_EQ(first_match(sec, "sast", "echo run bandit later"), nullptr);
  EXPECT_NE(first_match(sec, "sbom", "syft app:latest -o cyclonedx-json"), nullptr);
  EXPECT_NE(first_match(sec, "fuzzing", "clang -g -fsanitize=address,fuzzer fuzz.c"), nullptr);
  EXPECT_NE(first_match(sec, "fuzzing", "go test ./parser -fuzz=FuzzParse -fuzztime=30s"),
            nullptr);
  EXPECT_NE(first_match(sec, "dast", "zap-baseline.py -t http://localhost:8080"), nullptr);
  auto infra = containers_infra_tools();
  EXPECT_NE(first_match(infra, "container-registry", "docker push ghcr.io/acme/app:1.0"),
            nullptr);
  EXPECT_NE(first_match(infra, "container-registry", "docker buildx build --push -t x ."),
            nullptr);
  EXPECT_EQ(first_match(infra, "container-registry", "docker build -t app ."), nullptr);
  EXPECT_NE(first_match(infra, "iac", "terraform plan -out tfplan"), nullptr);
  EXPECT_NE(first_match(infra, "iac", "ansible-playbook -i inventory site.yml"), nullptr);
}

}  // namespace
}  // namespace practrack
