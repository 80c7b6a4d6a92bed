#include <gtest/gtest.h>

#include <algorithm>

#include "config/config_overlay.h"
#include "config/project_config.h"
#include "rules/rule.h"
#include "scan/scanner.h"

namespace practrack {
namespace {

ProjectConfig parse_ok(const std::string& yaml) {
  std::vector<ConfigIssue> issues;
  auto cfg = parse_config(yaml, ".practrack.yml", issues);
  EXPECT_TRUE(cfg.ok()) << (issues.empty() ? cfg.error() : issues[0].message);
  return cfg.ok() ? *cfg : ProjectConfig{};
}

std::vector<ConfigIssue> parse_bad(const std::string& yaml) {
  std::vector<ConfigIssue> issues;
  EXPECT_FALSE(parse_config(yaml, ".practrack.yml", issues).ok());
  return issues;
}

// A report of the catalog decided on no facts, with the config applied.
Report overlay(const ProjectConfig& cfg, const MemoryTree& tree, const std::string& today = "2026-06-01") {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  Report report = scan_tree(ctx);
  apply_config(cfg, ctx, report, today);
  return report;
}

}  // namespace

TEST(ProjectConfig, ParsesEverySection) {
  auto cfg = parse_ok(R"Y(version: 1
packs:
  mlops: off
attest:
  branch-protection:
    status: adopted
    note: Protected on GitLab, 2 approvals
    owner: alice
    date: 2026-02-19
    expires: 2026-08-19
not_applicable:
  progressive-delivery: Single-target deployment by design
practices:
  - id: ollama-monitoring
    name: Ollama host monitoring
    category: observability
    weight: 3
    rules:
      - status: adopted
        when: {contains: {glob: "**/*.py", regex: "/api/tags"}}
        note: "Dashboard polls /api/tags in {count} files"
decisions:
  - decision: 90-day data retention
    impact: Need cleanup cron
    see: humans/TODO.md
weights:
  sast: 5
required: [ci-on-push, unit-tests]
policy:
  min_adoption: 50%
  min_category_adoption: {security: 40}
  max_partial: 10
)Y");
  EXPECT_EQ(cfg.packs.at("mlops"), "off");
  ASSERT_EQ(cfg.attest.size(), 1u);
  EXPECT_EQ(cfg.attest[0].attestation.owner, "alice");
  EXPECT_EQ(cfg.attest[0].line, 5);
  ASSERT_EQ(cfg.practices.size(), 1u);
  EXPECT_EQ(cfg.practices[0].rules.size(), 1u);
  EXPECT_EQ(cfg.weights.at("sast"), 5);
  EXPECT_EQ(cfg.required.size(), 2u);
  EXPECT_DOUBLE_EQ(*cfg.policy.min_adoption, 50);
  EXPECT_DOUBLE_EQ(cfg.policy.min_category.at("security"), 40);
  EXPECT_EQ(*cfg.policy.max_partial, 10);
}

TEST(ProjectConfig, UnknownKeysAndIdsGetALineAndADidYouMean) {
  auto issues = parse_bad("atest:\n  x: 1\nrequired:\n  - ci-cachng\n");
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].line, 1);
  EXPECT_NE(issues[0].message.find("did you mean 'attest'"), std::string::npos) << issues[0].message;
  EXPECT_EQ(issues[1].line, 4);
  EXPECT_NE(issues[1].message.find("did you mean 'ci-caching'"), std::string::npos) << issues[1].message;
}

TEST(ProjectConfig, EveryProblemIsReportedNotJustTheFirst) {
  auto issues = parse_bad(R"Y(attest:
  sast:
    status: maybe
    date: yesterday
practices:
  - id: x
    category: observability
    rules:
      - status: adopted
        when: {contains: {glob: "*.py", regex: "(unclosed"}}
)Y");
  // status, owner missing, date format, bad regex.
  ASSERT_GE(issues.size(), 4u);
  bool regex = false;
  for (const auto& i : issues) regex = regex || (i.message.find("bad regex") != std::string::npos && i.line == 10);
  EXPECT_TRUE(regex);
}

TEST(ProjectConfig, MalformedYamlIsOneClearError) {
  auto issues = parse_bad("attest: [unclosed\n");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].message.find("malformed YAML"), std::string::npos);
}

