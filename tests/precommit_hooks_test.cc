// The pre-commit hooks practrack publishes (.pre-commit-hooks.yaml): their
// definitions, and real `pre-commit run` sessions that install them from a
// local git repository (no network: `language: system` and `script` hooks
// need no environment, and PRE_COMMIT_HOME is a temporary folder).
#include <gtest/gtest.h>
#include <re2/re2.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parse/yaml.h"
#include "support/cli_run.h"
#include "support/temp_repo.h"

namespace practrack {
namespace {

namespace fs = std::filesystem;
using test_support::run_command;
using test_support::read_source;
using test_support::TempRepo;

const std::string kSource = PRACTRACK_SOURCE_DIR;
const std::string kBinary = PRACTRACK_BINARY;

YAML::Node hooks_file() {
  auto doc = parse_yaml(read_source(".pre-commit-hooks.yaml"));
  if (!doc) ADD_FAILURE() << "malformed .pre-commit-hooks.yaml: " << doc.error();
  return doc ? *doc : YAML::Node();
}

YAML::Node hook(const std::string& id) {
  for (const auto& h : hooks_file())
    if (yaml_str(yaml_get(h, "id")) == id) return h;
  ADD_FAILURE() << "no hook " << id << " in .pre-commit-hooks.yaml";
  return YAML::Node();
}

bool flag(const YAML::Node& h, const std::string& key) {
  return yaml_str(yaml_get(h, key)) == "true";
}

// Whether the hook's `files:` pattern selects a path (pre-commit uses
// re.search; these patterns mean the same in RE2).
bool selects(const YAML::Node& h, const std::string& path) {
  RE2 re(yaml_str(yaml_get(h, "files")));
  EXPECT_TRUE(re.ok()) << re.error();
  return RE2::PartialMatch(path, re);
}

const char* kLicense =
    "MIT License\n\nCopyright (c) 2026 Test User\n\n"
    "Permission is hereby granted, free of charge, to any person obtaining a copy\n"
    "of this software, to deal in the Software without restriction.\n";

// A hook repository as pre-commit sees practrack's: a git repository holding
// this checkout's .pre-commit-hooks.yaml and hook script, at one commit.
struct HookRepo {
  TempRepo repo;
  std::string rev;
  HookRepo() {
    repo.write(".pre-commit-hooks.yaml", read_source(".pre-commit-hooks.yaml"));
    repo.write("scripts/pre-commit-practrack", read_source("scripts/pre-commit-practrack"));
    repo.sh("chmod +x scripts/pre-commit-practrack");
    rev = repo.commit("hooks");
  }
};

// A user's repository whose .practrack.yml requires a LICENSE file, with a
// .pre-commit-config.yaml that takes the given hooks from the hook repo.
struct UserRepo {
  TempRepo repo;
  TempRepo home;  // PRE_COMMIT_HOME: pre-commit's clones and cache
  UserRepo(const HookRepo& hooks, const std::vector<std::string>& ids) {
    std::string config =
        "repos:\n  - repo: " + hooks.repo.path() + "\n    rev: " + hooks.rev + "\n    hooks:\n";
    for (const auto& id : ids) config += "      - id: " + id + "\n";
    repo.write(".pre-commit-config.yaml", config);
    repo.write(".practrack.yml", "version: 1\nrequired:\n  - license\n");
    repo.write("LICENSE", kLicense);
    repo.write("src/main.c", "int main(void) { return 0; }\n");
    repo.commit("initial");
  }
  // `env` goes before the command: PATH and the like.
  std::string pre_commit(const std::string& args, int* status, const std::string& env) const {
    return run_command("cd '" + repo.path() + "' && env PRE_COMMIT_HOME='" + home.path() +
                           "' PRACTRACK_DB='" + home.path() + "/practrack.db' " + env +
                           " pre-commit " + args + " --color never 2>&1",
                       status);
  }
};

std::string bin_dir() { return fs::path(kBinary).parent_path().string(); }
std::string path_with_binary() { return "PATH='" + bin_dir() + "':\"$PATH\""; }

// Whether the built practrack has this subcommand: its --help names it in
// the usage line (an unknown word gets the top-level help, also exit 0).
bool has_subcommand(const std::string& sub, std::string* help = nullptr) {
  int status = 0;
  std::string out = run_command(kBinary + " " + sub + " --help 2>&1", &status);
  if (help) *help = out;
  return status == 0 && out.find("Usage: practrack " + sub + " ") != std::string::npos;
}

bool have_pre_commit() {
  int status = 0;
  run_command("pre-commit --version >/dev/null 2>&1", &status);
  return status == 0;
}

}  // namespace

TEST(PrecommitHooks, DefinitionsAreWellFormed) {
  YAML::Node hooks = hooks_file();
  ASSERT_TRUE(hooks.IsSequence());
  for (const auto& h : hooks) {
    for (const char* key : {"id", "name", "entry", "language"})
      EXPECT_FALSE(yaml_str(yaml_get(h, key)).empty())
          << yaml_str(yaml_get(h, "id")) << ": " << key;
  }
  YAML::Node lint = hook("practrack-lint");
  EXPECT_EQ(yaml_str(yaml_get(lint, "entry")), "practrack lint");
  EXPECT_EQ(yaml_str(yaml_get(lint, "language")), "system");
  EXPECT_TRUE(flag(lint, "pass_filenames"));
  EXPECT_TRUE(selects(lint, "DEVOPS.md"));
  EXPECT_FALSE(selects(lint, "docs/DEVOPS.md.bak"));
  EXPECT_FALSE(selects(lint, "README.md"));
  EXPECT_FALSE(selects(lint, "vendor/lib/DEVOPS.md"));  // one tracker: the root's

  YAML::Node check = hook("practrack-check");
  EXPECT_EQ(yaml_str(yaml_get(check, "entry")), "practrack check");
  EXPECT_EQ(yaml_str(yaml_get(check, "language")), "system");
  EXPECT_FALSE(flag(check, "pass_filenames"));
  EXPECT_TRUE(flag(check, "always_run"));
}

TEST(PrecommitHooks, ScriptVariantsMatchTheSystemHooks) {
  for (const std::string base : {"practrack-lint", "practrack-check"}) {
    YAML::Node sys = hook(base), script = hook(base + "-script");
    EXPECT_EQ(yaml_str(yaml_get(script, "language")), "script");
    std::string entry = yaml_str(yaml_get(script, "entry"));
    EXPECT_EQ(entry, "scripts/pre-commit-practrack " + yaml_str(yaml_get(sys, "entry")).substr(10));
    for (const char* key : {"files", "pass_filenames", "always_run"})
      EXPECT_EQ(yaml_str(yaml_get(script, key)), yaml_str(yaml_get(sys, key)))
          << base << " " << key;
  }
  struct stat st {};
  ASSERT_EQ(stat((kSource + "/scripts/pre-commit-practrack").c_str(), &st), 0);
  EXPECT_TRUE(st.st_mode & S_IXUSR) << "the hook script must be executable";
}

TEST(PrecommitHooks, EveryEntryIsARealCommand) {
  for (const auto& h : hooks_file()) {
    std::string entry = yaml_str(yaml_get(h, "entry"));
    std::string sub = entry.substr(entry.rfind(' ') + 1);
    if (sub == "lint") continue;  // checked by PrecommitRun.LintHook when lint exists
    std::string help;
    EXPECT_TRUE(has_subcommand(sub, &help)) << entry << ":\n" << help;
  }
}

TEST(PrecommitRun, CheckHookPassesThenBlocksTheCommitWhenARequiredPracticeGoes) {
  if (!have_pre_commit()) GTEST_SKIP() << "pre-commit is not installed (scripts/install-deps.sh)";
  HookRepo hooks;
  UserRepo user(hooks, {"practrack-check"});
  int status = 0;
  std::string out = user.pre_commit("run --all-files", &status, path_with_binary());
  EXPECT_EQ(status, 0) << out;
  EXPECT_TRUE(RE2::PartialMatch(out, R"(practrack check \(required DevOps practices\)\.+Passed)"))
      << out;

  user.repo.remove("LICENSE");
  user.repo.commit("drop the licence");
  out = user.pre_commit("run --all-files", &status, path_with_binary());
  EXPECT_EQ(status, 1) << out;
  EXPECT_TRUE(RE2::PartialMatch(out, R"(practrack check \(required DevOps practices\)\.+Failed)"))
      << out;
  EXPECT_NE(out.find("- exit code: 1"), std::string::npos) << out;
  EXPECT_NE(out.find("required practice license"), std::string::npos) << out;

  // Installed as the git hook, it stops the commit.
  out = user.pre_commit("install", &status, "");
  ASSERT_EQ(status, 0) << out;
  std::string head = user.repo.sh("git rev-parse HEAD");
  user.repo.write("src/util.c", "int util(void) { return 1; }\n");
  out = run_command("cd '" + user.repo.path() + "' && git add -A && env PRE_COMMIT_HOME='" +
                        user.home.path() + "' " + path_with_binary() +
                        " git commit -q -m 'add util' 2>&1",
                    &status);
  EXPECT_NE(status, 0) << out;
  EXPECT_NE(out.find("required practice license"), std::string::npos) << out;
  EXPECT_EQ(user.repo.sh("git rev-parse HEAD"), head);
}

TEST(PrecommitRun, SystemHookWithoutPractrackOnPathSaysSo) {
  if (!have_pre_commit()) GTEST_SKIP() << "pre-commit is not installed (scripts/install-deps.sh)";
  int status = 0;
  run_command("PATH=/usr/bin:/bin command -v practrack >/dev/null 2>&1", &status);
  if (status == 0) GTEST_SKIP() << "practrack is installed in /usr/bin or /bin";
  HookRepo hooks;
  UserRepo user(hooks, {"practrack-check"});
  std::string out = user.pre_commit("run --all-files", &status, "PATH=/usr/bin:/bin");
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("Executable `practrack` not found"), std::string::npos) << out;
}

