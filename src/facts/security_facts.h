// Facts for security practices that no other family gathers: committed
// secrets, committed binaries, what `.gitignore` keeps out, and the
// security policy file (probes/security/*).
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

struct SecretFinding {
  std::string kind;  // "aws-access-key", "private-key", "github-token", ...
  Evidence at;       // excerpt has the secret masked (first 4 characters kept)
  // In a test, fixture, doc or example file, or a key block inside a
  // source comment: a sample, mentioned but not taken for a leak.
  bool sample = false;
};

struct BinaryFile {
  std::string path;
  std::string kind;       // "elf", "pe", "mach-o", "java-class", "zip", "gzip", ...
  bool vendored = false;  // under a vendored/third-party/test-data folder
  bool wrapper = false;   // a build-tool wrapper jar (gradle/maven), tolerated
  Evidence at;
};

struct SecurityFacts {
  std::vector<SecretFinding> secrets;
  std::vector<BinaryFile> binaries;
  int text_files_scanned = 0;  // own text files the secret scan read
  int secrets_allowlisted = 0; // findings the project's gitleaks allowlist covers
  int files_sniffed = 0;       // files whose first bytes the binary scan read
  int judged_by_name = 0;      // files too large to read, judged by extension
  // Own text files too large for the secret scan (over 1 MiB), path order.
  std::vector<std::string> unscanned_files;

  // Committed environment files holding values: `.env`, `.env.local`,
  // `.env.production` ... (templates such as `.env.example` are not here).
  std::vector<Evidence> env_files;
  // The same in a sample or demo folder with no secret-looking key: shown
  // in notes, not counted as committed secrets.
  std::vector<Evidence> sample_env_files;

  // What the committed root `.gitignore` (and nested ones) keep out.
  // `env_ignored`: a path named `.env` is ignored; `env_ignored_at` is the
  // deciding `.gitignore` line. Read by config-secrets' env-gitignored rule.
  bool gitignore_present = false;
  bool env_ignored = false;
  Evidence env_ignored_at;
  // `*.pem` / `*.key` / `id_rsa` private-key files are ignored.
  bool keys_ignored = false;
  Evidence keys_ignored_at;

  // Fuzz targets in source: LLVMFuzzerTestOneInput, Go `func FuzzX(f
  // *testing.F)`, cargo-fuzz `fuzz_target!`, atheris, Jazzer.
  std::vector<Evidence> fuzz_targets;

  // CODEOWNERS lines that assign owners to sensitive paths (CI workflows,
  // infrastructure, deployment, auth, security), for access-control.
  std::vector<Evidence> codeowners_sensitive;

  // SECURITY.md (root, .github/, docs/) or another disclosure policy; else
  // a README section on reporting vulnerabilities, with its heading's line
  // (a policy file has line 0).
  Evidence security_policy;  // path empty when none
};

}  // namespace practrack
