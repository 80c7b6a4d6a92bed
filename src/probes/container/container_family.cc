// The container and infrastructure probes, in the order they run. None
// feeds the shared command lists: CI images come from the CI family.
#include "probes/container/container_probes.h"
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> container_probes() {
  using namespace container;
  return {
      {"dockerfile", probe_dockerfiles, "Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile"},
      {"compose", probe_compose, "docker-compose*.yml, compose*.yml"},
      {"k8s-yaml", probe_yaml_manifests,
       "*.yml/*.yaml with apiVersion+kind, Ansible plays, CloudFormation templates"},
      {"orchestrators", probe_orchestrators, "Chart.yaml, *.nomad, *.nomad.hcl"},
      {"iac", probe_iac,
       "*.tf, *.tofu, Pulumi.yaml, cdk.json, kustomization.yaml, ansible.cfg, roles/, *.bicep"},
  };
}

}  // namespace practrack
