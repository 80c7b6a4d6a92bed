#include <gtest/gtest.h>

#include "probes/probe.h"
#include "rules/rule.h"
#include "scan/context.h"
#include "scan/scanner.h"
#include "tree/tree.h"

namespace practrack {
namespace {

// Runs the container probes over a fixture and decides one practice.
struct Fixture {
  MemoryTree tree;
  Diagnostics diags;
  RepoFacts facts;
  void scan() {
    ScanContext ctx(tree, diags);
    for (const auto& row : container_probes()) row.run(ctx, facts);
  }
  Assessment decide(std::string_view id) const {
    const RuleRow* rule = find_rule(id);
    EXPECT_NE(rule, nullptr) << id;
    return rule ? rule->decide(facts) : Assessment{};
  }
};

constexpr const char* kStack = R"(services:
  postgres:
    image: postgres:16-alpine
    healthcheck: {test: [CMD, pg_isready]}
    mem_limit: 1g
    networks: [rfc-net]
  redis:
    image: redis:7-alpine
    healthcheck: {test: [CMD, redis-cli, ping]}
    mem_limit: 256m
    networks: [rfc-net]
  superset-init:
    build: ./superset
    networks: [rfc-net]
  superset:
    build: ./superset
    healthcheck: {test: [CMD, curl, -f, localhost]}
    networks: [rfc-net]
  dashboard:
    build: ./dashboard
    networks: [rfc-net]
networks:
  rfc-net:
    driver: bridge
)";

// The reference project's stack: five services on one bridge network.
void stack(Fixture& f) {
  f.tree.add("docker-compose.yml", kStack);
  f.tree.add("superset/Dockerfile", "FROM apache/superset:4.0.2\n");
  f.tree.add("dashboard/Dockerfile",
             "FROM node:20 AS build\nRUN npm ci\nFROM nginx:1.27-alpine\n"
             "HEALTHCHECK CMD wget -q -O- localhost || exit 1\n");
  f.scan();
}

TEST(ContainerRules, ComposeNoteListsServices) {
  Fixture f;
  stack(f);
  auto a = f.decide("compose");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note,
            "`docker-compose.yml` — 5 services: "
            "postgres, redis, superset-init, superset, dashboard");
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].line, 1);
}

TEST(ContainerRules, HealthChecksCountComposeAndDockerfile) {
  Fixture f;
  stack(f);
  auto a = f.decide("container-health-checks");
  // dashboard has none in compose, but its Dockerfile declares HEALTHCHECK.
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note, "4 of 5 services have health checks; without: `superset-init`");
}

TEST(ContainerRules, MultiStagePartialAndPinningAdopted) {
  Fixture f;
  stack(f);
  auto ms = f.decide("multi-stage-builds");
  EXPECT_EQ(ms.status, Status::partial);
  EXPECT_EQ(ms.note,
            "1 of 2 Dockerfiles multi-stage: `dashboard/Dockerfile` (2 stages); "
            "single-stage: `superset/Dockerfile`");
  auto pin = f.decide("image-pinning");
  EXPECT_EQ(pin.status, Status::adopted);
  EXPECT_NE(pin.note.find("`postgres:16-alpine`"), std::string::npos);
  EXPECT_NE(pin.note.find("`redis:7-alpine`"), std::string::npos);
}

TEST(ContainerRules, LimitsNetworksOrchestration) {
  Fixture f;
  stack(f);
  auto lim = f.decide("resource-limits");
  EXPECT_EQ(lim.status, Status::partial);
  EXPECT_EQ(lim.note.rfind("2 of 5 services declare CPU/memory limits", 0), 0u);
  auto net = f.decide("network-segmentation");
  EXPECT_EQ(net.status, Status::adopted);
  EXPECT_EQ(net.note, "`rfc-net` network in `docker-compose.yml`");
  auto pol = f.decide("network-policies");
  EXPECT_EQ(pol.status, Status::partial);
  auto orch = f.decide("orchestration");
  EXPECT_EQ(orch.status, Status::not_started);
  EXPECT_EQ(orch.note, "Docker Compose only");
  EXPECT_EQ(f.decide("iac").status, Status::not_started);
}

TEST(ContainerRules, FloatingImagesArePartial) {
  Fixture f;
  f.tree.add("Dockerfile", "FROM python:3.12-slim\n");
  f.tree.add("compose.yaml",
             "services:\n  db:\n    image: postgres\n  cache:\n    image: redis:latest\n"
             "  app:\n    build: .\n");
  f.scan();
  auto a = f.decide("image-pinning");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note, "2 of 3 images untagged or `latest`: `postgres`, `redis:latest`");
  ASSERT_EQ(a.evidence.size(), 2u);
  EXPECT_EQ(a.evidence[0].path, "compose.yaml");
}

