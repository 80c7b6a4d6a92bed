// Maven pom.xml (pugixml: version, dependencies, build plugins as
// "maven:<artifactId>" sections, -Werror in the compiler settings) and
// Gradle build scripts (by pattern: plugins, dependencies, warnings as
// errors), with the version catalog gradle/libs.versions.toml.
#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "parse/limits.h"
#include "parse/toml.h"
#include "parse/xml.h"
#include "probes/manifest/manifest_kit.h"
#include "probes/manifest/manifest_probes.h"
#include "util/text.h"

namespace practrack::manifest {

namespace {


struct Pom {
  RepoFacts& facts;
  const std::string& path;
  const std::string& text;
  Manifest& m;
  std::map<std::string, std::string> properties;

  Evidence at(const pugi::xml_node& n) const {
    auto offset = static_cast<std::size_t>(n.offset_debug());
    return evidence_line(path, text, n.offset_debug() < 0 ? 0 : line_at(text, offset));
  }
  // "${jackson.version}" -> its value from <properties>, when declared there.
  std::string resolve(std::string v) const {
    if (v.size() > 3 && text::starts_with(v, "${") && v.back() == '}') {
      auto it = properties.find(v.substr(2, v.size() - 3));
      if (it != properties.end()) return it->second;
    }
    return v;
  }
};

void read_pom_dependencies(Pom& p, const pugi::xml_node& deps) {
  for (pugi::xml_node d : deps.children("dependency")) {
    std::string group = d.child_value("groupId");
    std::string artifact = d.child_value("artifactId");
    if (artifact.empty()) continue;
    std::string spec = d.child_value("version");
    std::string scope = d.child_value("scope");
    // No version: managed by a parent or BOM, which fixes it exactly.
    bool exact = spec.empty() || maven_exact(p.resolve(spec));
    add_dependency(p.facts, p.m, group + ":" + artifact, spec, exact,
                   scope == "test" || scope == "provided", p.at(d));
  }
}

bool compiler_werror(const pugi::xml_node& plugin) {
  pugi::xml_node conf = plugin.child("configuration");
  if (!conf) return false;
  if (std::string(conf.child_value("failOnWarning")) == "true") return true;
  if (text::contains(conf.child_value("compilerArgument"), "-Werror")) return true;
  for (pugi::xml_node arg : conf.child("compilerArgs").children())
    if (text::contains(arg.child_value(), "-Werror")) return true;
  return false;
}

// `-Xplugin:ErrorProne` among the compiler arguments: javac runs Error
// Prone at every compile, so it becomes a command of every Maven build
// (the resolver follows it from CI lines running a lifecycle phase), with
// the argument's line as evidence.
void compiler_plugins(Pom& p, const pugi::xml_node& plugin) {
  for (pugi::xml_node arg : plugin.child("configuration").child("compilerArgs").children()) {
    if (!text::contains(arg.child_value(), "-Xplugin:ErrorProne")) continue;
    add_section(p.facts, "maven:error_prone_core", p.at(arg));
    add_script(p.facts, "maven", "compile", "javac -Xplugin:ErrorProne", p.at(arg));
    return;
  }
}

void read_pom_plugins(Pom& p, const pugi::xml_node& plugins) {
  for (pugi::xml_node plugin : plugins.children("plugin")) {
    std::string artifact = plugin.child_value("artifactId");
    if (artifact.empty()) continue;
    add_section(p.facts, "maven:" + artifact, p.at(plugin));
    if (artifact == "maven-compiler-plugin" && compiler_werror(plugin))
      add_section(p.facts, "maven:werror", p.at(plugin));
    if (artifact == "maven-compiler-plugin") compiler_plugins(p, plugin);
    // Error Prone and other compiler plugins ride on annotationProcessorPaths.
    for (pugi::xml_node path :
         plugin.child("configuration").child("annotationProcessorPaths").children())
      if (const char* a = path.child_value("artifactId"); *a)
        add_section(p.facts, "maven:" + std::string(a), p.at(path));
  }
}

// "maven-checkstyle-plugin" -> "checkstyle", as `mvn checkstyle:check` names it.
std::string goal_prefix(std::string artifact) {
  for (const char* suffix : {"-maven-plugin", "-plugin", "-maven"})
    if (text::ends_with(artifact, suffix)) {
      artifact.resize(artifact.size() - std::string_view(suffix).size());
      break;
    }
  if (text::starts_with(artifact, "maven-")) artifact = artifact.substr(6);
  return artifact;
}

// Goals bound to the lifecycle run in every `mvn verify`; they become
// package-script commands of runner "maven" that the resolver follows from
// CI lines running Maven.
void bound_goals(Pom& p, const pugi::xml_node& plugins) {
  for (pugi::xml_node plugin : plugins.children("plugin")) {
    std::string prefix = goal_prefix(plugin.child_value("artifactId"));
    if (prefix.empty()) continue;
    for (pugi::xml_node exec : plugin.child("executions").children("execution"))
      for (pugi::xml_node goal : exec.child("goals").children("goal"))
        add_script(p.facts, "maven", "lifecycle", "mvn " + prefix + ":" + goal.child_value(),
                   p.at(plugin));
  }
}

// <defaultGoal>clean verify checkstyle:check</defaultGoal>: what a bare `mvn` runs.
void default_goals(Pom& p, const pugi::xml_node& build) {
  pugi::xml_node goal = build.child("defaultGoal");
  for (auto word : text::split(goal.child_value(), ' '))
    if (word.find(':') != std::string_view::npos)
      add_script(p.facts, "maven", "default", "mvn " + std::string(text::trim(word)), p.at(goal));
}

// A bill of materials another build tool writes for Maven users (akka-http's
// sbt writes artifact-bom/<module>/pom.xml with a placeholder 100.0.0): a
// lone `<packaging>pom</packaging>` with dependencyManagement (and the
// same list as dependencies), no parent, modules or build, in a folder
// named for a BOM. It is neither the
// project's manifest (its version says nothing) nor one of its components.
bool generated_bom(std::string_view path, const pugi::xml_node& project) {
  if (std::string_view(project.child_value("packaging")) != "pom") return false;
  if (!project.child("dependencyManagement") || project.child("parent") ||
      project.child("modules") || project.child("build"))
    return false;
  for (std::string_view dir = text::dirname(path); !dir.empty(); dir = text::dirname(dir))
    if (text::contains(text::lower(text::basename(dir)), "bom")) return true;
  return false;
}

void read_pom(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  auto doc = parse_xml(*text);
  if (!doc) {
    warn_malformed(ctx, file, doc.error());
    return;
  }
  pugi::xml_node project = (*doc)->child("project");
  if (!project || generated_bom(file.path, project)) return;
  Manifest m = new_manifest(ctx, "maven", file);
  Pom p{facts, file.path, *text, m, {}};
  for (pugi::xml_node prop : project.child("properties").children())
    p.properties[prop.name()] = prop.child_value();
  m.name = std::string(project.child_value("groupId")) + ":" + project.child_value("artifactId");
  m.version = project.child_value("version");
  if (m.version.empty()) m.version = project.child("parent").child_value("version");
  read_pom_dependencies(p, project.child("dependencies"));
  read_pom_dependencies(p, project.child("dependencyManagement").child("dependencies"));
  for (pugi::xml_node build : {project.child("build"), project.child("reporting")}) {
    read_pom_plugins(p, build.child("plugins"));
    read_pom_plugins(p, build.child("pluginManagement").child("plugins"));
  }
  bound_goals(p, project.child("build").child("plugins"));
  default_goals(p, project.child("build"));
  for (pugi::xml_node profile : project.child("profiles").children("profile"))
    read_pom_plugins(p, profile.child("build").child("plugins"));
  facts.manifests.manifests.push_back(std::move(m));
}

// ---- Gradle --------------------------------------------------------------------

bool gradle_exact(std::string_view spec) {
  return maven_exact(spec) && spec.find('+') == std::string_view::npos;
}

// Gradle plugins whose tasks join `gradle check`, with the task they add.
const std::map<std::string, std::string>& check_tasks() {
  static const std::map<std::string, std::string> tasks = {
      {"checkstyle", "checkstyleMain"},
      {"pmd", "pmdMain"},
      {"com.github.spotbugs", "spotbugsMain"},
      {"com.diffplug.spotless", "spotlessCheck"},
      {"io.gitlab.arturbosch.detekt", "detekt"},
      {"org.jlleitschuh.gradle.ktlint", "ktlintCheck"},
      {"org.owasp.dependencycheck", "dependencyCheckAnalyze"},
  };
  return tasks;
}

// How far `line` opens (+) or closes (-) blocks, braces in strings and
// after `//` left out.
int brace_delta(std::string_view line) {
  int delta = 0;
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == '\\')
        ++i;
      else if (c == quote)
        quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') {
      break;
    } else {
      delta += (c == '{') - (c == '}');
    }
  }
  return delta;
}

