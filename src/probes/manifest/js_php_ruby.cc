// package.json (dependencies, scripts as commands, tool keys as config
// sections), composer.json and Gemfile.
#include <re2/re2.h>

#include <array>
#include <map>
#include <set>

#include "facts/config_keys.h"
#include "parse/json.h"
#include "probes/manifest/manifest_kit.h"
#include "probes/manifest/manifest_probes.h"
#include "util/text.h"

namespace practrack::manifest {

namespace {


// Byte offset of `"key"` written as a JSON key at or after `from`.
std::size_t key_offset(std::string_view text, std::string_view key, std::size_t from = 0) {
  std::string quoted = "\"" + std::string(key) + "\"";
  std::size_t pos = text.find(quoted, from);
  while (pos != std::string_view::npos) {
    std::size_t after = text.find_first_not_of(" \t\r\n", pos + quoted.size());
    if (after != std::string_view::npos && text[after] == ':') return pos;
    pos = text.find(quoted, pos + 1);
  }
  return std::string_view::npos;
}

// Offsets of the keys of the outermost object, found by walking the text
// (nlohmann keeps no positions). Strings and nesting are tracked.
std::map<std::string, std::size_t> top_level_keys(std::string_view text) {
  std::map<std::string, std::size_t> out;
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '{' || c == '[')
      ++depth;
    else if (c == '}' || c == ']')
      --depth;
    if (c != '"') continue;
    std::size_t start = i++;
    while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
    if (depth != 1 || i >= text.size()) continue;
    std::size_t after = text.find_first_not_of(" \t\r\n", i + 1);
    if (after != std::string_view::npos && text[after] == ':')
      out.emplace(std::string(text.substr(start + 1, i - start - 1)), start);
  }
  return out;
}

Evidence key_evidence(const std::string& path, std::string_view text, std::string_view key,
                      std::size_t from = 0) {
  std::size_t pos = key_offset(text, key, from);
  if (pos == std::string_view::npos) return Evidence{path, 0, ""};
  return evidence_line(path, text, text::line_of(text, pos));
}

// Keys of package.json that are npm metadata, not a tool's settings.
bool npm_metadata_key(std::string_view key) {
  static const std::set<std::string_view> keys = {"name",
                                                  "version",
                                                  "description",
                                                  "keywords",
                                                  "homepage",
                                                  "bugs",
                                                  "license",
                                                  "author",
                                                  "contributors",
                                                  "funding",
                                                  "files",
                                                  "main",
                                                  "browser",
                                                  "bin",
                                                  "man",
                                                  "directories",
                                                  "repository",
                                                  "scripts",
                                                  "config",
                                                  "dependencies",
                                                  "devDependencies",
                                                  "peerDependencies",
                                                  "peerDependenciesMeta",
                                                  "bundleDependencies",
                                                  "bundledDependencies",
                                                  "optionalDependencies",
                                                  "overrides",
                                                  "engines",
                                                  "os",
                                                  "cpu",
                                                  "private",
                                                  "publishConfig",
                                                  "workspaces",
                                                  "type",
                                                  "exports",
                                                  "imports",
                                                  "module",
                                                  "types",
                                                  "typings",
                                                  "packageManager",
                                                  "sideEffects",
                                                  "resolutions",
                                                  "pnpm",
                                                  "displayName",
                                                  "publisher",
                                                  "icon",
                                                  "categories",
                                                  "activationEvents",
                                                  "contributes",
                                                  "galleryBanner",
                                                  "unpkg",
                                                  "jsdelivr",
                                                  "typesVersions",
                                                  "gypfile"};
  return keys.count(key) > 0;
}

bool local_package(std::string_view spec) {
  for (const char* scheme : {"file:", "link:", "workspace:", "portal:"})
    if (text::starts_with(spec, scheme)) return true;
  return false;
}

