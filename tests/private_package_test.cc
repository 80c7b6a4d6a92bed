// Regression: a private package.json of test tooling (tests/schema/) made
// package-publishing partial ("can build a package") and decided
// dependency-pinning for a project that declares no dependencies.
#include <gtest/gtest.h>

#include "probes/probe.h"
#include "rules/rule.h"
#include "tree/tree.h"

namespace practrack {
namespace {

RepoFacts manifests_of(const MemoryTree& tree) {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  for (const auto& row : manifest_probes()) row.run(ctx, facts);
  return facts;
}

Assessment decide(std::string_view id, const RepoFacts& f) { return find_rule(id)->decide(f); }

constexpr const char* kToolingPackage =
    R"({"name": "checks", "private": true, "dependencies": {"ajv": "8.17.1"}})";

TEST(PrivatePackage, IsNeverPublishedNorTheProductsDependencies) {
  MemoryTree tree;
  tree.add("src/main.cc", "int main() {}\n");
  tree.add("tests/schema/package.json", kToolingPackage);
  tree.add("tests/schema/package-lock.json", "{}");
  RepoFacts f = manifests_of(tree);
  ASSERT_EQ(f.manifests.manifests.size(), 1u);
  EXPECT_TRUE(f.manifests.manifests[0].private_package);
  EXPECT_EQ(decide("package-publishing", f).status, Status::not_applicable);
  // The git family also records the folder as a component of the repository.
  f.git.components.push_back(
      {"tests/schema", "package.json", Evidence{"tests/schema/package.json", 0, ""}});
  EXPECT_EQ(decide("package-publishing", f).status, Status::not_applicable);
  Assessment pin = decide("dependency-pinning", f);
  EXPECT_EQ(pin.status, Status::not_applicable) << pin.note;
}

TEST(PrivatePackage, OnlyPrivateManifestsMeanNothingToPublish) {
  MemoryTree tree;
  tree.add("package.json", R"({"name": "site", "private": true, "dependencies": {"a": "1.0.0"}})");
  RepoFacts f = manifests_of(tree);
  Assessment pub = decide("package-publishing", f);
  EXPECT_EQ(pub.status, Status::not_applicable);
  EXPECT_EQ(pub.note, "`package.json` is private (`\"private\": true`): nothing to publish");
  // A private root package is still the product's: its pinning counts.
  EXPECT_NE(decide("dependency-pinning", f).status, Status::not_applicable);
}

}  // namespace
}  // namespace practrack
