// Settings inside linter configs that decide a practice but cannot be seen
// from a file name: complexity limits (ruff C90, eslint `complexity`,
// golangci-lint cyclomatic linters, clippy, checkstyle, pylint mccabe),
// golangci-lint's enabled linters, .NET warnings as errors, Renovate
// vulnerability alerts. Each becomes a config section for the tool table.
#include <re2/re2.h>

#include "facts/config_keys.h"
#include "parse/json.h"
#include "parse/toml.h"
#include "parse/yaml.h"
#include "probes/manifest/manifest_kit.h"
#include "probes/manifest/manifest_probes.h"
#include "probes/parse_warning.h"
#include "util/text.h"

namespace practrack::manifest {

namespace {

// A whole-line comment in the config languages read here (YAML, TOML,
// INI, JS/JSON5, XML): a setting commented out is not set.
bool comment_line(std::string_view line) {
  std::string_view t = text::trim(line);
  for (std::string_view lead : {"#", "//", ";", "/*", "*", "<!--"})
    if (text::starts_with(t, lead)) return true;
  return false;
}

// The first line of `text` matching `re` outside comments, as evidence;
// line 0 when none.
Evidence first_match(const std::string& path, std::string_view text, const RE2& re) {
  int n = 0;
  for (std::string_view l : text::lines(text)) {
    ++n;
    if (comment_line(l)) continue;
    if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), re))
      return evidence_line(path, text, n);
  }
  return Evidence{path, 0, ""};
}

// Manifests that their own probe reads and reports; looked at again quietly.
bool reported_elsewhere(std::string_view path) {
  auto base = text::basename(path);
  return base == "pyproject.toml" || base == "setup.cfg" || base == "package.json" ||
         base == ".pylintrc" || base == "pylintrc" || base == "tox.ini" || base == "pytest.ini";
}

std::optional<std::string> read_config(const ScanContext& ctx, const FileEntry& f) {
  return reported_elsewhere(f.path) ? reread_text(ctx, f) : ctx.read_text(f);
}

void scan_files(const ScanContext& ctx, RepoFacts& facts, std::initializer_list<const char*> globs,
                const RE2& re, const std::string& key) {
  for (const char* g : globs)
    for (const FileEntry* f : ctx.glob(g)) {
      auto text = read_config(ctx, *f);
      if (!text) continue;
      Evidence e = first_match(f->path, *text, re);
      if (e.line > 0) add_section(facts, key, e);
    }
}

// An sbt build of several projects: three or more `lazy val x = project`,
// `crossProject(...)` or `projectMatrix` (sbt-projectmatrix) definitions in the root build.sbt (the
// root that aggregates them and at least two more, like cats-effect's kernel, std, core).
void sbt_subprojects(const ScanContext& ctx, RepoFacts& facts) {
  static const RE2 definition(
      R"(^\s*lazy\s+val\s+`?\w+`?\s*(:\s*\w+\s*)?=\s*\(?\s*(project\b|crossProject\s*\(|projectMatrix\b))");
  for (const FileEntry* f : ctx.glob("build.sbt")) {
    auto text = read_config(ctx, *f);
    if (!text) return;
    int n = 0, projects = 0, first = 0;
    for (std::string_view l : text::lines(*text)) {
      ++n;
      if (!RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), definition)) continue;
      if (++projects == 1) first = n;
    }
    if (projects >= 3) add_section(facts, "sbt:subprojects", evidence_line(f->path, *text, first));
  }
}

// ruff enforces a complexity limit once C90 (or ALL) is selected; the
// limit defaults to 10 when mccabe.max-complexity is not set.
bool ruff_selects_c90(const toml::table& ruff) {
  for (const char* path : {"select", "extend-select", "lint.select", "lint.extend-select"}) {
    const toml::array* arr = ruff.at_path(path).as_array();
    if (!arr) continue;
    for (const toml::node& n : *arr) {
      std::string code = n.value_or(std::string());
      if (code == "ALL" || code == "C" || code == "C9" || code == "C90" || code == "C901")
        return true;
    }
  }
  return false;
}