struct JsonManifest {
  RepoFacts& facts;
  const std::string& path;
  const std::string& text;
  Manifest& m;
  std::map<std::string, std::size_t> top = top_level_keys(text);

  std::size_t offset(const std::string& key) const {
    auto it = top.find(key);
    return it == top.end() ? 0 : it->second;
  }
  Evidence top_evidence(const std::string& key) const {
    auto it = top.find(key);
    if (it == top.end()) return Evidence{path, 0, ""};
    return evidence_line(path, text, text::line_of(text, it->second));
  }
};

void add_json_deps(JsonManifest& j, const nlohmann::json& doc, const char* field, bool dev,
                   bool (*exact)(std::string_view)) {
  auto it = doc.find(field);
  if (it == doc.end() || !it->is_object()) return;
  std::size_t from = j.offset(field);
  for (auto& [name, spec_node] : it->items()) {
    if (j.m.ecosystem == "composer" && (name == "php" || text::starts_with(name, "ext-"))) continue;
    std::string spec = spec_node.is_string() ? spec_node.get<std::string>() : "";
    if (local_package(spec)) continue;  // a package of this repository
    add_dependency(j.facts, j.m, text::lower(name), spec, exact(spec), dev,
                   key_evidence(j.path, j.text, name, from));
  }
}

void add_json_scripts(JsonManifest& j, const nlohmann::json& doc, const std::string& system) {
  auto it = doc.find("scripts");
  if (it == doc.end() || !it->is_object()) return;
  std::size_t from = j.offset("scripts");
  for (auto& [name, value] : it->items()) {
    std::vector<std::string> cmds;
    if (value.is_string()) cmds.push_back(value.get<std::string>());
    if (value.is_array())  // composer: a list of commands
      for (const auto& v : value)
        if (v.is_string()) cmds.push_back(v.get<std::string>());
    for (auto& c : cmds)
      add_script(j.facts, system, name, c, key_evidence(j.path, j.text, name, from));
  }
}

std::string json_string(const nlohmann::json& doc, const char* key) {
  auto it = doc.find(key);
  return it != doc.end() && it->is_string() ? it->get<std::string>() : "";
}

void read_package_json(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  auto doc = parse_json(*text);
  if (!doc) {
    warn_malformed(ctx, file, doc.error());
    return;
  }
  if (!doc->is_object()) return;
  Manifest m = new_manifest(ctx, "npm", file);
  m.name = json_string(*doc, "name");
  m.version = json_string(*doc, "version");
  if (auto p = doc->find("private"); p != doc->end())
    m.private_package = p->is_boolean() ? p->get<bool>() : json_string(*doc, "private") == "true";
  if (auto e = doc->find("engines"); e != doc->end() && e->is_object())
    if (auto n = e->find("node"); n != e->end() && n->is_string())
      m.language_version = "node " + n->get<std::string>();
  JsonManifest j{facts, file.path, *text, m};
  add_json_deps(j, *doc, "dependencies", false, semver_exact);
  add_json_deps(j, *doc, "devDependencies", true, semver_exact);
  add_json_deps(j, *doc, "optionalDependencies", true, semver_exact);
  add_json_scripts(j, *doc, "npm");
  if (auto bin = doc->find("bin"); bin != doc->end()) {
    if (bin->is_object())
      for (auto& [name, v] : bin->items()) m.entry_points.push_back(name);
    else if (bin->is_string())
      m.entry_points.push_back(m.name);
  }
  for (auto& [key, value] : doc->items()) {
    if (npm_metadata_key(key)) continue;
    // Renovate reads its config from here too; switched off, it is no bot.
    if (key == "renovate" && value.is_object() && value.contains("enabled") &&
        value["enabled"].is_boolean() && !value["enabled"].get<bool>()) {
      Evidence at = j.top_evidence(key);
      at.excerpt = "`\"renovate\": {\"enabled\": false}` switches Renovate off";
      add_section(facts, std::string(kIdleRenovateSection), at);
      continue;
    }
    add_section(facts, key, j.top_evidence(key));
  }
  facts.manifests.manifests.push_back(std::move(m));
}