TEST(ContainerRules, NoContainersIsNotApplicable) {
  Fixture f;
  f.tree.add("src/main.c", "int main(void) { return 0; }\n");
  f.scan();
  for (auto id : {"compose", "multi-stage-builds", "resource-limits", "container-health-checks",
                  "image-pinning", "container-registry", "orchestration", "iac",
                  "network-segmentation"}) {
    auto a = f.decide(id);
    EXPECT_EQ(a.status, Status::not_applicable) << id;
    EXPECT_FALSE(a.note.empty()) << id;
  }
}

TEST(ContainerRules, KubernetesProbesAndIac) {
  Fixture f;
  f.tree.add("deploy/app.yaml",
             "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n"
             "    spec:\n      containers:\n        - name: api\n          image: acme/api:1.0\n"
             "          readinessProbe: {tcpSocket: {port: 80}}\n"
             "          resources: {limits: {memory: 128Mi}}\n");
  f.tree.add("infra/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n");
  f.scan();
  auto hc = f.decide("container-health-checks");
  EXPECT_EQ(hc.status, Status::adopted);
  EXPECT_EQ(hc.note, "1 of 1 services/containers have health checks");
  EXPECT_EQ(f.decide("resource-limits").status, Status::adopted);
  auto orch = f.decide("orchestration");
  EXPECT_EQ(orch.status, Status::adopted);
  EXPECT_EQ(orch.note, "kubernetes — 1 file, 1 object");
  auto iac = f.decide("iac");
  EXPECT_EQ(iac.status, Status::adopted);
  EXPECT_EQ(iac.note, "terraform — 1 file, 1 resource (aws)");
  EXPECT_EQ(iac.evidence[0].path, "infra/main.tf");
}

TEST(ContainerRules, RegistryDecidedByTools) {
  Fixture f;
  stack(f);
  EXPECT_EQ(f.decide("container-registry").status, Status::not_started);
  f.facts.tools.push_back({"container-registry", "docker push", ToolHow::run, Origin::ci,
                           "publish", {".gitlab-ci.yml", 12, "docker push $IMAGE"}});
  auto a = f.decide("container-registry");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.evidence[0].line, 12);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ContainerRules, HealthChecksOnlyForServingImagesWithoutCompose) {
  Fixture cli;
  cli.tree.add("Dockerfile", "FROM golang:1.22 AS b\nFROM alpine:3.20\nENTRYPOINT [\"tool\"]\n");
  cli.scan();
  EXPECT_EQ(cli.decide("container-health-checks").status, Status::not_applicable);
  Fixture web;
  web.tree.add("Dockerfile", "FROM nginx:1.27\nEXPOSE 80\n");
  web.tree.add("worker/Dockerfile", "FROM python:3.12\nEXPOSE 9000\nHEALTHCHECK CMD true\n");
  web.scan();
  auto a = web.decide("container-health-checks");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note, "1 of 2 Dockerfiles declare `HEALTHCHECK`; without: `Dockerfile`");
  EXPECT_EQ(a.evidence[0].path, "worker/Dockerfile");
  EXPECT_EQ(a.evidence[0].line, 3);
}

}  // namespace
}  // namespace practrack

namespace practrack {

// oak: its only Dockerfile is a VS Code dev container; the project builds
// and runs no container, so the container practices do not apply, all
// alike (trial 11: compose said "1 Dockerfile built on its own" while
// multi-stage-builds said "No Dockerfile builds an image here").
TEST(ContainerRules, DevContainerIsNoContainerOfTheProject) {
  MemoryTree t;
  t.add("mod.ts", "export const x = 1;\n");
  t.add(".devcontainer/Dockerfile", "FROM mcr.microsoft.com/devcontainers/base:debian-10\n");
  t.add(".devcontainer/docker-compose.yml", "services:\n  app:\n    build: .\n");
  Diagnostics diags;
  ScanContext ctx(t, diags);
  Report r = scan_tree(ctx);
  EXPECT_TRUE(r.facts.containers.dockerfiles.empty());
  EXPECT_TRUE(r.facts.containers.compose_files.empty());
  for (const char* id : {"compose", "image-pinning", "multi-stage-builds", "container-registry"})
    EXPECT_EQ(r.find(id)->status, Status::not_applicable) << id << ": " << r.find(id)->note;
}

}  // namespace practrack
