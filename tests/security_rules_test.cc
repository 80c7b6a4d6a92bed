#include <gtest/gtest.h>

#include "probes/probe.h"
#include "probes/security/security_probes.h"
#include "rules/rule.h"
#include "scan/context.h"
#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

struct Fixture {
  MemoryTree tree;
  Diagnostics diags;
  RepoFacts facts;
  void scan() {
    ScanContext ctx(tree, diags);
    for (const auto& row : container_probes()) row.run(ctx, facts);
    for (const auto& row : security_probes()) row.run(ctx, facts);
    security::probe_fuzz_targets(ctx, facts);  // a source-family row: it waits for the file pass
  }
  Assessment decide(std::string_view id) const {
    const RuleRow* rule = find_rule(id);
    EXPECT_NE(rule, nullptr) << id;
    return rule ? rule->decide(facts) : Assessment{};
  }
};

std::string fake_github_token() {
  std::string s = "ghp_";
  for (int i = 0; i < 36; ++i) s += static_cast<char>(i % 2 ? 'a' + i % 26 : '0' + i % 10);
  return s;
}

TEST(SecurityRules, SecretsExcludedAdoptedWhenIgnoredAndClean) {
  Fixture f;
  f.tree.add(".gitignore", ".env\n*.pem\n");
  f.tree.add("app.py", "import os\nTOKEN = os.environ['TOKEN']\n");
  f.scan();
  auto a = f.decide("secrets-excluded");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`.env` in `.gitignore` ignored; no committed secret in 2 text files scanned");
  ASSERT_EQ(a.evidence.size(), 1u);
  EXPECT_EQ(a.evidence[0].line, 1);
}

TEST(SecurityRules, SecretsExcludedFindingsMaskedWithPathAndLine) {
  Fixture f;
  f.tree.add(".gitignore", ".env\n");
  f.tree.add("src/deploy.sh", "#!/bin/sh\nexport GH_TOKEN=" + fake_github_token() + "\n");
  f.tree.add(".env", "A=1\n");
  f.scan();
  auto a = f.decide("secrets-excluded");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note,
            "`.env` in `.gitignore` ignored, but 2 findings: github-token `src/deploy.sh:2`, "
            "committed `.env`");
  bool masked = false;
  for (const auto& e : a.evidence) {
    EXPECT_EQ(e.excerpt.find(fake_github_token()), std::string::npos);
    masked = masked || e.excerpt == "export GH_TOKEN=ghp_****************";
  }
  EXPECT_TRUE(masked);
}

TEST(SecurityRules, SecretsExcludedNotIgnoredAndFound) {
  Fixture f;
  f.tree.add("config.js", "module.exports = {token: '" + fake_github_token() + "'};\n");
  f.scan();
  EXPECT_EQ(f.decide("secrets-excluded").status, Status::not_started);
}

// composer keeps fake `ghp_` tokens in tests/.../BaseIOTest.php; okhttp
// documents sample keys in docs/ and in a KDoc comment.
TEST(SecurityRules, SecretsExcludedSamplesInTestsAndDocsAreMentionedNotCounted) {
  std::string key = "-----BEGIN PRIVATE KEY-----\n" + std::string(64, 'Q') + "\n";
  Fixture f;
  f.tree.add(".gitignore", ".env\n");
  f.tree.add("tests/Composer/Test/IO/BaseIOTest.php", "$t = '" + fake_github_token() + "';\n");
  f.tree.add("src/IOTest.php", "$t = '" + fake_github_token() + "';\n");
  f.tree.add("docs/changelog.md", key);
  f.tree.add("tls/src/Held.kt", "/**\n * A key:\n * " + key.substr(0, 27) + "\n * " +
                                    std::string(64, 'Q') + "\n */\nclass Held\n");
  f.scan();
  auto a = f.decide("secrets-excluded");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note,
            "`.env` in `.gitignore` ignored; no committed secret in 5 text files scanned; 4 "
            "secret-shaped strings in test, doc or example files or doc comments taken for "
            "samples (first `docs/changelog.md:1`)");
  EXPECT_EQ(f.decide("secrets-in-env").note,
            "No secrets read from the environment or a secret store");

  // The same token in source or config still sinks the practice, and a key
  // block outside a comment is a key.
  f.tree.add("src/Config.php", "$t = '" + fake_github_token() + "';\n");
  f.tree.add("deploy/server.kt", "val k = \"\"\"\n" + key + "\"\"\"\n");
  f.facts = {};
  f.scan();
  a = f.decide("secrets-excluded");
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_TRUE(a.note.starts_with(
      "`.env` in `.gitignore` ignored, but 2 findings: private-key `deploy/server.kt:2`, "
      "github-token `src/Config.php:1`; 4 secret-shaped strings"))
      << a.note;
  EXPECT_EQ(f.decide("secrets-in-env").status, Status::not_started);
}