void ruff_complexity(const ScanContext& ctx, RepoFacts& facts) {
  for (const char* g : {"**/pyproject.toml", "**/ruff.toml", "**/.ruff.toml"})
    for (const FileEntry* f : ctx.glob(g)) {
      auto text = read_config(ctx, *f);
      if (!text) continue;
      bool mentioned = text::contains(*text, "C9") || text::contains(*text, "ALL") ||
                       text::contains(*text, "\"C\"");
      if (!mentioned) continue;
      auto parsed = parse_toml(*text);
      if (!parsed) continue;  // pyproject.toml reports it
      const toml::table* ruff = text::ends_with(f->path, "pyproject.toml")
                                    ? (*parsed)["tool"]["ruff"].as_table()
                                    : &*parsed;
      if (!ruff || !ruff_selects_c90(*ruff)) continue;
      static const RE2 c90(R"(["'](C9|C90|C901|ALL|C)["'])");
      add_section(facts, "ruff:complexity", first_match(f->path, *text, c90));
    }
}

// linters.enable (v1 and v2 configs), and v2's `default: all|standard`.
void golangci_linters(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/.golangci.{yml,yaml}")) {
    auto text = ctx.read_text(*f);
    if (!text) continue;
    auto doc = parse_yaml(*text);
    if (!doc) {
      warn_malformed(ctx, *f, doc.error());
      continue;
    }
    YAML::Node linters = yaml_get(*doc, "linters");
    YAML::Node enable = yaml_get(linters, "enable");
    // The item's own line: `#- gosec` above it is a comment, never evidence.
    auto add = [&](const YAML::Node& item) {
      if (item.IsScalar() && !item.Scalar().empty())
        add_section(facts, "golangci:" + item.Scalar(),
                    evidence_line(f->path, *text, yaml_line(item)));
    };
    if (enable.IsSequence())
      for (const auto& item : enable) add(item);
    else
      add(enable);
    // v2 moved gofmt, goimports, gofumpt ... to `formatters: enable:`;
    // `golangci-lint run` fails on code they would change.
    YAML::Node formatters = yaml_get(yaml_get(*doc, "formatters"), "enable");
    if (formatters.IsSequence())
      for (const auto& item : formatters)
        if (item.IsScalar() && !item.Scalar().empty())
          add_section(facts, "golangci-fmt:" + item.Scalar(),
                      evidence_line(f->path, *text, yaml_line(item)));
    if (yaml_str(yaml_get(linters, "default")) == "all" ||
        yaml_str(yaml_get(linters, "enable-all")) == "true")
      for (const char* name : {"gocyclo", "cyclop", "gocognit", "unused", "gosec"})
        add_section(facts, std::string("golangci:") + name,
                    evidence_at(f->path, *text, "linters:"));
  }
}

// Which ecosystems Dependabot watches: "dependabot:pip", "dependabot:github-actions".
// Security updates only help for the package ecosystems among them.
void dependabot_ecosystems(const ScanContext& ctx, RepoFacts& facts) {
  for (const char* path : {".github/dependabot.yml", ".github/dependabot.yaml"}) {
    const FileEntry* f = ctx.find(path);
    if (f && f->kind == FileKind::symlink)
      warn_symlink_not_followed(ctx, f->path, "the Dependabot config");
    if (!f || f->kind == FileKind::symlink) continue;
    auto text = ctx.read_text(*f);
    if (!text) continue;
    auto doc = parse_yaml(*text);
    if (!doc) {
      warn_malformed(ctx, *f, doc.error());
      continue;
    }
    const YAML::Node updates = yaml_get(*doc, "updates");
    bool any = false, opens = false;
    for (std::size_t i = 0; updates.IsSequence() && i < updates.size() && i < 200; ++i) {
      YAML::Node eco = yaml_get(updates[i], "package-ecosystem");
      std::string name = yaml_str(eco);
      if (name.empty()) continue;
      any = true;
      // `open-pull-requests-limit: 0` turns version updates off (security
      // updates, which the ecosystem sections stand for, go on).
      opens = opens || yaml_str(yaml_get(updates[i], "open-pull-requests-limit")) != "0";
      add_section(facts, "dependabot:" + name, evidence_line(f->path, *text, yaml_line(eco)));
    }
    // Dependabot updates only what an entry names: `updates: []`, or no
    // `updates:` at all, opens no pull request.
    if (!any)
      add_section(facts, std::string(kIdleConfig),
                  Evidence{f->path, 0, "no `updates:` entry names a package ecosystem"});
    else if (!opens)
      add_section(facts, std::string(kIdleConfig),
                  Evidence{f->path, 0, "every update entry sets `open-pull-requests-limit: 0`"});
  }
}