TEST(ProjectConfig, AttestationOverridesAndBothAreShown) {
  auto cfg = parse_ok(R"Y(attest:
  branch-protection:
    status: adopted
    owner: alice
    date: 2026-02-19
)Y");
  MemoryTree tree;
  Report r = overlay(cfg, tree);
  const Assessment* a = r.find("branch-protection");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->status, Status::adopted);
  EXPECT_NE(a->detected, Status::adopted);
  EXPECT_TRUE(a->disagrees());
  EXPECT_NE(a->note.find("attested by alice on 2026-02-19"), std::string::npos) << a->note;
  EXPECT_NE(a->note.find("detection says"), std::string::npos) << a->note;
}

TEST(ProjectConfig, ExpiredAttestationIsStaleAndDoesNotCount) {
  auto cfg = parse_ok(R"Y(attest:
  signed-commits:
    status: adopted
    owner: bob
    date: 2025-01-01
    expires: 2025-12-31
)Y");
  MemoryTree tree;
  Report r = overlay(cfg, tree, "2026-06-01");
  const Assessment* a = r.find("signed-commits");
  ASSERT_TRUE(a && a->attestation);
  EXPECT_TRUE(a->attestation->stale);
  EXPECT_EQ(a->status, a->detected);
  EXPECT_NE(a->note.find("expired on 2025-12-31"), std::string::npos) << a->note;
}

TEST(ProjectConfig, NotApplicableAndPacks) {
  auto cfg = parse_ok("packs: {mlops: off}\nnot_applicable:\n  rollback: Nothing is deployed\n");
  MemoryTree tree;
  Report r = overlay(cfg, tree);
  EXPECT_EQ(r.find("rollback")->status, Status::not_applicable);
  EXPECT_NE(r.find("rollback")->note.find("Nothing is deployed"), std::string::npos);
  EXPECT_EQ(r.find("experiment-tracking")->status, Status::not_applicable);
  EXPECT_EQ(r.tally("mlops").not_applicable, 10);
}

TEST(CustomPractice, EachRuleKindDecides) {
  MemoryTree tree;
  tree.add("dashboard/poll.py", "import requests\n\nrequests.get(HOST + '/api/tags')\n");
  tree.add("dashboard/ps.py", "requests.get(HOST + '/api/ps')\n");
  tree.add("package.json", R"Y({"name": "x", "engines": {"node": "20"}})Y");
  tree.add("pyproject.toml", "[tool.ruff]\nline-length = 100\n");
  tree.add("superset/dashboards/models.yaml", "dashboard_title: Models\nposition: {}\n");
  auto cfg = parse_ok(R"Y(practices:
  - id: ollama-monitoring
    name: Ollama host monitoring
    category: observability
    rules:
      - status: adopted
        when: {all: [{contains: {glob: "dashboard/**", regex: "/api/(tags|ps)"}}, {not: {file_exists: "**/*.tf"}}]}
        note: "Dashboard polls Ollama in {count} files: {files}"
  - id: node-pinned
    category: code-quality
    rules:
      - status: adopted
        when: {key: {file: package.json, path: engines.node, equals: "20"}}
  - id: ruff-width
    category: code-quality
    rules:
      - status: partial
        when: {key: {file: pyproject.toml, path: tool.ruff.line-length}}
  - id: superset-dash
    category: analytics
    category_title: Analytics
    rules:
      - status: adopted
        when: {file_count: {glob: "superset/dashboards/*.yaml", at_least: 2}}
      - status: partial
        when: {any: [{file_exists: "superset/**"}, {file_exists: "grafana/**"}]}
        note: "{count} dashboard export"
  - id: no-print
    category: code-quality
    rules:
      - status: adopted
        when: {not_contains: {glob: "**/*.py", regex: "print\\("}}
        note: No print calls
)Y");
  Report r = overlay(cfg, tree);
  const Assessment* ollama = r.find("ollama-monitoring");
  ASSERT_TRUE(ollama);
  EXPECT_EQ(ollama->status, Status::adopted);
  EXPECT_EQ(ollama->note, "Dashboard polls Ollama in 2 files: `dashboard/poll.py`, `dashboard/ps.py`");
  ASSERT_EQ(ollama->evidence.size(), 2u);
  EXPECT_EQ(ollama->evidence[0].line, 3);
  EXPECT_EQ(r.find("node-pinned")->status, Status::adopted);
  EXPECT_EQ(r.find("ruff-width")->status, Status::partial);
  EXPECT_EQ(r.find("superset-dash")->status, Status::partial);
  EXPECT_EQ(r.find("superset-dash")->note, "1 dashboard export");
  EXPECT_EQ(r.find("superset-dash")->category, "analytics");
  EXPECT_EQ(r.categories.back().title, "Analytics");
  EXPECT_EQ(r.find("no-print")->status, Status::adopted);
}

