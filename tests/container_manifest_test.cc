#include <gtest/gtest.h>

#include "probes/container/container_probes.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {
namespace {

struct Scan {
  MemoryTree tree;
  Diagnostics diags;
  RepoFacts facts;
  void run() {
    ScanContext ctx(tree, diags);
    container::probe_yaml_manifests(ctx, facts);
    container::probe_orchestrators(ctx, facts);
    container::probe_iac(ctx, facts);
  }
};

constexpr const char* kManifests = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:1.4.2
          livenessProbe: {httpGet: {path: /healthz, port: 8080}}
          resources:
            limits: {cpu: 500m, memory: 256Mi}
        - name: sidecar
          image: envoyproxy/envoy
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-all
spec: {podSelector: {}}
---
apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: Role
    metadata: {name: reader}
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: RoleBinding
    metadata: {name: reader-binding}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: job
              image: busybox:1.36
              readinessProbe: {exec: {command: [true]}}
)";

TEST(ContainerK8s, MultiDocumentManifestObjectsAndWorkloads) {
  Scan s;
  s.tree.add("k8s/app.yaml", kManifests);
  s.run();
  const auto& c = s.facts.containers;
  ASSERT_EQ(c.k8s.size(), 5u);
  EXPECT_EQ(c.k8s[0].kind, "Deployment");
  EXPECT_EQ(c.k8s[0].name, "api");
  EXPECT_EQ(c.k8s[0].at.line, 2);
  EXPECT_EQ(c.k8s[0].at.excerpt, "kind: Deployment");
  EXPECT_TRUE(c.has_kind("NetworkPolicy"));
  EXPECT_TRUE(c.has_kind("RoleBinding"));
  ASSERT_EQ(c.workloads.size(), 2u);
  EXPECT_EQ(c.workloads[0].containers, 2);
  EXPECT_EQ(c.workloads[0].with_probes, 1);
  EXPECT_EQ(c.workloads[0].with_limits, 1);
  ASSERT_EQ(c.workloads[0].images.size(), 2u);
  EXPECT_TRUE(c.workloads[0].images[1].floating());
  EXPECT_EQ(c.workloads[1].kind, "CronJob");
  EXPECT_EQ(c.workloads[1].with_probes, 1);
  ASSERT_EQ(c.orchestration.size(), 1u);
  EXPECT_EQ(c.orchestration[0].tool, "kubernetes");
  EXPECT_EQ(c.orchestration[0].resources, 5);
}

TEST(ContainerK8s, HelmChartTemplatesReadByPatternRolloutsRecorded) {
  Scan s;
  s.tree.add("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
  s.tree.add("charts/web/templates/rollout.yaml",
             "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n"
             "  name: {{ include \"web.fullname\" . }}\nspec:\n  template:\n    spec:\n"
             "      containers:\n        - name: web\n          livenessProbe: {}\n"
             "          resources: {{- toYaml .Values.resources | nindent 12 }}\n");
  s.tree.add("charts/web/templates/canary.yaml",
             "{{- if .Values.canary }}\napiVersion: flagger.app/v1beta1\nkind: Canary\n"
             "{{- end }}\n");
  s.run();
  const auto& c = s.facts.containers;
  EXPECT_TRUE(s.diags.all().empty());
  ASSERT_EQ(c.k8s.size(), 2u);
  EXPECT_EQ(c.k8s[0].kind, "Canary");
  EXPECT_EQ(c.k8s[0].api_version, "flagger.app/v1beta1");
  EXPECT_TRUE(c.k8s[0].templated);
  EXPECT_EQ(c.k8s[1].kind, "Rollout");
  ASSERT_EQ(c.workloads.size(), 1u);
  EXPECT_EQ(c.workloads[0].with_probes, 1);
  const auto* helm = &c.orchestration[0];
  for (const auto& u : c.orchestration)
    if (u.tool == "helm") helm = &u;
  EXPECT_EQ(helm->tool, "helm");
  EXPECT_EQ(helm->detail, std::vector<std::string>{"web"});
  EXPECT_EQ(helm->at.line, 2);
}

TEST(ContainerK8s, MalformedManifestOneDiagnosticOthersIgnored) {
  Scan s;
  s.tree.add("deploy/bad.yaml", "apiVersion: v1\nkind: Service\nmetadata: [oops\n");
  s.tree.add("config/settings.yaml", "key: value\n");  // neither k8s nor a playbook: not parsed
  s.tree.add(".github/workflows/ci.yml", "apiVersion: x\nkind: y\n");  // CI's, not a manifest
  s.run();
  EXPECT_TRUE(s.facts.containers.k8s.empty());
  auto all = s.diags.all();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].path, "deploy/bad.yaml");
}

