// Rules for the containers-infra practices. Container practices in a
// repository without any container (no Dockerfile, compose file or
// Kubernetes workload) are not applicable, and say so.
#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>

#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr std::size_t kListMax = 6;  // names listed in a note before "+N more"

const char* kNoContainers = "No containers: no Dockerfile, compose file or Kubernetes workload";

// "`a`, `b`, `c` +2 more" (or plain names when `quote` is false).
std::string list(const std::vector<std::string>& names, bool quote = true) {
  std::vector<std::string> shown;
  for (std::size_t i = 0; i < names.size() && i < kListMax; ++i)
    shown.push_back(quote ? code(names[i]) : names[i]);
  std::string out = text::join(shown, ", ");
  if (names.size() > kListMax) out += " +" + std::to_string(names.size() - kListMax) + " more";
  return out;
}

std::string ratio(std::size_t n, std::size_t of) {
  return std::to_string(n) + " of " + std::to_string(of);
}

// Dockerfiles that build the project: dev containers are workstations.
std::vector<const Dockerfile*> app_dockerfiles(const ContainerFacts& c) {
  std::vector<const Dockerfile*> out;
  for (const auto& d : c.dockerfiles)
    if (!ci_environment_image(d.path)) out.push_back(&d);
  return out;
}

std::vector<const ComposeService*> all_services(const ContainerFacts& c) {
  std::vector<const ComposeService*> out;
  for (const auto& f : c.compose_files)
    for (const auto& s : f.services) out.push_back(&s);
  return out;
}

const Dockerfile* find_dockerfile(const ContainerFacts& c, const std::string& path) {
  for (const auto& d : c.dockerfiles)
    if (d.path == path) return &d;
  return nullptr;
}

Assessment compose(const RepoFacts& f) {
  const auto& c = f.containers;
  if (c.compose_files.empty() && !c.unparsed_compose.empty()) {
    const Evidence& bad = c.unparsed_compose.front();
    return not_started("Compose file " + code(bad.path) + " exists but could not be parsed (" +
                           bad.excerpt + ")",
                       {Evidence{bad.path, bad.line, ""}});
  }
  if (c.compose_files.empty()) {
    if (!c.any_container()) return not_applicable(kNoContainers);
    if (c.dockerfiles.empty())
      return not_started("No compose file; containers run by Kubernetes or Nomad only");
    std::size_t n = c.dockerfiles.size();
    return not_started("No compose file; " + plural(static_cast<long>(n), "Dockerfile") +
                       (n == 1 ? " built on its own" : " built on their own"));
  }
  std::vector<std::string> parts;
  std::vector<Evidence> ev;
  for (const auto& file : c.compose_files) {
    std::vector<std::string> names;
    for (const auto& s : file.services) names.push_back(s.name);
    if (parts.size() < 3)
      parts.push_back(code(file.path) + " — " + plural(static_cast<long>(names.size()), "service") +
                      ": " + list(names, false));
    ev.push_back(file.at);
  }
  std::string note = text::join(parts, "; ");
  if (c.compose_files.size() > 3)
    note += " (+" + plural(static_cast<long>(c.compose_files.size()) - 3, "file") + ")";
  return adopted(note, ev);
}

// A Dockerfile that builds an image for the tests (a fixture, a test
// harness, a service the tests talk to) rather than the application:
// under a test or fixture folder, or named for tests (`Dockerfile.test`).
bool test_image(std::string_view path) {
  // clang-format off
  static const std::set<std::string, std::less<>> kTestDirs = {
      "test", "tests", "testing", "__tests__", "spec", "specs", "e2e", "integration-tests",
      "integration_tests", "testdata", "test-data", "test_data", "it"};
  // clang-format on
  std::string lower = text::lower(path);
  std::string_view base = text::basename(lower);
  if (text::starts_with(base, "dockerfile.test") || text::starts_with(base, "dockerfile.e2e") ||
      text::ends_with(base, ".test.dockerfile"))
    return true;
  for (std::string_view dir = text::dirname(lower); !dir.empty(); dir = text::dirname(dir)) {
    std::string_view part = text::basename(dir);
    if (kTestDirs.count(part) || text::contains(part, "fixture")) return true;
  }
  return false;
}

