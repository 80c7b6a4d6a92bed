#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>

#include "probes/tool/tool_table.h"

namespace practrack {
namespace {

// Every row names a practice of its category, a tool, compiles, and has
// at least one way to be recognised.
void check_rows(const std::vector<ToolRow>& rows, const std::vector<std::string>& practices) {
  for (const ToolRow& r : rows) {
    EXPECT_NE(std::find(practices.begin(), practices.end(), r.practice), practices.end())
        << r.tool << " -> " << r.practice;
    EXPECT_FALSE(r.tool.empty());
    if (!r.command.empty()) {
      RE2 re(r.command);
      EXPECT_TRUE(re.ok()) << r.tool << ": " << re.error();
    }
    bool any = !r.command.empty() || !r.configs.empty() || !r.sections.empty() || !r.deps.empty() ||
               !r.hooks.empty() || !r.actions.empty();
    EXPECT_TRUE(any) << r.tool;
  }
}

bool matches(const std::vector<ToolRow>& rows, std::string_view tool, const std::string& cmd) {
  for (const ToolRow& r : rows)
    if (r.tool == tool && !r.command.empty() && RE2::PartialMatch(cmd, RE2(r.command))) return true;
  return false;
}

}  // namespace

TEST(ConfigTools, RowsAreWellFormed) {
  check_rows(config_secrets_tools(), {"secrets-vault", "config-validation"});
  check_rows(documentation_tools(), {"api-docs", "adrs"});
}

TEST(ConfigTools, CommandsRecogniseRealUseNotMentions) {
  auto rows = config_secrets_tools();
  EXPECT_TRUE(matches(rows, "HashiCorp Vault", "vault kv get -field=pass secret/db"));
  EXPECT_FALSE(matches(rows, "HashiCorp Vault", "echo vault is not used"));
  EXPECT_TRUE(matches(rows, "sops", "sops -d secrets.enc.yaml > secrets.yaml"));
  EXPECT_TRUE(matches(rows, "AWS Secrets Manager", "aws secretsmanager get-secret-value --x"));
  EXPECT_TRUE(matches(rows, "sealed-secrets", "kubeseal --format yaml < s.yaml"));
  auto docs = documentation_tools();
  EXPECT_TRUE(matches(docs, "Sphinx", "sphinx-build -b html docs _build"));
  EXPECT_TRUE(matches(docs, "MkDocs", "mkdocs build --strict"));
  EXPECT_FALSE(matches(docs, "MkDocs", "pip install mkdocs"));
  EXPECT_TRUE(matches(docs, "adr-tools", "adr new Use PostgreSQL"));
}

}  // namespace practrack
