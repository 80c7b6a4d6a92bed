// .NET projects: PackageReference items of *.csproj/*.fsproj/*.vbproj and
// central versions in Directory.Packages.props; packages.lock.json locks.
#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "parse/limits.h"
#include "parse/xml.h"
#include "probes/manifest/manifest_kit.h"
#include "probes/manifest/manifest_probes.h"
#include "util/text.h"

namespace practrack::manifest {

namespace {

// NuGet restores the lowest version a plain "1.2.3" allows, so it is as
// exact as "[1.2.3]"; floating "1.*" and ranges "[1,2)" are not.
bool nuget_exact(std::string_view spec) {
  static const RE2 exact(R"(^\s*\[?\s*\d+(\.\d+){0,3}(-[0-9A-Za-z.-]+)?\s*\]?\s*$)");
  return RE2::FullMatch(re2::StringPiece(spec.data(), spec.size()), exact);
}

// A Roslyn analyzer package (StyleCop.Analyzers, Roslynator.Analyzers,
// SonarAnalyzer.CSharp): it runs inside every build of the project.
bool analyzer_package(std::string_view lower_name) {
  return text::ends_with(lower_name, "analyzers") || text::ends_with(lower_name, "analyzer") ||
         text::starts_with(lower_name, "roslynator") ||
         text::starts_with(lower_name, "sonaranalyzer");
}

std::string attr_or_child(const pugi::xml_node& n, const char* name) {
  if (auto a = n.attribute(name)) return a.value();
  return n.child_value(name);
}

void read_project(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file,
                  const std::map<std::string, std::string>& central) {
  auto text = ctx.read_text(file);
  if (!text) return;
  auto doc = parse_xml(*text);
  if (!doc) {
    warn_malformed(ctx, file, doc.error());
    return;
  }
  Manifest m;
  m.ecosystem = "nuget";
  m.path = file.path;
  m.at = Evidence{file.path, 0, ""};
  if (const FileEntry* lock = find_lock(ctx, "nuget", file.path)) {
    m.has_lock = true;
    m.lock_path = lock->path;
  }
  pugi::xml_node project = (*doc)->child("Project");
  bool analyzers = false;
  for (pugi::xml_node group : project.children("ItemGroup"))
    for (pugi::xml_node ref : group.children("PackageReference")) {
      std::string name = attr_or_child(ref, "Include");
      if (name.empty()) continue;
      std::string spec = attr_or_child(ref, "Version");
      if (spec.empty()) {
        auto it = central.find(text::lower(name));
        if (it != central.end()) spec = it->second;
      }
      bool dev = !std::string(attr_or_child(ref, "PrivateAssets")).empty();
      int line =
          ref.offset_debug() < 0 ? 0 : line_at(*text, static_cast<std::size_t>(ref.offset_debug()));
      add_dependency(facts, m, text::lower(name), spec, nuget_exact(spec), dev,
                     evidence_line(file.path, *text, line));
      // Each build runs the analyzers: a step of `dotnet build` that
      // whatever runs the build runs too (the tool resolver follows it).
      if (!analyzers && analyzer_package(text::lower(name))) {
        analyzers = true;
        add_script(facts, "dotnet", "build", name, evidence_line(file.path, *text, line));
        facts.commands.back().invoked_only = true;
      }
    }
  for (pugi::xml_node group : project.children("PropertyGroup")) {
    if (const char* v = group.child_value("Version"); *v && m.version.empty()) m.version = v;
    // `dotnet pack` skips a project that is not packable (test projects,
    // benchmarks, apps): like a private package.json, nothing to publish.
    if (text::lower(text::trim(group.child_value("IsPackable"))) == "false")
      m.private_package = true;
    auto setting = [&](const char* name, const char* section) {
      pugi::xml_node n = group.child(name);
      if (!n || text::lower(text::trim(n.child_value())) != "true") return;
      int line =
          line_at(*text, static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, n.offset_debug())));
      add_section(facts, section, evidence_line(file.path, *text, line));
    };
    setting("TreatWarningsAsErrors", "dotnet:werror");
    setting("EnforceCodeStyleInBuild", "dotnet:codestyle");
  }
  // An MSBuild file that projects import (Directory.Build.props, Polly's
  // eng/Analyzers.targets) adds its packages to each of them; it builds
  // no package of its own.
  if (!text::ends_with(file.path, "proj")) m.private_package = true;
  facts.manifests.manifests.push_back(std::move(m));
}

// Directory.Packages.props: <PackageVersion Include="X" Version="1.2.3" />.
std::map<std::string, std::string> central_versions(const ScanContext& ctx) {
  std::map<std::string, std::string> out;
  for (const FileEntry* f : ctx.glob("**/Directory.Packages.props")) {
    auto text = ctx.read_text(*f);
    if (!text) continue;
    auto doc = parse_xml(*text);
    if (!doc) {
      warn_malformed(ctx, *f, doc.error());
      continue;
    }
    for (pugi::xml_node group : (*doc)->child("Project").children("ItemGroup"))
      for (pugi::xml_node v : group.children("PackageVersion"))
        out.emplace(text::lower(attr_or_child(v, "Include")), attr_or_child(v, "Version"));
  }
  return out;
}

}  // namespace

void probe_dotnet(const ScanContext& ctx, RepoFacts& facts) {
  auto central = central_versions(ctx);
  for (auto pattern : {"**/*.csproj", "**/*.fsproj", "**/*.vbproj", "**/*.targets", "**/*.props"})
    for (const FileEntry* f : ctx.glob(pattern))
      if (text::basename(f->path) != "Directory.Packages.props")
        read_project(ctx, facts, *f, central);
}

}  // namespace practrack::manifest