// Calls `each(line, n, depth)` for every line of a Gradle script: `n` is
// 1-based, `depth` the block depth the line starts at.
template <typename Each>
void for_each_gradle_line(std::string_view text, Each each) {
  int n = 0, depth = 0;
  for (std::string_view line : text::lines(text)) {
    each(line, ++n, depth);
    depth = std::max(0, depth + brace_delta(line));
  }
}

// What a build script or convention plugin line applies: plugins (and the
// check tasks they add), warnings as errors, spotless's ktlint step.
void read_gradle_settings(const std::string& path, std::string_view text, std::string_view line,
                          int n, RepoFacts& facts) {
  static const RE2 plugin_re(R"(\bid\s*\(?\s*["']([\w.\-]+)["'])");
  static const RE2 apply_re(R"(\bapply\s*\(?\s*plugin\s*[:=]\s*["']([\w.\-]+)["'])");
  // A plugin class applying others: `pluginManager.apply("checkstyle")`.
  static const RE2 manager_re(R"(\b(?:pluginManager|plugins)\.apply\s*\(\s*["']([\w.\-]+)["'])");
  static const RE2 core_re(R"(^\s*`?(checkstyle|pmd|jacoco|codenarc|spotbugs)`?\s*$)");
  static const RE2 werror_re(
      R"(-Werror|allWarningsAsErrors\s*(=|\.set\()\s*true|warningsAsErrors\s*=\s*true)");
  // spotless runs ktlint as a step of spotlessCheck: `kotlin { ktlint() }`.
  static const RE2 ktlint_step_re(R"(^\s*ktlint\s*\()");
  re2::StringPiece l(line.data(), line.size());
  std::string a;
  if (RE2::PartialMatch(l, plugin_re, &a) || RE2::PartialMatch(l, apply_re, &a) ||
      RE2::PartialMatch(l, manager_re, &a) || RE2::PartialMatch(l, core_re, &a)) {
    add_section(facts, "gradle:" + a, evidence_line(path, text, n));
    auto task = check_tasks().find(a);
    if (task != check_tasks().end())
      add_script(facts, "gradle", "check", "gradle " + task->second, evidence_line(path, text, n));
  }
  if (RE2::PartialMatch(l, ktlint_step_re)) {
    add_section(facts, "gradle:ktlint", evidence_line(path, text, n));
    add_script(facts, "gradle", "check", "gradle spotlessCheck (ktlint step)",
               evidence_line(path, text, n));
  }
  if (RE2::PartialMatch(l, werror_re))
    add_section(facts, "gradle:werror", evidence_line(path, text, n));
  // Android Lint configured (`lintOptions { }`, `lint { }` in an android
  // block): the Android plugin runs it in `check`, and so in `build`.
  // Every Android build could run it; only a configured one counts.
  static const RE2 android_lint_re(R"(^\s*(lintOptions|lint)\s*\{)");
  if (RE2::PartialMatch(l, android_lint_re)) {
    add_section(facts, "gradle:android-lint", evidence_line(path, text, n));
    add_script(facts, "gradle", "check", "gradle lint", evidence_line(path, text, n));
  }
}