Assessment multi_stage(const RepoFacts& f) {
  auto files = app_dockerfiles(f.containers);
  std::size_t all = files.size();
  std::erase_if(files, [](const Dockerfile* d) { return test_image(d->path); });
  if (files.empty() && all > 0)
    return not_applicable("Only test images here (" + plural(static_cast<long>(all), "Dockerfile") +
                          " under test or fixture folders); none builds the application");
  if (files.empty())
    return not_applicable(f.containers.any_container() ? "No Dockerfile builds an image here"
                                                       : kNoContainers);
  std::vector<std::string> multi, single;
  std::vector<Evidence> ev;
  for (const Dockerfile* d : files) {
    if (d->stages >= 2) {
      multi.push_back(code(d->path) + " (" + std::to_string(d->stages) + " stages)");
      ev.push_back(d->at);
    } else {
      single.push_back(d->path);
    }
  }
  std::string counts = ratio(multi.size(), files.size()) + " Dockerfiles multi-stage";
  if (single.empty()) return adopted(counts + ": " + list(multi, false), ev);
  if (multi.empty()) {
    for (const Dockerfile* d : files) ev.push_back(d->at);
    return not_started(counts + "; single-stage: " + list(single), ev);
  }
  return partial(counts + ": " + list(multi, false) + "; single-stage: " + list(single), ev);
}

// One unit that could declare something (a compose service, a pod's
// container, an image): its name, whether it does, and where.
struct Unit {
  std::string name;
  bool has = false;
  Evidence at;
};

// Units of the same name are one: the same service described by several
// compose files (dev, images, test) declares it once if any does.
std::vector<Unit> merge_by_name(const std::vector<Unit>& units) {
  std::vector<Unit> out;
  std::unordered_map<std::string_view, std::size_t> seen;  // thousands of services in a monorepo
  for (const auto& u : units) {
    auto [it, fresh] = seen.try_emplace(u.name, out.size());
    if (fresh) {
      out.push_back(u);
    } else if (u.has && !out[it->second].has) {
      out[it->second] = u;
    }
  }
  return out;
}

// "5 of 5 services have health checks" / partial listing those without.
Assessment decide_units(const std::vector<Unit>& all, const std::string& what,
                        const std::string& verb) {
  std::vector<Unit> units = merge_by_name(all);
  std::vector<std::string> without;
  std::vector<Evidence> ev;
  for (const auto& u : units) {
    if (u.has) {
      if (ev.size() < 8) ev.push_back(u.at);
    } else {
      without.push_back(u.name);
    }
  }
  std::size_t with = units.size() - without.size();
  std::string note = ratio(with, units.size()) + " " + what + " " + verb;
  if (without.empty()) return adopted(note, ev);
  note += "; without: " + list(without);
  return with == 0 ? not_started(note) : partial(note, ev);
}

// Run-to-completion workloads (Jobs, CronJobs, bare Pods such as Helm test
// hooks) need no liveness or readiness probe.
bool long_running(const K8sWorkload& w) {
  return w.kind != "Job" && w.kind != "CronJob" && w.kind != "Pod";
}

void add_workload_units(const ContainerFacts& c, bool probes, std::vector<Unit>& units) {
  for (const auto& w : c.workloads) {
    if (probes && !long_running(w)) continue;
    std::string name = w.kind + (w.name.empty() ? " in " + w.at.path : "/" + w.name);
    for (int i = 0; i < w.containers; ++i)
      units.push_back({name, i < (probes ? w.with_probes : w.with_limits), w.at});
  }
}

Assessment health_checks(const RepoFacts& f) {
  const auto& c = f.containers;
  if (!c.any_container()) return not_applicable(kNoContainers);
  std::vector<Unit> units;
  for (const ComposeService* s : all_services(c)) {
    const Dockerfile* d = s->build ? find_dockerfile(c, s->dockerfile) : nullptr;
    bool image_check = d && d->healthcheck;
    units.push_back({s->name, s->healthcheck || image_check,
                     s->healthcheck ? s->healthcheck_at
                     : image_check  ? d->healthcheck_at
                                    : s->at});
  }
  add_workload_units(c, true, units);
  if (!units.empty()) {
    bool pods = std::any_of(c.workloads.begin(), c.workloads.end(), long_running);
    std::string what = pods ? "services/containers" : "services";
    return decide_units(units, what, "have health checks");
  }
  // Without compose or Kubernetes, only images that serve (EXPOSE a port,
  // or already declare HEALTHCHECK) need a health check; CLI images do not.
  for (const Dockerfile* d : app_dockerfiles(c))
    if (d->exposes || d->healthcheck)
      units.push_back({d->path, d->healthcheck, d->healthcheck ? d->healthcheck_at : d->at});
  if (units.empty())
    return not_applicable(
        "No service to check: no Dockerfile EXPOSEs a port, no compose "
        "service or Kubernetes workload");
  return decide_units(units, "Dockerfiles", "declare `HEALTHCHECK`");
}

