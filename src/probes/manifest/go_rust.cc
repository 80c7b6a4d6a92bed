// go.mod (module, go version, requires; go.sum pins them) and Cargo.toml
// (package, dependencies, workspace, [lints] with warnings denied).
#include <re2/re2.h>

#include "parse/toml.h"
#include "probes/manifest/manifest_kit.h"
#include "probes/manifest/manifest_probes.h"
#include "util/text.h"

namespace practrack::manifest {

namespace {


void read_go_mod(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  Manifest m = new_manifest(ctx, "go", file);
  // A tools module (internal/tools/go.mod) pins the build's tools: what it
  // requires is development tooling, never the application's libraries.
  std::string_view dir = text::basename(text::dirname(file.path));
  bool tools_module = dir == "tools" || dir == "tool";
  static const RE2 module_re(R"(^module\s+(\S+))");
  static const RE2 go_re(R"(^go\s+(\S+))");
  static const RE2 single_re(R"(^require\s+(\S+)\s+(\S+))");
  static const RE2 entry_re(R"(^\s*(\S+)\s+(v\S+))");
  bool in_require = false;
  int n = 0;
  for (std::string_view raw : text::lines(*text)) {
    ++n;
    std::string_view line = text::trim(raw);
    re2::StringPiece l(line.data(), line.size());
    std::string a, b;
    if (RE2::PartialMatch(l, module_re, &a))
      m.name = a;
    else if (RE2::PartialMatch(l, go_re, &a))
      m.language_version = "go " + a;
    if (text::starts_with(line, "require (") || line == "require(") {
      in_require = true;
      continue;
    }
    if (in_require && text::starts_with(line, ")")) in_require = false;
    bool single = RE2::PartialMatch(l, single_re, &a, &b) && a != "(";
    bool entry = in_require && !single && !text::starts_with(line, "//") &&
                 RE2::PartialMatch(l, entry_re, &a, &b);
    if (single || entry) {
      bool indirect = text::contains(line, "// indirect");
      add_dependency(facts, m, a, b, false, indirect || tools_module,
                     evidence_line(file.path, *text, n));
    }
  }
  facts.manifests.manifests.push_back(std::move(m));
}


void add_cargo_deps(RepoFacts& facts, Manifest& m, const std::string& path, const std::string& text,
                    const toml::node* node, bool dev) {
  const toml::table* deps = node ? node->as_table() : nullptr;
  if (!deps) return;
  for (auto&& [key, value] : *deps) {
    std::string spec = value.value<std::string>().value_or("");
    if (const toml::table* t = value.as_table()) {
      spec = (*t)["version"].value_or(std::string());
      if (spec.empty() && (*t)["workspace"].value_or(false)) spec = "workspace";
      if (spec.empty() && t->contains("path")) continue;  // a crate of this repository
    }
    bool exact = text::starts_with(text::trim(spec), "=") && semver_exact(spec);
    add_dependency(facts, m, std::string(key.str()), spec, exact, dev,
                   evidence_line(path, text, line_of(value)));
  }
}

// [lints.rust] warnings = "deny" (or forbid), also under [workspace.lints].
void cargo_lints(RepoFacts& facts, const std::string& path, const std::string& text,
                 const toml::table& t) {
  for (const char* root : {"lints", "workspace.lints"}) {
    const toml::node* lints = t.at_path(root).node();
    const toml::table* table = lints ? lints->as_table() : nullptr;
    if (!table) continue;
    for (auto&& [tool, rules] : *table)
      add_section(facts, "cargo:lints." + std::string(tool.str()),
                  evidence_line(path, text, line_of(rules)));
    const toml::node* warnings = (*table)["rust"]["warnings"].node();
    if (!warnings) continue;
    std::string level = warnings->value<std::string>().value_or("");
    if (const toml::table* w = warnings->as_table()) level = (*w)["level"].value_or(std::string());
    if (level == "deny" || level == "forbid")
      add_section(facts, "cargo:deny-warnings", evidence_line(path, text, line_of(*warnings)));
  }
}

void read_cargo(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto toml_file = read_toml(ctx, file);
  if (!toml_file) return;
  const std::string* text = &toml_file->text;
  const toml::table* parsed = &toml_file->table;
  const toml::table& t = *parsed;
  Manifest m = new_manifest(ctx, "cargo", file);
  m.name = t["package"]["name"].value_or(std::string());
  m.version = t["package"]["version"].value_or(std::string());
  if (m.version.empty()) m.version = t["workspace"]["package"]["version"].value_or(std::string());
  if (auto rv = t["package"]["rust-version"].value<std::string>())
    m.language_version = "rust " + *rv;
  add_cargo_deps(facts, m, file.path, *text, t.get("dependencies"), false);
  add_cargo_deps(facts, m, file.path, *text, t.get("build-dependencies"), false);
  add_cargo_deps(facts, m, file.path, *text, t.get("dev-dependencies"), true);
  add_cargo_deps(facts, m, file.path, *text, t["workspace"]["dependencies"].node(), false);
  cargo_lints(facts, file.path, *text, t);
  if (const toml::table* meta = t["package"]["metadata"].as_table())
    for (auto&& [tool, v] : *meta)
      add_section(facts, "cargo:package.metadata." + std::string(tool.str()),
                  evidence_line(file.path, *text, line_of(v)));
  if (t.contains("workspace"))
    add_section(facts, "cargo:workspace",
                evidence_line(file.path, *text, line_of(*t.get("workspace"))));
  facts.manifests.manifests.push_back(std::move(m));
}

}  // namespace

void probe_go_mod(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/go.mod")) read_go_mod(ctx, facts, *f);
}

void probe_cargo(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/Cargo.toml")) read_cargo(ctx, facts, *f);
}

}  // namespace practrack::manifest
