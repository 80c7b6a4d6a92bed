// The container and infrastructure probes, and the pure parsers behind
// them (exposed for tests). Rows are listed in container_family.cc.
#pragma once

#include <span>
#include <string_view>

#include "facts/repo_facts.h"
#include "scan/context.h"

namespace practrack::container {

// "ghcr.io/org/app:1.2@sha256:..." split into image, tag and digest.
ImageRef parse_image_ref(std::string_view ref);

// A Dockerfile read line-wise: continuation lines joined, global ARG
// defaults substituted into FROM, stage references told from images.
Dockerfile parse_dockerfile(std::string_view path, std::string_view text);

// A compose file; nullopt (after one warning) when malformed, and an empty
// file (no services) when the YAML is not a compose file.
std::optional<ComposeFile> parse_compose(const ScanContext& ctx, std::string_view path,
                                         std::string_view text);

void probe_dockerfiles(const ScanContext& ctx, RepoFacts& facts);
void probe_compose(const ScanContext& ctx, RepoFacts& facts);
// Kubernetes manifests, Helm templates, Ansible playbooks and
// CloudFormation templates: every own YAML file is read once.
void probe_yaml_manifests(const ScanContext& ctx, RepoFacts& facts);
bool same_yaml_manifests(const ScanContext& ctx, std::span<const FileChange> changes);
// Helm charts, kustomizations, Nomad jobs.
void probe_orchestrators(const ScanContext& ctx, RepoFacts& facts);
// Terraform/OpenTofu, Pulumi, CDK, Ansible config and roles.
void probe_iac(const ScanContext& ctx, RepoFacts& facts);

// A path inside an examples/samples/demo folder or a test folder (test*,
// e.g. tests/, testcollection/): infrastructure code there is sample or
// test input (a linter's fixtures), not the project's infrastructure.
bool sample_or_test_input(std::string_view path);

// The InfraUse for `tool` in `list`, appended when absent.
InfraUse& infra_use(std::vector<InfraUse>& list, std::string_view tool);
// Records one more file for `tool`, keeping the first as evidence.
void count_file(std::vector<InfraUse>& list, std::string_view tool, const Evidence& at,
                int resources = 0);

}  // namespace practrack::container
