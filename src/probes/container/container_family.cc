// The container and infrastructure probes, in the order they run. None
// feeds the shared command lists: CI images come from the CI family.
#include "probes/container/container_probes.h"
#include "probes/probe.h"

namespace practrack {

namespace {

void reset_dockerfiles(RepoFacts& facts) { facts.containers.dockerfiles.clear(); }
void reset_compose(RepoFacts& facts) {
  facts.containers.compose_files.clear();
  facts.containers.unparsed_compose.clear();
}

// k8s-yaml, orchestrators and iac add to the same infrastructure uses
// (an Ansible play counted by one, its ansible.cfg by another), so they
// share one reset and run again together.
void reset_infrastructure(RepoFacts& facts) {
  auto& c = facts.containers;
  c.k8s.clear();
  c.workloads.clear();
  c.orchestration.clear();
  c.iac.clear();
  c.iac_networks.clear();
  c.iac_firewalls.clear();
  c.iac_access.clear();
  c.terraform_module = {};
}

}  // namespace

std::vector<ProbeRow> container_probes() {
  using namespace container;
  return {
      {"dockerfile", probe_dockerfiles, "Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile",
       false, reset_dockerfiles},
      {"compose", probe_compose, "docker-compose*.yml, compose*.yml", false, reset_compose},
      {"k8s-yaml", probe_yaml_manifests,
       "*.yml/*.yaml with apiVersion+kind, Ansible plays, CloudFormation templates", false,
       reset_infrastructure, false, false, false, nullptr, same_yaml_manifests},
      {"orchestrators", probe_orchestrators, "Chart.yaml, *.nomad, *.nomad.hcl", false,
       reset_infrastructure},
      {"iac", probe_iac,
       "*.tf, *.tofu, Pulumi.yaml, cdk.json, kustomization.yaml, ansible.cfg, roles/, *.bicep",
       false, reset_infrastructure},
  };
}

}  // namespace practrack
