// The manifest family: language manifests and lock files. Lock files are
// listed first; each manifest looks its own lock up by folder.
#include <algorithm>
#include <cctype>
#include <set>

#include "probes/ci/ci_probes.h"
#include "probes/manifest/lock_names.h"
#include "probes/manifest/manifest_probes.h"
#include "probes/probe.h"
#include "util/text.h"

namespace practrack {

namespace manifest {

bool lock_file_path(std::string_view path) {
  static const std::set<std::string_view> names = {"uv.lock",
                                                   "poetry.lock",
                                                   "pdm.lock",
                                                   "Pipfile.lock",
                                                   "pylock.toml",
                                                   "requirements.lock",
                                                   "conda-lock.yml",
                                                   "pixi.lock",
                                                   "package-lock.json",
                                                   "npm-shrinkwrap.json",
                                                   "yarn.lock",
                                                   "pnpm-lock.yaml",
                                                   "bun.lockb",
                                                   "bun.lock",
                                                   "go.sum",
                                                   "Cargo.lock",
                                                   "Gemfile.lock",
                                                   "gems.locked",
                                                   "composer.lock",
                                                   "gradle.lockfile",
                                                   "packages.lock.json",
                                                   "mix.lock",
                                                   "Podfile.lock",
                                                   "Package.resolved",
                                                   "flake.lock",
                                                   "pubspec.lock",
                                                   "Manifest.toml"};
  return names.count(text::basename(path)) > 0;
}

void probe_lock_files(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.own_files(lock_file_path))
    if (f->kind != FileKind::symlink)
      facts.manifests.lock_files.push_back(f->path);
  std::sort(facts.manifests.lock_files.begin(), facts.manifests.lock_files.end());
}

// VERSION, VERSION.txt, version.txt at the root: a version kept apart from
// the manifests (sinatra's gemspec and Rakefile read VERSION).
void probe_version_files(const ScanContext& ctx, RepoFacts& facts) {
  for (std::string_view name : {"VERSION", "VERSION.txt", "version.txt"}) {
    const FileEntry* f = ctx.find(name);
    if (!f || f->kind == FileKind::symlink || ctx.excluded(*f)) continue;
    auto body = ctx.read_quiet(*f, 4096);
    if (!body) continue;
    auto lines = text::lines(*body);
    std::string_view first = lines.empty() ? "" : text::trim(lines.front());
    if (first.empty() || !std::isdigit(static_cast<unsigned char>(first.back()))) continue;
    facts.manifests.version_files.push_back(
        {f->path, std::string(first), Evidence{f->path, 1, text::excerpt(first)}});
  }
}

void reset_manifests(RepoFacts& facts) {
  facts.manifests = {};
  facts.dependencies.clear();  // the manifest rows alone add them
}

// Named numbers for custom rules and the store.
void count_manifests(const ScanContext&, RepoFacts& facts) {
  double pinned = 0, dev = 0;
  for (const Dependency& d : facts.dependencies) {
    pinned += d.pinned ? 1 : 0;
    dev += d.dev ? 1 : 0;
  }
  facts.metrics["manifests"] = static_cast<double>(facts.manifests.manifests.size());
  facts.metrics["manifests.lock_files"] = static_cast<double>(facts.manifests.lock_files.size());
  facts.metrics["dependencies"] = static_cast<double>(facts.dependencies.size());
  facts.metrics["dependencies.pinned"] = pinned;
  facts.metrics["dependencies.dev"] = dev;
}

}  // namespace manifest

std::vector<ProbeRow> manifest_probes() {
  using namespace manifest;
  // The manifest rows fill the manifests, the dependencies, commands and
  // config sections (by producer) that later rows resolve: they run again
  // together, and what resolves the lists (the tools, the source probe
  // that reads the dependencies) runs after them.
  auto row = [](std::string_view name, ProbeFn run, std::string_view reads) {
    return ProbeRow{name, run, reads, false, reset_manifests, false, true};
  };
  return {
      row("lock-files", probe_lock_files, "lock files of every ecosystem (presence)"),
      row("version-files", probe_version_files, "VERSION, version.txt at the root"),
      row("pyproject", probe_pyproject, "pyproject.toml: dependencies, [tool.*], task runners"),
      row("requirements", probe_requirements, "requirements*.txt and their -r/-c includes"),
      row("python-ini", probe_python_ini, "setup.cfg, tox.ini, .flake8, mypy.ini, pytest.ini ..."),
      row("setup-py", probe_setup_py, "setup.py install_requires (by pattern, never run)"),
      row("pipfile", probe_pipfile, "Pipfile"),
      row("noxfile", probe_noxfile, "noxfile.py session.run lines"),
      row("package-json", probe_package_json, "package.json: dependencies, scripts, tool keys"),
      row("composer", probe_composer, "composer.json"),
      row("gemfile", probe_gemfile, "Gemfile, *.gemspec"),
      row("go-mod", probe_go_mod, "go.mod"),
      row("cargo", probe_cargo, "Cargo.toml"),
      row("julia", probe_julia, "Project.toml (Julia packages)"),
      row("sbt", probe_sbt, "build.sbt, project/plugins.sbt: name, version, dependencies"),
      row("maven", probe_pom, "pom.xml"),
      row("gradle", probe_gradle,
          "build.gradle(.kts), gradle/libs.versions.toml, buildSrc/build-logic convention plugins"),
      row("dotnet", probe_dotnet, "*.csproj, *.fsproj, Directory.Packages.props"),
      row("cmake", probe_cmake, "CMakeLists.txt, *.cmake, meson.build"),
      row("lint-settings", probe_lint_settings, "complexity rules and linters inside tool configs"),
      row("manifest-metrics", count_manifests, "counts of manifests, lock files, dependencies"),
      // Follows the package scripts the rows above record, so it runs
      // again whenever they may have changed (resolves_lists). It writes
      // commands only, which the scanner takes out itself: its reset has
      // nothing to clear.
      {"ci.package-release-scripts", ci::probe_package_release_scripts,
       "JS files package scripts run: release API calls, npm publish", false,
       [](RepoFacts&) {}, false, true, true},
      {"ci.indirect-scripts", ci::probe_indirect_scripts,
       "scripts CI runs through tox envs, make targets, package scripts", false,
       ci::reset_indirect_scripts, false, false, true},
  };
}

}  // namespace practrack
