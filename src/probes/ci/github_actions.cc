// GitHub Actions: `.github/workflows/*.yml|*.yaml`. Triggers in every form
// of `on:`, jobs, `run:` lines, `uses:` refs, matrices, permissions,
// environments, artifacts and caches, and the workflow-security facts.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "probes/ci/ci_common.h"
#include "probes/ci/ci_probes.h"
#include "probes/parse_warning.h"
#include "util/glob.h"
#include "util/text.h"
#include "util/vectors.h"

namespace practrack::ci {
namespace {

constexpr std::string_view kSystem = "github-actions";

// --- triggers ------------------------------------------------------------

void read_push(CiTriggers& t, const YAML::Node& push) {
  bool tags_only = (yaml_has(push, "tags") || yaml_has(push, "tags-ignore")) &&
                   !yaml_has(push, "branches") && !yaml_has(push, "branches-ignore");
  if (yaml_has(push, "tags") || yaml_has(push, "tags-ignore")) t.tag = true;
  if (tags_only) return;
  t.push = true;
  for (const auto& b : yaml_strings(yaml_get(push, "branches"))) t.branches.push_back(b);
}

// `types: [closed]`: the workflow runs once a pull request is merged or
// closed (fastapi's latest-changes bot writes the release notes), never on
// the changes while they are reviewed.
bool after_close_only(const YAML::Node& value) {
  auto types = yaml_strings(yaml_get(value, "types"));
  return !types.empty() &&
         std::all_of(types.begin(), types.end(), [](const auto& t) { return t == "closed"; });
}

void read_event(CiTriggers& t, WorkflowSecurity& sec, const std::string& event,
                const YAML::Node& value) {
  if (event == "push") read_push(t, value);
  if ((event == "pull_request" || event == "pull_request_target" || event == "merge_group") &&
      !after_close_only(value))
    t.merge_request = true;
  if (event == "workflow_dispatch" || event == "repository_dispatch") t.manual = true;
  if (event == "release" || event == "create") t.tag = true;
  if (event == "workflow_run") t.workflow_run = true;
  if (event == "pull_request_target" || event == "workflow_run")
    sec.privileged_triggers.push_back(event);
  if (event == "schedule") {
    t.schedule = true;
    if (value.IsSequence())
      for (const auto& c : seq(value)) {
        std::string cron = yaml_str(yaml_get(c, "cron"));
        if (!cron.empty()) t.crons.push_back(cron);
      }
  }
}

void read_on(CiTriggers& t, WorkflowSecurity& sec, const YAML::Node& on) {
  std::vector<std::string> events;
  if (on.IsScalar()) events.push_back(on.Scalar());
  if (on.IsSequence())
    for (const auto& e : seq(on)) events.push_back(yaml_str(e));
  for (const auto& e : events) read_event(t, sec, e, YAML::Node());
  if (on.IsMap())
    for (const auto& kv : entries(on)) {
      events.push_back(yaml_str(kv.first));
      read_event(t, sec, events.back(), kv.second);
    }
  sec.reusable = !events.empty() && std::all_of(events.begin(), events.end(),
                                                [](const auto& e) { return e == "workflow_call"; });
}

// `on` may be read by a YAML 1.1 parser as the boolean true; yaml-cpp keeps
// the scalar text, so both spellings are looked up.
YAML::Node on_node(const YAML::Node& root, int& line) {
  for (const auto& kv : entries(root)) {
    std::string k = yaml_str(kv.first);
    if (k == "on" || k == "true" || k == "True") {
      line = yaml_line(kv.first);
      return kv.second;
    }
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

// --- permissions -----------------------------------------------------------

// "read-all", "write-all", "map" (read/none only) or "map-write".
std::string permissions_kind(const YAML::Node& perms, bool& write) {
  write = false;
  if (!perms) return "";
  if (perms.IsScalar()) {
    write = perms.Scalar() == "write-all";
    return perms.Scalar() == "write-all" ? "write-all" : "read-all";
  }
  if (perms.IsMap())
    for (const auto& kv : entries(perms))
      if (yaml_str(kv.second) == "write") write = true;
  return write ? "map-write" : "map";
}

// --- security patterns -------------------------------------------------------

// Untrusted event fields a PR author or commenter controls.
const RE2& untrusted_re() {
  static const RE2 re(
      R"(\$\{\{[^}]*\b(github\.head_ref|github\.event\.(issue|pull_request|comment|review|)"
      R"(review_comment|discussion|pages|commits|head_commit|workflow_run)[A-Za-z0-9_.*\[\]'-]*)"
      R"((title|body|message|ref|label|email|name|page_name|head_branch))\b)");
  return re;
}

// Whether `text` interpolates an untrusted field. The base repository and
// branch of a pull request (`pull_request.base.repo.full_name`) and the
// repository a workflow runs in are the project's own, whatever their
// field is called; the head's ref, label and commits are the author's.
bool untrusted_in(std::string_view text) {
  static const RE2 trusted(R"(\.(base|repository)\.)");
  re2::StringPiece in(text.data(), text.size()), field;
  while (RE2::FindAndConsume(&in, untrusted_re(), &field))
    if (!RE2::PartialMatch(field, trusted)) return true;
  return false;
}

const RE2& pr_head_re() {
  static const RE2 re(R"((github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|)"
                      R"(github\.event\.workflow_run\.head_(sha|branch)|refs/pull/))");
  return re;
}

void check_run_text(WorkflowSecurity& sec, const YAML::Node& node, const CiFile& file) {
  std::string body = yaml_str(node);
  if (!untrusted_in(body)) return;
  int line = yaml_line(node);
  for (const auto& l : text::lines(body))
    if (untrusted_in(l)) {
      line = file.find(text::trim(l).substr(0, 60), line);
      break;
    }
  if (sec.untrusted_interpolations.size() < 20)
    sec.untrusted_interpolations.push_back(file.at(line));
}

void check_checkout(WorkflowSecurity& sec, const YAML::Node& step, const std::string& uses,
                    const CiFile& file) {
  if (sec.privileged_triggers.empty() || !text::starts_with(uses, "actions/checkout")) return;
  YAML::Node ref = yaml_get(yaml_get(step, "with"), "ref");
  if (ref && RE2::PartialMatch(yaml_str(ref), pr_head_re()))
    sec.pr_head_checkouts.push_back(file.at(yaml_line(ref)));
}

// --- steps and jobs ----------------------------------------------------------

bool is_test_report_action(std::string_view uses) {
  return mentions_any(uses,
                      "dorny/test-reporter|mikepenz/action-junit-report|"
                      "enricomi/publish-unit-test-result-action|test-summary/action|"
                      "phoenix-actions/test-reporting|junit-report");
}

// The inputs a step sets: `sbom: true` turns on what a plain use of the
// action does not do; `false`, `""` and `${{ }}`-only values turn nothing on
// for certain.
std::vector<std::string> set_inputs(const YAML::Node& with) {
  constexpr std::size_t kMaxInputs = 40;
  constexpr std::size_t kMaxValue = 100;
  std::vector<std::string> out;
  for (const auto& kv : entries(with)) {
    std::string value = kv.second.IsScalar() ? text::lower(text::trim(kv.second.Scalar())) : "";
    if (value.empty() || value == "false" || value == "0" || text::starts_with(value, "${{"))
      continue;
    if (out.size() >= kMaxInputs) break;
    // A short value is kept as "key=value": what an action does can hang on
    // one (trivy-action's `scan-type: fs` scans dependencies, not an image).
    std::string key = yaml_str(kv.first);
    bool keep_value = value.size() <= kMaxValue && value.find('\n') == std::string::npos;
    out.push_back(keep_value ? key + "=" + value : key);
  }
  return out;
}

void read_uses(RepoFacts& facts, CiJob& job, const YAML::Node& step, const std::string& uses,
               const CiFile& file) {
  Evidence at = file.at(yaml_line(yaml_get(step, "uses")));
  std::size_t before = facts.actions.size();
  if (text::starts_with(uses, "./")) {
    job.uses.push_back(uses);  // a local action: part of the repository
  } else if (text::starts_with(uses, "docker://")) {
    add_action(facts, &job, kSystem, uses.substr(9), ':', at);
    if (facts.actions.size() > before)
      facts.actions.back().name = "docker://" + facts.actions.back().name;
  } else {
    add_action(facts, &job, kSystem, uses, '@', at);
  }
  YAML::Node with = yaml_get(step, "with");
  if (facts.actions.size() > before) facts.actions.back().inputs = set_inputs(with);
  if (mentions_any(uses, "actions/upload-artifact|actions/upload-pages-artifact")) {
    // The job keeps what its longest-lived upload keeps; an upload without
    // `retention-days` keeps the repository default.
    long long days = 0;
    std::string r = yaml_str(yaml_get(with, "retention-days"));
    if (!r.empty() &&
        std::all_of(r.begin(), r.end(), [](unsigned char c) { return std::isdigit(c); }) &&
        r.size() < 6)
      days = std::stoll(r);
    long long ttl = days * 86400;
    job.artifact_ttl = !job.artifacts                        ? ttl
                       : (ttl == 0 || job.artifact_ttl == 0) ? 0
                                                             : std::max(ttl, job.artifact_ttl);
    job.artifacts = true;
    // What is kept: the upload's name and each line of its `path:`, so the
    // rules can tell test results from coverage reports or build outputs.
    std::string name = yaml_str(yaml_get(with, "name"));
    if (!name.empty()) job.artifact_paths.push_back(name);
    std::string paths = yaml_str(yaml_get(with, "path"));
    for (auto line : text::lines(paths))
      if (!text::trim(line).empty() && !text::starts_with(text::trim(line), "!"))
        job.artifact_paths.emplace_back(text::trim(line));
  }
  if (mentions_any(uses, "actions/cache") ||
      (mentions_any(uses, "/setup-") && !yaml_str(yaml_get(with, "cache")).empty() &&
       yaml_str(yaml_get(with, "cache")) != "false"))
    job.cache = true;
  // ruby/setup-ruby caches the installed gems with `bundler-cache: true`.
  for (const char* input : {"enable-cache", "bundler-cache"})
    if (mentions_any(uses, "/setup-") && yaml_str(yaml_get(with, input)) == "true")
      job.cache = true;
  if (is_test_report_action(uses)) job.junit_report = true;
  if (mentions_any(uses, "nick-fields/retry|wandalen/wretry")) job.retry = true;
}

using EnvMap = std::map<std::string, std::string>;

// `env:` of a workflow, job or step over the inherited one. Only plain
// values: an expression is known at run time only.
EnvMap with_env(EnvMap env, const YAML::Node& node) {
  for (const auto& kv : entries(yaml_get(node, "env"))) {
    std::string value = kv.second.IsScalar() ? yaml_str(kv.second) : "";
    if (env.size() < 256 && !value.empty() && !text::contains(value, "${{"))
      env[yaml_str(kv.first)] = value;
  }
  return env;
}

// Thresholds a tool reads from its environment (smokeshow's
// `SMOKESHOW_GITHUB_COVERAGE_THRESHOLD: 90` on the step that uploads the
// report), written before each command line as the shell's `NAME=value
// cmd` would be, so the tool table sees the gate where it runs.
std::string threshold_settings(const EnvMap& env) {
  std::string out;
  for (const auto& [name, value] : env)
    if ((text::contains(name, "THRESHOLD") || text::contains(name, "FAIL_UNDER")) &&
        value.find_first_of(" \t\n") == std::string::npos && out.size() < 256)
      out += name + "=" + value + " ";
  return out;
}

// A job named for deploying that has no `environment:` often names its
// target in a plain variable the deploy reads (fastapi's `ENVIRONMENT:
// staging` and `ENVIRONMENT: production` jobs); "" when none does.
std::string environment_variable(const EnvMap& env) {
  for (const char* name : {"ENVIRONMENT", "DEPLOY_ENV", "DEPLOY_ENVIRONMENT", "DEPLOYMENT_ENV",
                           "TARGET_ENV", "APP_ENV", "STAGE"}) {
    auto it = env.find(name);
    if (it != env.end() && it->second.size() <= 40) return it->second;
  }
  return "";
}

// `${{ env.CARGO }} test` -> `cargo test`, so the command is recognised.
std::string expand_env(std::string line, const EnvMap& env) {
  if (env.empty()) return line;
  for (std::size_t at = line.find("${{"); at != std::string::npos && line.size() < 4096;
       at = line.find("${{", at + 1)) {
    std::size_t end = line.find("}}", at);
    if (end == std::string::npos) break;
    std::string_view expr = text::trim(std::string_view(line).substr(at + 3, end - at - 3));
    if (!text::starts_with(expr, "env.")) continue;
    auto it = env.find(std::string(expr.substr(4)));
    if (it != env.end()) line.replace(at, end + 2 - at, it->second);
  }
  return line;
}

// The JavaScript of an actions/github-script step runs in CI as much as a
// `run:` line does; its lines become commands (not job script lines, which
// are shell) so a release made through the GitHub API is seen.
void add_github_script(RepoFacts& facts, const CiJob& job, const YAML::Node& script,
                       const CiFile& file) {
  constexpr std::size_t kMaxScriptLines = 400;
  auto lines = script_lines(script, file);
  if (lines.size() > kMaxScriptLines) lines.resize(kMaxScriptLines);
  for (const auto& l : lines)
    if (!text::starts_with(l.text, "//"))
      facts.commands.push_back(
          Command{Origin::ci, std::string(kSystem), job.name, l.text, file.at(l.line)});
}

void read_steps(RepoFacts& facts, CiJob& job, WorkflowSecurity& sec, const YAML::Node& steps,
                const CiFile& file, const EnvMap& job_env) {
  if (!steps.IsSequence()) return;
  for (const auto& step : seq(steps)) {
    if (!step.IsMap()) continue;
    // An action that runs a script elsewhere takes it as its `run` input:
    // a VM's (vmactions/freebsd-vm, cross-platform-actions), an emulated
    // architecture's (run-on-arch), a virtual display's (xvfb-action).
    // (No Node assignment: yaml-cpp's operator= writes through to the node.)
    const YAML::Node run = yaml_get(step, "run") || !yaml_get(step, "uses")
                               ? yaml_get(step, "run")
                               : yaml_get(yaml_get(step, "with"), "run");
    if (run) {
      EnvMap env = with_env(job_env, step);
      auto lines = script_lines(run, file);
      std::string settings = threshold_settings(env);
      for (auto& l : lines) l.text = settings + expand_env(std::move(l.text), env);
      add_commands(facts, job, lines, kSystem, file);
      check_run_text(sec, run, file);
    }
    if (yaml_str(yaml_get(step, "continue-on-error")) == "true") job.continue_on_error = true;
    std::string uses = yaml_str(yaml_get(step, "uses"));
    if (uses.empty()) continue;
    read_uses(facts, job, step, uses, file);
    check_checkout(sec, step, uses, file);
    if (text::starts_with(uses, "actions/github-script")) {
      YAML::Node script = yaml_get(yaml_get(step, "with"), "script");
      check_run_text(sec, script, file);
      add_github_script(facts, job, script, file);
    }
  }
}

void read_matrix(CiJob& job, const YAML::Node& strategy) {
  YAML::Node matrix = yaml_get(strategy, "matrix");
  if (!matrix) return;
  job.parallel = true;
  std::string flat = matrix.IsScalar() ? matrix.Scalar() : "";
  if (matrix.IsMap())
    for (const auto& kv : entries(matrix)) flat += " " + yaml_str(kv.second);
  if (mentions_any(flat, "fromjson(") && mentions_any(flat, "needs.|steps."))
    job.dynamic_matrix = true;
}

void read_job_if(CiJob& job, const std::string& cond) {
  if (cond.empty()) return;
  // "||" cannot go through mentions_any, which splits its words on '|'.
  bool any_of = text::contains(cond, "||");
  if (mentions_any(cond,
                   "refs/heads/main|refs/heads/master|github.event.repository.default_branch"))
    job.default_branch_only = !any_of;
  if (mentions_any(cond, "refs/tags/|startswith(github.ref, 'refs/tags"))
    job.tag_only = !any_of;
  // `github.event_name == 'release'`: only a published release (a tag) runs it.
  if (mentions_any(cond, "'release'|\"release\"") && mentions_any(cond, "==") &&
      !mentions_any(cond, "!="))
    job.tag_only = !any_of;
  if (mentions_any(cond, "'pull_request'|\"pull_request\"")) {
    job.merge_request = true;
    job.no_push = mentions_any(cond, "==") && !any_of && !mentions_any(cond, "!=");
  }
  if (mentions_any(cond, "'schedule'|\"schedule\"")) job.schedule = true;
  if (mentions_any(cond, "'workflow_dispatch'")) job.manual = !any_of;
}

// `container:` and `services:` entries: an image name or {image: ...}.
void add_container(RepoFacts& facts, CiJob& job, const YAML::Node& n, const CiFile& file) {
  YAML::Node img = n.IsMap() ? yaml_get(n, "image") : n;
  std::string image = yaml_str(img);
  if (!image.empty()) add_action(facts, &job, kSystem, image, ':', file.at(yaml_line(img)));
}

// A reusable workflow runs what its inputs name: ansible's tox workflow
// takes `other_names: "lint:tox -e lint;tox -e pkg"`. Input lines that run a
// task runner become the job's commands, so the resolver and ci-scripts
// can follow them to the tox env, make target or package script.
void add_reusable_inputs(RepoFacts& facts, const CiJob& job, const YAML::Node& with,
                         const CiFile& file) {
  static const RE2 runs(R"(\b(tox\s+-e|nox\s+-s|make\s+[\w-]|(npm|yarn|pnpm)\s+run)\b)");
  for (const auto& kv : entries(with)) {
    if (!kv.second.IsScalar()) continue;
    for (const auto& l : script_lines(kv.second, file))
      for (auto part : text::split(l.text, ';'))  // one command each: "tox -e a;tox -e b"
        if (RE2::PartialMatch(part, runs))
          facts.commands.push_back(Command{Origin::ci, std::string(kSystem), job.name,
                                           std::string(text::trim(part)), file.at(l.line)});
  }
}

CiJob read_job(RepoFacts& facts, WorkflowSecurity& sec, const std::string& name,
               const YAML::Node& key, const YAML::Node& node, const CiFile& file,
               const EnvMap& workflow_env) {
  CiJob job;
  job.name = name;
  // The display name often says what the job does ("Build, push, and deploy").
  std::string display = yaml_str(yaml_get(node, "name"));
  job.stage = display.empty() || text::contains(display, "${{") ? name : display;
  job.at = file.at(yaml_line(key));
  std::string uses = yaml_str(yaml_get(node, "uses"));  // a reusable workflow
  if (!uses.empty() && !text::starts_with(uses, "./"))
    add_action(facts, &job, kSystem, uses, '@', file.at(yaml_line(yaml_get(node, "uses"))));
  if (!uses.empty()) add_reusable_inputs(facts, job, yaml_get(node, "with"), file);
  // Another repository's workflow is not read (no network), but its name
  // says what it runs: glow's charmbracelet/meta/.../goreleaser.yml and
  // govulncheck.yml. The name becomes a command of the job.
  if (std::size_t at = uses.find("/.github/workflows/");
      at != std::string::npos && !text::starts_with(uses, "./")) {
    std::string_view file_name = text::basename(std::string_view(uses).substr(0, uses.find('@')));
    std::string_view stem = file_name.substr(0, file_name.find('.'));
    if (!stem.empty())
      facts.commands.push_back(Command{Origin::ci, std::string(kSystem), job.name,
                                       std::string(stem),
                                       file.at(yaml_line(yaml_get(node, "uses")))});
  }
  read_steps(facts, job, sec, yaml_get(node, "steps"), file, with_env(workflow_env, node));
  read_matrix(job, yaml_get(node, "strategy"));
  YAML::Node env = yaml_get(node, "environment");
  job.environment = env.IsMap() ? yaml_str(yaml_get(env, "name")) : yaml_str(env);
  // `deployment: false` uses the environment for its secrets and
  // protection rules only: GitHub records no deployment (Polly's `sign`
  // job reaches its signing key through the `Azure` environment).
  if (env.IsMap() && yaml_str(yaml_get(env, "deployment")) == "false") job.environment.clear();
  bool deploys = text::icontains(job.name, "deploy") || text::icontains(job.stage, "deploy");
  if (job.environment.empty() && deploys)
    job.environment = environment_variable(with_env(workflow_env, node));
  job.continue_on_error =
      job.continue_on_error || yaml_str(yaml_get(node, "continue-on-error")) == "true";
  job.permissions = permissions_kind(yaml_get(node, "permissions"), job.permissions_write);
  read_job_if(job, yaml_str(yaml_get(node, "if")));
  add_container(facts, job, yaml_get(node, "container"), file);
  for (const auto& kv : entries(yaml_get(node, "services")))
    add_container(facts, job, kv.second, file);
  return job;
}

// Jobs inherit the workflow's events; a job's own `if:` narrows them.
void inherit_triggers(CiPipeline& p) {
  bool only_default = !p.triggers.branches.empty();
  for (const auto& b : p.triggers.branches)
    only_default = only_default && is_default_branch_name(b);
  for (auto& j : p.jobs) {
    j.merge_request = j.merge_request || p.triggers.merge_request;
    j.schedule = j.schedule || p.triggers.schedule;
    if (!p.triggers.push && !p.triggers.merge_request && !p.triggers.schedule && !p.triggers.tag &&
        !p.triggers.workflow_run && p.triggers.manual)
      j.manual = true;
    if (only_default && !p.triggers.merge_request) j.default_branch_only = true;
    if (!p.triggers.push && !p.triggers.merge_request && p.triggers.tag) j.tag_only = true;
  }
}

void scan_workflow(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f) {
  std::optional<CiFile> file;
  auto root = load_yaml(ctx, facts, f, file);
  if (!root) return;
  if (!root->IsMap()) {
    unparsed(ctx, facts, f.path, "malformed workflow: not a YAML mapping");
    return;
  }
  CiPipeline p;
  p.system = std::string(kSystem);
  p.path = f.path;
  p.name = yaml_str(yaml_get(*root, "name"));
  p.at = Evidence{f.path, 0, ""};
  WorkflowSecurity sec;
  sec.path = f.path;
  int on_line = 0;
  read_on(p.triggers, sec, on_node(*root, on_line));
  p.triggers.at = file->at(on_line);
  bool write = false;
  YAML::Node perms = yaml_get(*root, "permissions");
  sec.permissions = perms ? permissions_kind(perms, write) : "absent";
  // A grant of write is the line to show (oak's `pages: write`), not the
  // map's first line (`contents: read`).
  int perms_line = perms ? yaml_line(perms) : 0;
  if (write && perms.IsMap())
    for (const auto& kv : entries(perms))
      if (yaml_str(kv.second) == "write") {
        perms_line = yaml_line(kv.first);
        break;
      }
  sec.at = file->at(perms_line);
  YAML::Node jobs = yaml_get(*root, "jobs");
  sec.every_job_has_permissions = jobs.IsMap() && jobs.size() > 0;
  EnvMap env = with_env({}, *root);
  std::size_t job_count = 0;
  for (const auto& kv : entries(jobs)) {
    if (!kv.second.IsMap() || ++job_count > kMaxJobs) continue;
    p.jobs.push_back(read_job(facts, sec, yaml_str(kv.first), kv.first, kv.second, *file, env));
    sec.every_job_has_permissions =
        sec.every_job_has_permissions && !p.jobs.back().permissions.empty();
  }
  warn_jobs_cut(ctx, f.path, job_count);
  inherit_triggers(p);
  facts.ci.workflows.push_back(std::move(sec));
  facts.ci.pipelines.push_back(std::move(p));
}

// What one workflow file adds to the facts, kept per blob: a history parses
// each workflow once, not at every commit scanned in full.
struct WorkflowFinds {
  std::vector<WorkflowSecurity> workflows;
  std::vector<CiPipeline> pipelines;
  std::vector<ActionRef> actions;
  std::vector<Command> commands;
  std::vector<Evidence> unparsed;
};

}  // namespace

void probe_github_actions(const ScanContext& ctx, RepoFacts& facts) {
  // A linked .github or .github/workflows folder lists no workflow at all.
  for (const char* dir : {".github", ".github/workflows"})
    if (const FileEntry* d = ctx.find(dir); d && d->kind == FileKind::symlink)
      warn_symlink_not_followed(ctx, d->path, "the folder of GitHub workflows");
  // A linked workflow (`ci.yml -> ../../ci/ci.yml`) is not followed,
  // wherever it points: said, or its jobs are missing with no word why.
  auto workflow_path = [](std::string_view path) {
    return text::starts_with(path, ".github/workflows/") &&
           glob_match(".github/workflows/*.{yml,yaml}", path);
  };
  for (const FileEntry* f : ctx.files(workflow_path))
    if (f->kind == FileKind::symlink)
      warn_symlink_not_followed(ctx, f->path, "a GitHub workflow (its jobs are not read)");
  for (const FileEntry* f : ctx.glob(".github/workflows/*.{yml,yaml}")) {
    auto found = ctx.memo<WorkflowFinds>("ci.github-workflow", *f, [&](const FileEntry& file) {
      // The file alone is read: its findings are what it adds to empty facts.
      RepoFacts one;
      guarded(ctx, file.path, [&] { scan_workflow(ctx, one, file); });
      return WorkflowFinds{std::move(one.ci.workflows), std::move(one.ci.pipelines),
                           std::move(one.actions), std::move(one.commands),
                           std::move(one.ci.unparsed)};
    });
    append(facts.ci.workflows, found->workflows);
    append(facts.ci.pipelines, found->pipelines);
    append(facts.actions, found->actions);
    append(facts.commands, found->commands);
    append(facts.ci.unparsed, found->unparsed);
  }
}

}  // namespace practrack::ci
