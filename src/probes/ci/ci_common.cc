#include "probes/ci/ci_common.h"

#include "parse/limits.h"
#include "probes/parse_warning.h"
#include "util/text.h"

namespace practrack::ci {

CiFile::CiFile(std::string p, std::string t) : path(std::move(p)), text(std::move(t)) {
  lines = text::lines(text);
}

int CiFile::find(std::string_view needle, int from) const {
  if (from < 1) from = 1;
  for (std::size_t i = static_cast<std::size_t>(from - 1); i < lines.size(); ++i)
    if (text::contains(lines[i], needle)) return static_cast<int>(i + 1);
  return from;
}

Evidence CiFile::at(int line) const {
  Evidence e{path, line, ""};
  if (line >= 1 && static_cast<std::size_t>(line) <= lines.size())
    e.excerpt = text::excerpt(lines[static_cast<std::size_t>(line - 1)]);
  return e;
}

namespace {

std::string malformed(const std::string& error) {
  return text::starts_with(error, "malformed") ? error : "malformed YAML: " + error;
}

}  // namespace

void warn_malformed(const ScanContext& ctx, const std::string& path, const std::string& error) {
  warn_parse_error(ctx, path, malformed(error));
}

void warn_jobs_cut(const ScanContext& ctx, const std::string& path, std::size_t jobs) {
  if (jobs > kMaxJobs)
    ctx.diags().warn(path, 0,
                     "only the first " + std::to_string(kMaxJobs) + " of " + std::to_string(jobs) +
                         " jobs are read");
}

void unparsed(const ScanContext& ctx, RepoFacts& facts, const std::string& path,
              const std::string& error) {
  warn_malformed(ctx, path, error);
  facts.ci.unparsed.push_back(Evidence{path, locate_error(error).line, malformed(error)});
}

std::optional<YAML::Node> load_yaml(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f,
                                    std::optional<CiFile>& out) {
  auto content = ctx.read_text(f);
  if (!content) return std::nullopt;
  auto doc = parse_yaml(*content);
  if (!doc) {
    unparsed(ctx, facts, f.path, doc.error());
    return std::nullopt;
  }
  out.emplace(f.path, std::move(*content));
  return *doc;
}

std::optional<std::vector<YAML::Node>> load_yaml_all(const ScanContext& ctx, RepoFacts& facts,
                                                     const FileEntry& f,
                                                     std::optional<CiFile>& out) {
  auto content = ctx.read_text(f);
  if (!content) return std::nullopt;
  auto docs = parse_yaml_all(*content);
  if (!docs) {
    unparsed(ctx, facts, f.path, docs.error());
    return std::nullopt;
  }
  out.emplace(f.path, std::move(*content));
  return *docs;
}

namespace {

bool is_comment_or_blank(std::string_view line) {
  auto t = text::trim(line);
  return t.empty() || t.front() == '#';
}

void collect(const YAML::Node& node, const CiFile& file, int depth, std::vector<ScriptLine>& out) {
  if (!node || depth > kMaxDepth || out.size() >= kMaxLines) return;
  if (node.IsScalar()) {
    int from = yaml_line(node);
    for (auto raw : text::lines(node.Scalar())) {
      if (out.size() >= kMaxLines) return;
      if (is_comment_or_blank(raw)) continue;
      std::string line(text::trim(raw));
      // Locate the line in the file; block scalars start below their key.
      int at = from > 0 ? file.find(line.substr(0, 60), from) : 0;
      out.push_back({line, at});
      if (at > 0) from = at;
    }
    return;
  }
  if (node.IsSequence())
    for (const auto& item : seq(node)) collect(item, file, depth + 1, out);
}

}  // namespace

std::vector<ScriptLine> script_lines(const YAML::Node& node, const CiFile& file) {
  std::vector<ScriptLine> out;
  collect(node, file, 0, out);
  return out;
}

void add_commands(RepoFacts& facts, CiJob& job, const std::vector<ScriptLine>& lines,
                  std::string_view system, const CiFile& file) {
  for (const auto& l : lines) {
    if (job.script.size() >= kMaxLines) return;
    job.script.push_back(l.text);
    Evidence at = l.line > 0 ? file.at(l.line) : Evidence{file.path, 0, text::excerpt(l.text)};
    facts.commands.push_back({Origin::ci, std::string(system), job.name, l.text, at});
  }
}

std::vector<YAML::Node> seq(const YAML::Node& node) {
  std::vector<YAML::Node> out;
  if (!node || !node.IsSequence()) return out;
  for (const auto& item : node) {
    if (out.size() >= kMaxJobs * 5) break;
    out.push_back(item);
  }
  return out;
}

std::vector<std::pair<YAML::Node, YAML::Node>> entries(const YAML::Node& node) {
  std::vector<std::pair<YAML::Node, YAML::Node>> out;
  if (!node || !node.IsMap()) return out;
  for (const auto& kv : node) {
    if (out.size() >= kMaxJobs * 5) break;
    out.emplace_back(kv.first, kv.second);
  }
  return out;
}

bool is_sha40(std::string_view s) {
  if (s.size() != 40) return false;
  for (char c : s)
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

void add_action(RepoFacts& facts, CiJob* job, std::string_view system, std::string_view spec,
                char separator, const Evidence& at) {
  std::string s(text::trim(spec));
  // Templated specs (`<< parameters.image >>`, `${{ matrix.os }}`) name no image.
  if (s.empty() || text::contains(s, "<<") || text::contains(s, "${{")) return;
  ActionRef ref;
  ref.system = std::string(system);
  ref.at = at;
  if (job) ref.job = job->name;
  auto digest = s.find("@sha256:");
  if (digest != std::string::npos) {
    ref.name = s.substr(0, digest);
    ref.ref = s.substr(digest + 1);
    ref.pinned_by_sha = true;
  } else {
    // For images the tag follows the last ':' after the last '/' (a
    // registry host may carry a port).
    std::size_t from = separator == ':' ? s.rfind('/') : 0;
    std::size_t cut = s.find(separator, from == std::string::npos ? 0 : from);
    ref.name = s.substr(0, cut);
    if (cut != std::string::npos) ref.ref = s.substr(cut + 1);
    ref.pinned_by_sha = is_sha40(ref.ref);
  }
  if (job) job->uses.push_back(ref.name);
  facts.actions.push_back(std::move(ref));
}

bool is_default_branch_name(std::string_view branch) { return is_default_branch(branch); }

bool mentions_any(std::string_view text, std::string_view words) {
  std::string low = text::lower(text);
  for (auto w : text::split(words, '|'))
    if (!w.empty() && text::contains(low, w)) return true;
  return false;
}

void reset_ci(RepoFacts& facts) {
  CiFacts& ci = facts.ci;
  ci.pipelines.clear();
  ci.workflows.clear();
  ci.unparsed.clear();
  ci.unread_includes = false;
  facts.actions.clear();  // the CI probes are the only ones that add actions
}

}  // namespace practrack::ci
