// The testing, observability and mlops rules over hand-built facts.
#include <gtest/gtest.h>

#include "probes/source/source_scan.h"
#include "rules/rule.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {
namespace {

Assessment decide(std::string_view id, const RepoFacts& f) {
  const RuleRow* r = find_rule(id);
  if (!r) throw std::runtime_error("no rule " + std::string(id));
  return r->decide(f);
}

TestSuite suite(std::string fw, int files, int tests, bool approx = true) {
  TestSuite s;
  s.framework = std::move(fw);
  s.files = files;
  s.tests = tests;
  s.approximate = approx;
  s.first = {"tests/test_a.py", 3, "def test_a():"};
  return s;
}

LibraryUse lib(std::string kind, std::string name, int files, std::string path = "app/a.py") {
  return {std::move(kind), std::move(name), files, files, {std::move(path), 1, "x"}, "python"};
}

ToolUse tool(std::string practice, std::string name, ToolHow how, Origin origin = Origin::ci,
             std::string path = ".gitlab-ci.yml") {
  return {std::move(practice), std::move(name), how, origin, "test", {std::move(path), 4, ""}};
}

TEST(SourceRules, EveryPracticeOfTheThreeCategoriesHasARule) {
  RepoFacts empty;
  for (std::string_view id :
       {"unit-tests", "integration-tests", "e2e-tests", "test-archival", "coverage-measurement",
        "coverage-gate", "mutation-testing", "load-testing", "contract-testing",
        "property-testing", "dashboards", "service-monitoring", "pipeline-monitoring",
        "repo-metrics", "app-logging", "structured-logging", "log-aggregation", "tracing",
        "alerting", "uptime-monitoring", "error-tracking", "slos", "model-discovery",
        "model-matrix", "eval-results-db", "model-comparison", "model-regression",
        "prompt-versioning", "eval-rubrics", "ab-testing", "dataset-management",
        "experiment-tracking"}) {
    Assessment a = decide(id, empty);
    EXPECT_NE(a.status, Status::adopted) << id;
    EXPECT_FALSE(a.note.empty()) << id;
  }
}

TEST(SourceTestingRules, UnitTestsNoteCountsPerFramework) {
  RepoFacts f;
  f.source.tests = {suite("pytest", 33, 714), suite("robot", 5, 12, false)};
  Assessment a = decide("unit-tests", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "33 test files, ~714 test functions (pytest)");
  ASSERT_EQ(a.evidence.size(), 1u);
  EXPECT_EQ(a.evidence[0].path, "tests/test_a.py");

  f.source.tests = {suite("googletest", 1, 3)};
  a = decide("unit-tests", f);
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note, "1 test file, ~3 tests (googletest) — a handful of tests only");

  f.source.tests = {suite("robot", 5, 12, false)};
  EXPECT_EQ(decide("unit-tests", f).status, Status::not_started);
}

TEST(SourceTestingRules, IntegrationTestsNameRobotSuites) {
  RepoFacts f;
  TestSuite robot = suite("robot", 3, 12, false);
  robot.suites = {"math", "docker", "safety"};
  f.source.tests = {robot};
  Assessment a = decide("integration-tests", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "Robot Framework: math, docker, safety suites (12 test cases in 3 files)");

  RepoFacts g;
  g.source.libraries = {lib("integration-test", "Testcontainers", 2, "tests/it/test_db.py")};
  a = decide("integration-tests", g);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "Testcontainers in 2 files (`tests/it/test_db.py` and 1 more)");
  EXPECT_EQ(decide("integration-tests", RepoFacts{}).status, Status::not_started);
}

TEST(SourceTestingRules, E2eFromCodeOrTools) {
  RepoFacts f;
  f.source.libraries = {lib("e2e-test", "robotframework-browser", 4, "tests/ui.robot")};
  EXPECT_EQ(decide("e2e-tests", f).status, Status::adopted);
  RepoFacts g;
  g.tools = {tool("e2e-tests", "Selenium", ToolHow::dependency, Origin::ci, "requirements.txt")};
  EXPECT_EQ(decide("e2e-tests", g).status, Status::partial);
  RepoFacts h;
  h.source.tests = {suite("playwright", 4, 40)};
  h.source.libraries = {lib("e2e-test", "Playwright", 8, "frontend/playwright.config.ts")};
  EXPECT_EQ(decide("e2e-tests", h).note, "4 test files, ~40 tests (playwright)");
}