// Trial 7: SECURITY.md -> ../policy/SECURITY.md was skipped without a word.
TEST(SecurityRules, SymlinkedSecurityPolicyIsNamedInAWarning) {
  Fixture f;
  f.tree.add("SECURITY.md", "../policy/SECURITY.md", FileKind::symlink);
  f.tree.add("README.md", "# x\n");
  f.scan();
  EXPECT_EQ(f.decide("security-policy").status, Status::not_started);
  auto all = f.diags.all();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].path, "SECURITY.md");
  EXPECT_NE(all[0].message.find("symlink"), std::string::npos) << all[0].message;
}

TEST(SecurityRules, BinaryArtifacts) {
  Fixture clean;
  clean.tree.add("main.c", "int main(void) { return 0; }\n");
  clean.scan();
  auto a = clean.decide("binary-artifacts");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "No executables or archives among 1 file checked by content");

  Fixture own;
  own.tree.add("tools/protoc", std::string("\x7f" "ELF\2\1\1\0", 8));
  own.tree.add("testdata/sample.zip", std::string("PK\3\4\0\0", 6));
  own.scan();
  auto b = own.decide("binary-artifacts");
  EXPECT_EQ(b.status, Status::not_started);
  EXPECT_EQ(b.note,
            "1 committed binary: `tools/protoc` (elf); 1 more in vendored/test-data folders");
  EXPECT_EQ(b.evidence[0].path, "tools/protoc");

  Fixture vendored;
  vendored.tree.add("testdata/sample.zip", std::string("PK\3\4\0\0", 6));
  vendored.scan();
  EXPECT_EQ(vendored.decide("binary-artifacts").status, Status::partial);

  // A test target's own resource (GzipSwift: Tests/GzipTests/test.txt.gz)
  // is a test input, not a shipped binary (trial 11).
  Fixture test_target;
  test_target.tree.add("Tests/GzipTests/test.txt.gz", std::string("\x1f\x8b\x08\0\0\0", 6));
  test_target.scan();
  auto t = test_target.decide("binary-artifacts");
  EXPECT_EQ(t.status, Status::partial) << t.note;
  EXPECT_NE(t.note.find("only in vendored/test-data folders"), std::string::npos) << t.note;
}

TEST(SecurityRules, SecurityPolicyNotInVendoredFolders) {
  Fixture f;
  f.tree.add("vendor/lib/SECURITY.md", "# Security\n");
  f.scan();
  EXPECT_EQ(f.decide("security-policy").status, Status::not_started);
  Fixture g;
  g.tree.add(".github/SECURITY.md", "# Security\n");
  g.scan();
  auto a = g.decide("security-policy");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "`.github/SECURITY.md`");
}

TEST(SecurityRules, NetworkPoliciesAndAccessControlFromManifests) {
  Fixture f;
  f.tree.add("k8s/policy.yaml",
             "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny}\n"
             "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n"
             "metadata: {name: r}\n---\napiVersion: rbac.authorization.k8s.io/v1\n"
             "kind: ClusterRoleBinding\nmetadata: {name: rb}\n");
  f.scan();
  auto np = f.decide("network-policies");
  EXPECT_EQ(np.status, Status::adopted);
  EXPECT_EQ(np.note, "1 network policy");
  EXPECT_EQ(np.evidence[0].line, 2);
  auto ac = f.decide("access-control");
  EXPECT_EQ(ac.status, Status::adopted);
  EXPECT_EQ(ac.note, "Roles and ownership: 1 ClusterRole, 1 ClusterRoleBinding");
}

TEST(SecurityRules, AccessControlFromCodeownersOrAttestation) {
  Fixture f;
  f.tree.add(".github/CODEOWNERS", "* @org/devs\n/.github/workflows/ @org/security\n");
  f.scan();
  auto a = f.decide("access-control");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.evidence[0].line, 2);
  Fixture none;
  none.tree.add("README.md", "# x\n");
  none.scan();
  auto b = none.decide("access-control");
  EXPECT_EQ(b.status, Status::not_started);
  EXPECT_TRUE(b.needs_attestation);
}

