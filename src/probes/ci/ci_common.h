// Helpers shared by the CI probes: loading a config file once with one
// diagnostic on failure, splitting script blocks into command lines,
// locating lines for evidence, and recording commands and action refs.
#pragma once

#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "facts/repo_facts.h"
#include "parse/yaml.h"
#include "scan/context.h"

namespace practrack::ci {

// Bounds against hostile configs (alias fan-out, deep nesting).
inline constexpr int kMaxDepth = 12;            // nested lists/maps walked
inline constexpr std::size_t kMaxLines = 4000;  // command lines per job
inline constexpr std::size_t kMaxJobs = 2000;   // jobs per config file
// Says, once per file, that only the first kMaxJobs of `jobs` were read.
void warn_jobs_cut(const ScanContext& ctx, const std::string& path, std::size_t jobs);

// A config file's text, with a line index for evidence.
struct CiFile {
  std::string path;
  std::string text;
  std::vector<std::string_view> lines;

  CiFile(std::string p, std::string t);
  CiFile(const CiFile&) = delete;
  CiFile& operator=(const CiFile&) = delete;
  // 1-based line of the first line at or after `from` containing
  // `needle`; `from` when not found.
  int find(std::string_view needle, int from) const;
  Evidence at(int line) const;
};

// Reads and parses one YAML file; on a parse failure records ONE warning
// naming the file (and line when known), adds the file to
// CiFacts::unparsed, and returns nullopt.
std::optional<YAML::Node> load_yaml(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f,
                                    std::optional<CiFile>& out);
std::optional<std::vector<YAML::Node>> load_yaml_all(const ScanContext& ctx, RepoFacts& facts,
                                                     const FileEntry& f,
                                                     std::optional<CiFile>& out);
// One warning for a parse error message ("malformed YAML: line 3: ...").
void warn_malformed(const ScanContext& ctx, const std::string& path, const std::string& error);
// The warning, and the file kept in CiFacts::unparsed for the rules.
void unparsed(const ScanContext& ctx, RepoFacts& facts, const std::string& path,
              const std::string& error);

// Command lines of a script node: a scalar (split on newlines) or a
// sequence, nested sequences flattened (bounded). Blank lines and
// comment-only lines are dropped. Each line gets its file line.
struct ScriptLine {
  std::string text;
  int line = 0;
};
std::vector<ScriptLine> script_lines(const YAML::Node& node, const CiFile& file);

// Appends the lines to the job and to facts.commands.
void add_commands(RepoFacts& facts, CiJob& job, const std::vector<ScriptLine>& lines,
                  std::string_view system, const CiFile& file);

// Children of a sequence / entries of a map, empty for any other node.
// Iterating a map as a sequence (or the reverse) makes yaml-cpp throw, and
// an untrusted file may have either shape anywhere.
std::vector<YAML::Node> seq(const YAML::Node& node);
std::vector<std::pair<YAML::Node, YAML::Node>> entries(const YAML::Node& node);

// Runs one file's scan; anything the bounded walkers did not foresee
// becomes one warning naming the file instead of aborting the scan.
template <typename F>
void guarded(const ScanContext& ctx, const std::string& path, F&& scan) {
  try {
    scan();
  } catch (const std::exception& e) {
    ctx.diags().warn(path, 0, std::string("unexpected CI config structure; skipped: ") + e.what());
  }
}

bool is_sha40(std::string_view s);
// Records a reusable step: "owner/action@ref", "image:tag", "image@sha256:..".
// `separator` is '@' for actions/orbs, ':' for images (digest '@' first).
void add_action(RepoFacts& facts, CiJob* job, std::string_view system, std::string_view spec,
                char separator, const Evidence& at);

// Branch names that mean the default branch in CI conditions.
bool is_default_branch_name(std::string_view branch);
// Lower-case containment of any of the '|'-separated words.
bool mentions_any(std::string_view text, std::string_view words);

}  // namespace practrack::ci
