// Julia packages: Project.toml names the package, its version and
// dependencies; [compat] bounds them, Manifest.toml beside it locks them.
#include "parse/toml.h"
#include "probes/manifest/manifest_kit.h"
#include "probes/manifest/manifest_probes.h"
#include "probes/parse_warning.h"

namespace practrack::manifest {
namespace {


// An environment (docs/Project.toml, test/Project.toml) has no name: it
// lists what a script needs, it is no package.
void read_project(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto toml_file = read_toml(ctx, file);
  if (!toml_file) return;
  const std::string* text = &toml_file->text;
  const toml::table* parsed = &toml_file->table;
  const toml::table& t = *parsed;
  std::string name = t["name"].value_or(std::string());
  if (name.empty()) return;
  Manifest m = new_manifest(ctx, "julia", file);
  m.name = std::move(name);
  m.version = t["version"].value_or(std::string());
  if (auto julia = t["compat"]["julia"].value<std::string>()) m.language_version = "julia " + *julia;
  if (const toml::table* deps = t["deps"].as_table())
    for (auto&& [dep, uuid] : *deps) {
      std::string key(dep.str());
      // A compat entry bounds a version range ("1.2", "0.27, 1"): never exact.
      std::string bound = t["compat"][key].value_or(std::string());
      add_dependency(facts, m, key, bound, false, false,
                     evidence_line(file.path, *text, line_of(uuid)));
    }
  facts.manifests.manifests.push_back(std::move(m));
}

}  // namespace

void probe_julia(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/Project.toml")) read_project(ctx, facts, *f);
}

}  // namespace practrack::manifest