// A top-level `version = "..."`: the project's version. `depth` is the
// block depth the line starts at: fmt's Android build sets `version =
// "3.22.1"` in its `externalNativeBuild { cmake { ... } }` block, the CMake
// it needs.
bool top_level_version(std::string_view line, int depth, std::string& version) {
  static const RE2 version_re(R"(^\s*version\s*=\s*["']([^"']+)["'])");
  return depth == 0 &&
         RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), version_re, &version);
}

void read_gradle_line(const std::string& path, std::string_view text, std::string_view line, int n,
                      int depth, RepoFacts& facts, Manifest& m) {
  static const RE2 dep_re(R"(^\s*(\w+)\s*\(?\s*["']([^:"'\s]+):([^:"'\s]+):([^"'\s@]+)["'])");
  read_gradle_settings(path, text, line, n, facts);
  re2::StringPiece l(line.data(), line.size());
  std::string a, b, c, d;
  if (m.version.empty() && top_level_version(line, depth, a)) m.version = a;
  if (RE2::PartialMatch(l, dep_re, &a, &b, &c, &d)) {
    bool dev = text::starts_with(text::lower(a), "test");
    add_dependency(facts, m, b + ":" + c, d, gradle_exact(d), dev, evidence_line(path, text, n));
  }
}

// The version a build script leaves to gradle.properties beside it:
// `version=1.2.0`, or the VERSION_NAME the Maven publish plugin reads
// (square/moshi). Kept as a version file: the manifest stays the evidence
// of the build script's dependencies.
void version_from_properties(const ScanContext& ctx, const Manifest& m, RepoFacts& facts) {
  std::string_view dir = text::dirname(m.path);
  std::string path = dir.empty() ? "gradle.properties" : std::string(dir) + "/gradle.properties";
  const FileEntry* f = ctx.find(path);
  if (!f || ctx.excluded(*f)) return;
  auto text = ctx.read_quiet(*f, 64 * 1024);
  if (!text) return;
  static const RE2 re(R"((?m)^[ \t]*(?:version|VERSION_NAME)[ \t]*[=:][ \t]*(\S+)[ \t]*$)");
  re2::StringPiece input(text->data(), text->size()), match;
  if (!re.Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) return;
  VersionFile v;
  RE2::PartialMatch(match, re, &v.version);
  std::size_t offset = static_cast<std::size_t>(match.data() - text->data());
  v.path = path;
  v.at = Evidence{path, text::line_of(*text, offset),
                  text::excerpt(std::string_view(match.data(), match.size()))};
  facts.manifests.version_files.push_back(std::move(v));
}

