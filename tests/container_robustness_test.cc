#include <gtest/gtest.h>

#include "probes/probe.h"
#include "support/assess.h"
#include "rules/rule.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {
namespace {

// Hostile inputs: invalid UTF-8, NUL bytes, deep nesting, huge lines. The
// probes must finish, report at most one diagnostic per file, and the
// rules must still decide every practice.
TEST(ContainerRobustness, HostileFilesYieldDiagnosticsNotCrashes) {
  MemoryTree tree;
  tree.add("Dockerfile", "FROM \xff\xfe:\xc0\xaf\nHEALTHCHECK \\\n");
  tree.add("docker-compose.yml", std::string(5000, '[') + "\n");
  tree.add("k8s/deep.yaml", "apiVersion: v1\nkind: List\nitems: " + std::string(3000, '[') + "\n");
  tree.add("k8s/binary.yaml", std::string("apiVersion: v1\nkind: Pod\n\0\0\0", 28));
  tree.add("main.tf", "resource \"" + std::string(100000, 'a') + "\n");
  tree.add(".gitignore", std::string("\\") + std::string(1000, '*') + "[\n!\n/\n");
  tree.add("charts/x/Chart.yaml", "name: [\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  for (const auto& row : container_probes()) row.run(ctx, facts);
  for (const auto& row : security_probes()) row.run(ctx, facts);
  std::map<std::string, int> per_file;
  for (const auto& d : diags.all()) ++per_file[d.path];
  for (const auto& [path, n] : per_file) EXPECT_LE(n, 1) << path;
  EXPECT_EQ(per_file.count("docker-compose.yml"), 1u);
  EXPECT_EQ(per_file.count("charts/x/Chart.yaml"), 1u);
  ASSERT_EQ(facts.containers.dockerfiles.size(), 1u);
  for (auto id : {"compose", "image-pinning", "container-health-checks", "secrets-excluded",
                  "binary-artifacts", "network-policies"}) {
    const RuleRow* rule = find_rule(id);
    ASSERT_NE(rule, nullptr);
    EXPECT_FALSE(rule->decide(facts).note.empty()) << id;
  }
  // A compose file that does not parse is named, not taken for none (trial
  // 17: compose was N/A "no compose file").
  Assessment compose = find_rule("compose")->decide(facts);
  EXPECT_EQ(compose.status, Status::not_started) << compose.note;
  EXPECT_NE(compose.note.find("`docker-compose.yml` exists but could not be parsed"),
            std::string::npos)
      << compose.note;
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// Trial 12: a Dockerfile too large to read left every container practice
// N/A ("no Dockerfile") while monorepo counted it as a component.
TEST(ContainerRobustness, AnUnreadDockerfileIsNoComponentEither) {
  MemoryTree tree;
  tree.add("go.mod", "module example.com/x\n\ngo 1.22\n");
  tree.add("big/Dockerfile", "FROM alpine:3.20\n" + std::string(3 << 20, '#'));
  Report report = test_support::scan_memory(tree);
  const Assessment* monorepo = report.find("monorepo");
  ASSERT_NE(monorepo, nullptr);
  EXPECT_EQ(monorepo->note.find("big/"), std::string::npos) << monorepo->note;
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// Trial 13 (laravel): packages split out of src/Illuminate/*/ are
// components three folders down.
TEST(ContainerRobustness, ComponentsThreeFoldersDownCount) {
  MemoryTree tree;
  tree.add("composer.json", "{\"name\": \"laravel/framework\"}\n");
  for (const char* pkg : {"Bus", "Cache", "Queue"})
    tree.add(std::string("src/Illuminate/") + pkg + "/composer.json",
             std::string("{\"name\": \"illuminate/") + pkg + "\"}\n");
  tree.add("a/b/c/d/package.json", "{\"name\": \"too-deep\"}\n");
  Report report = test_support::scan_memory(tree);
  const Assessment* monorepo = report.find("monorepo");
  ASSERT_NE(monorepo, nullptr);
  EXPECT_EQ(monorepo->status, Status::adopted) << monorepo->note;
  EXPECT_NE(monorepo->note.find("4 components"), std::string::npos) << monorepo->note;
}

}  // namespace
}  // namespace practrack