TEST(SourceTestingRules, E2eByNameNeedsTooling) {
  RepoFacts f;
  f.source.libraries = {lib("e2e-path", "tests", 1, "tests/e2e_test.cc")};
  Assessment a = decide("e2e-tests", f);
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_EQ(a.note.rfind("tests named end-to-end in `tests`, but no end-to-end tooling", 0), 0u)
      << a.note;
  RepoFacts g = f;
  g.source.libraries.push_back(lib("integration-test", "Testcontainers", 1, "tests/e2e/db.py"));
  EXPECT_EQ(decide("e2e-tests", g).status, Status::adopted);
  RepoFacts h = f;
  CiPipeline p;
  CiJob job;
  job.name = "e2e";
  p.jobs.push_back(job);
  h.ci.pipelines.push_back(p);
  EXPECT_EQ(decide("e2e-tests", h).note, "tests named end-to-end in `tests`, run by CI job e2e");
  EXPECT_EQ(decide("e2e-tests", RepoFacts{}).status, Status::not_started);
}

TEST(SourceTestingRules, TestArchivalFromListenerDatabaseOrCi) {
  RepoFacts f;
  f.source.libraries = {lib("results-db", "sqlite3", 1, "listeners/db.py")};
  Assessment a = decide("test-archival", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "Test listener writes results to a database (sqlite3 in `listeners/db.py`)");

  RepoFacts g;
  CiPipeline p;
  p.path = ".gitlab-ci.yml";
  CiJob job;
  job.name = "pytest";
  job.junit_report = true;
  job.at = {".gitlab-ci.yml", 12, "pytest:"};
  p.jobs.push_back(job);
  g.ci.pipelines.push_back(p);
  a = decide("test-archival", g);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.evidence.at(0).line, 12);
  EXPECT_EQ(decide("test-archival", RepoFacts{}).status, Status::not_started);
}

TEST(SourceTestingRules, CoverageGateNeedsCoverageRunInCi) {
  RepoFacts f;
  f.tools = {tool("coverage-gate", "coverage.py fail_under", ToolHow::configured, Origin::ci,
                  "pyproject.toml")};
  EXPECT_EQ(decide("coverage-gate", f).status, Status::partial);
  f.tools.push_back(tool("coverage-measurement", "pytest-cov", ToolHow::run));
  f.metrics["coverage.fail_under"] = 85;
  Assessment a = decide("coverage-gate", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "coverage.py fail_under in `pyproject.toml`, enforced by pytest-cov in CI "
                    "job test (minimum 85%)");
  EXPECT_EQ(decide("coverage-gate", RepoFacts{}).status, Status::not_started);
}

TEST(SourceTestingRules, PropertyTestingFromImportsOrListedOnly) {
  RepoFacts f;
  f.source.libraries = {lib("property-test", "Hypothesis", 4, "tests/test_props.py")};
  EXPECT_EQ(decide("property-testing", f).status, Status::adopted);
  RepoFacts g;
  g.tools = {tool("property-testing", "Hypothesis", ToolHow::dependency)};
  EXPECT_EQ(decide("property-testing", g).status, Status::partial);
}

TEST(SourceObservabilityRules, AppLoggingAcrossTheCodeOrAFewPlaces) {
  RepoFacts f;
  f.source.main_language = "typescript";
  f.source.modules_by_language = {{"python", 50}, {"typescript", 400}};
  f.source.libraries = {lib("logging", "logging", 12)};
  Assessment a = decide("app-logging", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "logging in 12 files (`app/a.py` and 11 more) — 12 of 50 python modules");
  f.source.libraries = {lib("logging", "logging", 2, "listeners/db.py")};
  a = decide("app-logging", f);
  EXPECT_EQ(a.status, Status::partial);
  EXPECT_NE(a.note.find("a few places only"), std::string::npos);
  f.source.modules_by_language["python"] = 4;  // a small project: 2 of 4 modules log
  EXPECT_EQ(decide("app-logging", f).status, Status::adopted);
  EXPECT_EQ(decide("app-logging", RepoFacts{}).status, Status::not_started);
}

TEST(SourceObservabilityRules, CodeBeatsAListedDependency) {
  RepoFacts f;
  f.tools = {tool("structured-logging", "structlog", ToolHow::dependency)};
  EXPECT_EQ(decide("structured-logging", f).status, Status::partial);
  f.source.libraries = {lib("structured-logging", "structlog", 3)};
  EXPECT_EQ(decide("structured-logging", f).status, Status::adopted);

  RepoFacts g;
  g.source.libraries = {lib("tracing", "OpenTelemetry", 2)};
  EXPECT_EQ(decide("tracing", g).status, Status::adopted);
  g.source.libraries = {lib("error-tracking", "Sentry", 1)};
  EXPECT_EQ(decide("error-tracking", g).status, Status::adopted);
}