void read_gradle(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto text = ctx.read_text(file);
  if (!text) return;
  Manifest m = new_manifest(ctx, "gradle", file);
  for_each_gradle_line(*text, [&](std::string_view line, int n, int depth) {
    read_gradle_line(file.path, *text, line, n, depth, facts, m);
  });
  if (m.version.empty()) version_from_properties(ctx, m, facts);
  facts.manifests.manifests.push_back(std::move(m));
}

// A convention plugin of buildSrc/ or an included build-logic/: a
// precompiled script (okhttp's `okhttp.quality-conventions.gradle.kts`
// applies checkstyle and spotless with ktlint) or a plugin class. What it
// applies, every project using it applies, so its plugins count as the
// build's; its top-level `version =` is the project version (okhttp's
// base conventions set it). Its own dependencies are the plugin's
// classpath, not the product's: they are left out.
void read_convention_plugin(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file,
                            bool& version_seen) {
  auto text = ctx.read_text(file);
  if (!text) return;
  bool script = text::ends_with(file.path, ".gradle.kts") || text::ends_with(file.path, ".gradle");
  for_each_gradle_line(*text, [&](std::string_view line, int n, int depth) {
    read_gradle_settings(file.path, *text, line, n, facts);
    std::string version;
    if (script && !version_seen && top_level_version(line, depth, version)) {
      version_seen = true;
      facts.manifests.version_files.push_back(
          {file.path, version, evidence_line(file.path, *text, n)});
    }
  });
}

