// Tools that implement the containers-infra practices. Most of these
// practices are decided from ContainerFacts (the files themselves); the
// rows here add how CI runs them: pushing images, applying IaC, deploying
// to an orchestrator.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> containers_infra_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions

      // Pushing images to a registry. Building alone is not pushing:
      // `docker build` does not match, `docker buildx build --push` does.
      {"container-registry", "docker push", R"(\bdocker\s+(image\s+)?push\b)", "", "", "", "", ""},
      {"container-registry", "docker buildx --push",
       R"(\bdocker\s+buildx\s+(build|bake)\b.*(--push\b|--output[= ]\S*push=true))", "", "", "",
       "", ""},
      {"container-registry", "docker compose push", R"(\bdocker[- ]compose\b.*\bpush\b)", "", "",
       "", "", ""},
      {"container-registry", "podman push", R"(\bpodman\s+(image\s+)?push\b)", "", "", "", "",
       "redhat-actions/push-to-registry"},
      {"container-registry", "buildah push", R"(\bbuildah\s+push\b)", "", "", "", "",
       "quay.io/buildah"},
      {"container-registry", "nerdctl push", R"(\bnerdctl\s+push\b)", "", "", "", "", ""},
      {"container-registry", "skopeo copy", R"(\bskopeo\s+copy\b)", "", "", "", "", ""},
      {"container-registry", "crane push", R"(\bcrane\s+(push|copy|append)\b)", "", "", "", "", ""},
      // docker/build-push-action pushes only with `push: true`; ActionRefs
      // carry no inputs yet, so the action counts as a push.
      {"container-registry", "docker/build-push-action", "", "", "", "", "",
       "docker/build-push-action|docker/bake-action"},
      {"container-registry", "kaniko", R"(/kaniko/executor\b|\bexecutor\b.*--destination)", "", "",
       "", "", "gcr.io/kaniko-project/executor|aevea/action-kaniko"},
      {"container-registry", "ko", R"(\bko\s+(build|publish|apply|resolve)\b)", ".ko.yaml", "",
       "", "", "ko-build/setup-ko"},
      {"container-registry", "jib",
       R"(\bjib:build\b|\bjib\b.*--target|gradlew?\b.*\bjib\b(\s|$))", "", "",
       "maven:com.google.cloud.tools:jib-maven-plugin|gradle:com.google.cloud.tools.jib", "", ""},
      {"container-registry", "Cloud Build", R"(\bgcloud\s+builds\s+submit\b)",
       "cloudbuild.{yaml,yml,json}",
       "", "", "", ""},
      {"container-registry", "ACR build", R"(\baz\s+acr\s+build\b)", "", "", "", "", ""},
      {"container-registry", "ECR", "", "", "", "", "",
       "aws-actions/amazon-ecr-login|circleci/aws-ecr"},
      {"container-registry", "Jib/Spring Boot build-image",
       R"(\bspring-boot:build-image\b.*publish|bootBuildImage\b.*--publishImage)", "", "", "", "",
       ""},
      {"container-registry", "goreleaser (dockers)", "", "", "dockers|kos|docker_manifests", "", "",
       ""},

      // Orchestration deploys.
      {"orchestration", "helm", R"(\bhelm\s+(upgrade|install|template|lint|package|push)\b)", "",
       "", "", "", "azure/setup-helm|deliverybot/helm"},
      {"orchestration", "kubectl", R"(\bkubectl\s+(apply|rollout|create|set\s+image)\b)", "", "",
       "", "", "azure/k8s-deploy|azure/setup-kubectl"},
      {"orchestration", "kustomize", R"(\bkustomize\s+build\b|\bkubectl\s+\S*\s*-k\b)", "", "", "",
       "", ""},
      {"orchestration", "nomad", R"(\bnomad\s+(job\s+)?run\b)", "", "", "", "", ""},
      {"orchestration", "skaffold", R"(\bskaffold\s+(run|deploy|build|dev)\b)",
       "skaffold.{yaml,yml}",
       "", "", "", ""},
      {"orchestration", "tilt", R"(\btilt\s+(up|ci)\b)", "Tiltfile", "", "", "", ""},
      {"orchestration", "helmfile", R"(\bhelmfile\s+(apply|sync|diff)\b)", "helmfile.{yaml,yml}",
       "",
       "", "", ""},
      {"orchestration", "Argo CD", R"(\bargocd\s+app\s+(sync|create)\b)", "", "", "", "", ""},
      {"orchestration", "Flux", R"(\bflux\s+(reconcile|bootstrap)\b)", "", "", "", "", ""},
      // Docker Swarm runs a compose-format stack across a cluster of nodes.
      {"orchestration", "Docker Swarm",
       R"(\bdocker\s+(stack\s+(deploy|up)|swarm\s+init|service\s+(create|update))\b)",
       "", "", "", "", ""},
      {"orchestration", "kind/minikube", R"(\b(kind\s+create\s+cluster|minikube\s+start)\b)", "",
       "", "", "", "helm/kind-action|medyagh/setup-minikube"},

      // Infrastructure as code, applied or checked by automation.
      {"iac", "terraform", R"(\bterraform\s+(init|plan|apply|validate|fmt)\b)", "", "", "", "",
       "hashicorp/setup-terraform|dflook/terraform-"},
      {"iac", "opentofu", R"(\btofu\s+(init|plan|apply|validate|fmt)\b)", "", "", "", "",
       "opentofu/setup-opentofu"},
      {"iac", "terragrunt", R"(\bterragrunt\s+(run-all\s+)?(plan|apply|init)\b)", "", "", "", "",
       "gruntwork-io/terragrunt-action"},
      {"iac", "pulumi", R"(\bpulumi\s+(up|preview|deploy|refresh)\b)", "", "", "", "",
       "pulumi/actions"},
      {"iac", "ansible-playbook", R"(\bansible-playbook\b)", "", "",
       "pypi:ansible|pypi:ansible-core",
       "", "dawidd6/action-ansible-playbook"},
      {"iac", "cdk", R"(\bcdk\s+(synth|deploy|diff|bootstrap)\b)", "", "",
       "npm:aws-cdk|npm:aws-cdk-lib|pypi:aws-cdk-lib", "", ""},
      {"iac", "cloudformation",
       R"(\baws\s+cloudformation\s+(deploy|create-stack|update-stack)\b|\bsam\s+deploy\b)",
       "samconfig.toml", "", "", "", "aws-actions/aws-cloudformation-github-deploy"},
      {"iac", "packer", R"(\bpacker\s+(build|validate)\b)", "**/*.pkr.hcl", "", "", "",
       "hashicorp/setup-packer"},
      {"iac", "bicep", R"(\baz\s+deployment\s+\S+\s+create\b|\bbicep\s+build\b)", "", "", "", "",
       "azure/arm-deploy"},
      {"iac", "crossplane", R"(\bcrossplane\b)", "", "", "", "", ""},
  };
}

}  // namespace practrack
