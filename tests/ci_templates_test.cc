// The CI templates in docs/ci/: every `practrack ...` line they run is run
// for real, with the built binary, in a clone of a temporary repository
// (CI variables set to what the CI system would set), and practrack itself
// must recognise the templates as the CI configuration they are.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "parse/yaml.h"
#include "support/cli_run.h"
#include "support/temp_repo.h"
#include "util/text.h"

namespace practrack {
namespace {

namespace fs = std::filesystem;
using test_support::run_command;
using test_support::read_source;
using test_support::TempRepo;

const std::string kBinary = PRACTRACK_BINARY;

YAML::Node template_yaml(const std::string& name) {
  auto doc = parse_yaml(read_source("docs/ci/" + name));
  if (!doc) ADD_FAILURE() << "malformed docs/ci/" << name << ": " << doc.error();
  return doc ? *doc : YAML::Node();
}

std::vector<std::string> lines_of(const std::string& block) {
  std::vector<std::string> out;
  std::istringstream in(block);
  for (std::string l; std::getline(in, l);)
    if (!text::trim(l).empty()) out.emplace_back(text::trim(l));
  return out;
}

bool is_practrack(const std::string& line) { return text::starts_with(line, "practrack "); }

// A GitLab job's script lines (a job: a mapping with `script`).
std::vector<std::string> gitlab_script(const YAML::Node& doc, const std::string& job) {
  std::vector<std::string> out;
  for (const auto& l : yaml_strings(yaml_get(yaml_get(doc, job), "script")))
    for (auto& line : lines_of(l)) out.push_back(line);
  return out;
}

struct Step {
  std::string name, uses, run, cond;
  std::map<std::string, std::string> env;
  YAML::Node with;
};

std::vector<Step> github_steps(const YAML::Node& doc) {
  std::vector<Step> out;
  for (const auto& job : yaml_get(doc, "jobs"))
    for (const auto& s : yaml_get(job.second, "steps")) {
      Step step{yaml_str(yaml_get(s, "name")),
                yaml_str(yaml_get(s, "uses")),
                yaml_str(yaml_get(s, "run")),
                yaml_str(yaml_get(s, "if")),
                {},
                yaml_get(s, "with")};
      for (const auto& kv : yaml_get(s, "env")) step.env[yaml_str(kv.first)] = yaml_str(kv.second);
      out.push_back(step);
    }
  return out;
}

// Whether a step runs for `event`: no condition, always(), or an
// event_name comparison.
bool runs_on(const Step& s, const std::string& event) {
  if (s.cond.empty() || s.cond == "always()") return true;
  if (text::contains(s.cond, "github.event_name =="))
    return text::contains(s.cond, "'" + event + "'");
  ADD_FAILURE() << "condition this test does not understand: " << s.cond;
  return false;
}

// What GitHub would put in place of the expressions the steps' env uses.
std::string github_value(const std::string& v) {
  if (v == "${{ github.base_ref }}") return "main";
  return v;
}

std::string bin_dir() { return fs::path(kBinary).parent_path().string(); }

// A project as a CI job sees it: a clone of `origin` (so `origin/main`
// exists), on branch `feature` one commit ahead. .practrack.yml requires a
// LICENSE; the CI config is the template under test.
struct Project {
  TempRepo origin;
  TempRepo work;
  Project(const std::string& ci_path, const std::string& ci_text) {
    origin.write(".practrack.yml", "version: 1\nrequired:\n  - license\n");
    origin.write("LICENSE", "MIT License\n\nCopyright (c) 2026 Test User\n");
    origin.write(ci_path, ci_text);
    origin.write("src/main.c", "int main(void) { return 0; }\n");
    origin.commit("initial");
    work.sh("git remote add origin '" + origin.path() +
            "' && git fetch -q origin && "
            "git checkout -q -b feature origin/main");
    work.write("src/util.c", "int util(void) { return 1; }\n");
    work.commit("util");
  }
  // Runs one shell snippet in the clone with practrack on PATH.
  std::string run(const std::string& script, const std::map<std::string, std::string>& env,
                  int* status) const {
    std::string vars =
        "PATH='" + bin_dir() + "':\"$PATH\" PRACTRACK_DB='" + work.path() + "/.git/practrack.db'";
    for (const auto& [k, v] : env) vars += " " + k + "='" + v + "'";
    std::string quoted;
    for (char c : script) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return run_command(
        "cd '" + work.path() + "' && env " + vars + " bash -e -c '" + quoted + "' 2>&1", status);
  }
  bool has(const std::string& rel, const std::string& needle) const {
    std::ifstream in(work.path() + "/" + rel, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return in && text::contains(s.str(), needle);
  }
  void expect_reports(const std::vector<std::string>& paths) const {
    static const std::map<std::string, std::string> marks = {{"practrack-junit.xml", "<testsuites"},
                                                             {"practrack.sarif", "\"2.1.0\""},
                                                             {"practrack-tracker.md", "license"},
                                                             {"practrack-badge.svg", "<svg"}};
    for (const auto& p : paths) {
      auto m = marks.find(p);
      ASSERT_NE(m, marks.end()) << "unexpected artifact " << p;
      EXPECT_TRUE(has(p, m->second)) << p << " missing or without " << m->second;
    }
  }
};

// Runs a GitLab job's script line by line as the runner does (stops at the
// first failure); returns the exit code of the last line run and its output.
int run_gitlab_job(const Project& p, const std::vector<std::string>& script,
                   const std::map<std::string, std::string>& env, std::string& last_out) {
  int status = 0;
  for (const auto& line : script) {
    last_out = p.run(line, env, &status);
    if (status != 0) return status;
  }
  return status;
}

const std::map<std::string, std::string> kMergeRequestEnv = {
    {"CI_PIPELINE_SOURCE", "merge_request_event"},
    {"CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main"},
    {"CI_COMMIT_BRANCH", ""}};

std::vector<std::string> gitlab_artifact_paths(const YAML::Node& doc) {
  return yaml_strings(yaml_get(yaml_get(yaml_get(doc, ".practrack"), "artifacts"), "paths"));
}

// Statuses practrack gives a repository holding only `path` = `text`.
std::map<std::string, nlohmann::json> scan_statuses(const std::string& path,
                                                    const std::string& text) {
  TempRepo repo;
  repo.write(path, text);
  repo.commit("ci");
  int status = 0;
  std::string out =
      run_command(kBinary + " scan '" + repo.path() + "' --no-store --format json", &status);
  EXPECT_EQ(status, 0) << out;
  std::map<std::string, nlohmann::json> by_id;
  auto j = nlohmann::json::parse(out, nullptr, false);
  if (j.is_discarded()) return by_id;
  for (const auto& p : j["practices"]) by_id[p["id"].get<std::string>()] = p;
  return by_id;
}

void expect_adopted(const std::map<std::string, nlohmann::json>& by_id, const std::string& id,
                    const std::string& path) {
  auto it = by_id.find(id);
  ASSERT_NE(it, by_id.end()) << id;
  EXPECT_EQ(it->second["status"], "adopted") << id << ": " << it->second["note"];
  bool named = false;
  for (const auto& e : it->second["evidence"]) named = named || e["path"] == path;
  EXPECT_TRUE(named) << id << " evidence does not name " << path << ": " << it->second.dump();
}

}  // namespace

TEST(CiTemplates, GitlabPractrackLinesAreTheDocumentedOnes) {
  YAML::Node doc = template_yaml("gitlab-ci.yml");
  auto mr = gitlab_script(doc, "practrack:merge-request");
  std::vector<std::string> commands;
  for (const auto& l : mr)
    if (is_practrack(l)) commands.push_back(l);
  ASSERT_EQ(commands.size(), 5u) << text::join(mr, "\n");
  EXPECT_EQ(commands.back(),
            "practrack check . --baseline origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME");
  EXPECT_NE(std::find(commands.begin(), commands.end(),
                      "practrack scan . --no-store --format junit -o practrack-junit.xml"),
            commands.end());
  YAML::Node artifacts = yaml_get(yaml_get(doc, ".practrack"), "artifacts");
  EXPECT_EQ(yaml_str(yaml_get(yaml_get(artifacts, "reports"), "junit")), "practrack-junit.xml");
  EXPECT_EQ(yaml_str(yaml_get(artifacts, "when")), "always");
  auto rules = yaml_get(yaml_get(doc, "practrack:merge-request"), "rules");
  ASSERT_TRUE(rules.IsSequence());
  EXPECT_TRUE(text::contains(yaml_str(yaml_get(rules[0], "if")), "merge_request_event"));
}

TEST(CiTemplates, GitlabMergeRequestJobRunsForRealAndTheGateBites) {
  std::string text = read_source("docs/ci/gitlab-ci.yml");
  YAML::Node doc = template_yaml("gitlab-ci.yml");
  Project p(".gitlab-ci.yml", text);
  std::string out;
  auto script = gitlab_script(doc, "practrack:merge-request");
  EXPECT_EQ(run_gitlab_job(p, script, kMergeRequestEnv, out), 0) << out;
  EXPECT_NE(out.find("PASS"), std::string::npos) << out;
  p.expect_reports(gitlab_artifact_paths(doc));

  // The merge request drops the licence that main has: the job fails at the
  // gate, after the reports were written (artifacts: when: always).
  p.work.remove("LICENSE");
  p.work.commit("drop the licence");
  p.work.sh("rm -f practrack-*.* practrack.sarif");
  EXPECT_EQ(run_gitlab_job(p, script, kMergeRequestEnv, out), 1) << out;
  EXPECT_NE(out.find("required practice license"), std::string::npos) << out;
  EXPECT_NE(out.find("was adopted at origin/main"), std::string::npos) << out;
  p.expect_reports(gitlab_artifact_paths(doc));
}

TEST(CiTemplates, GitlabDefaultBranchJobRunsForReal) {
  YAML::Node doc = template_yaml("gitlab-ci.yml");
  Project p(".gitlab-ci.yml", read_source("docs/ci/gitlab-ci.yml"));
  std::string out;
  auto script = gitlab_script(doc, "practrack:default-branch");
  ASSERT_FALSE(script.empty());
  for (const auto& l : script) EXPECT_TRUE(is_practrack(l)) << l;
  std::map<std::string, std::string> env = {{"CI_COMMIT_BRANCH", "main"},
                                            {"CI_DEFAULT_BRANCH", "main"}};
  EXPECT_EQ(run_gitlab_job(p, script, env, out), 0) << out;
  p.expect_reports(gitlab_artifact_paths(doc));
}

TEST(CiTemplates, GithubStepsRunForRealOnPullRequestAndPush) {
  YAML::Node doc = template_yaml("github-actions.yml");
  Project p(".github/workflows/practrack.yml", read_source("docs/ci/github-actions.yml"));
  int practrack_lines = 0;
  for (const std::string event : {"pull_request", "push"}) {
    for (const auto& s : github_steps(doc)) {
      if (!runs_on(s, event) || s.run.empty()) continue;
      auto lines = lines_of(s.run);
      if (std::none_of(lines.begin(), lines.end(), is_practrack)) continue;  // setup steps
      EXPECT_FALSE(text::contains(s.run, "${{")) << "expressions belong in env: " << s.run;
      practrack_lines += static_cast<int>(std::count_if(lines.begin(), lines.end(), is_practrack));
      std::map<std::string, std::string> env;
      for (const auto& [k, v] : s.env) env[k] = github_value(v);
      int status = 0;
      std::string out = p.run(s.run, env, &status);
      EXPECT_EQ(status, 0) << event << " / " << s.name << ":\n" << out;
      if (text::contains(s.run, "--baseline")) {
        EXPECT_NE(out.find("PASS"), std::string::npos) << out;
      }
    }
  }
  EXPECT_EQ(practrack_lines, 2 * 4 + 1 + 1);  // reports on both, one gate each
  // What the upload steps pick up exists.
  for (const auto& s : github_steps(doc)) {
    std::string uses = s.uses;
    if (text::starts_with(uses, "github/codeql-action/upload-sarif")) {
      EXPECT_TRUE(p.has(yaml_str(yaml_get(s.with, "sarif_file")), "\"2.1.0\""));
    } else if (text::starts_with(uses, "dorny/test-reporter")) {
      EXPECT_TRUE(p.has(yaml_str(yaml_get(s.with, "path")), "<testsuites"));
    } else if (text::starts_with(uses, "actions/upload-artifact")) {
      p.expect_reports(lines_of(yaml_str(yaml_get(s.with, "path"))));
    }
  }
}

TEST(CiTemplates, GithubGateFailsWhenThePullRequestLosesAPractice) {
  YAML::Node doc = template_yaml("github-actions.yml");
  Project p(".github/workflows/practrack.yml", read_source("docs/ci/github-actions.yml"));
  p.work.remove("LICENSE");
  p.work.commit("drop the licence");
  bool gated = false;
  for (const auto& s : github_steps(doc)) {
    if (!text::contains(s.run, "--baseline")) continue;
    gated = true;
    std::map<std::string, std::string> env;
    for (const auto& [k, v] : s.env) env[k] = github_value(v);
    int status = 0;
    std::string out = p.run(s.run, env, &status);
    EXPECT_EQ(status, 1) << out;
    EXPECT_NE(out.find("license (License file) was adopted at origin/main"), std::string::npos)
        << out;
  }
  EXPECT_TRUE(gated);
}

TEST(CiTemplates, GithubPermissionsAreLeastPrivilege) {
  YAML::Node doc = template_yaml("github-actions.yml");
  YAML::Node top = yaml_get(doc, "permissions");
  EXPECT_EQ(yaml_str(yaml_get(top, "contents")), "read");
  EXPECT_EQ(top.size(), 1u);
  YAML::Node job = yaml_get(yaml_get(yaml_get(doc, "jobs"), "practrack"), "permissions");
  std::map<std::string, std::string> want = {
      {"contents", "read"}, {"security-events", "write"}, {"checks", "write"}};
  std::map<std::string, std::string> got;
  for (const auto& kv : job) got[yaml_str(kv.first)] = yaml_str(kv.second);
  EXPECT_EQ(got, want);
  YAML::Node on = yaml_get(doc, "on");
  EXPECT_TRUE(yaml_has(on, "pull_request"));
  EXPECT_TRUE(yaml_has(on, "push"));
}

TEST(CiTemplates, PractrackRecognisesItsOwnGitlabTemplate) {
  auto by_id = scan_statuses(".gitlab-ci.yml", read_source("docs/ci/gitlab-ci.yml"));
  for (const char* id : {"ci-on-mr", "junit-reports", "ci-artifacts"})
    expect_adopted(by_id, id, ".gitlab-ci.yml");
  EXPECT_TRUE(text::contains(by_id["junit-reports"]["note"].get<std::string>(), "2 jobs"))
      << by_id["junit-reports"].dump();
}

TEST(CiTemplates, PractrackRecognisesItsOwnGithubTemplate) {
  const std::string path = ".github/workflows/practrack.yml";
  auto by_id = scan_statuses(path, read_source("docs/ci/github-actions.yml"));
  for (const char* id : {"ci-on-mr", "ci-on-push", "junit-reports", "ci-artifacts"})
    expect_adopted(by_id, id, path);
  // Actions are pinned by commit; the container image by tag only (a digest
  // would go stale with every Debian point release), so partial, not worse.
  EXPECT_EQ(by_id["pinned-actions"]["status"], "partial") << by_id["pinned-actions"].dump();
  for (const auto& s : github_steps(template_yaml("github-actions.yml"))) {
    if (s.uses.empty()) continue;
    EXPECT_TRUE(RE2::FullMatch(s.uses, R"([\w./-]+@[0-9a-f]{40})")) << s.uses << " not pinned";
  }
}

}  // namespace practrack
