#include "probes/doc/config_probe.h"

#include <gtest/gtest.h>

#include "probes/doc/gitignore.h"
#include "probes/probe.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {
namespace {

RepoFacts run_docs(const MemoryTree& tree) {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  for (const auto& row : doc_probes()) row.run(ctx, facts);
  return facts;
}

const EnvFile* env(const RepoFacts& f, std::string_view path) {
  for (const auto& e : f.docs.config.env_files)
    if (e.path == path) return &e;
  return nullptr;
}

}  // namespace

TEST(ConfigGitignore, PatternsThatIgnoreDotEnv) {
  for (const char* p : {".env", "/.env", "*.env", ".env*", "**/.env", "*.env*"})
    EXPECT_TRUE(gitignore::ignored(gitignore::parse(p), ".env")) << p;
  for (const char* p : {".env.*", ".env/", "env", "/config/.env", "# .env"})
    EXPECT_FALSE(gitignore::ignored(gitignore::parse(p), ".env")) << p;
}

TEST(ConfigGitignore, HostileLinesAreSkipped) {
  std::string evil = std::string(40, '*') + "x\n" + std::string(1000, 'a') + "\n.env\n";
  auto lines = gitignore::parse(evil);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(gitignore::ignored(lines, std::string(60, 'b') + "/.env"));
}

TEST(ConfigGitignore, NegationAndOrder) {
  auto lines = gitignore::parse(".env*\n!.env.example\n");
  EXPECT_TRUE(gitignore::ignored(lines, ".env"));
  EXPECT_TRUE(gitignore::ignored(lines, ".env.local"));
  EXPECT_FALSE(gitignore::ignored(lines, ".env.example"));
  const gitignore::Line* decided = gitignore::decide(lines, ".env.example");
  ASSERT_NE(decided, nullptr);
  EXPECT_TRUE(decided->negate);
  EXPECT_EQ(decided->line, 2);
  // The last matching line wins.
  EXPECT_FALSE(gitignore::ignored(gitignore::parse(".env\n!.env\n"), ".env"));
  // A file in an ignored folder stays ignored.
  EXPECT_TRUE(gitignore::ignored(gitignore::parse("secrets/\n!secrets/.env\n"), "secrets/.env"));
  EXPECT_TRUE(gitignore::ignored(gitignore::parse(".env"), "app/.env"));
  EXPECT_FALSE(gitignore::ignored(gitignore::parse("/.env"), "app/.env"));
}

TEST(ConfigEnv, CatchAllIgnoreInAFolderSaysNothingAboutDotEnv) {
  MemoryTree tree;
  tree.add(".gitignore", "node_modules/\n");
  tree.add("certificates/.gitignore", "*\n!.gitignore\n");
  RepoFacts f = run_docs(tree);
  EXPECT_TRUE(f.docs.config.gitignore_found);
  EXPECT_FALSE(f.docs.config.env_ignored);
}

TEST(ConfigEnv, TemplatesCommittedFilesAndSecretNames) {
  EXPECT_TRUE(config::env_file_name(".env.example"));
  EXPECT_TRUE(config::env_file_name("example.env"));
  EXPECT_FALSE(config::env_file_name("environment.py"));
  EXPECT_TRUE(config::env_template_name(".env.sample"));
  EXPECT_FALSE(config::env_template_name(".env.local"));
  auto keys = config::secret_keys("# x\nDB_PASSWORD=changeme\nexport API_TOKEN=\nPORT=80\n");
  EXPECT_EQ(keys, (std::vector<std::string>{"DB_PASSWORD", "API_TOKEN"}));

  MemoryTree tree;
  tree.add(".gitignore", "node_modules/\n.env*\n!.env.example\n");
  tree.add(".env.example", "POSTGRES_PASSWORD=\nPORT=8000\n");
  tree.add("web/.env.local", "SECRET_KEY=x\n");
  tree.add("vendor/pkg/.env", "A=1\n");
  RepoFacts f = run_docs(tree);
  const auto& c = f.docs.config;
  EXPECT_TRUE(c.gitignore_found);
  EXPECT_TRUE(c.env_ignored);
  EXPECT_EQ(c.env_ignore_at.path, ".gitignore");
  EXPECT_EQ(c.env_ignore_at.line, 2);
  EXPECT_EQ(c.env_negations, std::vector<std::string>{"!.env.example"});
  ASSERT_EQ(c.env_files.size(), 2u);
  ASSERT_NE(env(f, ".env.example"), nullptr);
  EXPECT_TRUE(env(f, ".env.example")->template_file);
  EXPECT_FALSE(env(f, ".env.example")->ignored);
  EXPECT_EQ(env(f, ".env.example")->secret_keys, std::vector<std::string>{"POSTGRES_PASSWORD"});
  ASSERT_NE(env(f, "web/.env.local"), nullptr);
  EXPECT_TRUE(env(f, "web/.env.local")->ignored);
}