bool composer_exact(std::string_view spec) {
  static const RE2 exact(R"(^\s*v?\d+(\.\d+){0,3}(-[0-9A-Za-z.]+)?\s*$)");
  return RE2::FullMatch(re2::StringPiece(spec.data(), spec.size()), exact);
}

void read_composer(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  auto doc = parse_json(*text);
  if (!doc) {
    warn_malformed(ctx, file, doc.error());
    return;
  }
  if (!doc->is_object()) return;
  Manifest m = new_manifest(ctx, "composer", file);
  m.name = json_string(*doc, "name");
  m.version = json_string(*doc, "version");
  JsonManifest j{facts, file.path, *text, m};
  add_json_deps(j, *doc, "require", false, composer_exact);
  add_json_deps(j, *doc, "require-dev", true, composer_exact);
  add_json_scripts(j, *doc, "composer");
  facts.manifests.manifests.push_back(std::move(m));
}

// gem 'rails', '~> 7.1' inside optional `group :development, :test do` blocks.
void read_gemfile(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  Manifest m = new_manifest(ctx, "gem", file);
  static const RE2 gem_re(R"(^\s*gem\s+["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?)");
  static const RE2 group_re(R"(^\s*group\b.*\bdo\s*$)");
  static const RE2 block_re(R"(\bdo\s*(\|[^|]*\|)?\s*$)");
  static const RE2 end_re(R"(^\s*end\b)");
  static const RE2 exact(R"(^\s*=?\s*\d+(\.\d+)*\s*$)");
  int depth = 0, group_depth = 0, n = 0;
  for (std::string_view line : text::lines(*text)) {
    ++n;
    re2::StringPiece l(line.data(), line.size());
    std::string name, spec;
    if (RE2::PartialMatch(l, gem_re, &name, &spec)) {
      add_dependency(facts, m, name, spec, RE2::FullMatch(spec, exact), group_depth > 0,
                     evidence_line(file.path, *text, n));
    }
    if (RE2::PartialMatch(l, group_re)) {
      ++depth;
      if (group_depth == 0) group_depth = depth;
    } else if (RE2::PartialMatch(l, block_re)) {
      ++depth;
    } else if (RE2::PartialMatch(l, end_re) && depth > 0) {
      if (depth == group_depth) group_depth = 0;
      --depth;
    }
  }
  facts.manifests.manifests.push_back(std::move(m));
}

// A gemspec is what builds and publishes a gem (a Gemfile only lists what
// Bundler installs): its name and a literal version. Its dependencies are
// ranges by convention and stay the Gemfile's business.
void read_gemspec(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  Manifest m = new_manifest(ctx, "gem", file, false);
  static const RE2 new_re(
      R"(Gem::Specification\.new\s*\(?\s*["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?)");
  static const RE2 name_re(R"((?m)^\s*\w+\.name\s*=\s*["']([^"']+)["'])");
  static const RE2 version_re(R"((?m)^\s*\w+\.version\s*=\s*["']([^"']+)["'])");
  re2::StringPiece all(text->data(), text->size());
  RE2::PartialMatch(all, new_re, &m.name, &m.version);
  if (m.name.empty()) RE2::PartialMatch(all, name_re, &m.name);
  if (m.version.empty()) RE2::PartialMatch(all, version_re, &m.version);
  facts.manifests.manifests.push_back(std::move(m));
}

// "jsr:@std/http@^1.0/etag" -> ("@std/http", "^1.0"); false for a bare
// URL or a specifier without a version.
bool registry_specifier(std::string_view spec, std::string& name, std::string& version) {
  static const RE2 re(R"(^(?:jsr|npm):(@?[^@/\s]+(?:/[^@/\s]+)?)@([^/\s]+))");
  return RE2::PartialMatch(re2::StringPiece(spec.data(), spec.size()), re, &name, &version);
}