Assessment resource_limits(const RepoFacts& f) {
  const auto& c = f.containers;
  if (!c.any_container()) return not_applicable(kNoContainers);
  std::vector<Unit> units;
  for (const ComposeService* s : all_services(c))
    units.push_back({s->name, s->resource_limits, s->limits_at});
  add_workload_units(c, false, units);
  if (units.empty())
    return not_applicable("Dockerfiles only: no compose service or Kubernetes workload runs them");
  std::string what = c.workloads.empty() ? "services" : "services/containers";
  return decide_units(units, what, "declare CPU/memory limits");
}

// Every image reference the project runs or builds from.
std::vector<const ImageRef*> image_refs(const ContainerFacts& c) {
  std::vector<const ImageRef*> out;
  for (const Dockerfile* d : app_dockerfiles(c))
    for (const auto& b : d->bases) out.push_back(&b);
  for (const auto& w : c.workloads)
    for (const auto& i : w.images) out.push_back(&i);
  return out;
}

Assessment image_pinning(const RepoFacts& f) {
  const auto& c = f.containers;
  if (!c.any_container()) return not_applicable(kNoContainers);
  auto refs = image_refs(c);
  for (const ComposeService* s : all_services(c))
    if (!s->image.empty() && !s->build)  // a built service's image is its own tag
      refs.push_back(&s->image_ref);
  if (refs.empty()) return not_applicable("No base or service image referenced");
  std::set<std::string> pinned_names, floating_names;
  std::vector<Evidence> floating_ev, pinned_ev;
  int digests = 0, variables = 0;
  for (const ImageRef* r : refs) {
    if (r->variable) {
      ++variables;
      continue;
    }
    digests += r->digest;
    if (r->floating()) {
      if (floating_names.insert(r->display()).second) floating_ev.push_back(r->at);
    } else if (pinned_names.insert(r->display()).second && pinned_ev.size() < 8) {
      pinned_ev.push_back(r->at);
    }
  }
  std::vector<std::string> pinned(pinned_names.begin(), pinned_names.end());
  std::vector<std::string> floating(floating_names.begin(), floating_names.end());
  std::string extra;
  if (digests > 0) extra += "; " + plural(digests, "image") + " pinned by digest";
  if (variables > 0)
    extra += "; " + plural(variables, "reference") + " set by variables or templates";
  if (floating.empty()) {
    if (pinned.empty()) return not_applicable("Every image reference is set by a build argument");
    return adopted(list(pinned) + extra, pinned_ev);
  }
  std::string note = ratio(floating.size(), floating.size() + pinned.size()) +
                     " images untagged or `latest`: " + list(floating) + extra;
  return pinned.empty() ? not_started(note, floating_ev) : partial(note, floating_ev);
}

Assessment registry(const RepoFacts& f) {
  if (!f.containers.any_container()) return not_applicable(kNoContainers);
  return decide_by_tools(f, "container-registry", UnrunPolicy::partial,
                         "No image push to a registry; images are built locally");
}

std::string infra_note(const InfraUse& u, std::string_view unit) {
  std::string note = u.tool + " — " + plural(u.files, "file");
  if (u.resources > 0) note += ", " + plural(u.resources, std::string(unit));
  if (!u.detail.empty()) note += " (" + list(u.detail, false) + ")";
  return note;
}

// Docker Swarm has no manifests of its own: a stack is a compose file, so
// it shows in what deploys it (`docker stack deploy` in fastapi's
// deploy.sh), run by automation.
const ToolUse* swarm_deploy(const RepoFacts& f) {
  for (const ToolUse* t : project_tools(f, "orchestration"))
    if (t->tool == "Docker Swarm" && t->how == ToolHow::run) return t;
  return nullptr;
}