// Regression (bitnami/charts): a chart's values.yaml nests manifests and
// ingress hosts one level down; it is no manifest and no playbook, and is
// not parsed (hundreds of 100 KB files made a scan take seconds). Plays
// named first still count.
TEST(ContainerManifests, ValuesFilesAreNotParsedAsManifestsOrPlays) {
  Scan s;
  s.tree.add("charts/web/values.yaml",
             "ingress:\n  hosts:\n    - name: web.local\nextraDeploy:\n"
             "  - apiVersion: v1\n    kind: ConfigMap\nbroken: [unclosed\n");
  s.tree.add("site.yml", "- name: web servers\n  hosts: web\n  tasks:\n    - ping:\n");
  s.run();
  EXPECT_TRUE(s.facts.containers.k8s.empty());
  EXPECT_TRUE(s.diags.all().empty());  // the broken values file was never parsed
  ASSERT_EQ(s.facts.containers.iac.size(), 1u);
  EXPECT_EQ(s.facts.containers.iac[0].at.path, "site.yml");
}

// A lock file is YAML that is never a manifest (trpc's pnpm-lock.yaml weighs
// 1.4 MB and changes with every dependency bump): it is not even read.
TEST(ContainerManifests, LockFilesAreNeverReadAsManifests) {
  Scan s;
  s.tree.add("pnpm-lock.yaml", kManifests);
  s.tree.add("deploy/api.yaml", kManifests);
  s.run();
  ASSERT_FALSE(s.facts.containers.k8s.empty());
  for (const auto& k : s.facts.containers.k8s) EXPECT_EQ(k.at.path, "deploy/api.yaml");
}

// Regression (ansible-lint): the playbooks a linter keeps as examples and
// test input are not its infrastructure.
TEST(ContainerIac, ExamplesAndTestInputAreNotTheProjectsInfrastructure) {
  Scan s;
  const char* play = "- hosts: all\n  tasks:\n    - ping:\n";
  s.tree.add("examples/playbooks/site.yml", play);
  s.tree.add("test/schemas/negative_test/playbooks/x.yml", play);
  s.tree.add("collections/ansible_collections/local/testcollection/playbooks/foo.yml", play);
  s.tree.add("examples/roles/web/tasks/main.yml", "- ping:\n");
  s.tree.add("examples/terraform/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n");
  s.tree.add("samples/stack.yaml", "AWSTemplateFormatVersion: '2010-09-09'\n");
  s.tree.add("examples/k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nspec:\n  containers: []\n");
  s.run();
  EXPECT_TRUE(s.facts.containers.iac.empty());
  EXPECT_EQ(s.facts.containers.k8s.size(), 1u);  // only IaC is filtered
  s.tree.add("deploy/site.yml", play);
  s.facts = RepoFacts{};
  s.run();
  ASSERT_EQ(s.facts.containers.iac.size(), 1u);
  EXPECT_EQ(s.facts.containers.iac[0].files, 1);
  EXPECT_EQ(s.facts.containers.iac[0].at.path, "deploy/site.yml");
}