// An exact version pins; a range ("^1.0", "~2", "1.x", "*") does not.
bool exact_version(std::string_view v) {
  static const RE2 re(R"(^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$)");
  return RE2::FullMatch(re2::StringPiece(v.data(), v.size()), re);
}

// A Deno package published to JSR: deno.json with a name and a version.
// Its dependencies are the jsr:/npm: specifiers of its import map and of
// the deps.ts beside it (the convention before import maps).
void deno_package(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file,
                  const std::string& text, const nlohmann::json& doc) {
  auto name = doc.find("name");
  auto version = doc.find("version");
  if (name == doc.end() || !name->is_string() || version == doc.end() || !version->is_string())
    return;
  Manifest m = new_manifest(ctx, "jsr", file, false);
  m.name = name->get<std::string>();
  m.version = version->get<std::string>();
  m.at = evidence_at(file.path, text, "\"version\"");
  std::set<std::string> seen;
  auto add = [&](std::string_view spec, const Evidence& at) {
    std::string dep, range;
    if (registry_specifier(spec, dep, range) && seen.insert(dep).second)
      add_dependency(facts, m, dep, range, exact_version(range), false, at);
  };
  if (auto imports = doc.find("imports"); imports != doc.end() && imports->is_object())
    for (auto& [alias, target] : imports->items())
      if (target.is_string()) add(target.get<std::string>(), evidence_at(file.path, text, alias));
  std::string dir(text::dirname(file.path));
  if (const FileEntry* deps = ctx.find(dir.empty() ? "deps.ts" : dir + "/deps.ts"))
    if (auto body = ctx.read_text(*deps)) {
      static const RE2 from(R"(\bfrom\s+["']((?:jsr|npm):[^"']+)["'])");
      re2::StringPiece input(*body), spec;
      while (RE2::FindAndConsume(&input, from, &spec))
        add(std::string_view(spec.data(), spec.size()),
            evidence_at(deps->path, *body, std::string_view(spec.data(), spec.size())));
    }
  facts.manifests.manifests.push_back(std::move(m));
}

// Deno's tasks (`deno task test`): deno.json or deno.jsonc (comments
// allowed); a task is a command string or {"command": ..., ...}.
void read_deno_json(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  auto doc = parse_json(*text, true);
  if (!doc) {
    warn_malformed(ctx, file, doc.error());
    return;
  }
  if (!doc->is_object()) return;
  deno_package(ctx, facts, file, *text, *doc);
  auto tasks = doc->find("tasks");
  if (tasks == doc->end() || !tasks->is_object()) return;
  std::size_t from = text->find("\"tasks\"");
  for (auto& [name, value] : tasks->items()) {
    const nlohmann::json* cmd = &value;
    if (value.is_object()) {
      auto it = value.find("command");
      if (it == value.end()) continue;
      cmd = &*it;
    }
    if (cmd->is_string())
      add_script(facts, "deno", name, cmd->get<std::string>(),
                 key_evidence(file.path, *text, name, from == std::string::npos ? 0 : from));
  }
}

}  // namespace

void probe_package_json(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/package.json")) read_package_json(ctx, facts, *f);
  for (const FileEntry* f : ctx.glob_any({"**/deno.json", "**/deno.jsonc"}))
    read_deno_json(ctx, facts, *f);
}

void probe_composer(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/composer.json")) read_composer(ctx, facts, *f);
}

void probe_gemfile(const ScanContext& ctx, RepoFacts& facts) {
  for (auto pattern : {"**/Gemfile", "**/gems.rb"})
    for (const FileEntry* f : ctx.glob(pattern)) read_gemfile(ctx, facts, *f);
  for (const FileEntry* f : ctx.glob("**/*.gemspec")) read_gemspec(ctx, facts, *f);
}

}  // namespace practrack::manifest
