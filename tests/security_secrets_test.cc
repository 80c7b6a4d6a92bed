#include <gtest/gtest.h>

#include "probes/security/security_probes.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using security::mask;
using security::scan_secrets;

// Fixtures are assembled at run time so this file holds no literal token
// that a secret scanner (ours or GitHub's) would flag.
std::string fake(std::string_view prefix, std::size_t n, char first = 'A') {
  std::string s(prefix);
  for (std::size_t i = 0; i < n; ++i) {
    auto letter = static_cast<char>('A' + (first - 'A' + static_cast<int>(i) * 7) % 26);
    if (i % 3 == 0)
      s += static_cast<char>('0' + i % 10);
    else
      s += i % 2 ? letter : static_cast<char>(letter + ('a' - 'A'));
  }
  return s;
}

TEST(SecuritySecrets, MaskKeepsFourCharacters) {
  EXPECT_EQ(mask("AKIA" + std::string("1234567890ABCDEF")), "AKIA****************");
  EXPECT_EQ(mask("abc"), "***");
  EXPECT_EQ(mask(std::string(100, 'x')).size(), 20u);
}

TEST(SecuritySecrets, ProviderTokensFoundWithLineAndMaskedExcerpt) {
  std::string gh = fake("ghp_", 36);
  std::string aws_id = "AKIA" + std::string("Q7RZ3KXW9MPL2VND");
  std::string aws_secret = fake("", 40, 'K');
  std::string text = "# settings\n"
                     "token = \"" + gh + "\"\n"
                     "AWS_ACCESS_KEY_ID=" + aws_id + "\n"
                     "AWS_SECRET_ACCESS_KEY=" + aws_secret + "\n";
  auto hits = scan_secrets("app/settings.py", text);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].kind, "github-token");
  EXPECT_EQ(hits[0].line, 2);
  EXPECT_EQ(hits[0].excerpt.find(gh), std::string::npos);
  EXPECT_NE(hits[0].excerpt.find("ghp_****"), std::string::npos);
  EXPECT_EQ(hits[1].kind, "aws-access-key");
  EXPECT_EQ(hits[1].line, 3);
  EXPECT_EQ(hits[1].excerpt, "AWS_ACCESS_KEY_ID=AKIA****************");
  EXPECT_EQ(hits[2].kind, "aws-secret-key");
  EXPECT_EQ(hits[2].line, 4);
  EXPECT_EQ(hits[2].excerpt.find(aws_secret), std::string::npos);
}

TEST(SecuritySecrets, PrivateKeyBlockNeedsKeyMaterial) {
  std::string body = fake("", 64);
  auto hits = scan_secrets("deploy/id_rsa", "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, "private-key");
  EXPECT_EQ(hits[0].line, 1);
  EXPECT_EQ(hits[0].excerpt, "-----BEGIN RSA PRIVATE KEY-----");
  // A parser mentioning the header is not a key.
  std::string parser = "if (strcmp(line, \"-----BEGIN PRIVATE KEY-----\") == 0) {\n  parse();\n";
  EXPECT_TRUE(scan_secrets("src/pem.c", parser).empty());
}

TEST(SecuritySecrets, OtherProviders) {
  std::string text = "a: " + fake("glpat-", 20) + "\n" +
                     "b: xoxb-123456789012-" + fake("", 24) + "\n" +
                     "c: " + fake("sk_live_", 24) + "\n" +
                     "d: " + fake("AIza", 35) + "\n";
  auto hits = scan_secrets("config.yml", text);
  ASSERT_EQ(hits.size(), 4u);
  EXPECT_EQ(hits[0].kind, "gitlab-token");
  EXPECT_EQ(hits[1].kind, "slack-token");
  EXPECT_EQ(hits[2].kind, "stripe-live-key");
  EXPECT_EQ(hits[3].kind, "google-api-key");
  EXPECT_EQ(hits[3].line, 4);
}

TEST(SecuritySecrets, PlaceholdersAndWeakValuesAreNotReported) {
  const char* text = R"(password = "changeme"
DB_PASSWORD="${DB_PASSWORD}"
password: "<your password>"
password = "xxxxxxxxxxxx"
password = "password123"
api_key = "{{ secrets.API_KEY }}"
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
password = "hunter2hunter2"
password: "test-password-1"
# db_password = "q8Zr!w2Lp9#x"
// client_secret: "q8Zr!w2Lp9#x"
)";
  EXPECT_TRUE(scan_secrets("app/config.py", text).empty());
}