TEST(CustomPractice, FactsFromProbesCompare) {
  auto cfg = parse_ok(R"Y(practices:
  - id: many-files
    category: testing
    rules:
      - status: adopted
        when: {fact: {name: tests.count, op: ">=", value: 10}}
    otherwise: Fewer than 10 tests
)Y");
  MemoryTree tree;
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  facts.metrics["tests.count"] = 12;
  EXPECT_EQ(decide_custom(cfg.practices[0], ctx, facts).status, Status::adopted);
  facts.metrics["tests.count"] = 3;
  auto a = decide_custom(cfg.practices[0], ctx, facts);
  EXPECT_EQ(a.status, Status::not_started);
  EXPECT_EQ(a.note, "Fewer than 10 tests");
}

}  // namespace practrack

namespace practrack {

TEST(ProjectConfig, DatesMustBeRealAndExpiryAfterTheDate) {
  auto issues = parse_bad(R"Y(attest:
  sast: {status: adopted, owner: a, date: 2026-02-30}
  dast: {status: adopted, owner: a, date: 2026-13-01}
  sbom: {status: adopted, owner: a, date: 2026-03-01, expires: 2026-02-01}
)Y");
  ASSERT_EQ(issues.size(), 3u);
  EXPECT_EQ(issues[0].line, 2);
  EXPECT_NE(issues[2].message.find("expires before its date"), std::string::npos);
  std::vector<ConfigIssue> none;
  EXPECT_TRUE(parse_config("attest:\n  sast: {status: adopted, owner: a, date: 2024-02-29}\n",
                           ".practrack.yml", none).ok());
}

}  // namespace practrack

namespace practrack {
namespace {

TEST(ProjectConfig, CoverageAreasShapeTheMap) {
  auto cfg = parse_ok("coverage:\n  areas: [src/rfc/, 'dashboard/**']\n");
  EXPECT_EQ(cfg.coverage_areas, (std::vector<std::string>{"src/rfc/", "dashboard/**"}));
  MemoryTree tree;
  std::string module;
  for (int i = 0; i < 12; ++i) module += "x" + std::to_string(i) + " = 1\n";
  tree.add("src/rfc/a.py", module);
  tree.add("dashboard/core/b.py", module);
  tree.add("scripts/c.py", module);
  tree.add("tests/test_a.py", "def test_x():\n    pass\n");
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  Report report = scan_tree(ctx);
  apply_config(cfg, ctx, report, "2026-06-01");
  std::vector<std::string> names;
  for (const auto& a : report.facts.coverage.areas) names.push_back(a.name);
  EXPECT_NE(std::find(names.begin(), names.end(), "src/rfc/"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "dashboard/"), names.end());  // its root
  EXPECT_NE(std::find(names.begin(), names.end(), "other"), names.end());  // scripts/c.py
}

TEST(ProjectConfig, CoverageAreasAreCheckedWithLines) {
  auto issues = parse_bad("coverage:\n  area: [src/]\n");
  ASSERT_FALSE(issues.empty());
  EXPECT_NE(issues[0].message.find("did you mean 'areas'"), std::string::npos);
  issues = parse_bad("coverage:\n  areas:\n    - /etc/\n    - ../up/\n    - src/\n");
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].line, 3);
  EXPECT_EQ(issues[1].line, 4);
  issues = parse_bad("coverage:\n  areas: src/\n");
  ASSERT_EQ(issues.size(), 1u);
}

}  // namespace
}  // namespace practrack
