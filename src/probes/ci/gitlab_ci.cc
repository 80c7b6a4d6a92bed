// GitLab CI: `.gitlab-ci.yml` at the root, with its local includes merged
// in (bounded depth, never fetched from the network), hidden jobs and
// `extends`, `default:`, rules/only/except, workflow rules, artifacts,
// cache, retry, parallel, child pipelines and environments.
#include <re2/re2.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <set>

#include "probes/ci/ci_common.h"
#include "probes/ci/ci_probes.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack::ci {
namespace {

constexpr std::string_view kSystem = "gitlab-ci";
constexpr int kMaxIncludeDepth = 5;  // GitLab itself allows 150 files, nesting 100
constexpr std::size_t kMaxIncludes = 50;
constexpr int kMaxExtends = 10;  // GitLab's own limit is 11 levels

// Top-level keys that are not jobs.
const std::set<std::string> kReserved = {"default",       "include",      "stages",   "variables",
                                         "workflow",      "image",        "services", "cache",
                                         "before_script", "after_script", "types",    "spec"};

// A top-level entry and the file it came from (for evidence lines).
struct Entry {
  YAML::Node node;
  const CiFile* file = nullptr;
  int line = 0;
};

struct Config {
  std::vector<std::unique_ptr<CiFile>> files;  // main file first, then includes
  std::map<std::string, Entry> entries;        // top-level keys, first definition wins
  std::vector<std::string> order;              // job keys in file order
  std::vector<std::string> includes;
};

// --- includes -------------------------------------------------------------

void merge_entries(Config& cfg, const YAML::Node& root, const CiFile* file) {
  for (const auto& kv : entries(root)) {
    std::string key = yaml_str(kv.first);
    if (key.empty() || cfg.entries.count(key)) continue;
    cfg.entries[key] = Entry{kv.second, file, yaml_line(kv.first)};
    cfg.order.push_back(key);
  }
}

void load_file(const ScanContext& ctx, RepoFacts& facts, Config& cfg, const FileEntry& f, int depth,
               std::set<std::string>& seen);

void include_local(const ScanContext& ctx, RepoFacts& facts, Config& cfg, std::string path,
                   int depth, std::set<std::string>& seen) {
  while (text::starts_with(path, "/")) path.erase(0, 1);
  if (path.empty() || text::contains(path, "$")) return;  // variables are resolved server-side
  std::vector<const FileEntry*> hits;
  if (path.find_first_of("*?{") != std::string::npos) {
    for (const auto& f : ctx.files())
      if (glob_match(path, f.path)) hits.push_back(&f);
  } else if (const FileEntry* f = ctx.find(path)) {
    hits.push_back(f);
  }
  for (const FileEntry* f : hits) load_file(ctx, facts, cfg, *f, depth + 1, seen);
}

void include_remote(RepoFacts& facts, const YAML::Node& item, const CiFile& file) {
  facts.ci.unread_includes = true;
  Evidence at = file.at(yaml_line(item));
  if (item.IsScalar()) {
    add_action(facts, nullptr, kSystem, item.Scalar(), '@', at);
    return;
  }
  if (yaml_has(item, "component")) {
    add_action(facts, nullptr, kSystem, yaml_str(yaml_get(item, "component")), '@', at);
  } else if (yaml_has(item, "project")) {
    std::string spec = yaml_str(yaml_get(item, "project"));
    std::string ref = yaml_str(yaml_get(item, "ref"));
    add_action(facts, nullptr, kSystem, ref.empty() ? spec : spec + "@" + ref, '@', at);
  } else if (yaml_has(item, "remote")) {
    add_action(facts, nullptr, kSystem, yaml_str(yaml_get(item, "remote")), '\0', at);
  } else if (yaml_has(item, "template")) {
    add_action(facts, nullptr, kSystem, "template:" + yaml_str(yaml_get(item, "template")), '\0',
               at);
  }
}

void follow_includes(const ScanContext& ctx, RepoFacts& facts, Config& cfg, const YAML::Node& inc,
                     const CiFile& file, int depth, std::set<std::string>& seen) {
  std::vector<YAML::Node> items;
  if (inc.IsSequence())
    for (const auto& i : seq(inc)) items.push_back(i);
  else
    items.push_back(inc);
  for (const auto& item : items) {
    std::string local;
    if (item.IsScalar()) {
      std::string s = item.Scalar();
      if (text::starts_with(s, "http://") || text::starts_with(s, "https://"))
        include_remote(facts, item, file);
      else
        local = s;
    } else if (yaml_has(item, "local")) {
      local = yaml_str(yaml_get(item, "local"));
    } else if (item.IsMap()) {
      include_remote(facts, item, file);
    }
    if (!local.empty()) include_local(ctx, facts, cfg, local, depth, seen);
  }
}

void load_file(const ScanContext& ctx, RepoFacts& facts, Config& cfg, const FileEntry& f, int depth,
               std::set<std::string>& seen) {
  if (depth > kMaxIncludeDepth || cfg.files.size() >= kMaxIncludes) return;
  if (!seen.insert(f.path).second) return;
  std::optional<CiFile> file;
  auto docs = load_yaml_all(ctx, facts, f, file);
  if (!docs || docs->empty()) return;
  // A `spec:` header (inputs) is its own document before the config.
  std::optional<YAML::Node> root = (*docs)[0];
  if (yaml_has(*root, "spec") && docs->size() > 1) root = (*docs)[1];
  if (!root->IsMap()) return;
  cfg.files.push_back(std::make_unique<CiFile>(file->path, std::move(file->text)));
  const CiFile* stored = cfg.files.back().get();
  if (depth > 0) cfg.includes.push_back(f.path);
  // Keys of the including file win over included ones: merge first.
  merge_entries(cfg, *root, stored);
  if (yaml_has(*root, "include"))
    follow_includes(ctx, facts, cfg, yaml_get(*root, "include"), *stored, depth, seen);
}

// --- job layers: default, extends chain, YAML merge keys -------------------

struct Layer {
  YAML::Node node;
  const CiFile* file = nullptr;
};

// `unresolved` is set when a parent is not in the tree (a remote include).
void add_layers(const Config& cfg, const Entry& e, int depth, std::vector<Layer>& out,
                bool& unresolved) {
  if (depth > kMaxExtends || !e.node.IsMap()) return;
  for (const auto& parent : yaml_strings(yaml_get(e.node, "extends"))) {
    auto it = cfg.entries.find(parent);
    if (it != cfg.entries.end())
      add_layers(cfg, it->second, depth + 1, out, unresolved);
    else
      unresolved = true;
  }
  // `<<: *anchor` merge keys (yaml-cpp 0.7 keeps them as plain keys).
  YAML::Node merge = yaml_get(e.node, "<<");
  if (merge.IsMap()) out.push_back({merge, e.file});
  if (merge.IsSequence())
    for (const auto& m : seq(merge))
      if (m.IsMap()) out.push_back({m, e.file});
  out.push_back({e.node, e.file});
}

struct JobView {
  std::vector<Layer> layers;  // lowest priority first
  bool unresolved = false;    // extends a job defined outside the tree
  // The value of `key` from the highest layer that has it.
  const Layer* find(const std::string& key) const {
    for (auto it = layers.rbegin(); it != layers.rend(); ++it)
      if (yaml_has(it->node, key)) return &*it;
    return nullptr;
  }
  YAML::Node get(const std::string& key) const {
    const Layer* l = find(key);
    return l ? yaml_get(l->node, key) : YAML::Node(YAML::NodeType::Undefined);
  }
};

JobView view_of(const Config& cfg, const Entry& e) {
  JobView v;
  auto def = cfg.entries.find("default");
  if (def != cfg.entries.end() && def->second.node.IsMap())
    v.layers.push_back({def->second.node, def->second.file});
  // Deprecated global keywords act like `default:`.
  YAML::Node globals(YAML::NodeType::Map);
  for (std::string key : {"image", "before_script", "after_script", "cache", "services"}) {
    auto it = cfg.entries.find(key);
    if (it != cfg.entries.end()) globals[key] = it->second.node;
  }
  if (globals.size() > 0) v.layers.insert(v.layers.begin(), {globals, e.file});
  add_layers(cfg, e, 0, v.layers, v.unresolved);
  return v;
}

// `!reference [.job, key]` inside scripts: resolved against the entries.
YAML::Node resolve_reference(const Config& cfg, const YAML::Node& node) {
  if (node.Tag() != "!reference" || !node.IsSequence() || node.size() < 2) return node;
  auto it = cfg.entries.find(yaml_str(node[0]));
  if (it == cfg.entries.end()) return YAML::Node(YAML::NodeType::Undefined);
  YAML::Node cur = it->second.node;
  for (std::size_t i = 1; i < node.size() && i < 4; ++i) cur = yaml_get(cur, yaml_str(node[i]));
  return cur;
}

std::vector<ScriptLine> job_script(const Config& cfg, const JobView& v, const std::string& key) {
  const Layer* l = v.find(key);
  if (!l) return {};
  YAML::Node node = yaml_get(l->node, key);
  std::vector<ScriptLine> out;
  auto push = [&](const YAML::Node& n) {
    for (auto& s : script_lines(resolve_reference(cfg, n), *l->file)) out.push_back(s);
  };
  if (node.IsSequence())
    for (const auto& item : seq(node)) push(item);
  else
    push(node);
  return out;
}

// --- conditions --------------------------------------------------------------

struct RuleInfo {
  std::string cond;  // `if:` text (or only/except word)
  std::string when;
};

std::vector<RuleInfo> rules_of(const YAML::Node& rules) {
  std::vector<RuleInfo> out;
  if (!rules.IsSequence()) return out;
  for (const auto& r : rules) {
    if (!r.IsMap()) continue;
    out.push_back({yaml_str(yaml_get(r, "if")), yaml_str(yaml_get(r, "when"))});
  }
  return out;
}

bool is_mr(std::string_view c) {
  return mentions_any(c, "merge_request_event|$ci_merge_request_|external_pull_request");
}
bool is_schedule(std::string_view c) { return mentions_any(c, "\"schedule\"|'schedule'"); }
bool is_tag(std::string_view c) {
  return mentions_any(c, "$ci_commit_tag") && !mentions_any(c, "$ci_commit_tag == null");
}
bool is_default_branch(std::string_view c) {
  if (mentions_any(c, "$ci_default_branch")) return mentions_any(c, "==");
  return mentions_any(c, "== \"main\"|== 'main'|== \"master\"|== 'master'|== main|== master");
}

void apply_rules(CiJob& job, const std::vector<RuleInfo>& rules) {
  bool all_manual = !rules.empty(), all_default = !rules.empty(), all_tag = !rules.empty();
  bool any_live = false, all_no_push = !rules.empty();
  for (const auto& r : rules) {
    if (r.when == "never") continue;
    any_live = true;
    all_no_push = all_no_push && (is_mr(r.cond) || is_schedule(r.cond));
    job.merge_request = job.merge_request || is_mr(r.cond);
    job.schedule = job.schedule || is_schedule(r.cond);
    all_manual = all_manual && r.when == "manual";
    all_default = all_default && is_default_branch(r.cond);
    all_tag = all_tag && is_tag(r.cond);
  }
  if (!any_live) return;
  job.manual = job.manual || all_manual;
  job.default_branch_only = all_default;
  job.tag_only = all_tag;
  job.no_push = all_no_push;
}

// Legacy `only:` / `except:`: lists of refs or {refs: [...]}.
void apply_only(CiJob& job, const YAML::Node& only) {
  std::vector<std::string> refs = yaml_strings(only);
  if (only.IsMap()) refs = yaml_strings(yaml_get(only, "refs"));
  if (refs.empty()) return;
  bool all_default = true, all_tags = true, no_push = true;
  for (const auto& r : refs) {
    no_push = no_push && (r == "merge_requests" || r == "schedules");
    if (r == "merge_requests") job.merge_request = true;
    if (r == "schedules") job.schedule = true;
    all_default = all_default && is_default_branch_name(r);
    all_tags = all_tags && r == "tags";
  }
  job.default_branch_only = all_default;
  job.tag_only = all_tags;
  job.no_push = no_push;
}

// --- jobs ------------------------------------------------------------------

// GitLab `expire_in`: "1 hour", "30 mins", "2 days 4 hrs", "3600"; 0 for
// "never" or anything unreadable, which keeps the default meaning.
long long expire_seconds(std::string_view spec) {
  static const RE2 kPart(R"(\s*(\d+)\s*([a-zA-Z]*)\s*,?)");
  static const std::pair<std::string_view, long long> kUnits[] = {
      {"mo", 30 * 86400LL}, {"y", 365 * 86400LL}, {"w", 7 * 86400LL}, {"d", 86400LL},
      {"h", 3600LL},        {"mi", 60LL},         {"m", 60LL},        {"s", 1LL}};
  re2::StringPiece in(spec.data(), spec.size());
  long long total = 0;
  long long n = 0;
  std::string unit;
  while (!in.empty() && RE2::Consume(&in, kPart, &n, &unit)) {
    long long scale = unit.empty() ? 1 : 0;
    std::string u = text::lower(unit);
    for (const auto& [prefix, secs] : kUnits)
      if (scale == 0 && text::starts_with(u, prefix)) scale = secs;
    if (scale == 0) return 0;
    total += n * scale;
  }
  return in.empty() ? total : 0;
}

void read_artifacts(CiJob& job, const YAML::Node& art) {
  if (!art || art.IsNull()) return;
  job.artifacts = true;
  job.artifact_ttl = expire_seconds(yaml_str(yaml_get(art, "expire_in")));
  job.artifact_paths = yaml_strings(yaml_get(art, "paths"));
  YAML::Node reports = yaml_get(art, "reports");
  if (yaml_has(reports, "junit")) job.junit_report = true;
  for (const auto& p : yaml_strings(yaml_get(reports, "dotenv"))) job.artifact_paths.push_back(p);
  // A coverage report kept on its own is coverage, not test results.
  for (const auto& p : yaml_strings(yaml_get(yaml_get(reports, "coverage_report"), "path")))
    job.artifact_paths.push_back(p);
}

void read_trigger(CiJob& job, CiPipeline& p, const YAML::Node& trig) {
  if (!trig) return;
  job.child_pipeline = true;
  p.child_pipelines = true;
  YAML::Node inc = yaml_get(trig, "include");
  std::vector<YAML::Node> items;
  if (inc.IsSequence())
    for (const auto& i : seq(inc)) items.push_back(i);
  else if (inc)
    items.push_back(inc);
  for (const auto& i : items)
    if (yaml_has(i, "artifact")) {
      job.dynamic_child = true;
      job.child_artifact = yaml_str(yaml_get(i, "artifact"));
      job.child_source_job = yaml_str(yaml_get(i, "job"));
      p.generated_config = true;
    }
}

std::string environment_of(const YAML::Node& env) {
  if (env.IsScalar()) return env.Scalar();
  return yaml_str(yaml_get(env, "name"));
}

void add_images(RepoFacts& facts, CiJob& job, const JobView& v) {
  if (const Layer* l = v.find("image")) {
    YAML::Node img = yaml_get(l->node, "image");
    std::string name = img.IsMap() ? yaml_str(yaml_get(img, "name")) : yaml_str(img);
    if (!name.empty() && !text::contains(name, "$"))
      add_action(facts, &job, kSystem, name, ':', l->file->at(yaml_line(img)));
  }
  if (const Layer* l = v.find("services")) {
    YAML::Node svc = yaml_get(l->node, "services");
    if (!svc.IsSequence()) return;
    for (const auto& s : seq(svc)) {
      std::string name = s.IsMap() ? yaml_str(yaml_get(s, "name")) : yaml_str(s);
      if (!name.empty() && !text::contains(name, "$"))
        add_action(facts, &job, kSystem, name, ':', l->file->at(yaml_line(s)));
    }
  }
}

bool is_job(const std::string& key, const YAML::Node& node) {
  if (key.empty() || key.front() == '.' || kReserved.count(key) || !node.IsMap()) return false;
  return true;
}

CiJob read_job(const Config& cfg, const std::string& key, const Entry& e, CiPipeline& p,
               RepoFacts& facts) {
  CiJob job;
  job.name = key;
  job.at = e.file->at(e.line);
  JobView v = view_of(cfg, e);
  std::string stage = yaml_str(v.get("stage"));
  // GitLab's default stage is `test`; a parent from a remote include may
  // set another, so the stage stays unknown ("") then.
  job.stage = !stage.empty() ? stage : v.unresolved ? "" : "test";
  for (std::string k : {"before_script", "script", "after_script"})
    add_commands(facts, job, job_script(cfg, v, k), kSystem, *e.file);
  job.when = yaml_str(v.get("when"));
  job.manual = job.when == "manual";
  apply_rules(job, rules_of(v.get("rules")));
  apply_only(job, v.get("only"));
  job.conditional = v.find("rules") || v.find("only") || v.find("except");
  read_artifacts(job, v.get("artifacts"));
  YAML::Node cache = v.get("cache");
  job.cache = cache && !cache.IsNull() && !(cache.IsSequence() && cache.size() == 0);
  YAML::Node retry = v.get("retry");
  job.retry = retry && yaml_str(retry) != "0" && !retry.IsNull();
  YAML::Node par = v.get("parallel");
  job.parallel = (par.IsScalar() && yaml_str(par) != "1") || yaml_has(par, "matrix");
  if (par.IsScalar()) job.parallel_count = std::atoi(par.Scalar().c_str());
  YAML::Node allow = v.get("allow_failure");
  job.continue_on_error = yaml_str(allow) == "true" || allow.IsMap();
  job.environment = environment_of(v.get("environment"));
  read_trigger(job, p, v.get("trigger"));
  add_images(facts, job, v);
  return job;
}

void read_stages(CiPipeline& p, const Config& cfg) {
  for (std::string key : {"stages", "types"}) {
    auto it = cfg.entries.find(key);
    if (it == cfg.entries.end()) continue;
    p.stages = yaml_strings(it->second.node);
    return;
  }
  // GitLab's default stages, when none are declared and jobs use them.
  std::set<std::string> used;
  for (const auto& j : p.jobs)
    if (!j.stage.empty()) used.insert(j.stage);
  for (std::string s : {".pre", "build", "test", "deploy", ".post"})
    if (used.count(s)) p.stages.push_back(s);
}

// GitLab runs on every push unless `workflow: rules` say otherwise.
void read_workflow(CiPipeline& p, const Config& cfg) {
  p.triggers.push = true;
  auto it = cfg.entries.find("workflow");
  if (it == cfg.entries.end()) return;
  auto rules = rules_of(yaml_get(it->second.node, "rules"));
  if (rules.empty()) return;
  p.triggers.at = it->second.file->at(it->second.line);
  bool push = false, default_only = true;
  for (const auto& r : rules) {
    if (r.when == "never") continue;
    p.triggers.merge_request = p.triggers.merge_request || is_mr(r.cond);
    p.triggers.schedule = p.triggers.schedule || is_schedule(r.cond);
    p.triggers.tag = p.triggers.tag || is_tag(r.cond);
    p.triggers.manual = p.triggers.manual || mentions_any(r.cond, "\"web\"|'web'");
    // A rule admits pushes when it names them, tests the branch, or has no
    // condition; a source list (`=~ /^(push|merge_request_event)$/`) counts.
    bool branch = r.cond.empty() || mentions_any(r.cond, "push") ||
                  (mentions_any(r.cond, "$ci_commit_branch|$ci_commit_ref_name") && !is_mr(r.cond));
    if (branch && !is_schedule(r.cond)) {
      push = true;
      default_only = default_only && is_default_branch(r.cond);
    }
  }
  p.triggers.push = push;
  if (push && default_only) p.triggers.branches.push_back("$CI_DEFAULT_BRANCH");
}

void summarize_triggers(CiPipeline& p) {
  for (const auto& j : p.jobs) {
    p.triggers.merge_request = p.triggers.merge_request || j.merge_request;
    p.triggers.schedule = p.triggers.schedule || j.schedule;
    p.triggers.manual = p.triggers.manual || j.manual;
    p.triggers.tag = p.triggers.tag || j.tag_only;
  }
}

void scan_gitlab(const ScanContext& ctx, RepoFacts& facts) {
  const FileEntry* root = ctx.find(".gitlab-ci.yml");
  if (!root) root = ctx.find(".gitlab-ci.yaml");
  if (!root || ScanContext::is_excluded_path(root->path)) return;
  Config cfg;
  std::set<std::string> seen;
  load_file(ctx, facts, cfg, *root, 0, seen);
  if (cfg.files.empty()) return;
  CiPipeline p;
  p.system = std::string(kSystem);
  p.path = root->path;
  p.at = Evidence{root->path, 0, ""};
  p.includes = cfg.includes;
  std::size_t job_count = 0;
  for (const auto& key : cfg.order) {
    const Entry& e = cfg.entries.at(key);
    if (!is_job(key, e.node) || ++job_count > kMaxJobs) continue;
    p.jobs.push_back(read_job(cfg, key, e, p, facts));
  }
  warn_jobs_cut(ctx, root->path, job_count);
  read_stages(p, cfg);
  read_workflow(p, cfg);
  // Jobs without conditions of their own run in every pipeline the
  // workflow admits, merge-request pipelines included.
  for (auto& j : p.jobs)
    if (!j.conditional && p.triggers.merge_request) j.merge_request = true;
  summarize_triggers(p);
  facts.ci.pipelines.push_back(std::move(p));
}

}  // namespace

void probe_gitlab_ci(const ScanContext& ctx, RepoFacts& facts) {
  guarded(ctx, ".gitlab-ci.yml", [&] { scan_gitlab(ctx, facts); });
}

}  // namespace practrack::ci
