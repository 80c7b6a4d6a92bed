// Manifests from untrusted repositories: broken encodings, deep nesting,
// symlinks, include cycles, and files far larger than any real manifest.
#include <gtest/gtest.h>

#include "probes/probe.h"
#include "tree/tree.h"

namespace practrack {
namespace {

struct Scan {
  MemoryTree tree;
  Diagnostics diags;
  RepoFacts facts;
  void run() {
    ScanContext ctx(tree, diags);
    for (const auto& row : manifest_probes()) row.run(ctx, facts);
    for (const auto& row : tool_probes()) row.run(ctx, facts);
  }
};

TEST(ManifestHostile, InvalidUtf8NamesSurvive) {
  Scan s;
  s.tree.add("requirements.txt", "caf\xc3\x28==1.0\nok==2.0\n\xff\xfe\n");
  s.tree.add("package.json", "{\"dependencies\": {\"a\xff\": \"1.0.0\"}}");
  s.run();
  EXPECT_GE(s.facts.dependencies.size(), 1u);
  for (const auto& d : s.facts.dependencies) EXPECT_FALSE(d.at.path.empty());
}

TEST(ManifestHostile, DeepNestingIsRefusedNotRecursed) {
  Scan s;
  s.tree.add("package.json", std::string(100000, '[') + std::string(100000, ']'));
  s.tree.add("composer.json", "{\"a\":" + std::string(50000, '{') + std::string(50000, '}') + "}");
  s.run();
  EXPECT_EQ(s.diags.size(), 2u);
  EXPECT_TRUE(s.facts.manifests.manifests.empty());
}

TEST(ManifestHostile, SymlinkedManifestIsNotFollowed) {
  Scan s;
  s.tree.add("pyproject.toml", "/etc/passwd", FileKind::symlink);
  s.run();
  EXPECT_TRUE(s.facts.manifests.manifests.empty());
  EXPECT_EQ(s.diags.size(), 0u);  // symlinks are not own files: never read
}

TEST(ManifestHostile, RequirementIncludesCannotLeaveTheTree) {
  Scan s;
  s.tree.add("requirements.txt", "-r ../../etc/requirements.txt\n-r requirements.txt\nx==1\n");
  s.run();
  ASSERT_EQ(s.facts.manifests.manifests.size(), 1u);
  EXPECT_EQ(s.facts.dependencies.size(), 1u);
}

TEST(ManifestHostile, OversizedManifestIsSkippedWithOneWarning) {
  Scan s;
  s.tree.add("go.mod", "module x\n" + std::string(3 << 20, '\n'));
  s.run();
  EXPECT_EQ(s.diags.size(), 1u);
  EXPECT_TRUE(s.facts.manifests.manifests.empty());
}

TEST(ManifestHostile, GarbageInEveryFormat) {
  Scan s;
  const std::string junk = "\x01\x02 [[[ {{{ <<< \"\"\" ''' === \x7f";
  for (const char* path :
       {"pyproject.toml", "Cargo.toml", "Pipfile", "pom.xml", "setup.cfg", "tox.ini", "setup.py",
        "Gemfile", "build.gradle", "CMakeLists.txt", "noxfile.py", ".golangci.yml",
        ".github/dependabot.yml", "gradle/libs.versions.toml", "tox.toml"})
    s.tree.add(path, junk);
  s.run();
  // Structured formats report themselves; line-based readers find nothing.
  EXPECT_GE(s.diags.size(), 5u);
  EXPECT_TRUE(s.facts.dependencies.empty());
}

}  // namespace
}  // namespace practrack