TEST(PrecommitRun, ScriptHookUsesPractrackBinWithoutPath) {
  if (!have_pre_commit()) GTEST_SKIP() << "pre-commit is not installed (scripts/install-deps.sh)";
  HookRepo hooks;
  UserRepo user(hooks, {"practrack-check-script"});
  int status = 0;
  // practrack is not on PATH here: the script takes $PRACTRACK_BIN.
  std::string env = "PRACTRACK_BIN='" + kBinary + "'";
  std::string out = user.pre_commit("run --all-files", &status, env);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("Passed"), std::string::npos) << out;

  user.repo.remove("LICENSE");
  user.repo.commit("drop the licence");
  out = user.pre_commit("run --all-files", &status, env);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("required practice license"), std::string::npos) << out;
}

TEST(PrecommitRun, LintHookRunsOnTheTrackerDocument) {
  if (!have_pre_commit()) GTEST_SKIP() << "pre-commit is not installed (scripts/install-deps.sh)";
  if (!has_subcommand("lint"))
    GTEST_SKIP() << "`practrack lint --help` does not show lint's usage: this build has no "
                    "lint command yet, so the practrack-lint hook cannot run (its definition "
                    "is checked by PrecommitHooks.*)";
  int status = 0;
  HookRepo hooks;
  UserRepo user(hooks, {"practrack-lint"});
  std::string scan = user.repo.sh(kBinary + " scan . --no-store --format md -o DEVOPS.md");
  user.repo.commit("tracker");
  std::string out = user.pre_commit("run --all-files", &status, path_with_binary());
  EXPECT_EQ(status, 0) << scan << out;
  EXPECT_TRUE(RE2::PartialMatch(out, R"(practrack lint .*\.+Passed)")) << out;

  // The tracker still says the licence is there: lint must notice.
  user.repo.remove("LICENSE");
  user.repo.commit("drop the licence, forget the tracker");
  out = user.pre_commit("run --all-files", &status, path_with_binary());
  EXPECT_EQ(status, 1) << out;
  EXPECT_TRUE(RE2::PartialMatch(out, R"(practrack lint .*\.+Failed)")) << out;
  EXPECT_NE(out.find("\"License file\" is Adopted"), std::string::npos) << out;

  // Without a tracker among the files, the hook does not run at all.
  user.repo.remove("DEVOPS.md");
  user.repo.commit("no tracker");
  out = user.pre_commit("run --all-files", &status, path_with_binary());
  EXPECT_EQ(status, 0) << out;
  EXPECT_TRUE(RE2::PartialMatch(out, R"(practrack lint .*\.+\(no files to check\)Skipped)")) << out;
}

}  // namespace practrack
