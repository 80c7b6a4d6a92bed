#include <gtest/gtest.h>

#include "probes/security/security_probes.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using security::gitignore_match;

TEST(SecurityGitignore, PatternsNegationAndAnchoring) {
  const char* gi = "# secrets\n.env\n!.env.example\n*.pem\n/build/\nconfig/local/*.key\n";
  EXPECT_EQ(gitignore_match(gi, "", ".env"), 2);
  EXPECT_EQ(gitignore_match(gi, "", "app/.env"), 2);  // unanchored: any depth
  EXPECT_EQ(gitignore_match(gi, "", "certs/server.pem"), 4);
  EXPECT_EQ(gitignore_match(gi, "", "build/out.bin"), 5);   // directory pattern covers files below
  EXPECT_EQ(gitignore_match(gi, "", "src/build"), 0);       // anchored to the root, and a file
  EXPECT_EQ(gitignore_match(gi, "", "config/local/a.key"), 6);
  EXPECT_EQ(gitignore_match(gi, "", "other/config/local/a.key"), 0);
  EXPECT_EQ(gitignore_match(".env*\n!.env.example\n", "", ".env.example"), -2);
  EXPECT_EQ(gitignore_match("[._]env\n", "", ".env"), 1);
  EXPECT_EQ(gitignore_match(".env\n", "svc", "svc/.env"), 1);
  EXPECT_EQ(gitignore_match(".env\n", "svc", ".env"), 0);  // outside its folder
}

TEST(SecurityGitignore, FactsFromCommittedGitignore) {
  MemoryTree tree;
  tree.add(".gitignore", "node_modules/\n.env*\n!.env.example\n");
  tree.add("deploy/.gitignore", "*.key\n");
  tree.add("deploy/docker-compose.yml", "services: {}\n");  // an .env or key may live here
  tree.add("tools/.bingo/.gitignore", "*.pem\n");           // a tool's folder: says nothing
  tree.add(".env.example", "DB_PASSWORD=\n");
  tree.add(".env.production", "DB_PASSWORD=s3cret\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  security::probe_gitignore(ctx, facts);
  security::probe_env_files(ctx, facts);
  const auto& s = facts.security;
  EXPECT_TRUE(s.gitignore_present);
  EXPECT_TRUE(s.env_ignored);
  EXPECT_EQ(s.env_ignored_at.path, ".gitignore");
  EXPECT_EQ(s.env_ignored_at.line, 2);
  EXPECT_EQ(s.env_ignored_at.excerpt, ".env*");
  EXPECT_TRUE(s.keys_ignored);
  EXPECT_EQ(s.keys_ignored_at.path, "deploy/.gitignore");
  ASSERT_EQ(s.env_files.size(), 1u);
  EXPECT_EQ(s.env_files[0].path, ".env.production");
}

// Regression: a committed `.env` of placeholders, or one for the tests,
// made secrets-excluded not-started.
TEST(SecurityGitignore, PlaceholderAndTestEnvFilesAreNoCommittedSecrets) {
  MemoryTree tree;
  tree.add(".env",
           "# fill in\nFOO=changeme\nPASSWORD=\nexport TOKEN=${TOKEN}\n"
           "API_KEY=\"<your-key>\"\nDB_URL=$DATABASE_URL\n");
  tree.add("tests/.env", "SECRET_KEY=abc123\n");
  tree.add("e2e/app/.env.local", "TOKEN=t0k3n\n");
  tree.add("svc/.env", "HOST=db\nDB_PASSWORD=hunter2 # real\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  security::probe_env_files(ctx, facts);
  const auto& s = facts.security;
  ASSERT_EQ(s.env_files.size(), 1u);
  EXPECT_EQ(s.env_files[0].path, "svc/.env");
  EXPECT_EQ(s.env_files[0].line, 1);  // HOST=db is a real value too
  EXPECT_EQ(s.env_files[0].excerpt, "HOST");
}

TEST(SecurityGitignore, NestedToolGitignoreDoesNotCountDeeperOverrides) {
  MemoryTree tree;
  tree.add(".gitignore", "build/\n");
  tree.add("operator/.bingo/.gitignore", ".env\n");
  tree.add("app/.gitignore", ".env\n");
  tree.add("app/.env.example", "A=\n");
  tree.add("svc/.gitignore", "!.env\n");
  tree.add("svc/compose.yaml", "services: {}\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  security::probe_gitignore(ctx, facts);
  EXPECT_TRUE(facts.security.env_ignored);
  EXPECT_EQ(facts.security.env_ignored_at.path, "app/.gitignore");
  MemoryTree tool_only;
  tool_only.add("operator/.bingo/.gitignore", ".env\n");
  ScanContext ctx2(tool_only, diags);
  RepoFacts facts2;
  security::probe_gitignore(ctx2, facts2);
  EXPECT_FALSE(facts2.security.env_ignored);
}

TEST(SecurityGitignore, NoGitignoreNothingIgnored) {
  MemoryTree tree;
  tree.add("README.md", "# x\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  security::probe_gitignore(ctx, facts);
  EXPECT_FALSE(facts.security.gitignore_present);
  EXPECT_FALSE(facts.security.env_ignored);
  EXPECT_FALSE(facts.security.keys_ignored);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// Regression: a .gitignore line of many stars made the backtracking glob
// matcher run for minutes.
TEST(SecurityGitignore, StarryHostilePatternsAreSkipped) {
  std::string stars;
  for (int i = 0; i < 40; ++i) stars += "*a";
  std::string gi = std::string(1000, '*') + "b\n" + stars + "\n.env\n";
  std::string long_name = std::string(50, 'a') + ".env";
  EXPECT_EQ(security::gitignore_match(gi, "", long_name), 0);
  EXPECT_EQ(security::gitignore_match(gi, "", ".env"), 3);
}

}  // namespace
}  // namespace practrack