// [plugins] spotless = { id = "com.diffplug.spotless", version = "6.25.0" }:
// applied through alias(libs.plugins.spotless), which names no id.
void catalog_plugins(RepoFacts& facts, const std::string& path, const std::string& text,
                     const toml::table& t) {
  const toml::table* plugins = t["plugins"].as_table();
  if (!plugins) return;
  for (auto&& [alias, value] : *plugins) {
    std::string id = value.value<std::string>().value_or("");
    if (const toml::table* p = value.as_table()) id = (*p)["id"].value_or(std::string());
    id = id.substr(0, id.find(':'));
    if (id.empty()) continue;
    Evidence at = evidence_line(path, text, static_cast<int>(value.source().begin.line));
    add_section(facts, "gradle:" + id, at);
    auto task = check_tasks().find(id);
    if (task != check_tasks().end())
      add_script(facts, "gradle", "check", "gradle " + task->second, at);
  }
}

// gradle/libs.versions.toml: [libraries] with versions from [versions].
void read_version_catalog(const ScanContext& ctx, RepoFacts& facts, const FileEntry& file) {
  auto toml_file = read_toml(ctx, file);
  if (!toml_file) return;
  const std::string* text = &toml_file->text;
  const toml::table* parsed = &toml_file->table;
  const toml::table& t = *parsed;
  Manifest m = new_manifest(ctx, "gradle", file);
  const toml::table* libs = t["libraries"].as_table();
  for (auto&& [alias, value] : libs ? *libs : toml::table{}) {
    std::string module, version;
    if (auto s = value.value<std::string>()) {
      auto last = s->rfind(':');
      module = s->substr(0, last);
      version = std::count(s->begin(), s->end(), ':') >= 2 ? s->substr(last + 1) : "";
    } else if (const toml::table* lib = value.as_table()) {
      module = (*lib)["module"].value_or(std::string());
      if (module.empty())
        module =
            (*lib)["group"].value_or(std::string()) + ":" + (*lib)["name"].value_or(std::string());
      version = (*lib)["version"].value_or(std::string());
      if (auto ref = (*lib)["version"]["ref"].value<std::string>())
        version = t["versions"][*ref].value_or(std::string());
    }
    int line = static_cast<int>(value.source().begin.line);
    add_dependency(facts, m, module, version, gradle_exact(version), false,
                   evidence_line(file.path, *text, line));
  }
  catalog_plugins(facts, file.path, *text, t);
  facts.manifests.manifests.push_back(std::move(m));
}

}  // namespace

void probe_pom(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/pom.xml")) read_pom(ctx, facts, *f);
}

void probe_gradle(const ScanContext& ctx, RepoFacts& facts) {
  for (auto pattern : {"**/build.gradle", "**/build.gradle.kts"})
    for (const FileEntry* f : ctx.glob(pattern)) read_gradle(ctx, facts, *f);
  bool version_seen = false;
  for (auto pattern : {"buildSrc/src/main/**/*.{gradle,gradle.kts,kt,groovy}",
                       "build-logic/**/src/main/**/*.{gradle,gradle.kts,kt,groovy}"})
    for (const FileEntry* f : ctx.glob(pattern))
      read_convention_plugin(ctx, facts, *f, version_seen);
  for (const FileEntry* f : ctx.glob("**/gradle/libs.versions.toml"))
    read_version_catalog(ctx, facts, *f);
}

}  // namespace practrack::manifest