// Renovate switched off for the whole repository (`"enabled": false` at
// the top of renovate.json) opens no pull request; inside packageRules
// the same key only leaves some packages alone. JSON5 files are not read.
// JSON5 (renovate.json5) is not parsed: there a top-level key is taken to
// be one indented by at most two spaces, as formatters write it.
bool top_level_disabled(const std::string& text) {
  auto doc = parse_json(text, true);
  if (doc) {
    if (!doc->is_object()) return false;
    auto it = doc->find("enabled");
    return it != doc->end() && it->is_boolean() && !it->get<bool>();
  }
  static const RE2 json5(R"((?m)^ {0,2}["']?enabled["']?\s*:\s*false\b)");
  return RE2::PartialMatch(text, json5);
}

void renovate_disabled(const ScanContext& ctx, RepoFacts& facts) {
  for (const char* path : {"renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json",
                           ".renovaterc.json5", ".github/renovate.json", ".github/renovate.json5",
                           ".gitlab/renovate.json", ".gitlab/renovate.json5"}) {
    const FileEntry* f = ctx.find(path);
    if (!f || f->kind == FileKind::symlink) continue;
    auto text = read_config(ctx, *f);
    if (!text) continue;
    if (top_level_disabled(*text)) {
      Evidence at = evidence_at(f->path, *text, "enabled");
      at.excerpt = "`\"enabled\": false` switches Renovate off";
      add_section(facts, std::string(kIdleConfig), at);
    }
  }
}

// goreleaser used for its changelog and release only (`builds: [{skip:
// true}]`, no docker, nfpm, brew ... section) publishes no package.
void goreleaser_publishes_nothing(const ScanContext& ctx, RepoFacts& facts) {
  static constexpr const char* kPublishers[] = {
      "dockers",  "dockers_v2",   "docker_manifests", "kos",        "nfpms",      "brews",
      "homebrew_casks", "scoops", "snapcrafts",       "publishers", "blobs",      "uploads",
      "artifactories",  "nix",    "winget",           "aurs",       "aur_sources", "krews",
      "chocolateys",    "npms",   "cloudsmiths",      "fury",       "gemfury"};
  for (const char* path : {".goreleaser.yml", ".goreleaser.yaml", "goreleaser.yml", "goreleaser.yaml"}) {
    const FileEntry* f = ctx.find(path);
    if (!f || f->kind == FileKind::symlink) continue;
    auto text = ctx.read_text(*f);
    if (!text) continue;
    auto doc = parse_yaml(*text);
    if (!doc || !doc->IsMap()) continue;  // the tool resolver reports a malformed config
    YAML::Node builds = yaml_get(*doc, "builds");
    if (!builds.IsSequence() || builds.size() == 0) continue;
    bool all_skip = true;
    for (const auto& b : builds) all_skip = all_skip && yaml_str(yaml_get(b, "skip")) == "true";
    if (!all_skip) continue;
    bool publishes = false;
    for (const char* key : kPublishers) publishes = publishes || yaml_get(*doc, key);
    if (publishes) continue;
    Evidence at = evidence_line(f->path, *text, yaml_line(builds));
    at.excerpt = "every build sets `skip: true` and no publisher is configured";
    add_section(facts, std::string(kGoreleaserPublishesNothing), at);
  }
}

// RuboCop checks complexity by default (Metrics/CyclomaticComplexity and
// Metrics/PerceivedComplexity); a .rubocop.yml may switch both off.
void rubocop_complexity_off(const ScanContext& ctx, RepoFacts& facts) {
  const FileEntry* f = ctx.find(".rubocop.yml");
  if (!f || f->kind == FileKind::symlink) return;
  auto text = ctx.read_text(*f);
  if (!text) return;
  auto doc = parse_yaml(*text);
  if (!doc || !doc->IsMap()) return;  // the tool resolver reports a malformed config
  auto off = [&](const char* cop) {
    return text::lower(yaml_str(yaml_get(yaml_get(*doc, cop), "Enabled"))) == "false";
  };
  bool department = off("Metrics");
  if (!department && !(off("Metrics/CyclomaticComplexity") && off("Metrics/PerceivedComplexity")))
    return;
  Evidence at = evidence_at(f->path, *text, department ? "Metrics:" : "Metrics/CyclomaticComplexity");
  at.excerpt = department ? "the Metrics department is switched off"
                          : "Metrics/CyclomaticComplexity and PerceivedComplexity are switched off";
  add_section(facts, std::string(kRubocopComplexityOff), at);
}

