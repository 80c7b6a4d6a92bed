// Directories that hold a component of their own (a language manifest, a
// root native build or a Dockerfile), for the monorepo practice. Examples, docs and editor
// container folders are not components.
#include <array>

#include "probes/git/git_probes.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack::gitprobe {
namespace {

using namespace std::string_view_literals;

// Views, not C strings: every path of a tree is compared with them.
constexpr std::array kManifests = {
    "pyproject.toml"sv, "setup.py"sv,     "package.json"sv,     "Cargo.toml"sv,    "go.mod"sv,
    "pom.xml"sv,        "build.gradle"sv, "build.gradle.kts"sv, "composer.json"sv, "Gemfile"sv,
    "mix.exs"sv,        "pubspec.yaml"sv, "Package.swift"sv,    "deno.json"sv,     "Chart.yaml"sv,
    "build.sbt"sv,      "Project.toml"sv};

// Folders whose manifests are samples or tooling, not parts of the product.
// CI folders hold the image jobs run in (cats-effect's `.cirrus/Dockerfile`).
constexpr std::array kNotComponents = {
    "examples"sv,  "example"sv,   "samples"sv,    "sample"sv,    "docs"sv,     "doc"sv,
    "fixtures"sv,  "testdata"sv,  ".devcontainer"sv, ".github"sv, ".gitlab"sv,  "templates"sv,
    "template"sv,  "demo"sv,      "demos"sv,      "benchmarks"sv, ".cirrus"sv, ".circleci"sv,
    ".buildkite"sv,
    // bamarni/composer-bin-plugin keeps each dev tool's manifest apart.
    "vendor-bin"sv};

// Native builds that make the root a component (fmt's CMake library). In
// a folder they are mostly part of the root build (add_subdirectory), so
// only the root's count.
constexpr std::array kRootBuilds = {"CMakeLists.txt"sv, "meson.build"sv, "configure.ac"sv};

// "a/b/c/composer.json" at most: laravel keeps its 39 split packages in
// src/Illuminate/*/ (trial 13).
constexpr int kMaxDepth = 4;

// .NET gives every test and benchmark assembly a project of its own
// (`X.Tests/X.Tests.csproj`, `X.UnitTests`, `X.Benchmarks`), and test apps
// sit in those projects' folders: they test a component, they are not one.
// The names are capitalised by convention ("Contests" is no test folder);
// a solution's test/ folder holds them too.
bool dotnet_test_project(std::string_view path) {
  for (std::string_view part : text::split(path, '/')) {
    if (part == "test" || part == "tests") return true;
    if (text::ends_with(part, ".csproj")) part.remove_suffix(7);
    for (std::string_view end : {"Tests", "Test", "Benchmarks", "Benchmark"})
      if (part.size() > end.size() && text::ends_with(part, end)) return true;
  }
  return false;
}

bool is_component_file(std::string_view path) {
  std::string_view base = text::basename(path);
  for (std::string_view b : kRootBuilds)
    if (path == b) return true;
  for (std::string_view m : kManifests)
    if (base == m) return true;
  if (text::ends_with(base, ".csproj")) return !dotnet_test_project(path);
  return base == "Dockerfile" || text::starts_with(base, "Dockerfile.") ||
         text::ends_with(base, ".Dockerfile") || text::ends_with(base, ".dockerfile");
}

bool in_excluded_dir(std::string_view path) {
  std::string_view dir = text::dirname(path);
  int depth = 1;
  while (!dir.empty()) {
    std::string_view part = text::basename(dir);
    for (std::string_view ex : kNotComponents)
      if (part == ex) return true;
    dir = text::dirname(dir);
    ++depth;
  }
  return depth > kMaxDepth;
}

}  // namespace

void probe_components(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.own_files(is_component_file)) {
    if (in_excluded_dir(f->path)) continue;
    // One too large to read is not one the scan could describe (the
    // container probes skip a 300 MB Dockerfile too; trial 12).
    if (ctx.larger_than(*f, ctx.limits().config_bytes)) continue;
    std::string_view parent = text::dirname(f->path);
    std::string dir = parent.empty() ? std::string(".") : std::string(parent);
    facts.git.components.push_back(
        {dir, std::string(text::basename(f->path)), Evidence{f->path, 0, ""}});
  }
}

void reset_components(RepoFacts& facts) { facts.git.components.clear(); }

}  // namespace practrack::gitprobe