TEST(SecurityRules, FuzzingFromTargetsOrTools) {
  Fixture f;
  f.tree.add("fuzz/fuzz_parse.cc",
             "#include <cstdint>\nextern \"C\" int LLVMFuzzerTestOneInput(const uint8_t* d, "
             "size_t n) { return 0; }\n");
  f.tree.add("pkg/parse_test.go", "package p\nfunc FuzzParse(f *testing.F) {}\n");
  f.scan();
  auto a = f.decide("fuzzing");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "2 fuzz targets: `fuzz/fuzz_parse.cc`, `pkg/parse_test.go`");
  EXPECT_EQ(a.evidence[0].line, 2);
  Fixture none;
  none.tree.add("README.md", "We should add fuzzing with LLVMFuzzerTestOneInput(.\n");
  none.tree.add("docs/fuzzing.md", "Write `int LLVMFuzzerTestOneInput(const uint8_t*)`.\n");
  none.tree.add("src/fuzz_probe.cc", "RE2 re(R\"(@FuzzTest\\b)\");\n");
  none.scan();
  EXPECT_EQ(none.decide("fuzzing").status, Status::not_started);
}

// A whole scan finds fuzz targets in the file pass's one read of each file,
// on its threads when the files are many.
TEST(SecurityRules, FuzzTargetsComeFromTheFilePass) {
  MemoryTree tree;
  for (int i = 0; i < 80; ++i)
    tree.add("pkg/p" + std::to_string(i) + "/x_test.go",
             "package p\n\nfunc TestX(t *testing.T) {}\n");
  tree.add("pkg/p7/parse_test.go", "package p\n\nfunc FuzzParse(f *testing.F) {}\n");
  tree.add("fuzz/fuzz_read.cc", "// harness\nint LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) {}\n");
  auto a = test_support::assess(tree, "fuzzing");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "2 fuzz targets: `fuzz/fuzz_read.cc`, `pkg/p7/parse_test.go`");
}

// Trial 14 (flysystem): the throwaway keys of the test SFTP server in
// test_files/sftp/ are test data, not leaks.
TEST(SecurityRules, KeysInATestFilesFolderAreTestData) {
  std::string key = "-----BEGIN RSA PRIVATE KEY-----\n" + std::string(64, 'Q') + "\n";
  Fixture f;
  f.tree.add(".gitignore", ".env\n");
  f.tree.add("test_files/sftp/id_rsa", key);
  f.tree.add("src/Filesystem.php", "<?php\nclass Filesystem {}\n");
  f.scan();
  EXPECT_EQ(f.decide("secrets-excluded").status, Status::adopted)
      << f.decide("secrets-excluded").note;
  Fixture leak;
  leak.tree.add(".gitignore", ".env\n");
  leak.tree.add("deploy/id_rsa", key);
  leak.scan();
  EXPECT_EQ(leak.decide("secrets-excluded").status, Status::partial)
      << leak.decide("secrets-excluded").note;
}

// Regression (undici): test/fuzzing/ runs fast-check over random bytes.
TEST(SecurityRules, JavascriptFuzzHarnesses) {
  Fixture f;
  f.tree.add("test/fuzzing/fuzzing.test.js",
             "const fc = require('fast-check')\ntest('body', async () => {\n"
             "  await fc.assert(fc.asyncProperty(fc.uint8Array(), async (b) => {}))\n})\n");
  f.tree.add("fuzz/parse.fuzz.js", "module.exports.fuzz = function (data) {}\n");
  f.tree.add("test/props.test.js", "await fc.assert(fc.property(fc.string(), () => true))\n");
  f.scan();
  auto a = f.decide("fuzzing");
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "2 fuzz targets: `fuzz/parse.fuzz.js`, `test/fuzzing/fuzzing.test.js`");
}

TEST(SecurityRules, ToolPracticesUseTheResolver) {
  Fixture f;
  f.tree.add("Dockerfile", "FROM alpine:3.20\n");
  f.scan();
  auto sast = f.decide("sast");
  EXPECT_EQ(sast.status, Status::not_started);
  EXPECT_TRUE(sast.needs_attestation);
  EXPECT_EQ(f.decide("image-scanning").status, Status::not_started);
  f.facts.tools.push_back({"image-scanning", "trivy", ToolHow::run, Origin::ci, "scan",
                           {".github/workflows/ci.yml", 30, "trivy image app"}});
  f.facts.tools.push_back({"sast", "bandit", ToolHow::dependency, Origin::ci, "",
                           {"pyproject.toml", 12, "bandit"}});
  EXPECT_EQ(f.decide("image-scanning").status, Status::adopted);
  EXPECT_EQ(f.decide("sast").status, Status::partial);
  Fixture bare;
  bare.tree.add("main.c", "int main;\n");
  bare.scan();
  EXPECT_EQ(bare.decide("image-scanning").status, Status::not_applicable);
}

}  // namespace
}  // namespace practrack