TEST(SecuritySecrets, GenericPasswordOnlyWhenStrongAndOutsideTestsDocs) {
  std::string line = "db_password = \"q8Zr!w2Lp9#x\"\n";
  auto hits = scan_secrets("app/config.py", line);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, "password");
  EXPECT_EQ(hits[0].excerpt, "db_password = \"q8Zr********\"");
  EXPECT_TRUE(scan_secrets("tests/test_config.py", line).empty());
  EXPECT_TRUE(scan_secrets("docs/setup.md", line).empty());
  EXPECT_TRUE(scan_secrets("app/config.py", "db_password = \"q8Zr!w2Lp9#x\"  # gitleaks:allow\n")
                  .empty());
}

TEST(SecuritySecrets, SamplePathsAreTestsDocsAndExamples) {
  for (auto p : {"tests/Composer/Test/IO/BaseIOTest.php", "src/test/java/HeldCertificateTest.kt",
                 "pkg/auth_test.go", "app/test_auth.py", "web/auth.spec.ts", "lib/auth_spec.rb",
                 "okhttp-tls/README.md", "docs/changelogs/changelog_4x.md", "notes.txt",
                 "examples/app/config.py", "fixtures/keys.pem", "src/__tests__/a.js"})
    EXPECT_TRUE(security::sample_path(p)) << p;
  for (auto p : {"src/Config.php", "config/settings.yml", "src/latest.py", "contest/main.go",
                 "attestation/keys.go", "deploy/id_rsa", "src/Testing.kt"})
    EXPECT_FALSE(security::sample_path(p)) << p;
}

TEST(SecuritySecrets, HitsInSamplesAndKeyBlocksInCommentsAreMarked) {
  std::string gh = fake("ghp_", 36);
  EXPECT_TRUE(scan_secrets("tests/IOTest.php", "$t = '" + gh + "';\n").at(0).sample);
  EXPECT_FALSE(scan_secrets("src/IO.php", "$t = '" + gh + "';\n").at(0).sample);
  std::string body = fake("", 64);
  auto doc = scan_secrets("src/Held.kt", " * -----BEGIN PRIVATE KEY-----\n * " + body + "\n");
  ASSERT_EQ(doc.size(), 1u);
  EXPECT_TRUE(doc[0].sample);
  auto key = scan_secrets("deploy/key.txt.j2", "-----BEGIN PRIVATE KEY-----\n" + body + "\n");
  ASSERT_EQ(key.size(), 1u);
  EXPECT_FALSE(key[0].sample);
}

TEST(SecuritySecrets, ProbeSkipsLockFilesVendoredAndBinary) {
  MemoryTree tree;
  std::string gh = fake("ghp_", 36);
  tree.add("src/app.js", "const t = '" + gh + "';\n");
  tree.add("package-lock.json", "{\"x\": \"" + gh + "\"}\n");
  tree.add("vendor/lib/x.js", "const t = '" + gh + "';\n");
  tree.add("data.bin", std::string("\0\0", 2) + gh);
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  security::probe_content(ctx, facts);
  ASSERT_EQ(facts.security.secrets.size(), 1u);
  EXPECT_EQ(facts.security.secrets[0].at.path, "src/app.js");
  EXPECT_EQ(facts.security.secrets[0].at.line, 1);
  EXPECT_EQ(facts.security.text_files_scanned, 1);  // lock file and binary are not scanned
  EXPECT_TRUE(diags.all().empty());
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(SecuritySecrets, GitleaksAllowlistPathsAndIgnoreFingerprints) {
  std::string token = "ghp_";
  for (int i = 0; i < 36; ++i) token += static_cast<char>(i % 2 ? 'a' + i % 26 : '0' + i % 10);
  MemoryTree tree;
  tree.add(".gitleaks.toml", "[allowlist]\npaths = ['''(^|/)rules/''', '''[''']\n");
  tree.add(".gitleaksignore",
           "0123456789abcdef0123456789abcdef01234567:src/known.py:github-pat:2\n"
           "src/other.py:generic:1\n");
  tree.add("rules/github.go", "var sample = \"" + token + "\"\n");
  tree.add("src/known.py", "# fixture\nT = '" + token + "'\n");
  tree.add("src/other.py", "T = '" + token + "'\n");
  tree.add("src/leak.py", "T = '" + token + "'\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  security::probe_content(ctx, facts);
  ASSERT_EQ(facts.security.secrets.size(), 1u);
  EXPECT_EQ(facts.security.secrets[0].at.path, "src/leak.py");
  EXPECT_EQ(facts.security.secrets_allowlisted, 3);
}

}  // namespace
}  // namespace practrack