TEST(ConfigTree, ReadersByComponent) {
  MemoryTree tree;
  tree.add("config/test_suites.yaml", "suites: []\n");
  tree.add("config/models.toml", "x = 1\n");
  tree.add("dashboard/app.py", "import yaml\nCFG = open('config/test_suites.yaml')\n");
  tree.add("scripts/gen.py", "path = '../config/models.toml'\n");
  tree.add("src/other.py", "p = 'src/config/test_suites.yaml'\n");  // another folder's config/
  tree.add(".gitlab-ci.yml", "job:\n  script: python gen.py --config ./config/test_suites.yaml\n");
  tree.add("config/schema.json", "{}\n");
  RepoFacts f = run_docs(tree);
  const auto& c = f.docs.config;
  EXPECT_EQ(c.config_dir, "config");
  EXPECT_EQ(c.config_files.size(), 3u);
  std::vector<std::string> components;
  for (const auto& r : c.config_refs) components.push_back(r.component);
  EXPECT_EQ(components, (std::vector<std::string>{"CI", "dashboard", "scripts"}));
  EXPECT_EQ(c.config_refs[1].at.line, 2);
  ASSERT_EQ(c.config_schemas.size(), 1u);
  EXPECT_EQ(c.config_schemas[0].path, "config/schema.json");
}

TEST(ConfigSecretStores, KubernetesKindsGitlabSecretsAndWorkflowRefs) {
  MemoryTree tree;
  tree.add("k8s/db-secret.yaml", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\n");
  tree.add("k8s/app.yaml", "kind: Deployment\n---\nkind: ExternalSecret\n");
  tree.add(".gitlab-ci.yml", "deploy:\n  secrets:\n    DB_PASS:\n      vault: db/pass@ops\n");
  tree.add(".github/workflows/ci.yml",
           "env:\n  T: ${{ secrets.API_TOKEN }}\n  G: ${{ secrets.GITHUB_TOKEN }}\n");
  tree.add("k8s/broken.yaml", "kind: [unclosed\n\xff");
  tree.add("docker-compose.yml",
           "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n"
           "      PORT: ${PORT}\n");
  RepoFacts f = run_docs(tree);
  const auto& s = f.docs.config.secret_stores;
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].tool, "GitLab CI secrets (vault)");
  EXPECT_EQ(s[0].at.line, 4);
  EXPECT_EQ(s[1].tool, "external-secrets");
  EXPECT_EQ(s[1].at.line, 3);
  EXPECT_EQ(s[2].tool, "sealed-secrets");
  EXPECT_EQ(f.docs.config.ci_secret_refs, 1);
  EXPECT_EQ(f.docs.config.ci_secret_at.line, 2);
  EXPECT_EQ(f.docs.config.service_secret_refs, 1);
  EXPECT_EQ(f.docs.config.service_secret_at.path, "docker-compose.yml");
  EXPECT_EQ(f.docs.config.service_secret_at.line, 4);
}

}  // namespace practrack