void pylint_mccabe(const ScanContext& ctx, RepoFacts& facts) {
  static const RE2 re(R"(pylint\.extensions\.mccabe)");
  scan_files(ctx, facts, {"**/.pylintrc", "**/pylintrc", "**/pyproject.toml", "**/setup.cfg"}, re,
             "pylint:max-complexity");
}

}  // namespace

void probe_lint_settings(const ScanContext& ctx, RepoFacts& facts) {
  ruff_complexity(ctx, facts);
  golangci_linters(ctx, facts);
  pylint_mccabe(ctx, facts);
  dependabot_ecosystems(ctx, facts);
  renovate_disabled(ctx, facts);
  goreleaser_publishes_nothing(ctx, facts);
  rubocop_complexity_off(ctx, facts);
  static const RE2 eslint_complexity(
      R"(["']?(complexity|sonarjs/cognitive-complexity)["']?\s*:\s*\[?\s*["']?(error|2)\b)");
  scan_files(ctx, facts,
             {"**/.eslintrc", "**/.eslintrc.{js,cjs,mjs,json,yml,yaml}",
              "**/eslint.config.{js,cjs,mjs,ts,mts,cts}"},
             eslint_complexity, "eslint:complexity");
  // pytest-rerunfailures turned on for every run: `addopts = --reruns 3`.
  static const RE2 reruns(R"(--reruns[\s=]+\d)");
  scan_files(ctx, facts,
             {"**/pytest.ini", "**/.pytest.ini", "**/pyproject.toml", "**/setup.cfg", "**/tox.ini"},
             reruns, "pytest:reruns");
  static const RE2 clippy(R"(cognitive-complexity-threshold)");
  scan_files(ctx, facts, {"**/clippy.toml", "**/.clippy.toml"}, clippy,
             "clippy:cognitive-complexity");
  static const RE2 checkstyle(R"(name\s*=\s*"(CyclomaticComplexity|NPathComplexity))");
  scan_files(ctx, facts, {"**/checkstyle*.xml", "**/config/checkstyle/*.xml"}, checkstyle,
             "checkstyle:complexity");
  static const RE2 dotnet(R"((?i)<TreatWarningsAsErrors>\s*true\s*<)");
  scan_files(ctx, facts, {"**/Directory.Build.props"}, dotnet, "dotnet:werror");
  static const RE2 renovate_vuln(R"(["']?vulnerabilityAlerts["']?\s*:)");
  static const RE2 renovate_osv(R"(["']?osvVulnerabilityAlerts["']?\s*:\s*true)");
  auto renovate = {"renovate.json",          "renovate.json5",        ".renovaterc",
                   ".renovaterc.json",       ".renovaterc.json5",     ".github/renovate.json",
                   ".github/renovate.json5", ".gitlab/renovate.json", ".gitlab/renovate.json5"};
  scan_files(ctx, facts, renovate, renovate_vuln, "renovate:vulnerabilityAlerts");
  scan_files(ctx, facts, renovate, renovate_osv, "renovate:osvVulnerabilityAlerts");
  // SimpleCov started from the test helper, with no `.simplecov` file:
  // `require 'simplecov'` then `SimpleCov.start`.
  static const RE2 simplecov(R"(^\s*require\s*\(?\s*['"]simplecov['"])");
  scan_files(ctx, facts,
             {"**/spec_helper.rb", "**/rails_helper.rb", "**/test_helper.rb", "**/helper.rb"},
             simplecov, std::string(kSimplecovInTestHelper));
  // SwiftPM test targets: `.testTarget(name: "FooTests", ...)`.
  static const RE2 swift_test_target(R"(\.testTarget\s*\()");
  scan_files(ctx, facts, {"Package.swift", "Package@swift-*.swift"}, swift_test_target,
             "swiftpm:testTarget");
  // A Gradle build of several projects: `include(":moshi-adapters")`.
  static const RE2 gradle_include(R"(^\s*include\s*[(\s]\s*["'])");
  scan_files(ctx, facts, {"settings.gradle", "settings.gradle.kts"}, gradle_include,
             "gradle:include");
  sbt_subprojects(ctx, facts);
}

}  // namespace practrack::manifest
