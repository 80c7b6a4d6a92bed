#include <gtest/gtest.h>

#include "probes/container/container_probes.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {
namespace {

constexpr const char* kCompose = R"(services:
  postgres:
    image: postgres:16-alpine
    healthcheck:
      test: ["CMD", "pg_isready"]
    deploy:
      resources:
        limits:
          memory: 512M
    networks: [backend]
    env_file: .env
  redis:
    image: redis
    mem_limit: 256m
    healthcheck:
      disable: true
    networks:
      backend:
        aliases: [cache]
  web:
    build:
      context: ./web
      dockerfile: Dockerfile.prod
    extends:
      file: common.yml
      service: base
    env_file:
      - path: web.env
      - extra.env
  worker:
    build: ./worker
    cpus: "0.5"
    healthcheck:
      test: ["NONE"]
networks:
  backend:
    internal: true
  frontend: {}
)";

struct Scan {
  MemoryTree tree;
  Diagnostics diags;
  RepoFacts facts;
  void run() {
    ScanContext ctx(tree, diags);
    container::probe_compose(ctx, facts);
  }
};

TEST(ContainerCompose, ServicesHealthchecksLimitsNetworks) {
  Scan s;
  s.tree.add("deploy/docker-compose.yml", kCompose);
  s.run();
  ASSERT_EQ(s.facts.containers.compose_files.size(), 1u);
  const auto& f = s.facts.containers.compose_files[0];
  EXPECT_EQ(f.at.line, 1);
  ASSERT_EQ(f.services.size(), 4u);
  const auto& pg = f.services[0];
  EXPECT_EQ(pg.name, "postgres");
  EXPECT_EQ(pg.at.line, 2);
  EXPECT_EQ(pg.image_ref.display(), "postgres:16-alpine");
  EXPECT_TRUE(pg.healthcheck);
  EXPECT_EQ(pg.healthcheck_at.line, 5);
  EXPECT_TRUE(pg.resource_limits);
  EXPECT_EQ(pg.networks, std::vector<std::string>{"backend"});
  EXPECT_EQ(pg.env_files, std::vector<std::string>{".env"});

  const auto& redis = f.services[1];
  EXPECT_FALSE(redis.healthcheck);  // disable: true
  EXPECT_TRUE(redis.resource_limits);
  EXPECT_EQ(redis.networks, std::vector<std::string>{"backend"});

  const auto& web = f.services[2];
  EXPECT_TRUE(web.build);
  EXPECT_EQ(web.dockerfile, "deploy/web/Dockerfile.prod");
  EXPECT_EQ(web.extends, "base");
  EXPECT_EQ(web.env_files.size(), 2u);
  EXPECT_FALSE(web.resource_limits);

  const auto& worker = f.services[3];
  EXPECT_EQ(worker.dockerfile, "deploy/worker/Dockerfile");
  EXPECT_FALSE(worker.healthcheck);  // test: [NONE]
  EXPECT_TRUE(worker.resource_limits);

  EXPECT_EQ(f.networks, (std::vector<std::string>{"backend", "frontend"}));
  EXPECT_EQ(f.internal_networks, std::vector<std::string>{"backend"});
  EXPECT_TRUE(s.diags.all().empty());
}

TEST(ContainerCompose, FileNamesMatchedAnywhere) {
  Scan s;
  s.tree.add("compose.yaml", "services:\n  a:\n    image: x:1\n");
  s.tree.add("ops/compose.prod.yml", "services:\n  b:\n    image: y:1\n");
  s.tree.add("docker-compose.override.yaml", "services:\n  c:\n    image: z:1\n");
  s.tree.add("composer.yml", "services:\n  d:\n    image: z:1\n");  // not compose
  s.tree.add("node_modules/pkg/docker-compose.yml", "services:\n  e:\n    image: z\n");
  s.run();
  EXPECT_EQ(s.facts.containers.compose_files.size(), 3u);
}

TEST(ContainerCompose, MalformedYamlGivesOneDiagnostic) {
  Scan s;
  s.tree.add("docker-compose.yml", "services:\n  web:\n    image: [unclosed\n  - bad: : :\n");
  s.run();
  EXPECT_TRUE(s.facts.containers.compose_files.empty());
  auto all = s.diags.all();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].path, "docker-compose.yml");
  EXPECT_NE(all[0].message.find("malformed YAML"), std::string::npos);
}

TEST(ContainerCompose, NotComposeOrOddShapesAreQuiet) {
  Scan s;
  s.tree.add("docker-compose.yml", "version: '3'\n");                     // no services
  s.tree.add("compose.yml", "services: [a, b]\n");                         // not a map
  s.tree.add("compose-dev.yml", "services:\n  a: null\n  ? [x]\n  : y\n");  // odd keys
  s.run();
  ASSERT_EQ(s.facts.containers.compose_files.size(), 1u);
  EXPECT_EQ(s.facts.containers.compose_files[0].services.size(), 1u);
  EXPECT_TRUE(s.diags.all().empty());
}

}  // namespace
}  // namespace practrack
