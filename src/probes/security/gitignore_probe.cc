// What the committed `.gitignore` files keep out of the repository. The
// files are read from the scanned tree (a commit for --rev), never through
// libgit2's ignore API, which only knows the working tree's rules. The
// subset of gitignore(5) handled: comments, `!` negation, leading `/` and
// inner `/` anchoring, trailing `/` for directories, `*`, `?`, `**`;
// bracket classes are read as `?` (a looser match).
#include <algorithm>
#include <optional>
#include <string>

#include "probes/security/security_probes.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack::security {
namespace {

// The glob matcher backtracks: each extra `*` multiplies its work. Real
// ignore patterns have a few; longer or starrier ones are hostile and
// skipped.
constexpr std::size_t kMaxPatternLength = 256;
constexpr int kMaxStarRuns = 6;

struct Pattern {
  std::string glob;     // matched against a path relative to the .gitignore's folder
  bool negate = false;
  bool dir_only = false;
};

// Brackets to '?', escapes dropped, anchoring made explicit.
std::optional<Pattern> compile(std::string_view line) {
  std::string_view t = line;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\r') &&
         !(t.size() >= 2 && t[t.size() - 2] == '\\'))
    t.remove_suffix(1);
  if (t.empty() || t[0] == '#') return std::nullopt;
  Pattern p;
  if (t[0] == '!') {
    p.negate = true;
    t.remove_prefix(1);
  }
  if (!t.empty() && t.back() == '/') {
    p.dir_only = true;
    t.remove_suffix(1);
  }
  bool anchored = t.find('/') != std::string_view::npos;
  if (!t.empty() && t[0] == '/') t.remove_prefix(1);
  std::string g;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\\' && i + 1 < t.size()) continue;
    if (t[i] == '*' && g.size() >= 2 && g[g.size() - 1] == '*' && g[g.size() - 2] == '*')
      continue;  // "***" matches what "**" does
    if (t[i] == '[') {
      auto close = t.find(']', i + 1);
      if (close != std::string_view::npos) {
        g += '?';
        i = close;
        continue;
      }
    }
    g += t[i];
  }
  if (g.empty() || g.size() > kMaxPatternLength) return std::nullopt;
  int runs = 0;
  for (std::size_t i = 0; i < g.size(); ++i)
    runs += g[i] == '*' && (i == 0 || g[i - 1] != '*');
  if (runs > kMaxStarRuns) return std::nullopt;
  p.glob = anchored ? g : "**/" + g;
  return p;
}

// A pattern matches the path itself (files and directories) or, being a
// directory pattern or not, any folder above it.
bool matches(const Pattern& p, std::string_view rel) {
  if (!p.dir_only && glob_match(p.glob, rel)) return true;
  for (std::size_t i = 0; i < rel.size(); ++i)
    if (rel[i] == '/' && glob_match(p.glob, rel.substr(0, i))) return true;
  return false;
}

struct Decided {
  bool ignored = false;
  Evidence at;
};

// Whether some .gitignore ignores one of `names`; the root one first.
using IgnoreFiles = std::vector<std::pair<const FileEntry*, std::string>>;

constexpr std::size_t kMaxCandidateDirs = 50;

// Where an `.env` or a key file would be written: the root, and folders
// holding a compose file or an env file or template. A `.gitignore` deep
// in a tool's folder says nothing about the project's own `.env`.
std::vector<std::string> candidate_dirs(const ScanContext& ctx) {
  std::vector<std::string> dirs = {""};
  auto compose_or_env = [](std::string_view path) {
    std::string_view base = text::basename(path);
    bool compose = text::contains(base, "compose") &&
                   (text::ends_with(base, ".yml") || text::ends_with(base, ".yaml"));
    return compose || text::starts_with(base, ".env");
  };
  for (const FileEntry* f : ctx.own_files(compose_or_env)) {
    std::string dir(text::dirname(f->path));
    if (std::find(dirs.begin(), dirs.end(), dir) == dirs.end() && dirs.size() < kMaxCandidateDirs)
      dirs.push_back(dir);
  }
  return dirs;
}

// Every .gitignore at or above `path`, shallow to deep, the deeper one
// overriding: the line that ignores it, if any.
Decided decide(const IgnoreFiles& files, const std::string& path) {
  Decided out;
  for (const auto& [f, content] : files) {
    std::string dir(text::dirname(f->path));
    if (!dir.empty() && !text::starts_with(path, dir + "/")) continue;
    int line = gitignore_match(content, dir, path);
    if (line < 0) out = {};
    if (line <= 0) continue;
    auto lines = text::lines(content);
    out = {true, {f->path, line, text::excerpt(lines[static_cast<std::size_t>(line) - 1])}};
  }
  return out;
}

Decided check(const IgnoreFiles& files, const std::vector<std::string>& dirs,
              std::initializer_list<std::string_view> names) {
  for (const auto& dir : dirs)
    for (auto name : names) {
      Decided d = decide(files, dir.empty() ? std::string(name) : dir + "/" + std::string(name));
      if (d.ignored) return d;
    }
  return {};
}

}  // namespace

int gitignore_match(std::string_view gitignore, std::string_view dir, std::string_view path) {
  std::string_view rel = path;
  if (!dir.empty()) {
    if (!text::starts_with(path, std::string(dir) + "/")) return 0;
    rel = path.substr(dir.size() + 1);
  }
  int decided = 0;
  auto lines = text::lines(gitignore);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto p = compile(lines[i]);
    if (!p || !matches(*p, rel)) continue;
    int line = static_cast<int>(i) + 1;
    decided = p->negate ? -line : line;
  }
  return decided;
}

void probe_gitignore(const ScanContext& ctx, RepoFacts& facts) {
  IgnoreFiles files;
  for (const FileEntry* f : ctx.glob("**/.gitignore")) {
    auto content = ctx.read_text(*f);
    if (content) files.emplace_back(f, std::move(*content));
  }
  // Shallow to deep: the root .gitignore first, deeper ones override.
  auto depth = [](const std::string& p) { return std::count(p.begin(), p.end(), '/'); };
  std::stable_sort(files.begin(), files.end(), [&](const auto& a, const auto& b) {
    return depth(a.first->path) < depth(b.first->path);
  });
  auto dirs = candidate_dirs(ctx);
  auto& sec = facts.security;
  sec.gitignore_present = !files.empty();
  Decided env = check(files, dirs, {".env"});
  sec.env_ignored = env.ignored;
  sec.env_ignored_at = env.at;
  Decided keys = check(files, dirs, {"server.pem", "private.key", "id_rsa", "key.p12"});
  sec.keys_ignored = keys.ignored;
  sec.keys_ignored_at = keys.at;
}

void reset_gitignore(RepoFacts& facts) {
  auto& sec = facts.security;
  sec.gitignore_present = sec.env_ignored = sec.keys_ignored = false;
  sec.env_ignored_at = sec.keys_ignored_at = {};
}

}  // namespace practrack::security