TEST(ContainerIac, TerraformAnsibleCloudFormationPulumiNomadKustomize) {
  Scan s;
  s.tree.add("infra/main.tf",
             "provider \"aws\" {}\nresource \"aws_s3_bucket\" \"b\" {}\n"
             "resource \"aws_iam_role\" \"r\" {}\nresource \"random_id\" \"x\" {}\n"
             "resource \"aws_vpc_security_group_ingress_rule\" \"in\" {}\n"
             "resource \"aws_vpc\" \"main\" {}\n");
  s.tree.add("infra/modules/net.tofu", "resource \"google_compute_network\" \"n\" {}\n");
  s.tree.add("ansible/site.yml",
             "- hosts: web\n  tasks:\n    - ping:\n- hosts: db\n  roles: [pg]\n");
  s.tree.add("ansible/vars.yml", "hosts: not-a-play\n");
  s.tree.add("cfn/stack.yaml",
             "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n"
             "  Q:\n    Type: AWS::SQS::Queue\n");
  s.tree.add("Pulumi.yaml", "name: infra\nruntime: python\n");
  s.tree.add("jobs/api.nomad.hcl",
             "job \"api\" {\n  group \"g\" {\n    task \"t\" {\n      driver = \"docker\"\n"
             "      config {\n        image = \"redis:7\"\n      }\n      resources {\n"
             "        memory = 256\n      }\n    }\n  }\n}\n");
  s.tree.add("overlays/prod/kustomization.yaml", "resources: [../../base]\n");
  s.run();
  const auto& c = s.facts.containers;
  auto find = [](const std::vector<InfraUse>& list, std::string_view tool) -> const InfraUse* {
    for (const auto& u : list)
      if (u.tool == tool) return &u;
    return nullptr;
  };
  const InfraUse* tf = find(c.iac, "terraform");
  ASSERT_NE(tf, nullptr);
  EXPECT_EQ(tf->resources, 5);
  ASSERT_EQ(c.iac_access.size(), 1u);
  EXPECT_EQ(c.iac_access[0].line, 3);
  ASSERT_EQ(c.iac_firewalls.size(), 1u);  // the longer prefix wins over aws_vpc
  EXPECT_EQ(c.iac_firewalls[0].line, 5);
  EXPECT_EQ(c.iac_firewalls[0].excerpt,
            "resource \"aws_vpc_security_group_ingress_rule\" \"in\" {}");
  ASSERT_EQ(c.iac_networks.size(), 2u);  // aws_vpc, and google_compute_network in net.tofu
  EXPECT_EQ(c.iac_networks[0].line, 6);
  EXPECT_EQ(c.iac_networks[1].path, "infra/modules/net.tofu");
  EXPECT_EQ(tf->detail, (std::vector<std::string>{"aws", "random"}));
  EXPECT_EQ(tf->at.path, "infra/main.tf");
  EXPECT_EQ(tf->at.line, 2);
  ASSERT_NE(find(c.iac, "opentofu"), nullptr);
  const InfraUse* ansible = find(c.iac, "ansible");
  ASSERT_NE(ansible, nullptr);
  EXPECT_EQ(ansible->files, 1);
  EXPECT_EQ(ansible->resources, 2);
  const InfraUse* cfn = find(c.iac, "cloudformation");
  ASSERT_NE(cfn, nullptr);
  EXPECT_EQ(cfn->resources, 2);
  ASSERT_NE(find(c.iac, "pulumi"), nullptr);
  EXPECT_EQ(find(c.iac, "pulumi")->detail, std::vector<std::string>{"python"});
  const InfraUse* nomad = find(c.orchestration, "nomad");
  ASSERT_NE(nomad, nullptr);
  EXPECT_EQ(nomad->detail, std::vector<std::string>{"api"});
  ASSERT_EQ(c.workloads.size(), 1u);
  EXPECT_EQ(c.workloads[0].kind, "NomadJob");
  EXPECT_EQ(c.workloads[0].containers, 1);
  EXPECT_EQ(c.workloads[0].with_limits, 1);
  EXPECT_EQ(c.workloads[0].with_probes, 0);
  ASSERT_EQ(c.workloads[0].images.size(), 1u);
  EXPECT_EQ(c.workloads[0].images[0].display(), "redis:7");
  EXPECT_EQ(c.workloads[0].at.line, 4);
  ASSERT_NE(find(c.orchestration, "kustomize"), nullptr);
  EXPECT_TRUE(s.diags.all().empty());
}

}  // namespace
}  // namespace practrack
