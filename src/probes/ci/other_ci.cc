// The YAML CI systems besides GitLab and GitHub: CircleCI, Azure
// Pipelines, Bitbucket Pipelines, Travis CI, Drone, Woodpecker and
// Buildkite. Each config becomes one CiPipeline with its jobs, commands,
// images/orbs/plugins and what starts it (as far as the file says; some
// systems keep schedules on the server).
#include <algorithm>
#include <cstdlib>

#include "probes/ci/ci_common.h"
#include "probes/ci/ci_probes.h"
#include "util/text.h"

namespace practrack::ci {
namespace {

CiPipeline new_pipeline(std::string_view system, const FileEntry& f) {
  CiPipeline p;
  p.system = std::string(system);
  p.path = f.path;
  p.at = Evidence{f.path, 0, ""};
  return p;
}

CiJob new_job(std::string name, const YAML::Node& key, const CiFile& file) {
  CiJob j;
  j.name = std::move(name);
  j.stage = j.name;
  j.at = file.at(yaml_line(key));
  return j;
}

void add_image(RepoFacts& facts, CiJob& job, std::string_view system, const YAML::Node& img,
               const CiFile& file) {
  std::string name = img.IsMap() ? yaml_str(yaml_get(img, "name")) : yaml_str(img);
  if (!name.empty() && !text::contains(name, "$"))
    add_action(facts, &job, system, name, ':', file.at(yaml_line(img)));
}

// --- CircleCI --------------------------------------------------------------

void circle_step(RepoFacts& facts, CiJob& job, const YAML::Node& step, const CiFile& file) {
  constexpr std::string_view sys = "circleci";
  std::string name = step.IsScalar() ? step.Scalar() : "";
  YAML::Node body;
  if (step.IsMap() && step.size() == 1) {
    auto kv = *step.begin();
    name = yaml_str(kv.first);
    body = kv.second;
  }
  if (name == "run") {
    YAML::Node cmd = body.IsMap() ? yaml_get(body, "command") : body;
    add_commands(facts, job, script_lines(cmd, file), sys, file);
  } else if (name == "store_artifacts") {
    // persist_to_workspace is not one: it hands files to later jobs of the
    // same workflow run and keeps nothing after it.
    job.artifacts = true;
    std::string path = yaml_str(body.IsMap() ? yaml_get(body, "path") : body);
    if (!path.empty()) job.artifact_paths.push_back(path);
  } else if (name == "store_test_results") {
    job.junit_report = job.artifacts = true;
  } else if (name == "save_cache" || name == "restore_cache") {
    job.cache = true;
  } else if (text::contains(name, "/")) {
    job.uses.push_back(name);  // an orb command, e.g. node/install-packages
    if (mentions_any(name, "install-packages|with-cache")) job.cache = true;
  }
}

void circle_jobs(RepoFacts& facts, CiPipeline& p, const YAML::Node& jobs, const CiFile& file) {
  for (const auto& kv : entries(jobs)) {
    if (p.jobs.size() >= kMaxJobs) break;
    CiJob job = new_job(yaml_str(kv.first), kv.first, file);
    for (const auto& d : seq(yaml_get(kv.second, "docker")))
      add_image(facts, job, "circleci", yaml_get(d, "image"), file);
    YAML::Node steps = yaml_get(kv.second, "steps");
    if (steps.IsSequence())
      for (const auto& s : seq(steps)) circle_step(facts, job, s, file);
    std::string par = yaml_str(yaml_get(kv.second, "parallelism"));
    job.parallel = !par.empty() && par != "1";
    job.parallel_count = std::atoi(par.c_str());
    p.jobs.push_back(std::move(job));
  }
}

// Workflow job entries: `- build` or `- deploy: {requires, filters, type}`.
void circle_workflow_job(CiPipeline& p, const YAML::Node& entry) {
  if (!entry.IsMap()) return;
  auto kv = *entry.begin();
  std::string name = yaml_str(kv.first);
  YAML::Node cfg = kv.second;
  bool approval = yaml_str(yaml_get(cfg, "type")) == "approval";
  if (approval) p.triggers.manual = true;
  std::string alias = yaml_str(yaml_get(cfg, "name"));
  YAML::Node filters = yaml_get(cfg, "filters");
  auto only = yaml_strings(yaml_get(yaml_get(filters, "branches"), "only"));
  bool tags = yaml_has(filters, "tags") && yaml_has(yaml_get(filters, "branches"), "ignore");
  for (auto& j : p.jobs) {
    if (j.name != name) continue;
    if (!only.empty()) {
      bool all = true;
      for (const auto& b : only) all = all && is_default_branch_name(b);
      j.default_branch_only = all;
    }
    if (tags) j.tag_only = true;
    if (!alias.empty() && j.environment.empty() && mentions_any(alias, "deploy")) j.stage = alias;
  }
}

void circle_workflows(CiPipeline& p, const YAML::Node& wfs, const CiFile& file) {
  for (const auto& kv : entries(wfs)) {
    if (!kv.second.IsMap()) continue;  // `version: 2`
    for (const auto& t : seq(yaml_get(kv.second, "triggers"))) {
      std::string cron = yaml_str(yaml_get(yaml_get(t, "schedule"), "cron"));
      if (cron.empty()) continue;
      p.triggers.schedule = true;
      p.triggers.crons.push_back(cron);
      p.triggers.at = file.at(yaml_line(t));
    }
    for (const auto& j : seq(yaml_get(kv.second, "jobs"))) circle_workflow_job(p, j);
  }
}

void scan_circleci(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f) {
  std::optional<CiFile> file;
  auto root = load_yaml(ctx, facts, f, file);
  if (!root || !root->IsMap()) return;
  CiPipeline p = new_pipeline("circleci", f);
  // CircleCI builds every pushed branch, pull-request branches included.
  p.triggers.push = p.triggers.merge_request = true;
  // `setup: true`: a setup workflow generates the config it continues with.
  if (yaml_str(yaml_get(*root, "setup")) == "true") p.generated_config = p.child_pipelines = true;
  for (const auto& kv : entries(yaml_get(*root, "orbs"))) {
    std::string spec = yaml_str(kv.second);
    if (!spec.empty())
      add_action(facts, nullptr, "circleci", spec, '@', file->at(yaml_line(kv.second)));
  }
  circle_jobs(facts, p, yaml_get(*root, "jobs"), *file);
  circle_workflows(p, yaml_get(*root, "workflows"), *file);
  facts.ci.pipelines.push_back(std::move(p));
}

// --- CircleCI 1.0 ------------------------------------------------------------

// Commands of a circle.yml list: `- make test`, or `- make test: {parallel: true}`.
std::vector<ScriptLine> circle_v1_commands(const YAML::Node& list, const CiFile& file) {
  std::vector<ScriptLine> out;
  for (const auto& item : seq(list)) {
    YAML::Node cmd = item;
    if (item.IsMap() && item.size() >= 1) cmd = (*item.begin()).first;
    for (auto& l : script_lines(cmd, file)) out.push_back(std::move(l));
  }
  return out;
}

// CircleCI 1.0's `circle.yml` at the root (CircleCI retired 1.0 in 2018;
// older repositories still carry it): phases with pre/override/post
// command lists, one job per phase, and deployment entries that name the
// branch or tag they deploy.
void scan_circleci_v1(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f) {
  static constexpr std::string_view kSys = "circleci";
  std::optional<CiFile> file;
  auto root = load_yaml(ctx, facts, f, file);
  if (!root || !root->IsMap()) return;
  CiPipeline p = new_pipeline(kSys, f);
  p.name = "CircleCI 1.0";
  p.triggers.push = p.triggers.merge_request = true;
  bool phases = false;
  for (const char* phase : {"machine", "checkout", "dependencies", "database", "compile", "test"}) {
    YAML::Node node = yaml_get(*root, phase);
    if (!node.IsMap()) continue;
    phases = true;
    CiJob job = new_job(phase, node, *file);
    for (const char* part : {"pre", "override", "post"})
      add_commands(facts, job, circle_v1_commands(yaml_get(node, part), *file), kSys, *file);
    job.cache = yaml_has(node, "cache_directories");
    if (!job.script.empty() || job.cache) p.jobs.push_back(std::move(job));
  }
  // CircleCI 1.0 infers the dependency and test commands of a phase left
  // out: the build runs its tests all the same.
  auto is_test = [](const CiJob& j) { return j.name == "test"; };
  if (phases && std::none_of(p.jobs.begin(), p.jobs.end(), is_test)) {
    CiJob test = new_job("test", YAML::Node(), *file);
    test.at = Evidence{f.path, 0, ""};
    p.jobs.push_back(std::move(test));
  }
  for (auto& j : p.jobs)
    if (j.name == "test") j.artifacts = yaml_has(yaml_get(*root, "general"), "artifacts");
  for (const auto& kv : entries(yaml_get(*root, "deployment"))) {
    CiJob job = new_job(yaml_str(kv.first), kv.first, *file);
    job.stage = "deployment";
    add_commands(facts, job, circle_v1_commands(yaml_get(kv.second, "commands"), *file), kSys,
                 *file);
    std::string branch = yaml_str(yaml_get(kv.second, "branch"));
    job.default_branch_only = !branch.empty() && is_default_branch_name(branch);
    job.tag_only = yaml_has(kv.second, "tag");
    p.jobs.push_back(std::move(job));
  }
  // Phases are what make a circle.yml CircleCI's; any other YAML of that name is not.
  if (phases || !p.jobs.empty()) facts.ci.pipelines.push_back(std::move(p));
}

// --- Azure Pipelines -------------------------------------------------------

// `trigger:`/`pr:` are `none`, a list of branches, or {branches: {include}}.
bool azure_enabled(const YAML::Node& n, std::vector<std::string>* branches) {
  if (!n) return true;  // absent: every branch
  if (yaml_str(n) == "none" || yaml_str(n) == "false") return false;
  std::vector<std::string> list = yaml_strings(n);
  if (n.IsMap()) list = yaml_strings(yaml_get(yaml_get(n, "branches"), "include"));
  if (branches) *branches = list;
  return true;
}

void azure_step(RepoFacts& facts, CiJob& job, const YAML::Node& step, const CiFile& file) {
  for (std::string key : {"script", "bash", "pwsh", "powershell"})
    if (yaml_has(step, key))
      add_commands(facts, job, script_lines(yaml_get(step, key), file), "azure-pipelines", file);
  std::string task = yaml_str(yaml_get(step, "task"));
  if (task.empty()) return;
  add_action(facts, &job, "azure-pipelines", task, '@', file.at(yaml_line(yaml_get(step, "task"))));
  if (mentions_any(task, "publishtestresults")) job.junit_report = job.artifacts = true;
  if (mentions_any(task, "publishpipelineartifact|publishbuildartifacts")) job.artifacts = true;
  if (mentions_any(task, "cache@")) job.cache = true;
}

void azure_job(RepoFacts& facts, CiPipeline& p, const YAML::Node& j, const std::string& stage,
               const CiFile& file) {
  if (!j.IsMap() || p.jobs.size() >= kMaxJobs) return;
  std::string name = yaml_str(yaml_get(j, "job"));
  if (name.empty()) name = yaml_str(yaml_get(j, "deployment"));
  if (name.empty()) name = stage.empty() ? "job" : stage;
  CiJob job = new_job(name, j, file);
  job.stage = stage.empty() ? name : stage;
  YAML::Node env = yaml_get(j, "environment");
  job.environment = env.IsMap() ? yaml_str(yaml_get(env, "name")) : yaml_str(env);
  YAML::Node steps = yaml_get(j, "steps");
  YAML::Node deploy =
      yaml_get(yaml_get(yaml_get(yaml_get(j, "strategy"), "runOnce"), "deploy"), "steps");
  for (const auto& s : seq(steps)) azure_step(facts, job, s, file);
  for (const auto& s : seq(deploy)) azure_step(facts, job, s, file);
  if (yaml_has(yaml_get(j, "strategy"), "matrix") || yaml_has(yaml_get(j, "strategy"), "parallel"))
    job.parallel = true;
  job.continue_on_error = yaml_str(yaml_get(j, "continueOnError")) == "true";
  std::string cond = yaml_str(yaml_get(j, "condition"));
  if (mentions_any(cond, "refs/heads/main|refs/heads/master")) job.default_branch_only = true;
  p.jobs.push_back(std::move(job));
}

void scan_azure(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f) {
  std::optional<CiFile> file;
  auto root = load_yaml(ctx, facts, f, file);
  if (!root || !root->IsMap()) return;
  CiPipeline p = new_pipeline("azure-pipelines", f);
  p.triggers.push = azure_enabled(yaml_get(*root, "trigger"), &p.triggers.branches);
  p.triggers.merge_request = azure_enabled(yaml_get(*root, "pr"), nullptr);
  for (const auto& s : seq(yaml_get(*root, "schedules"))) {
    p.triggers.schedule = true;
    p.triggers.crons.push_back(yaml_str(yaml_get(s, "cron")));
    p.triggers.at = file->at(yaml_line(s));
  }
  for (const auto& st : seq(yaml_get(*root, "stages"))) {
    std::string stage = yaml_str(yaml_get(st, "stage"));
    if (!stage.empty()) p.stages.push_back(stage);
    for (const auto& j : seq(yaml_get(st, "jobs"))) azure_job(facts, p, j, stage, *file);
  }
  for (const auto& j : seq(yaml_get(*root, "jobs"))) azure_job(facts, p, j, "", *file);
  if (yaml_has(*root, "steps")) azure_job(facts, p, *root, "build", *file);
  for (auto& j : p.jobs) j.merge_request = p.triggers.merge_request;
  facts.ci.pipelines.push_back(std::move(p));
}

// --- Bitbucket Pipelines ---------------------------------------------------

struct BitbucketSection {
  bool merge_request = false, manual = false, tag = false, default_branch = false;
};

void bitbucket_step(RepoFacts& facts, CiPipeline& p, const YAML::Node& step,
                    const BitbucketSection& sec, const CiFile& file, bool parallel) {
  if (!step.IsMap() || p.jobs.size() >= kMaxJobs) return;
  std::string name = yaml_str(yaml_get(step, "name"));
  CiJob job =
      new_job(name.empty() ? "step " + std::to_string(p.jobs.size() + 1) : name, step, file);
  add_image(facts, job, "bitbucket", yaml_get(step, "image"), file);
  for (const auto& item : seq(yaml_get(step, "script"))) {
    if (item.IsMap() && yaml_has(item, "pipe"))
      add_action(facts, &job, "bitbucket", yaml_str(yaml_get(item, "pipe")), ':',
                 file.at(yaml_line(item)));
    else
      add_commands(facts, job, script_lines(item, file), "bitbucket", file);
  }
  job.cache = yaml_has(step, "caches");
  job.artifacts = yaml_has(step, "artifacts");
  job.environment = yaml_str(yaml_get(step, "deployment"));
  job.manual = sec.manual || yaml_str(yaml_get(step, "trigger")) == "manual";
  job.merge_request = sec.merge_request;
  job.no_push = sec.merge_request || sec.manual;
  job.tag_only = sec.tag;
  job.default_branch_only = sec.default_branch;
  job.parallel = parallel;
  p.jobs.push_back(std::move(job));
}

void bitbucket_items(RepoFacts& facts, CiPipeline& p, const YAML::Node& items,
                     const BitbucketSection& sec, const CiFile& file, int depth) {
  if (!items.IsSequence() || depth > 4) return;
  for (const auto& item : items) {
    if (yaml_has(item, "step"))
      bitbucket_step(facts, p, yaml_get(item, "step"), sec, file, depth > 0);
    YAML::Node par = yaml_get(item, "parallel");
    if (par.IsMap()) par = yaml_get(par, "steps");
    bitbucket_items(facts, p, par, sec, file, depth + 1);
    bitbucket_items(facts, p, yaml_get(yaml_get(item, "stage"), "steps"), sec, file, depth);
  }
}

void scan_bitbucket(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f) {
  std::optional<CiFile> file;
  auto root = load_yaml(ctx, facts, f, file);
  if (!root || !root->IsMap()) return;
  CiPipeline p = new_pipeline("bitbucket", f);
  YAML::Node pipes = yaml_get(*root, "pipelines");
  for (const auto& kv : entries(pipes)) {
    std::string section = yaml_str(kv.first);
    p.triggers.at = file->at(yaml_line(kv.first));
    if (section == "default") {
      p.triggers.push = true;
      bitbucket_items(facts, p, kv.second, {}, *file, 0);
      continue;
    }
    for (const auto& sub : entries(kv.second)) {
      BitbucketSection sec;
      std::string key = yaml_str(sub.first);
      sec.merge_request = section == "pull-requests";
      sec.manual = section == "custom";
      sec.tag = section == "tags";
      sec.default_branch = section == "branches" && is_default_branch_name(key);
      p.triggers.push = p.triggers.push || section == "branches";
      p.triggers.merge_request = p.triggers.merge_request || sec.merge_request;
      p.triggers.manual = p.triggers.manual || sec.manual;
      p.triggers.tag = p.triggers.tag || sec.tag;
      if (section == "branches") p.triggers.branches.push_back(key);
      bitbucket_items(facts, p, sub.second, sec, *file, 0);
    }
  }
  if (p.triggers.push && yaml_has(pipes, "default")) p.triggers.branches.clear();
  facts.ci.pipelines.push_back(std::move(p));
}

// --- Travis CI -------------------------------------------------------------

const char* const kTravisPhases[] = {"before_install", "install",       "before_script",
                                     "script",         "after_success", "before_deploy"};

void travis_job(RepoFacts& facts, CiPipeline& p, const std::string& name, const YAML::Node& n,
                const CiFile& file) {
  if (p.jobs.size() >= kMaxJobs) return;
  CiJob job = new_job(name, n, file);
  std::string stage = yaml_str(yaml_get(n, "stage"));
  if (!stage.empty()) job.stage = stage;
  for (const char* phase : kTravisPhases)
    add_commands(facts, job, script_lines(yaml_get(n, phase), file), "travis", file);
  job.cache = yaml_has(n, "cache");
  YAML::Node deploy = yaml_get(n, "deploy");
  if (deploy) {
    job.environment = "deploy";
    YAML::Node first = deploy.IsSequence() && deploy.size() > 0 ? deploy[0] : deploy;
    YAML::Node on = yaml_get(first, "on");
    if (yaml_str(yaml_get(on, "tags")) == "true") job.tag_only = true;
    if (is_default_branch_name(yaml_str(yaml_get(on, "branch")))) job.default_branch_only = true;
    add_commands(facts, job, script_lines(yaml_get(first, "script"), file), "travis", file);
  }
  p.jobs.push_back(std::move(job));
}

void scan_travis(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f) {
  std::optional<CiFile> file;
  auto root = load_yaml(ctx, facts, f, file);
  if (!root || !root->IsMap()) return;
  CiPipeline p = new_pipeline("travis", f);
  // Travis builds pushes and pull requests unless the settings say otherwise.
  p.triggers.push = p.triggers.merge_request = true;
  p.triggers.branches = yaml_strings(yaml_get(yaml_get(*root, "branches"), "only"));
  travis_job(facts, p, "build", *root, *file);
  YAML::Node jobs = yaml_get(*root, "jobs");
  if (!jobs) jobs = yaml_get(*root, "matrix");
  int n = 0;
  for (const auto& j : seq(yaml_get(jobs, "include"))) {
    std::string name = yaml_str(yaml_get(j, "name"));
    travis_job(facts, p, name.empty() ? "job " + std::to_string(++n) : name, j, *file);
  }
  for (const auto& s : seq(yaml_get(*root, "stages")))
    p.stages.push_back(s.IsMap() ? yaml_str(yaml_get(s, "name")) : yaml_str(s));
  if (p.jobs.size() > 2) p.jobs[0].parallel = true;
  for (auto& j : p.jobs) j.merge_request = true;
  facts.ci.pipelines.push_back(std::move(p));
}

// --- Drone and Woodpecker ----------------------------------------------------

// What a `when:` condition admits, across all its entries.
struct WhenSummary {
  bool all_default = true, all_tag = true, all_manual = true;
  bool push_any_branch = false;
  std::vector<std::string> push_branches;
};

bool is_manual_event(const std::string& e) {
  return e == "promote" || e == "manual" || e == "custom" || e == "deployment";
}

std::vector<std::string> include_list(const YAML::Node& n) {
  return n.IsMap() ? yaml_strings(yaml_get(n, "include")) : yaml_strings(n);
}

void when_entry(const YAML::Node& when, CiTriggers& t, WhenSummary& w) {
  std::vector<std::string> events = include_list(yaml_get(when, "event"));
  std::vector<std::string> branches = include_list(yaml_get(when, "branch"));
  if (events.empty()) events = {"push", "pull_request"};
  bool push = false;
  for (const auto& e : events) {
    push = push || e == "push";
    t.merge_request = t.merge_request || e == "pull_request";
    t.tag = t.tag || e == "tag";
    t.schedule = t.schedule || e == "cron";
    t.manual = t.manual || is_manual_event(e);
  }
  t.push = t.push || push;
  if (push && branches.empty()) w.push_any_branch = true;
  if (push)
    for (const auto& b : branches) w.push_branches.push_back(b);
  bool entry_default = !branches.empty();
  for (const auto& b : branches) entry_default = entry_default && is_default_branch_name(b);
  w.all_default = w.all_default && entry_default;
  w.all_tag = w.all_tag && events.size() == 1 && events[0] == "tag";
  w.all_manual = w.all_manual && std::all_of(events.begin(), events.end(), is_manual_event);
}

// `when:`/`trigger:` (one map or a list of maps, Woodpecker) with `event:`
// and `branch:` lists or {include: [...]}. Without one, push and PRs run.
void event_filter(const YAML::Node& when, CiTriggers& t, CiJob* job) {
  WhenSummary w;
  if (when.IsSequence()) {
    std::size_t n = 0;
    for (const auto& entry : seq(when))
      if (++n <= 20) when_entry(entry, t, w);
  } else {
    when_entry(when, t, w);
  }
  if (!job) {
    if (!w.push_any_branch) t.branches = w.push_branches;
    return;
  }
  job->default_branch_only = w.all_default;
  job->merge_request = t.merge_request;
  job->schedule = t.schedule;
  job->tag_only = w.all_tag;
  job->manual = w.all_manual;
  job->no_push = !t.push;
}

void container_step(RepoFacts& facts, CiPipeline& p, std::string_view system,
                    const std::string& name, const YAML::Node& key, const YAML::Node& s,
                    const CiFile& file) {
  if (!s.IsMap() || p.jobs.size() >= kMaxJobs) return;
  CiJob job = new_job(name, key, file);
  add_image(facts, job, system, yaml_get(s, "image"), file);
  add_commands(facts, job, script_lines(yaml_get(s, "commands"), file), system, file);
  CiTriggers own;
  YAML::Node when = yaml_get(s, "when");
  if (when) event_filter(when, own, &job);
  if (when) {
    p.triggers.merge_request = p.triggers.merge_request || job.merge_request;
    p.triggers.schedule = p.triggers.schedule || job.schedule;
  }
  std::string n = text::lower(name);
  if (text::contains(n, "cache")) job.cache = true;
  p.jobs.push_back(std::move(job));
}

void container_steps(RepoFacts& facts, CiPipeline& p, std::string_view system,
                     const YAML::Node& steps, const CiFile& file) {
  if (steps.IsSequence())
    for (const auto& s : seq(steps))
      container_step(facts, p, system, yaml_str(yaml_get(s, "name")), s, s, file);
  if (steps.IsMap())
    for (const auto& kv : entries(steps))
      container_step(facts, p, system, yaml_str(kv.first), kv.first, kv.second, file);
}

void scan_drone(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f) {
  std::optional<CiFile> file;
  auto docs = load_yaml_all(ctx, facts, f, file);
  if (!docs) return;
  for (const auto& doc : *docs) {
    if (!doc.IsMap() || (yaml_has(doc, "kind") && yaml_str(yaml_get(doc, "kind")) != "pipeline"))
      continue;
    CiPipeline p = new_pipeline("drone", f);
    p.name = yaml_str(yaml_get(doc, "name"));
    YAML::Node trig = yaml_get(doc, "trigger");
    event_filter(trig, p.triggers, nullptr);
    if (trig) p.triggers.at = file->at(yaml_line(trig));
    container_steps(facts, p, "drone", yaml_get(doc, "steps"), *file);
    if (!p.triggers.push && p.triggers.schedule)
      for (auto& j : p.jobs) j.schedule = true;
    facts.ci.pipelines.push_back(std::move(p));
  }
}

void scan_woodpecker(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f) {
  std::optional<CiFile> file;
  auto root = load_yaml(ctx, facts, f, file);
  if (!root || !root->IsMap()) return;
  CiPipeline p = new_pipeline("woodpecker", f);
  event_filter(yaml_get(*root, "when"), p.triggers, nullptr);
  YAML::Node steps = yaml_get(*root, "steps");
  if (!steps) steps = yaml_get(*root, "pipeline");
  container_steps(facts, p, "woodpecker", steps, *file);
  facts.ci.pipelines.push_back(std::move(p));
}

// --- Buildkite -------------------------------------------------------------

void buildkite_step(RepoFacts& facts, CiPipeline& p, const YAML::Node& s, const CiFile& file) {
  if (!s.IsMap() || p.jobs.size() >= kMaxJobs) return;
  if (yaml_has(s, "block") || yaml_has(s, "input")) {
    p.triggers.manual = true;
    CiJob gate = new_job(
        yaml_str(yaml_has(s, "block") ? yaml_get(s, "block") : yaml_get(s, "input")), s, file);
    gate.manual = true;
    p.jobs.push_back(std::move(gate));
    return;
  }
  std::string label = yaml_str(yaml_get(s, "label"));
  if (label.empty()) label = yaml_str(yaml_get(s, "key"));
  CiJob job = new_job(label.empty() ? "step " + std::to_string(p.jobs.size() + 1) : label, s, file);
  YAML::Node cmd = yaml_get(s, "command");
  if (!cmd) cmd = yaml_get(s, "commands");
  add_commands(facts, job, script_lines(cmd, file), "buildkite", file);
  for (const auto& pl : seq(yaml_get(s, "plugins"))) {
    std::string spec = pl.IsMap() && pl.size() > 0 ? yaml_str(pl.begin()->first) : yaml_str(pl);
    add_action(facts, &job, "buildkite", spec, '#', file.at(yaml_line(pl)));
  }
  job.artifacts = yaml_has(s, "artifact_paths");
  job.artifact_paths = yaml_strings(yaml_get(s, "artifact_paths"));
  job.retry = yaml_has(s, "retry");
  job.parallel = yaml_has(s, "parallelism") || yaml_has(s, "matrix");
  job.parallel_count = std::atoi(yaml_str(yaml_get(s, "parallelism")).c_str());
  job.child_pipeline = yaml_has(s, "trigger");
  for (const auto& b : yaml_strings(yaml_get(s, "branches")))
    job.default_branch_only = is_default_branch_name(b);
  for (const auto& line : job.script)
    if (text::contains(line, "pipeline upload")) p.generated_config = p.child_pipelines = true;
  p.jobs.push_back(std::move(job));
}

void scan_buildkite(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f) {
  std::optional<CiFile> file;
  auto root = load_yaml(ctx, facts, f, file);
  if (!root) return;
  CiPipeline p = new_pipeline("buildkite", f);
  p.triggers.push = true;  // webhook builds on push; PR builds are a server setting
  YAML::Node steps = root->IsSequence() ? *root : yaml_get(*root, "steps");
  for (const auto& s : seq(steps)) {
    if (yaml_has(s, "group"))
      for (const auto& g : seq(yaml_get(s, "steps"))) buildkite_step(facts, p, g, *file);
    else
      buildkite_step(facts, p, s, *file);
  }
  // A block/input step gates every step after it.
  bool gated = false;
  for (auto& j : p.jobs) {
    if (gated) j.manual = true;
    gated = gated || j.manual;
  }
  facts.ci.pipelines.push_back(std::move(p));
}

void each(const ScanContext& ctx, RepoFacts& facts, std::initializer_list<std::string_view> globs,
          void (*scan)(const ScanContext&, RepoFacts&, const FileEntry&)) {
  for (auto g : globs)
    for (const FileEntry* f : ctx.glob(g)) guarded(ctx, f->path, [&] { scan(ctx, facts, *f); });
}

}  // namespace

void probe_circleci(const ScanContext& ctx, RepoFacts& facts) {
  each(ctx, facts, {".circleci/config.yml", ".circleci/config.yaml"}, scan_circleci);
  each(ctx, facts, {"circle.yml"}, scan_circleci_v1);
}
void probe_azure(const ScanContext& ctx, RepoFacts& facts) {
  each(ctx, facts,
       // .vsts-ci.yml: the name from Azure DevOps' VSTS days (dotnet's repositories).
       {"azure-pipelines.{yml,yaml}", ".azure-pipelines/*.{yml,yaml}",
        ".azure/pipelines/*.{yml,yaml}", ".vsts-ci.{yml,yaml}", ".vsts-pr.{yml,yaml}"},
       scan_azure);
}
void probe_bitbucket(const ScanContext& ctx, RepoFacts& facts) {
  each(ctx, facts, {"bitbucket-pipelines.yml"}, scan_bitbucket);
}
void probe_travis(const ScanContext& ctx, RepoFacts& facts) {
  each(ctx, facts, {".travis.yml"}, scan_travis);
}
void probe_drone(const ScanContext& ctx, RepoFacts& facts) {
  each(ctx, facts, {".drone.yml", ".drone.yaml"}, scan_drone);
}
void probe_woodpecker(const ScanContext& ctx, RepoFacts& facts) {
  each(ctx, facts, {".woodpecker.{yml,yaml}", ".woodpecker/*.{yml,yaml}"}, scan_woodpecker);
}
void probe_buildkite(const ScanContext& ctx, RepoFacts& facts) {
  each(ctx, facts, {".buildkite/pipeline.{yml,yaml}", ".buildkite/pipeline.*.{yml,yaml}"},
       scan_buildkite);
}

}  // namespace practrack::ci
