// Orchestration descriptors (Helm charts, kustomizations, Nomad jobs) and
// infrastructure-as-code files (Terraform/OpenTofu, Pulumi, CDK, Bicep,
// Ansible configuration and roles). Terraform and Nomad HCL are read by
// pattern: counting `resource "type"` blocks needs no HCL parser.
#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "parse/yaml.h"
#include "probes/container/container_probes.h"
#include "probes/parse_warning.h"
#include "probes/sample_paths.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack::container {
namespace {

Evidence file_evidence(const FileEntry& f, std::string_view text, std::string_view needle) {
  int line = needle.empty() ? 0 : text::find_line(text, needle);
  auto lines = text::lines(text);
  std::string excerpt =
      line > 0 ? text::excerpt(lines[static_cast<std::size_t>(line) - 1]) : std::string();
  return {f.path, line, excerpt};
}

// Names still holding template syntax ([[ var ]], {{ .Values }}) name nothing.
void add_detail(InfraUse& use, const std::string& d) {
  if (d.empty() || d.find_first_of("[{<$") != std::string::npos) return;
  if (std::find(use.detail.begin(), use.detail.end(), d) == use.detail.end())
    use.detail.push_back(d);
}

// One Chart.yaml, per blob: a charts repository bumps some chart's version
// in most commits, and its hundreds of charts were read again each time.
struct ChartFinds {
  bool read = false;
  std::string name;
  Evidence at;
};

// Helm charts: `Chart.yaml` with a name.
void read_chart(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  auto chart = ctx.memo<ChartFinds>("container.helm-chart", f, [&](const FileEntry& file) {
    ChartFinds out;
    auto text = ctx.read_text(file);
    if (!text) return out;
    auto doc = parse_yaml(*text);
    if (!doc) {
      warn_parse_error(ctx, file.path, doc.error());
      return out;
    }
    out.read = true;
    out.name = yaml_str(yaml_get(*doc, "name"));
    out.at = file_evidence(file, *text, "name:");
    return out;
  });
  if (!chart->read) return;
  count_file(facts.containers.orchestration, "helm", chart->at);
  add_detail(infra_use(facts.containers.orchestration, "helm"), chart->name);
}

// Nomad tasks run by the docker or podman driver are containers: one
// workload per job file, its tasks counted, checks and resources by pattern.
void read_nomad_tasks(const FileEntry& f, std::string_view text, RepoFacts& facts) {
  static const RE2 driver_re(R"re(\bdriver\s*=\s*"(docker|podman)")re");
  static const RE2 image_re(R"re((?m)^\s*image\s*=\s*"([^"]+)")re");
  re2::StringPiece in(text.data(), text.size());
  int tasks = 0;
  while (RE2::FindAndConsume(&in, driver_re)) ++tasks;
  if (tasks == 0) return;
  K8sWorkload w;
  w.kind = "NomadJob";
  w.name = f.path;  // packs repeat file names: the path tells jobs apart
  w.containers = tasks;
  bool checks = text::contains(text, "check {") || text::contains(text, "check{");
  bool limits = text::contains(text, "resources {") || text::contains(text, "resources{");
  w.with_probes = checks ? tasks : 0;
  w.with_limits = limits ? tasks : 0;
  w.at = {f.path, text::find_line(text, "driver"), ""};
  in = re2::StringPiece(text.data(), text.size());
  std::string image;
  while (RE2::FindAndConsume(&in, image_re, &image)) {
    ImageRef ref = parse_image_ref(image);
    ref.at = {f.path, text::find_line(text, image), ""};
    w.images.push_back(ref);
  }
  facts.containers.workloads.push_back(std::move(w));
}

void read_nomad(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  static const RE2 job_re(R"re((?m)^\s*job\s+"([^"]+)")re");
  auto text = ctx.read_text(f);
  if (!text) return;
  read_nomad_tasks(f, *text, facts);
  re2::StringPiece in(text->data(), text->size());
  std::string job;
  int jobs = 0;
  InfraUse& use = infra_use(facts.containers.orchestration, "nomad");
  while (RE2::FindAndConsume(&in, job_re, &job)) {
    ++jobs;
    add_detail(use, job);
  }
  count_file(facts.containers.orchestration, "nomad", file_evidence(f, *text, "job "), jobs);
}

// Resource types that matter to network-segmentation, network-policies
// and access-control, by prefix of the full type name.
struct ResourceClass {
  std::string_view prefix;
  std::vector<Evidence> ContainerFacts::*list;
};
const ResourceClass kResourceClasses[] = {
    {"aws_vpc", &ContainerFacts::iac_networks},  // also aws_vpc_security_group_*: below
    {"aws_subnet", &ContainerFacts::iac_networks},
    {"google_compute_network", &ContainerFacts::iac_networks},
    {"google_compute_subnetwork", &ContainerFacts::iac_networks},
    {"azurerm_virtual_network", &ContainerFacts::iac_networks},
    {"azurerm_subnet", &ContainerFacts::iac_networks},
    {"aws_security_group", &ContainerFacts::iac_firewalls},
    {"aws_default_security_group", &ContainerFacts::iac_firewalls},
    {"aws_vpc_security_group", &ContainerFacts::iac_firewalls},
    {"aws_network_acl", &ContainerFacts::iac_firewalls},
    {"aws_default_network_acl", &ContainerFacts::iac_firewalls},
    {"aws_networkfirewall", &ContainerFacts::iac_firewalls},
    {"aws_wafv2", &ContainerFacts::iac_firewalls},
    {"google_compute_firewall", &ContainerFacts::iac_firewalls},
    {"azurerm_network_security", &ContainerFacts::iac_firewalls},
    {"azurerm_firewall", &ContainerFacts::iac_firewalls},
    {"kubernetes_network_policy", &ContainerFacts::iac_firewalls},
    {"aws_iam_", &ContainerFacts::iac_access},
    {"google_project_iam", &ContainerFacts::iac_access},
    {"azurerm_role_", &ContainerFacts::iac_access},
    {"kubernetes_role", &ContainerFacts::iac_access},
    {"kubernetes_cluster_role", &ContainerFacts::iac_access},
};

// The most specific class wins: aws_vpc_security_group_* is a firewall rule.
void classify(const std::string& type, const Evidence& at, ContainerFacts& c) {
  const ResourceClass* best = nullptr;
  for (const auto& rc : kResourceClasses)
    if (text::starts_with(type, rc.prefix) && (!best || rc.prefix.size() > best->prefix.size()))
      best = &rc;
  if (!best) return;
  auto& list = c.*(best->list);
  if (list.size() < ContainerFacts::kMaxIacEvidence) list.push_back(at);
}

// What the root folder's .tf files say about the repository: a reusable
// module declares inputs or outputs and leaves state and provider
// settings to the configuration that calls it.
struct RootTerraform {
  bool files = false;    // some root .tf/.tofu file was read
  bool deploys = false;  // a `backend`/`cloud` block or a `provider "x" {` configuration
  Evidence inputs;       // the first `variable`/`output` block
};

void read_root_terraform(const FileEntry& f, const std::string& text, RootTerraform& root) {
  static const RE2 deploys_re(R"re((?m)^\s*(backend\s+"[\w-]+"|cloud|provider\s+"[\w-]+")\s*\{)re");
  static const RE2 inputs_re(R"re((?m)^(variable|output)\s+"[\w-]+")re");
  root.files = true;
  if (RE2::PartialMatch(text, deploys_re)) root.deploys = true;
  re2::StringPiece kind;  // at the start of its line
  if (root.inputs.path.empty() && RE2::PartialMatch(text, inputs_re, &kind)) {
    auto at = static_cast<std::size_t>(kind.data() - text.data());
    std::string_view line = std::string_view(text).substr(at);
    line = line.substr(0, line.find('\n'));
    root.inputs = Evidence{f.path, text::line_of(text, at), text::excerpt(line)};
  }
}

// Terraform/OpenTofu: resource blocks, the providers they use, and the
// network and access resources among them.
void read_terraform(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts,
                    RootTerraform& root) {
  static const RE2 resource_re(R"re((?m)^\s*resource\s+"(([A-Za-z0-9]+)_[\w-]*)"\s+")re");
  static const RE2 provider_re(R"re((?m)^\s*provider\s+"([\w-]+)")re");
  auto text = ctx.read_text(f);
  if (!text) return;
  std::string tool = text::ends_with(f.path, ".tofu") ? "opentofu" : "terraform";
  InfraUse& use = infra_use(facts.containers.iac, tool);
  std::string type, provider;
  int resources = 0;
  auto lines = text::lines(*text);
  std::size_t counted = 0;  // newlines are counted once, as matches advance
  int line = 1;
  re2::StringPiece in(text->data(), text->size());
  while (RE2::FindAndConsume(&in, resource_re, &type, &provider)) {
    ++resources;
    add_detail(use, provider);
    auto at = static_cast<std::size_t>(in.data() - text->data()) - 1;
    line += static_cast<int>(std::count(text->begin() + static_cast<long>(counted),
                                        text->begin() + static_cast<long>(at), '\n'));
    counted = at;
    classify(type, {f.path, line, text::excerpt(lines[static_cast<std::size_t>(line) - 1])},
             facts.containers);
  }
  in = re2::StringPiece(text->data(), text->size());
  while (RE2::FindAndConsume(&in, provider_re, &provider)) add_detail(use, provider);
  count_file(facts.containers.iac, tool, file_evidence(f, *text, "resource \""), resources);
  if (text::dirname(f.path).empty()) read_root_terraform(f, *text, root);
}

void read_pulumi(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  auto text = ctx.read_text(f);
  if (!text) return;
  auto doc = parse_yaml(*text);
  if (!doc) {
    warn_parse_error(ctx, f.path, doc.error());
    return;
  }
  std::string runtime = yaml_str(yaml_get(*doc, "runtime"));
  if (runtime.empty()) runtime = yaml_str(yaml_get(yaml_get(*doc, "runtime"), "name"));
  count_file(facts.containers.iac, "pulumi", file_evidence(f, *text, "runtime"));
  add_detail(infra_use(facts.containers.iac, "pulumi"), runtime);
}

// Files recognised by path alone.
struct PathRow {
  std::string_view glob;
  std::string_view tool;
  bool orchestration;  // else IaC
};
constexpr PathRow kPathRows[] = {
    {"**/kustomization.{yaml,yml}", "kustomize", true},
    {"**/Kustomization", "kustomize", true},
    {"**/cdk.json", "cdk", false},
    {"**/ansible.cfg", "ansible", false},
    {"**/roles/*/tasks/main.{yml,yaml}", "ansible", false},
    // A role kept as its own repository (a Galaxy role): tasks/ and its
    // meta/main.yml at the root.
    {"tasks/main.{yml,yaml}", "ansible", false},
    {"**/*.bicep", "bicep", false},
    {"**/terragrunt.hcl", "terragrunt", false},
};

void read_by_path(const FileEntry& f, RepoFacts& facts) {
  for (const auto& row : kPathRows) {
    if (!glob_match(row.glob, f.path)) continue;
    if (!row.orchestration && sample_or_test_input(f.path)) continue;
    auto& list = row.orchestration ? facts.containers.orchestration : facts.containers.iac;
    count_file(list, row.tool, {f.path, 0, ""});
    // A role's tasks are named like a playbook's plays: where they are.
    if (text::ends_with(f.path, "tasks/main.yml") || text::ends_with(f.path, "tasks/main.yaml"))
      infra_use(list, row.tool).detail.push_back(f.path);
  }
}

}  // namespace

bool sample_or_test_input(std::string_view path) {
  // Molecule's scenarios (`molecule/default/converge.yml`) are plays that
  // test the role in throw-away instances, not the project's infrastructure.
  for (std::string_view dir = text::dirname(path); !dir.empty(); dir = text::dirname(dir))
    if (text::starts_with(text::lower(text::basename(dir)), "test") ||
        text::basename(dir) == "molecule")
      return true;
  return in_sample_folder(path);
}

InfraUse& infra_use(std::vector<InfraUse>& list, std::string_view tool) {
  for (auto& u : list)
    if (u.tool == tool) return u;
  list.push_back(InfraUse{std::string(tool), 0, 0, {}, {}});
  return list.back();
}

void count_file(std::vector<InfraUse>& list, std::string_view tool, const Evidence& at,
                int resources) {
  InfraUse& use = infra_use(list, tool);
  if (use.files++ == 0) use.at = at;
  use.resources += resources;
}

void probe_orchestrators(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob_any({"**/Chart.yaml", "**/*.{nomad,nomad.hcl,nomad.tpl}"})) {
    if (glob_match("**/Chart.yaml", f->path)) read_chart(ctx, *f, facts);
    if (glob_match("**/*.{nomad,nomad.hcl,nomad.tpl}", f->path)) read_nomad(ctx, *f, facts);
  }
}

void probe_iac(const ScanContext& ctx, RepoFacts& facts) {
  // The files some row may match, from the indexed globs, in path order:
  // the same walk as over every own file, without trying nine globs on each.
  std::vector<std::string_view> globs = {"**/*.{tf,tofu}", "**/Pulumi.{yaml,yml}"};
  for (const auto& row : kPathRows) globs.push_back(row.glob);
  RootTerraform root;
  for (const FileEntry* f : ctx.glob_any(globs)) {
    read_by_path(*f, facts);
    if (sample_or_test_input(f->path)) continue;
    if (glob_match("**/*.{tf,tofu}", f->path)) read_terraform(ctx, *f, facts, root);
    if (glob_match("**/Pulumi.{yaml,yml}", f->path)) read_pulumi(ctx, *f, facts);
  }
  if (root.files && !root.deploys && !root.inputs.path.empty())
    facts.containers.terraform_module = root.inputs;
  // Empty uses (e.g. a terraform entry made before a read failed) are noise.
  auto& iac = facts.containers.iac;
  iac.erase(std::remove_if(iac.begin(), iac.end(), [](const InfraUse& u) { return u.files == 0; }),
            iac.end());
}

}  // namespace practrack::container
