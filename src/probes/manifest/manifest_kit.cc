#include "probes/manifest/manifest_kit.h"

#include <re2/re2.h>

#include <array>
#include <map>

#include "util/text.h"

namespace practrack::manifest {

std::string pypi_name(std::string_view name) {
  std::string out;
  for (char c : text::trim(name)) {
    bool sep = c == '-' || c == '_' || c == '.';
    if (sep) {
      if (!out.empty() && out.back() != '-') out += '-';
    } else {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

bool pep440_exact(std::string_view spec) {
  static const RE2 exact(R"(^\s*===?\s*[A-Za-z0-9][A-Za-z0-9.+!_-]*\s*$)");
  return RE2::FullMatch(re2::StringPiece(spec.data(), spec.size()), exact);
}

bool semver_exact(std::string_view spec) {
  static const RE2 exact(R"(^\s*=?\s*v?\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]+)?\s*$)");
  return RE2::FullMatch(re2::StringPiece(spec.data(), spec.size()), exact);
}

bool maven_exact(std::string_view spec) {
  static const RE2 exact(R"(^\s*[0-9][0-9A-Za-z._-]*\s*$)");
  return RE2::FullMatch(re2::StringPiece(spec.data(), spec.size()), exact);
}

namespace {

// Lock files by ecosystem, as their tools name them.
const std::map<std::string_view, std::vector<std::string_view>>& lock_names() {
  static const std::map<std::string_view, std::vector<std::string_view>> names = {
      {"pypi",
       {"uv.lock", "poetry.lock", "pdm.lock", "Pipfile.lock", "pylock.toml", "requirements.lock",
        "conda-lock.yml", "pixi.lock"}},
      {"npm",
       {"package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb",
        "bun.lock"}},
      {"go", {"go.sum"}},
      {"cargo", {"Cargo.lock"}},
      {"gem", {"Gemfile.lock", "gems.locked"}},
      {"composer", {"composer.lock"}},
      {"gradle", {"gradle.lockfile"}},
      {"nuget", {"packages.lock.json"}},
  };
  return names;
}

}  // namespace

const FileEntry* find_lock(const ScanContext& ctx, std::string_view ecosystem,
                           std::string_view manifest_path) {
  auto it = lock_names().find(ecosystem);
  if (it == lock_names().end()) return nullptr;
  std::string_view dir = text::dirname(manifest_path);
  for (int depth = 0; depth < 32; ++depth) {
    for (auto name : it->second) {
      std::string path =
          dir.empty() ? std::string(name) : std::string(dir) + "/" + std::string(name);
      const FileEntry* f = ctx.find(path);
      if (f && f->kind != FileKind::symlink && !ScanContext::is_excluded_path(f->path)) return f;
    }
    if (dir.empty()) break;
    dir = text::dirname(dir);
  }
  return nullptr;
}

Evidence evidence_line(const std::string& path, std::string_view text, int line) {
  Evidence e{path, line, ""};
  if (line <= 0) return e;
  auto all = text::lines(text);
  if (line <= static_cast<int>(all.size())) e.excerpt = text::excerpt(all[line - 1]);
  return e;
}

Evidence evidence_at(const std::string& path, std::string_view text, std::string_view needle,
                     std::size_t from) {
  if (from > text.size()) from = text.size();
  std::size_t pos = text.find(needle, from);
  if (pos == std::string_view::npos) return Evidence{path, 0, ""};
  return evidence_line(path, text, text::line_of(text, pos));
}

void add_dependency(RepoFacts& facts, Manifest& m, std::string name, std::string spec, bool exact,
                    bool dev, Evidence at) {
  Dependency d;
  d.ecosystem = m.ecosystem;
  d.name = std::move(name);
  d.spec = std::move(spec);
  d.pinned = exact || m.has_lock;
  d.dev = dev;
  d.at = std::move(at);
  ++m.dependencies;
  if (d.pinned) ++m.pinned;
  facts.dependencies.push_back(std::move(d));
}

void add_section(RepoFacts& facts, std::string key, Evidence at) {
  facts.config_sections.push_back(ConfigSection{std::move(key), std::move(at)});
}

void add_script(RepoFacts& facts, std::string system, std::string context, std::string text,
                Evidence at) {
  Command c;
  c.origin = Origin::package_script;
  c.system = std::move(system);
  c.context = std::move(context);
  c.text = std::move(text);
  c.at = std::move(at);
  facts.commands.push_back(std::move(c));
}

std::optional<std::string> reread_text(const ScanContext& ctx, const FileEntry& file) {
  if (file.kind != FileKind::regular && file.kind != FileKind::executable) return std::nullopt;
  auto content = ctx.tree().read(file, ctx.limits().config_bytes);
  if (!content || text::looks_binary(*content)) return std::nullopt;
  return std::move(*content);
}

void warn_malformed(const ScanContext& ctx, const FileEntry& file, const std::string& error) {
  // The parsers name the line inside the message ("malformed TOML: line 3: ...").
  static const RE2 line_re(R"(\bline (\d+))");
  int line = 0;
  RE2::PartialMatch(error, line_re, &line);
  ctx.diags().warn(file.path, line, error);
}

}  // namespace practrack::manifest