TEST(SourceObservabilityRules, MonitoringFromPollingCode) {
  RepoFacts f;
  f.source.libraries = {lib("health-polling", "Ollama /api/ps", 1, "dashboard/monitor.py"),
                        lib("pipeline-monitoring", "GitLab pipelines API", 1, "dashboard/ci.py")};
  EXPECT_EQ(decide("service-monitoring", f).status, Status::adopted);
  Assessment p = decide("pipeline-monitoring", f);
  EXPECT_EQ(p.status, Status::adopted);
  EXPECT_EQ(p.evidence.at(0).path, "dashboard/ci.py");
  Assessment u = decide("uptime-monitoring", RepoFacts{});
  EXPECT_EQ(u.status, Status::not_started);
  EXPECT_TRUE(u.needs_attestation);
}

TEST(SourceMlopsRules, NotApplicableWithoutModelWork) {
  RepoFacts f;
  f.source.libraries = {lib("logging", "logging", 3)};
  Assessment a = decide("model-discovery", f);
  EXPECT_EQ(a.status, Status::not_applicable);
  EXPECT_NE(a.note.find("no model or ML work"), std::string::npos);
}

TEST(SourceMlopsRules, DecidedWhereModelsAreUsed) {
  RepoFacts f;
  f.source.libraries = {lib("ml", "Ollama", 3),
                        lib("model-discovery", "Ollama /api/tags", 1, "scripts/discover.py"),
                        lib("model-test", "tests that exercise models", 4, "tests/llm.robot")};
  EXPECT_EQ(decide("model-discovery", f).status, Status::adopted);
  EXPECT_EQ(decide("model-discovery", f).evidence.at(0).path, "scripts/discover.py");
  Assessment r = decide("eval-rubrics", f);
  EXPECT_EQ(r.status, Status::partial);
  EXPECT_NE(r.note.find("binary pass/fail"), std::string::npos);
  EXPECT_EQ(decide("experiment-tracking", f).status, Status::not_started);
  EXPECT_EQ(decide("prompt-versioning", f).status, Status::not_started);
  f.source.prompt_files = {{"prompts/judge.md", 0, ""}};
  EXPECT_EQ(decide("prompt-versioning", f).status, Status::adopted);
  f.source.lfs_datasets = {{".gitattributes", 2, "data/*.csv filter=lfs"}};
  EXPECT_EQ(decide("dataset-management", f).status, Status::adopted);
}

TEST(SourceMlopsRules, ModelMatrixFromCiJobs) {
  RepoFacts f;
  f.source.libraries = {lib("ml", "OpenAI", 1)};
  CiPipeline p;
  p.path = ".github/workflows/eval.yml";
  CiJob job;
  job.name = "eval";
  job.parallel = true;
  job.script = {"python eval.py --model ${{ matrix.model }}"};
  p.jobs.push_back(job);
  f.ci.pipelines.push_back(p);
  Assessment a = decide("model-matrix", f);
  EXPECT_EQ(a.status, Status::adopted);
  EXPECT_EQ(a.note, "CI job eval runs across models (matrix, `.github/workflows/eval.yml`)");
}

RepoFacts coverage_facts(const MemoryTree& t, Diagnostics& diags) {
  ScanContext ctx(t, diags);
  RepoFacts f;
  source::scan_coverage_config(ctx, f);
  return f;
}

TEST(SourceCoverageConfig, ThresholdsBecomeConfigSections) {
  MemoryTree t;
  t.add(".coveragerc", "[run]\nbranch = True\n[report]\nfail_under = 85\n");
  t.add("package.json", "{\"jest\": {\"coverageThreshold\": {\"global\": {\"lines\": 80}}}}\n");
  t.add("sub/pyproject.toml", "[tool.coverage.report]\nfail_under = 70\n");
  Diagnostics diags;
  RepoFacts f = coverage_facts(t, diags);
  ASSERT_EQ(f.config_sections.size(), 3u);
  EXPECT_EQ(f.config_sections[0].key, "coverage.fail_under");
  EXPECT_EQ(f.config_sections[0].at, (Evidence{".coveragerc", 4, "fail_under = 85"}));
  EXPECT_EQ(f.config_sections[1].key, "jest.coverageThreshold");
  EXPECT_EQ(f.config_sections[2].at.path, "sub/pyproject.toml");
  EXPECT_EQ(f.metrics.at("coverage.fail_under"), 85);
}

TEST(SourceCoverageConfig, FigureFromAReportOrABadge) {
  MemoryTree t;
  t.add("README.md", "![cov](https://img.shields.io/badge/coverage-85%25-green)\n");
  Diagnostics diags;
  RepoFacts f = coverage_facts(t, diags);
  EXPECT_EQ(f.metrics.at("coverage.percent"), 85);
  t.add("coverage.xml", "<?xml version=\"1.0\"?>\n<coverage line-rate=\"0.912\"></coverage>\n");
  f = coverage_facts(t, diags);
  EXPECT_NEAR(f.metrics.at("coverage.percent"), 91.2, 0.01);
  f.tools.push_back({"coverage-measurement", "pytest-cov", ToolHow::run, Origin::ci, "test",
                     {".gitlab-ci.yml", 9, "pytest --cov"}});
  EXPECT_EQ(decide("coverage-measurement", f).note, "pytest-cov (CI test), 91% overall");
}

