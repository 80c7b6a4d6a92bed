#include <gtest/gtest.h>

#include "rules/rule.h"

namespace practrack {
namespace {

Assessment decide(const char* id, const RepoFacts& f) {
  const RuleRow* r = find_rule(id);
  EXPECT_NE(r, nullptr) << id;
  return r->decide(f);
}

EnvFile env_file(std::string path, bool tmpl, bool ignored = false,
                 std::vector<std::string> keys = {}) {
  EnvFile e;
  e.path = path;
  e.template_file = tmpl;
  e.ignored = ignored;
  e.secret_keys = std::move(keys);
  e.at = Evidence{path, 0, ""};
  return e;
}

}  // namespace

TEST(ConfigRules, EmptyRepositoryIsNotStarted) {
  RepoFacts f;
  for (const char* id : {"env-file", "env-overrides", "single-source-config", "secrets-in-env",
                         "secrets-vault", "env-gitignored", "config-validation"})
    EXPECT_EQ(decide(id, f).status, Status::not_started) << id;
  EXPECT_EQ(decide("env-gitignored", f).note, "No `.gitignore`");
}

TEST(ConfigRules, EnvFileTemplateAndMakeCopy) {
  RepoFacts f;
  f.docs.config.env_files.push_back(env_file(".env.example", true));
  EXPECT_EQ(decide("env-file", f).note, "`.env.example` template");
  f.commands.push_back({Origin::make, "make", "env", "cp .env.example .env", {"Makefile", 4, ""}});
  auto a = decide("env-file", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`.env.example` template, copied by make `env`");
  EXPECT_EQ(a.evidence.at(1).line, 4);
}

TEST(ConfigRules, EnvGitignoredStatuses) {
  RepoFacts f;
  auto& c = f.docs.config;
  c.gitignore_found = true;
  EXPECT_EQ(decide("env-gitignored", f).note, "`.gitignore` does not ignore `.env`");
  c.env_ignored = true;
  c.env_ignore_at = {".gitignore", 7, ".env"};
  c.env_files.push_back(env_file(".env.example", true));
  auto a = decide("env-gitignored", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.evidence.at(0).line, 7);
  c.env_files.push_back(env_file("web/.env.local", false, true));
  a = decide("env-gitignored", f);
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note, "`.gitignore` ignores `.env` but `web/.env.local` is committed");
  c.env_ignored = false;
  c.env_files = {env_file(".env", false)};
  EXPECT_EQ(decide("env-gitignored", f).note, "`.env` committed and not ignored");
  // A committed .env.production that no ignore line covers is allowed.
  c.env_ignored = true;
  c.env_files = {env_file(".env.production", false, false)};
  EXPECT_EQ(decide("env-gitignored", f).status, Status::adopted);
}

TEST(ConfigRules, EnvOverridesCountsPlaces) {
  RepoFacts f;
  f.source.libraries.push_back({"env-read", "os.environ", 5, 12, {"src/cfg.py", 3, ""}});
  f.source.libraries.push_back({"env-read", "os.getenv", 1, 2, {"src/db.py", 9, ""}});
  f.source.libraries.push_back({"logging", "logging", 9, 30, {}});
  auto a = decide("env-overrides", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "os.environ, os.getenv — 14 places in 6 files");
  EXPECT_EQ(a.evidence.size(), 2u);
}

TEST(ConfigRules, SingleSourceConfigNeedsSeveralReaders) {
  RepoFacts f;
  auto& c = f.docs.config;
  c.config_dir = "config";
  c.config_files = {"config/test_suites.yaml"};
  EXPECT_EQ(decide("single-source-config", f).note,
            "`config/` (1 file) but no code, script or CI names its files");
  c.config_refs.push_back({"config/test_suites.yaml", "dashboard", {"dashboard/app.py", 2, ""}});
  EXPECT_EQ(decide("single-source-config", f).status, Status::not_started);
  f.commands.push_back({Origin::ci,
                        "gitlab-ci",
                        "gen",
                        "python scripts/generate_pipeline.py config/test_suites.yaml",
                        {".gitlab-ci.yml", 12, ""}});
  auto a = decide("single-source-config", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`config/` (1 file) read by CI, dashboard");
}

TEST(ConfigRules, SecretsInEnvAndHardCodedSecrets) {
  RepoFacts f;
  f.docs.config.env_files.push_back(
      env_file(".env.example", true, false, {"DB_PASSWORD", "API_TOKEN"}));
  auto a = decide("secrets-in-env", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "env template lists DB_PASSWORD, API_TOKEN; no hard-coded secret found");
  f.security.secrets.push_back({"aws-access-key", {"src/settings.py", 4, "AKIA****"}});
  a = decide("secrets-in-env", f);
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_NE(a.note.find("1 hard-coded secret (`src/settings.py`)"), std::string::npos);
  EXPECT_EQ(a.evidence.at(0).line, 4);
  f.docs.config.env_files.clear();
  EXPECT_EQ(decide("secrets-in-env", f).status, Status::not_started);
}

TEST(ConfigRules, SecretsFromComposeAndCiVariables) {
  RepoFacts f;
  f.docs.config.service_secret_refs = 2;
  f.docs.config.service_secret_at = {"docker-compose.yml", 4, "POSTGRES_PASSWORD: ${X}"};
  auto a = decide("secrets-in-env", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "services take 2 secrets from the environment; no hard-coded secret found");
  RepoFacts ci;
  ci.commands.push_back({Origin::ci,
                         "gitlab-ci",
                         "deploy",
                         "echo \"$REGISTRY_PASSWORD\" | docker login",
                         {".gitlab-ci.yml", 9, ""}});
  a = decide("secrets-in-env", ci);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.evidence.at(0).line, 9);
  ci.commands[0].origin = Origin::make;
  EXPECT_EQ(decide("secrets-in-env", ci).status, Status::not_started);
}

TEST(ConfigRules, VaultFromStoresNotFromGithubSecrets) {
  RepoFacts f;
  f.docs.config.ci_secret_refs = 4;
  auto a = decide("secrets-vault", f);
  EXPECT_EQ(a.status, Status::not_started);
  EXPECT_NE(a.note.find("CI secrets only"), std::string::npos);
  f.docs.config.secret_stores.push_back(
      {"sealed-secrets", {"k8s/s.yaml", 2, "kind: SealedSecret"}});
  a = decide("secrets-vault", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "sealed-secrets (`k8s/s.yaml`)");
  f.tools.push_back(
      {"secrets-vault", "sops", ToolHow::configured, Origin::ci, "", {".sops.yaml", 0, ""}});
  a = decide("secrets-vault", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_NE(a.note.find("sops"), std::string::npos);
}

TEST(ConfigRules, ConfigValidation) {
  RepoFacts f;
  f.docs.config.config_schemas.push_back({"config/schema.json", 0, ""});
  EXPECT_EQ(decide("config-validation", f).status, Status::partial);
  f.source.libraries.push_back(
      {"config-validation", "pydantic-settings", 3, 3, {"src/settings.py", 1, ""}});
  auto a = decide("config-validation", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "pydantic-settings — 3 files");
}

}  // namespace practrack