Assessment orchestration(const RepoFacts& f) {
  const auto& c = f.containers;
  if (c.orchestration.empty()) {
    if (const ToolUse* swarm = swarm_deploy(f))
      return adopted("Docker Swarm: the stack is deployed to a swarm (" +
                         std::string(origin_name(swarm->origin)) + " " + swarm->detail + ")",
                     {swarm->at});
    if (!c.any_container()) return not_applicable(kNoContainers);
    return not_started(c.compose_files.empty() ? "No Kubernetes, Helm, kustomize or Nomad"
                                               : "Docker Compose only");
  }
  std::vector<std::string> parts;
  std::vector<Evidence> ev;
  for (const auto& u : c.orchestration) {
    parts.push_back(infra_note(u, u.tool == "nomad" ? "job" : "object"));
    ev.push_back(u.at);
  }
  return adopted(text::join(parts, "; "), ev);
}

Assessment iac(const RepoFacts& f) {
  const auto& c = f.containers;
  if (c.iac.empty()) {
    if (!c.any_container() && c.orchestration.empty())
      return not_applicable("No containers or deployments for infrastructure code to describe");
    return not_started("No Terraform, OpenTofu, Pulumi, CloudFormation, CDK or Ansible");
  }
  std::vector<std::string> parts;
  std::vector<Evidence> ev;
  for (const auto& u : c.iac) {
    parts.push_back(infra_note(u, u.tool == "ansible" ? "play" : "resource"));
    ev.push_back(u.at);
  }
  std::string module = terraform_module_label(f);
  if (!module.empty()) parts.push_back(module);
  return adopted(text::join(parts, "; "), ev);
}

Assessment network_segmentation(const RepoFacts& f) {
  const auto& c = f.containers;
  std::vector<std::string> parts, names;
  std::vector<Evidence> ev;
  for (const auto& file : c.compose_files) {
    if (file.networks.empty()) continue;
    for (const auto& n : file.networks)
      if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
    ev.push_back(file.at);
  }
  if (!names.empty()) {
    std::string note = list(names) + (names.size() == 1 ? " network" : " networks") + " in " +
                       code(ev.front().path);
    if (ev.size() > 1)
      note += " (+" + plural(static_cast<long>(ev.size()) - 1, "compose file") + ")";
    parts.push_back(note);
  }
  long policies = 0;
  for (const auto& o : c.k8s)
    if (o.kind == "NetworkPolicy" || o.kind == "CiliumNetworkPolicy") {
      if (policies++ == 0) ev.push_back(o.at);
    }
  if (policies > 0) parts.push_back(plural(policies, "NetworkPolicy", "NetworkPolicies"));
  auto iac_count = [&](const std::vector<Evidence>& list, std::string_view what) {
    if (list.empty()) return;
    parts.push_back(plural(static_cast<long>(list.size()), std::string(what)) + " in IaC");
    ev.push_back(list.front());
  };
  std::string module = terraform_module_label(f);
  if (module.empty()) {
    iac_count(c.iac_networks, "network/subnet resource");
    iac_count(c.iac_firewalls, "firewall/security-group resource");
  }
  if (!parts.empty()) return adopted(text::join(parts, "; "), ev);
  if (!c.any_container() && !module.empty() && !(c.iac_networks.empty() && c.iac_firewalls.empty()))
    return not_applicable("The repository is " + module +
                          ": the networks it declares are built for its users");
  if (!c.any_container()) return not_applicable(kNoContainers);
  if (c.compose_files.empty() && c.workloads.empty())
    return not_applicable("Dockerfiles only: no services to segment");
  return not_started(c.compose_files.empty() ? "No NetworkPolicy"
                                             : "No named networks or NetworkPolicy");
}

}  // namespace

std::vector<RuleRow> containers_infra_rules() {
  return {
      {"compose", compose},
      {"multi-stage-builds", multi_stage},
      {"resource-limits", resource_limits},
      {"container-health-checks", health_checks},
      {"image-pinning", image_pinning},
      {"container-registry", registry},
      {"orchestration", orchestration},
      {"iac", iac},
      {"network-segmentation", network_segmentation},
  };
}

}  // namespace practrack
