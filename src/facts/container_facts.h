// Facts from Dockerfiles, compose files, Kubernetes manifests, Helm,
// kustomize, Nomad and infrastructure-as-code files
// (probes/container/*). Docker images used by CI jobs are not here: the CI
// family records them as ActionRefs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

// An image reference as written in FROM, `image:` or a pod spec.
struct ImageRef {
  std::string image;     // "postgres", "ghcr.io/org/app"
  std::string tag;       // "16-alpine"; empty when untagged
  bool digest = false;   // pinned by @sha256:...
  bool variable = false; // still holds an unresolved ${VAR} / $VAR
  Evidence at;

  // "postgres:16-alpine", "alpine@sha256", "ubuntu".
  std::string display() const {
    if (digest) return image + (tag.empty() ? "" : ":" + tag) + "@sha256";
    return tag.empty() ? image : image + ":" + tag;
  }
  // Untagged or `latest`, and not pinned by digest.
  bool floating() const { return !digest && (tag.empty() || tag == "latest"); }
};

struct Dockerfile {
  std::string path;
  int stages = 0;                        // FROM instructions
  std::vector<std::string> stage_names;  // `FROM x AS name`, in order
  bool healthcheck = false;              // HEALTHCHECK other than NONE
  bool healthcheck_none = false;         // HEALTHCHECK NONE seen
  bool scratch = false;                  // some stage is FROM scratch
  bool exposes = false;                  // EXPOSE: the image serves on a port
  std::string user;                      // last USER instruction, "" if none
  std::vector<ImageRef> bases;           // external bases (not stages, not scratch)
  Evidence healthcheck_at;
  Evidence at;                           // the first FROM
};

struct ComposeService {
  std::string name;
  std::string image;   // as written; empty when built without an image name
  ImageRef image_ref;  // `image` parsed (empty image when none)
  bool build = false;
  std::string dockerfile;        // the Dockerfile `build:` names, repository path
  bool healthcheck = false;      // a healthcheck not `disable: true`
  bool resource_limits = false;  // deploy.resources.limits, mem_limit, cpus
  std::string extends;           // service it extends, "" if none
  std::vector<std::string> networks;
  std::vector<std::string> env_files;
  Evidence healthcheck_at;
  Evidence limits_at;
  Evidence at;                   // the service's key line
};

struct ComposeFile {
  std::string path;
  std::vector<ComposeService> services;
  std::vector<std::string> networks;           // declared top-level networks
  std::vector<std::string> internal_networks;  // of those, `internal: true`
  Evidence at;
};

// One object of a Kubernetes-style manifest (any apiVersion/kind document,
// including Helm templates read without rendering them).
struct K8sObject {
  std::string api_version;  // "apps/v1", "argoproj.io/v1alpha1"
  std::string kind;         // "Deployment", "Rollout", "Canary", "NetworkPolicy"
  std::string name;         // metadata.name, "" when templated or absent
  bool templated = false;   // read from a Helm/Go template by pattern, not parsed
  Evidence at;              // the `kind:` line
};

// A workload's pod template (Deployment, StatefulSet, DaemonSet, Job,
// CronJob, Pod, Rollout): what its containers declare.
struct K8sWorkload {
  std::string kind;
  std::string name;
  int containers = 0;
  int with_probes = 0;  // containers with a liveness or readiness probe
  int with_limits = 0;  // containers with resources.limits
  std::vector<ImageRef> images;
  Evidence at;
};

// One infrastructure-as-code or orchestration tool seen in the tree,
// aggregated over its files.
struct InfraUse {
  std::string tool;    // "terraform", "helm", "kustomize", "nomad", "pulumi", ...
  int files = 0;
  int resources = 0;   // resources/objects counted where the format says
  std::vector<std::string> detail;  // providers, chart names, job names ...
  Evidence at;         // the first file
};

struct ContainerFacts {
  std::vector<Dockerfile> dockerfiles;
  std::vector<ComposeFile> compose_files;
  // Compose files that exist but could not be parsed (path, and the error
  // as excerpt): a syntax error is not taken for no compose file.
  std::vector<Evidence> unparsed_compose;
  // Every manifest object, in file order. Progressive delivery reads the
  // Argo Rollouts (argoproj.io Rollout) and Flagger (flagger.app Canary)
  // kinds from here.
  std::vector<K8sObject> k8s;
  std::vector<K8sWorkload> workloads;
  std::vector<InfraUse> orchestration;  // helm, kustomize, nomad, kubernetes
  std::vector<InfraUse> iac;            // terraform, opentofu, pulumi, cloudformation, cdk, ansible

  // Terraform/OpenTofu resources by what they do for security practices,
  // each the `resource "type" "name"` line (at most kMaxIacEvidence each).
  static constexpr std::size_t kMaxIacEvidence = 200;
  std::vector<Evidence> iac_networks;   // VPCs, subnets, virtual networks
  std::vector<Evidence> iac_firewalls;  // security groups, NACLs, firewalls, WAF
  std::vector<Evidence> iac_access;     // IAM roles, policies, role bindings
  // The root is a reusable Terraform/OpenTofu module, not a deployment:
  // it declares inputs and outputs (variables.tf, outputs.tf) and no state
  // backend. Its resources are built for its users. Path empty otherwise.
  Evidence terraform_module;

  // Any Dockerfile, compose file or Kubernetes workload.
  bool any_container() const {
    return !dockerfiles.empty() || !compose_files.empty() || !workloads.empty();
  }
  bool has_kind(std::string_view kind) const {
    for (const auto& o : k8s)
      if (o.kind == kind) return true;
    return false;
  }
};

}  // namespace practrack
