// Coverage thresholds written in configuration. Each becomes a config
// section the tool table knows ("coverage.fail_under" ...) so that the
// coverage-gate rule can tell "a threshold is set" from "it is enforced".
#include <re2/re2.h>

#include <cstdlib>

#include "parse/json.h"
#include "parse/toml.h"
#include "parse/xml.h"
#include "parse/yaml.h"
#include "probes/parse_warning.h"
#include "probes/source/scan_text.h"
#include "probes/source/source_scan.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack::source {
namespace {

void push(RepoFacts& facts, std::string key, const FileEntry& f, std::string_view text,
          std::string_view needle) {
  int line = text::find_line(text, needle);
  std::string excerpt;
  if (line > 0) excerpt = text::excerpt(text::lines(text)[static_cast<std::size_t>(line - 1)]);
  facts.config_sections.push_back({std::move(key), Evidence{f.path, line, excerpt}});
}

void record_threshold(RepoFacts& facts, double value) {
  if (!facts.metrics.count("coverage.fail_under")) facts.metrics["coverage.fail_under"] = value;
}

// INI files: `fail_under = N` inside [report] (.coveragerc) or
// [coverage:report] (setup.cfg, tox.ini). No INI library is available; a
// section header and `key = value` lines are all this needs.
void ini_file(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts, bool coveragerc) {
  auto text = ctx.read_text(f);
  if (!text) return;
  std::string section;
  int n = 0;
  for (auto line : text::lines(*text)) {
    ++n;
    std::string_view t = text::trim(line);
    if (starts(t, "[")) section = text::lower(t);
    bool report = section == "[coverage:report]" || (coveragerc && section == "[report]");
    if (report && starts(t, "fail_under")) {
      std::size_t eq = t.find_first_of("=:");
      if (eq != npos) record_threshold(facts, std::atof(std::string(t.substr(eq + 1)).c_str()));
      facts.config_sections.push_back({"coverage.fail_under", {f.path, n, text::excerpt(t)}});
    }
  }
  if (text::contains(*text, "--cov-fail-under"))
    push(facts, "pytest.cov-fail-under", f, *text, "--cov-fail-under");
}

void pyproject(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  auto text = ctx.read_text(f);
  if (!text || (!text::contains(*text, "fail_under") && !text::contains(*text, "fail-under")))
    return;
  auto doc = parse_toml(*text);
  if (!doc) {
    warn_parse_error(ctx, f.path, doc.error());
    return;
  }
  if (auto v = (*doc)["tool"]["coverage"]["report"]["fail_under"].value<double>()) {
    record_threshold(facts, *v);
    push(facts, "coverage.fail_under", f, *text, "fail_under");
  }
  if (text::contains(*text, "--cov-fail-under"))
    push(facts, "pytest.cov-fail-under", f, *text, "--cov-fail-under");
}

void package_json(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  auto text = ctx.read_text(f);
  if (!text || !text::contains(*text, "overage")) return;
  auto doc = parse_json(*text);
  if (!doc) {
    warn_parse_error(ctx, f.path, doc.error());
    return;
  }
  if (!doc->is_object()) return;
  auto jest = doc->find("jest");
  if (jest != doc->end() && jest->is_object() && jest->contains("coverageThreshold"))
    push(facts, "jest.coverageThreshold", f, *text, "coverageThreshold");
  for (const char* tool : {"nyc", "c8"}) {
    auto it = doc->find(tool);
    if (it != doc->end() && it->is_object() && it->value("check-coverage", false))
      push(facts, std::string(tool) + ".check-coverage", f, *text, "check-coverage");
  }
}

// Codecov's status checks fail a commit whose coverage misses a `target`
// or drops by more than a `threshold` (pinia: `project: default:
// threshold: 2%`, the target being the base commit's coverage). The key
// that sets the gate, or "" when every check is off or none sets one.
std::string_view codecov_gate_key(const YAML::Node& status) {
  std::string_view found;
  for (const char* kind : {"project", "patch"}) {
    YAML::Node checks = yaml_get(status, kind);
    if (!checks.IsMap()) continue;  // `patch: off`, or absent
    std::vector<YAML::Node> configs{checks};
    for (const auto& kv : checks)
      if (kv.second.IsMap()) configs.push_back(kv.second);  // `default:` and named checks
    for (const YAML::Node& c : configs) {
      if (yaml_get(c, "target")) return "target";
      if (yaml_get(c, "threshold")) found = "threshold";
    }
  }
  return found;
}

void codecov(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  auto text = ctx.read_text(f);
  if (!text) return;
  auto doc = parse_yaml(*text);
  if (!doc) {
    warn_parse_error(ctx, f.path, doc.error());
    return;
  }
  YAML::Node status = yaml_get(yaml_get(*doc, "coverage"), "status");
  if (std::string_view key = codecov_gate_key(status); !key.empty())
    push(facts, "codecov.status", f, *text, key);
}

// Configuration in code-like files (jest.config.js, build.gradle):
// the key's presence is all that can be read without running them.
struct TextKey {
  std::string_view glob;  // matched against the base name
  std::string_view needle;
  std::string_view section;
};

constexpr TextKey kTextKeys[] = {
    {"jest.config.{js,ts,cjs,mjs,json}", "coverageThreshold", "jest.coverageThreshold"},
    {"{vitest,vite}.config.{js,ts,cjs,mjs,mts}", "thresholds", "vitest.coverage.thresholds"},
    {".nycrc{,.json,.yml,.yaml}", "check-coverage", "nyc.check-coverage"},
    {".c8rc{,.json}", "check-coverage", "c8.check-coverage"},
    {"pom.xml", "<minimum>", "jacoco.rules"},
    {"build.gradle{,.kts}", "jacocoTestCoverageVerification", "jacoco.rules"},
    {"pytest.ini", "--cov-fail-under", "pytest.cov-fail-under"},
    {"{.tarpaulin.toml,tarpaulin.toml}", "fail-under", "tarpaulin.fail-under"},
};

void text_key(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  std::string_view base = text::basename(f.path);
  for (const auto& k : kTextKeys) {
    if (!glob_match(k.glob, base)) continue;
    auto text = ctx.read_text(f);
    if (text && text::contains(*text, k.needle))
      push(facts, std::string(k.section), f, *text, k.needle);
    return;
  }
}

bool codecov_path(std::string_view path) {
  for (std::string_view dir : {"", ".github/", ".gitlab/"})
    for (std::string_view name : {"codecov.yml", ".codecov.yml", "codecov.yaml", ".codecov.yaml"})
      if (path.size() == dir.size() + name.size() && starts(path, dir) &&
          text::ends_with(path, name))
        return true;
  return false;
}

// The coverage figure from a report kept in the repository (Cobertura
// XML's line-rate) or a README badge ("coverage-85%").
void coverage_report(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  auto text = ctx.read_text(f);
  if (!text || !text::contains(*text, "line-rate")) return;
  auto doc = parse_xml(*text);
  if (!doc) {
    warn_parse_error(ctx, f.path, doc.error());
    return;
  }
  pugi::xml_attribute rate = (*doc)->child("coverage").attribute("line-rate");
  if (!rate) return;
  facts.metrics["coverage.percent"] = rate.as_double() * 100.0;
  push(facts, "coverage.report", f, *text, "line-rate");
}

void coverage_badge(const ScanContext& ctx, const FileEntry& f, RepoFacts& facts) {
  auto text = ctx.read_text(f);
  if (!text || !text::icontains(*text, "coverage")) return;
  static const RE2 badge(R"((?i)coverage[-_ ]?(\d{1,3}(?:\.\d+)?)(?:%|%25))");
  std::string percent;
  if (!RE2::PartialMatch(*text, badge, &percent)) return;
  if (!facts.metrics.count("coverage.percent"))
    facts.metrics["coverage.percent"] = std::atof(percent.c_str());
}

// The files scan_coverage_config() dispatches to a reader.
bool coverage_path(std::string_view path) {
  std::string_view base = text::basename(path);
  for (std::string_view name : {".coveragerc", "setup.cfg", "tox.ini", "pyproject.toml",
                                "package.json", "coverage.xml", "cobertura-coverage.xml"})
    if (base == name) return true;
  if (codecov_path(path)) return true;
  if (path == base && text::starts_with(text::lower(base), "readme")) return true;
  if (base.find('.') == npos) return false;
  for (const auto& k : kTextKeys)
    if (glob_match(k.glob, base)) return true;
  return false;
}

}  // namespace

// One pass over the own files it concerns, dispatching on the base name:
// cheaper than a glob per kind of file on trees of 100,000 files.
void scan_coverage_config(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.own_files(coverage_path)) {
    if (f->kind == FileKind::symlink || f->kind == FileKind::submodule) continue;
    std::string_view base = text::basename(f->path);
    if (base == ".coveragerc") ini_file(ctx, *f, facts, true);
    else if (base == "setup.cfg" || base == "tox.ini") ini_file(ctx, *f, facts, false);
    else if (base == "pyproject.toml") pyproject(ctx, *f, facts);
    else if (base == "package.json") package_json(ctx, *f, facts);
    else if (codecov_path(f->path)) codecov(ctx, *f, facts);
    else if (base == "coverage.xml" || base == "cobertura-coverage.xml")
      coverage_report(ctx, *f, facts);
    else if (f->path == base && text::starts_with(text::lower(base), "readme"))
      coverage_badge(ctx, *f, facts);
    else if (base.find('.') != npos) text_key(ctx, *f, facts);
  }
}

void reset_coverage_config(RepoFacts& facts) {
  facts.metrics.erase("coverage.fail_under");
  facts.metrics.erase("coverage.percent");
}

}  // namespace practrack::source