TEST(SourceCoverageConfig, MalformedFilesWarnOnce) {
  MemoryTree t;
  t.add("pyproject.toml", "[tool.coverage.report\nfail_under = = 1\n");
  t.add("package.json", "{\"jest\": {\"coverageThreshold\": ");
  t.add("setup.cfg", "[coverage:run]\nfail_under = 90\n");  // wrong section: not a gate
  Diagnostics diags;
  RepoFacts f = coverage_facts(t, diags);
  EXPECT_TRUE(f.config_sections.empty());
  EXPECT_EQ(diags.size(), 2u);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// A small tree shaped like the reference tracker's project: Robot suites
// that test models served by Ollama, a listener that stores results in
// SQLite, a dashboard that polls Ollama and GitLab, a metrics script.
MemoryTree reference_like() {
  MemoryTree t;
  std::string robot = "*** Settings ***\nLibrary    OllamaLibrary\n*** Test Cases ***\n"
                      "Model Answers\n    Ask Model    2+2\n";
  t.add("robot/math/arith.robot", robot);
  t.add("robot/docker/run.robot", robot);
  t.add("robot/safety/refuse.robot", robot);
  t.add("robot/dashboard/ui.robot",
        "*** Settings ***\nLibrary    Browser\n*** Test Cases ***\nOpens\n    New Page\n");
  t.add("src/listeners/db_listener.py",
        "import logging\nimport sqlite3\n\nclass DbListener:\n"
        "    ROBOT_LISTENER_API_VERSION = 3\n");
  t.add("src/ollama_lib.py",
        "import ollama\n\ndef ask(model, q):\n    return ollama.chat(model)\n");
  t.add("scripts/discover_ollama.py",
        "import requests\n\ndef models(host):\n"
        "    return requests.get(f'http://{host}:11434/api/tags').json()\n");
  t.add("dashboard/monitoring.py",
        "import requests\n\ndef poll(node):\n"
        "    return requests.get(f'http://{node}:11434/api/ps', timeout=2)\n");
  t.add("dashboard/pipelines.py",
        "import requests\n\ndef runs(pid):\n"
        "    return requests.get(f'{GITLAB}/api/v4/projects/{pid}/pipelines')\n");
  t.add("ci/report.sh",
        "#!/bin/bash\nset -euo pipefail\ncloc src > metrics.txt\n"
        "curl -X POST \"$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$IID/notes\"\n");
  for (int i = 0; i < 6; ++i)
    t.add("tests/test_core" + std::to_string(i) + ".py", "def test_a():\n    pass\n");
  for (int i = 0; i < 10; ++i) t.add("src/core/m" + std::to_string(i) + ".py", "X = 1\n");
  return t;
}

TEST(SourceReferenceLike, DecisionsMatchTheReferenceTracker) {
  MemoryTree t = reference_like();
  Diagnostics diags;
  ScanContext ctx(t, diags);
  RepoFacts f;
  source::scan_sources(ctx, f);
  source::scan_artifacts(ctx, f);
  source::scan_coverage_config(ctx, f);

  Assessment integration = decide("integration-tests", f);
  EXPECT_EQ(integration.status, Status::adopted);
  EXPECT_EQ(integration.note.substr(0, 51),
            "Robot Framework: dashboard, docker, math, safety su");
  EXPECT_EQ(decide("unit-tests", f).note, "6 test files, ~6 test functions (pytest)");
  EXPECT_EQ(decide("e2e-tests", f).status, Status::adopted);
  EXPECT_EQ(decide("test-archival", f).status, Status::adopted);
  EXPECT_EQ(decide("service-monitoring", f).evidence.at(0).path, "dashboard/monitoring.py");
  EXPECT_EQ(decide("pipeline-monitoring", f).evidence.at(0).path, "dashboard/pipelines.py");
  Assessment metrics = decide("repo-metrics", f);
  EXPECT_EQ(metrics.status, Status::adopted);
  EXPECT_EQ(metrics.evidence.at(0).path, "ci/report.sh");
  EXPECT_EQ(decide("app-logging", f).status, Status::partial);
  EXPECT_EQ(decide("model-discovery", f).evidence.at(0).path, "scripts/discover_ollama.py");
  EXPECT_EQ(decide("eval-results-db", f).status, Status::adopted);
  EXPECT_EQ(decide("eval-rubrics", f).status, Status::partial);
  EXPECT_EQ(decide("prompt-versioning", f).status, Status::not_started);
  EXPECT_EQ(decide("structured-logging", f).status, Status::not_started);
  EXPECT_EQ(decide("experiment-tracking", f).status, Status::not_started);
}

}  // namespace
}  // namespace practrack
