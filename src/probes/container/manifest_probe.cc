// Every own YAML file is read once and told apart by content: Kubernetes
// objects (apiVersion + kind), Helm templates (the same, with `{{ }}`,
// read by pattern because they are not YAML until rendered), Ansible
// playbooks (a list of plays with hosts and tasks) and CloudFormation
// templates (AWSTemplateFormatVersion).
#include <re2/re2.h>

#include <optional>
#include <set>
#include <string>

#include "parse/yaml.h"
#include "probes/container/container_probes.h"
#include "probes/manifest/lock_names.h"
#include "probes/nothing_given.h"
#include "probes/parse_warning.h"
#include "util/glob.h"
#include "util/text.h"
#include "util/vectors.h"

namespace practrack::container {
namespace {

constexpr int kMaxListDepth = 4;  // nested `kind: List` documents

// Where each workload kind keeps its pod spec.
struct PodSpecPath {
  std::string_view kind;
  std::vector<std::string> path;
};
const std::vector<PodSpecPath>& pod_spec_paths() {
  static const std::vector<PodSpecPath> rows = {
      {"Deployment", {"spec", "template", "spec"}},
      {"StatefulSet", {"spec", "template", "spec"}},
      {"DaemonSet", {"spec", "template", "spec"}},
      {"ReplicaSet", {"spec", "template", "spec"}},
      {"Job", {"spec", "template", "spec"}},
      {"Rollout", {"spec", "template", "spec"}},  // Argo Rollouts
      {"CronJob", {"spec", "jobTemplate", "spec", "template", "spec"}},
      {"Pod", {"spec"}},
  };
  return rows;
}

std::string line_text(const std::vector<std::string_view>& lines, int line) {
  if (line <= 0 || static_cast<std::size_t>(line) > lines.size()) return "";
  return text::excerpt(lines[static_cast<std::size_t>(line) - 1]);
}

void read_containers(const YAML::Node& pod, K8sWorkload& w, const std::string& path) {
  YAML::Node containers = yaml_get(pod, "containers");
  if (!containers || !containers.IsSequence()) return;
  for (const auto& c : containers) {
    ++w.containers;
    if (yaml_has(c, "livenessProbe") || yaml_has(c, "readinessProbe") ||
        yaml_has(c, "startupProbe"))
      ++w.with_probes;
    YAML::Node limits = yaml_get(yaml_get(c, "resources"), "limits");
    if (limits && limits.IsMap() && limits.size() > 0) ++w.with_limits;
    YAML::Node image = yaml_get(c, "image");
    if (image && image.IsScalar()) {
      ImageRef ref = parse_image_ref(image.Scalar());
      ref.at = {path, yaml_line(image), ""};
      w.images.push_back(ref);
    }
  }
}

void read_workload(const YAML::Node& doc, const K8sObject& obj, RepoFacts& facts) {
  for (const auto& row : pod_spec_paths()) {
    if (row.kind != obj.kind) continue;
    YAML::Node pod = doc;
    for (const auto& key : row.path) pod = yaml_get(pod, key);
    if (!pod || !pod.IsMap()) return;
    K8sWorkload w;
    w.kind = obj.kind;
    w.name = obj.name;
    w.at = obj.at;
    read_containers(pod, w, obj.at.path);
    facts.containers.workloads.push_back(std::move(w));
    return;
  }
}

void read_object(const YAML::Node& doc, const std::string& path,
                 const std::vector<std::string_view>& lines, RepoFacts& facts, int depth) {
  if (!doc || !doc.IsMap() || depth > kMaxListDepth) return;
  YAML::Node kind = yaml_get(doc, "kind");
  std::string api = yaml_str(yaml_get(doc, "apiVersion"));
  if (!kind || !kind.IsScalar() || api.empty()) return;
  if (kind.Scalar() == "List") {
    YAML::Node items = yaml_get(doc, "items");
    if (items && items.IsSequence())
      for (const auto& item : items) read_object(item, path, lines, facts, depth + 1);
    return;
  }
  K8sObject obj;
  obj.api_version = api;
  obj.kind = kind.Scalar();
  obj.name = yaml_str(yaml_get(yaml_get(doc, "metadata"), "name"));
  obj.at = {path, yaml_line(kind), line_text(lines, yaml_line(kind))};
  read_workload(doc, obj, facts);
  facts.containers.k8s.push_back(std::move(obj));
}

// A Helm (or other Go-template) manifest: kinds by pattern, one workload
// approximated per templated pod spec since its values are not rendered.
void read_template(const std::string& path, std::string_view text, RepoFacts& facts) {
  static const RE2 kind_re(R"((?m)^kind:\s*["']?([A-Za-z]+))");
  static const RE2 api_re(R"(^apiVersion:\s*["']?([\w./-]+))");
  auto lines = text::lines(text);
  std::string api;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    re2::StringPiece line(lines[i].data(), lines[i].size());
    std::string word;
    if (RE2::PartialMatch(line, api_re, &word)) api = word;
    if (!RE2::PartialMatch(line, kind_re, &word)) continue;
    K8sObject obj{api, word, "", true, {path, static_cast<int>(i) + 1, text::excerpt(lines[i])}};
    for (const auto& row : pod_spec_paths()) {
      if (row.kind != word) continue;
      K8sWorkload w{word, "", 1, 0, 0, {}, obj.at};
      bool probes = text::contains(text, "livenessProbe") || text::contains(text, "readinessProbe");
      bool limits = text::contains(text, "limits:") || text::contains(text, ".Values.resources");
      w.with_probes = probes ? 1 : 0;
      w.with_limits = limits ? 1 : 0;
      facts.containers.workloads.push_back(std::move(w));
    }
    facts.containers.k8s.push_back(std::move(obj));
  }
}

bool is_play(const YAML::Node& item) {
  return yaml_has(item, "hosts") &&
         (yaml_has(item, "tasks") || yaml_has(item, "roles") || yaml_has(item, "pre_tasks"));
}

void read_playbook(const YAML::Node& doc, const std::string& path, int line, RepoFacts& facts) {
  if (!doc || !doc.IsSequence()) return;
  int plays = 0;
  for (const auto& item : doc) plays += is_play(item);
  if (plays == 0) return;
  count_file(facts.containers.iac, "ansible", {path, line, ""}, plays);
  infra_use(facts.containers.iac, "ansible").detail.push_back(path);
}

void read_cloudformation(const std::string& path, std::string_view text, RepoFacts& facts) {
  static const RE2 type_re(R"((?m)^\s*"?Type"?\s*:\s*"?AWS::)");
  re2::StringPiece in(text.data(), text.size());
  int resources = 0;
  while (RE2::FindAndConsume(&in, type_re)) ++resources;
  int line = text::find_line(text, "AWSTemplateFormatVersion");
  count_file(facts.containers.iac, "cloudformation", {path, line, ""}, resources);
}

bool is_yaml_candidate(std::string_view path) {
  return glob_match("**/*.{yml,yaml}", path) || glob_match("**/*.template", path) ||
         glob_match("**/*template*.json", path);
}

// An object's apiVersion is a top-level key (or one of a top-level list's
// items'): one deeper is a value, like the manifests a Helm chart's
// values.yaml offers for extra objects, and parsing every such file (100 KB
// each, hundreds in a charts repository) was most of a scan.
bool is_k8s_text(std::string_view text) {
  static const RE2 api_line(R"((?m)^(?:-[ \t]+)?apiVersion:[ \t]*\S)");
  static const RE2 kind_line(R"((?m)^[ \t]*(?:-[ \t]+)?kind:[ \t]*\S)");
  re2::StringPiece in(text.data(), text.size());
  return RE2::PartialMatch(in, api_line) && RE2::PartialMatch(in, kind_line);
}

// A list of plays: a top-level sequence whose items have `hosts`, not the
// `hosts:` of an ingress in a values file.
bool is_play_text(std::string_view text) {
  static const RE2 item(R"((?m)^-[ \t])");
  static const RE2 hosts(R"((?m)^(?:-[ \t]+|[ \t]+)hosts:)");
  if (!text::contains(text, "hosts:")) return false;
  re2::StringPiece in(text.data(), text.size());
  return RE2::PartialMatch(in, item) && RE2::PartialMatch(in, hosts);
}

// Whether the file could hold anything read_yaml_file() finds.
bool worth_reading(std::string_view text) {
  return text::contains(text, "AWSTemplateFormatVersion") || is_k8s_text(text) ||
         is_play_text(text);
}

void read_yaml_file(const ScanContext& ctx, const FileEntry& f, std::string_view text,
                    RepoFacts& facts) {
  bool sample = sample_or_test_input(f.path);  // no IaC there; manifests still count
  if (text::contains(text, "AWSTemplateFormatVersion")) {
    if (!sample) read_cloudformation(f.path, text, facts);
    return;
  }
  bool k8s = is_k8s_text(text);
  bool play = !sample && is_play_text(text);
  if (!k8s && !play) return;
  if (k8s && text::contains(text, "{{")) return read_template(f.path, text, facts);
  if (text::ends_with(f.path, ".json") || text::ends_with(f.path, ".template")) return;
  auto docs = parse_yaml_all(text);
  if (!docs) {
    warn_parse_error(ctx, f.path, docs.error());
    return;
  }
  auto lines = text::lines(text);
  for (const auto& doc : *docs) {
    if (k8s) read_object(doc, f.path, lines, facts, 0);
    if (play) read_playbook(doc, f.path, 1, facts);
  }
}

// One "kubernetes" use counting manifest files and objects, so the
// orchestration rule can name them like Helm or Nomad.
void summarize_kubernetes(RepoFacts& facts) {
  std::set<std::string> files;
  int objects = 0;
  const Evidence* first = nullptr;
  for (const auto& o : facts.containers.k8s) {
    if (text::starts_with(o.api_version, "kustomize.config.k8s.io")) continue;
    if (!first) first = &o.at;
    files.insert(o.at.path);
    ++objects;
  }
  if (!first) return;
  InfraUse& use = infra_use(facts.containers.orchestration, "kubernetes");
  use.files = static_cast<int>(files.size());
  use.resources = objects;
  use.at = *first;
}

}  // namespace

namespace {

constexpr std::string_view kWorthKey = "container.yaml-worth-reading";
constexpr std::string_view kFindsKey = "container.yaml-finds";

// What one YAML file gave, per blob: a history that runs this probe again
// parses only the files that changed (a charts repository's CRDs are
// megabytes of YAML; parsing them at every commit took seconds).
struct ManifestFinds {
  std::vector<K8sObject> k8s;
  std::vector<K8sWorkload> workloads;
  std::vector<InfraUse> iac;  // one per tool, as counted for this file alone
};

// Adds one file's counts as count_file() would have, file by file.
void add_iac(std::vector<InfraUse>& to, const std::vector<InfraUse>& from) {
  for (const InfraUse& one : from) {
    InfraUse& use = infra_use(to, one.tool);
    if (use.files == 0) use.at = one.at;
    use.files += one.files;
    use.resources += one.resources;
    append(use.detail, one.detail);
  }
}

bool yaml_manifest_candidate(std::string_view path) {
  return is_yaml_candidate(path) && !text::starts_with(path, ".github/") &&
         !manifest::lock_file_path(path);
}

// Per blob, whether it holds anything to find: a history reads and parses
// again only the few that do, not every YAML file at every commit that
// changes one (its read warnings are kept and repeated). `content` keeps
// the text when the memo had to read it.
std::shared_ptr<const bool> worth(const ScanContext& ctx, const FileEntry& f,
                                  std::optional<std::string>& content) {
  return ctx.memo<bool>(kWorthKey, f, [&](const FileEntry& file) {
    content = ctx.read_text(file);
    return content && worth_reading(*content);
  });
}

}  // namespace

void probe_yaml_manifests(const ScanContext& ctx, RepoFacts& facts) {
  // From the paths alone: a history finds its candidates once, not per commit.
  for (const FileEntry* f : ctx.own_files(yaml_manifest_candidate)) {
    if (ctx.larger_than(*f, ctx.limits().config_bytes)) continue;
    std::optional<std::string> content;
    if (!*worth(ctx, *f, content)) continue;
    auto finds = ctx.memo<ManifestFinds>(kFindsKey, *f, [&](const FileEntry& file) {
      ManifestFinds out;
      if (!content) content = ctx.read_text(file);
      if (!content) return out;
      RepoFacts found;
      read_yaml_file(ctx, file, *content, found);
      out.k8s = std::move(found.containers.k8s);
      out.workloads = std::move(found.containers.workloads);
      out.iac = std::move(found.containers.iac);
      return out;
    });
    append(facts.containers.k8s, finds->k8s);
    append(facts.containers.workloads, finds->workloads);
    add_iac(facts.containers.iac, finds->iac);
  }
  summarize_kubernetes(facts);
}

// A YAML file with nothing to find, before and after, changes nothing.
bool same_yaml_manifests(const ScanContext& ctx, std::span<const FileChange> changes) {
  std::optional<std::string> content;
  return gives_nothing<bool>(
      ctx, changes, kWorthKey,
      [&](const FileEntry& f) {
        return yaml_manifest_candidate(f.path) && !ctx.larger_than(f, ctx.limits().config_bytes);
      },
      [&](const FileEntry& f) { return worth(ctx, f, content); },
      [](bool worth_reading) { return !worth_reading; });
}

}  // namespace practrack::container
