// The security probes, and the pure functions behind them (exposed for
// tests). Rows are listed in security_family.cc.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "facts/repo_facts.h"
#include "scan/context.h"

namespace practrack::security {

// Findings the project has declared not secret, in gitleaks' own files.
struct SecretAllowlist {
  std::vector<std::unique_ptr<re2::RE2>> paths;   // `.gitleaks.toml` allowlist paths
  std::set<std::pair<std::string, int>> lines;    // `.gitleaksignore` path and line
  bool allows(const std::string& path, int line) const;
};
SecretAllowlist load_allowlist(const ScanContext& ctx);
// Whether the file is one load_allowlist() reads.
bool is_allowlist_file(std::string_view path);

// One secret found in a text: its kind, its 1-based line, and the line as
// an excerpt with every secret on it masked.
struct SecretHit {
  std::string kind;
  int line = 0;
  std::string excerpt;
  bool sample = false;  // see SecretFinding::sample
};

// An access key id of 20 characters -> "AKIA****************": the first
// four kept, the rest starred (at most 16 stars).
std::string mask(std::string_view secret);

// High-confidence secrets in one text file. `path` decides whether the
// generic `password = "..."` pattern applies (not in tests, docs,
// examples). Lines carrying an allowlist marker (`gitleaks:allow`,
// `pragma: allowlist secret`, `nosec`) are skipped, as those tools do.
std::vector<SecretHit> scan_secrets(std::string_view path, std::string_view text);
// Compiles the secret patterns now rather than at the first file.
void prepare_secret_scan();

// Whether a secret in `path` is test data, documentation or a sample: a
// test/fixture/doc/example folder, a test file by name, or a text document.
bool sample_path(std::string_view path);

// Whether the first bytes of a file show an executable or an archive:
// "elf", "pe", "mach-o", "java-class", "wasm", "zip", "jar", "gzip",
// "bzip2", "xz", "zstd", "7z", "rar", "tar"; "" otherwise. Office and
// OpenDocument files are zips too but documents, not binaries: a zip whose
// path ends in a document extension is not reported.
std::string sniff_binary(std::string_view path, std::string_view head);

// A path's fate under the lines of one `.gitignore` kept in `dir` ("" for
// the root): the 1-based line of the last matching pattern, negative when
// that pattern re-includes (`!`), 0 when none matches.
int gitignore_match(std::string_view gitignore, std::string_view dir, std::string_view path);

// Reads each file once: sniffs every file (vendored too) for binaries and
// scans own text files for secrets.
void probe_content(const ScanContext& ctx, RepoFacts& facts);
void reset_content(RepoFacts& facts);
void keep_content(RepoFacts& from, RepoFacts& to);
bool update_content(const ScanContext& ctx, RepoFacts& facts, std::span<const FileChange> changes);
// Its per-file analysis, for the file pass (scan/file_pass.h).
FileAnalysis content_analysis();
// What `.gitignore` files keep out (`.env`, private keys).
void probe_gitignore(const ScanContext& ctx, RepoFacts& facts);
void reset_gitignore(RepoFacts& facts);
// Committed `.env` files and the security policy.
void probe_env_files(const ScanContext& ctx, RepoFacts& facts);
void reset_env_files(RepoFacts& facts);
void probe_security_policy(const ScanContext& ctx, RepoFacts& facts);
// CODEOWNERS entries that guard sensitive paths.
void probe_codeowners(const ScanContext& ctx, RepoFacts& facts);
// Fuzz targets in files named *fuzz* and Go test files, found by the file
// pass (fuzz_analysis); the probe waits for it.
FileAnalysis fuzz_analysis();
void probe_fuzz_targets(const ScanContext& ctx, RepoFacts& facts);
void reset_fuzz_targets(RepoFacts& facts);

}  // namespace practrack::security
