// A Report built by hand for the renderer tests: a few practices across
// categories with evidence, one N/A, one needing attestation, a note with
// a pipe and invalid UTF-8, a note with a terminal escape, a practice the
// catalog does not know, and diagnostics on two files.
#pragma once

#include <string>

#include "catalog/catalog.h"
#include "report/report.h"

namespace practrack::fixture {

// Names, categories and weights as decide_all() fills them; the
// catalog's categories as the scanner lists them.
inline void fill_from_catalog(Report& r) {
  r.categories.clear();
  for (const auto& c : categories()) r.categories.push_back({std::string(c.id), std::string(c.title)});
  for (auto& a : r.assessments) {
    if (const Practice* p = find_practice(a.id)) {
      a.name = std::string(p->name);
      a.category = std::string(p->category);
      a.weight = p->weight;
    }
  }
}

inline Report sample_report() {
  Report r;
  r.meta.repository = "demo-app";
  r.meta.path = "/home/dev/demo-app";
  r.meta.source = "working tree";
  r.meta.commit = "0123456789abcdef0123456789abcdef01234567";
  r.meta.branch = "main";
  r.meta.scanned_at = "2026-02-17T10:30:00Z";
  r.meta.commit_time = 1771322400;
  r.meta.version = "0.1.0";  // fixed so golden files do not follow releases
  r.meta.files = 120;
  auto add = [&r](std::string id, Status s, std::string note, std::vector<Evidence> ev = {},
                  bool attest = false) {
    Assessment a;
    a.id = std::move(id);
    a.status = a.detected = s;
    a.note = a.detected_note = std::move(note);
    a.evidence = std::move(ev);
    a.needs_attestation = attest;
    r.assessments.push_back(std::move(a));
  };
  add("git", Status::adopted, "Git repo with `origin` on github.com",
      {{".git/config", 7, "url = git@github.com:dev/demo-app.git"}});
  add("branch-protection", Status::partial,
      "`CODEOWNERS` and a PR template; protection itself lives on the server",
      {{".github/CODEOWNERS", 1, "* @dev"}}, true);
  add("monorepo", Status::not_started, "Single component\x1b[2J\x1b[31m only");
  add("ci-on-push", Status::adopted, "`.gitlab-ci.yml` — 7 stages",
      {{".gitlab-ci.yml", 1, "stages:"}, {".gitlab-ci.yml", 2, "- lint"}});
  add("ci-caching", Status::not_started, "No cache | between runs \xff\xfe in `ci/`");
  add("unit-tests", Status::adopted, "33 test files, ~714 test functions",
      {{"tests/test_app.py", 3, "def test_starts():"}});
  add("coverage-gate", Status::partial, "Coverage measured\nno threshold in CI",
      {{"pyproject.toml", 40, "[tool.coverage.run]"}});
  add("compose", Status::not_applicable, "No containers in the repository");
  add("sast", Status::not_started, "No Bandit, Semgrep, etc.");
  add("retired-practice", Status::adopted, "An id from an older catalog");
  r.diagnostics.push_back({Severity::warning, "deploy/values.yaml", 12,
                           "malformed YAML: bad indentation"});
  r.diagnostics.push_back({Severity::warning, "deploy/values.yaml", 30, "duplicate key"});
  r.diagnostics.push_back({Severity::warning, "docs/big.bin", 0, "binary file skipped"});
  fill_from_catalog(r);
  return r;
}

// Every catalog practice, statuses cycling so each category gets a mix.
inline Report full_report() {
  Report r = sample_report();
  r.assessments.clear();
  r.diagnostics.clear();
  const Status cycle[] = {Status::adopted, Status::not_started, Status::partial,
                          Status::adopted, Status::not_applicable, Status::not_started,
                          Status::adopted};
  std::size_t i = 0;
  for (const auto& p : practices()) {
    Assessment a;
    a.id = std::string(p.id);
    a.status = a.detected = cycle[i++ % 7];
    a.note = a.detected_note = "note for " + std::string(p.id);
    r.assessments.push_back(std::move(a));
  }
  fill_from_catalog(r);
  return r;
}

}  // namespace practrack::fixture
