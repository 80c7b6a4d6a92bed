// The source scan over fixture trees: tests per framework, library use,
// hostile files, determinism and the per-blob memo.
#include <gtest/gtest.h>

#include <set>

#include "probes/source/file_analysis.h"
#include "probes/source/multi_find.h"
#include "probes/source/source_scan.h"
#include "scan/context.h"
#include "tree/tree.h"

namespace practrack {
namespace {

// A MemoryTree whose files carry blob ids, so the memo applies.
class OidTree : public Tree {
 public:
  void add(const std::string& path, const std::string& content) {
    mem_.add(path, content);
    files_ = mem_.files();
    for (auto& f : files_) f.oid = std::to_string(std::hash<std::string>{}(f.path + "#" +
                                                                         std::to_string(f.size)));
  }
  const std::vector<FileEntry>& files() const override { return files_; }
  Result<std::string> read(const FileEntry& f, std::size_t limit) const override {
    return mem_.read(f, limit);
  }
  std::string describe() const override { return "oid tree"; }

 private:
  MemoryTree mem_;
  std::vector<FileEntry> files_;
};

RepoFacts scan(const Tree& tree, Diagnostics& diags, FileMemo* memo = nullptr,
               ScanLimits limits = {}) {
  ScanContext ctx(tree, diags, nullptr, std::nullopt, memo, limits);
  RepoFacts facts;
  source::scan_sources(ctx, facts);
  return facts;
}

const TestSuite& suite(const RepoFacts& f, std::string_view fw) {
  const TestSuite* s = f.source.suite(fw);
  if (!s) throw std::runtime_error("no suite " + std::string(fw));
  return *s;
}

const LibraryUse* use(const RepoFacts& f, std::string_view kind, std::string_view name) {
  for (const auto& u : f.source.libraries)
    if (u.kind == kind && u.name == name) return &u;
  return nullptr;
}

void add_framework_fixture(MemoryTree& t) {
  t.add("tests/test_math.py",
        "import pytest\n"
        "import unittest\n"
        "\n"
        "def test_add():\n"
        "    assert 1 + 1 == 2\n"
        "\n"
        "@pytest.mark.parametrize('x', [1, 2, 3])\n"
        "def test_param(x):\n"
        "    assert x\n"
        "\n"
        "async def test_async():\n"
        "    pass\n"
        "\n"
        "class TestGroup:\n"
        "    def test_one(self):\n"
        "        pass\n"
        "    def test_two(self):\n"
        "        pass\n"
        "    def helper(self):\n"
        "        pass\n"
        "\n"
        "class Helper:\n"
        "    def test_not_collected(self):\n"
        "        pass\n"
        "\n"
        "class MathCase(unittest.TestCase):\n"
        "    def setUp(self):\n"
        "        pass\n"
        "    def test_a(self):\n"
        "        pass\n"
        "    def test_b(self):\n"
        "        pass\n");
  t.add("src/app.py", "def test_connection():\n    return True\n");
  t.add("tests/robot/math/add.robot",
        "*** Settings ***\n"
        "Library    Collections\n"
        "\n"
        "*** Test Cases ***\n"
        "Add Two Numbers\n"
        "    [Documentation]    adds\n"
        "    Should Be Equal    ${2}    ${2}\n"
        "# a comment\n"
        "Add Negative\n"
        "    Log    x\n"
        "    ...    continued\n"
        "Add Zero\n"
        "    Log    0\n"
        "\n"
        "*** Keywords ***\n"
        "My Keyword\n"
        "    Log    k\n");
  t.add("tests/robot/docker/run.robot",
        "*** Test Cases ***\nRun Container\n    Log    a\nStop Container\n    Log    b\n");
  t.add("tests/robot/resources/common.robot", "*** Keywords ***\nShared\n    Log    s\n");
  t.add("tests/a_test.cc",
        "#include <gtest/gtest.h>\n"
        "TEST(Math, Add) {}\n"
        "TEST(Math, Sub) {}\n"
        "TEST_F(Fixture, Works) {}\n"
        "TEST_P(Param, Each) {}\n"
        "INSTANTIATE_TEST_SUITE_P(All, Param, ::testing::Values(1));\n");
  t.add("tests/b_test.cpp",
        "#include <catch2/catch_test_macros.hpp>\n"
        "TEST_CASE(\"one\") {}\n"
        "TEST_CASE(\"two\", \"[tag]\") {}\n");
  t.add("pkg/calc_test.go",
        "package calc\n\nimport \"testing\"\n\n"
        "func TestAdd(t *testing.T) {}\n"
        "func TestSub(t *testing.T) {}\n"
        "func TestMain(m *testing.M) {}\n"
        "func helper(t *testing.T) {}\n");
  t.add("pkg/calc.go", "package calc\n\nfunc TestLooking(t int) {}\n");
  t.add("src/lib.rs",
        "#[cfg(test)]\nmod tests {\n"
        "    #[test]\n    fn a() {}\n"
        "    #[test]\n    fn b() {}\n"
        "    #[tokio::test]\n    async fn c() {}\n}\n");
  t.add("test/app.js", "describe('app', function () {\n  it('runs', function () {});\n});\n");
  t.add("web/sum.test.js",
        "const sum = require('./sum');\n"
        "describe('sum', () => {\n"
        "  it('adds', () => {});\n"
        "  it('adds more', () => {});\n"
        "  test('works', () => {});\n"
        "});\n");
  t.add("web/e2e/login.spec.ts",
        "import { test, expect } from '@playwright/test';\n"
        "test('logs in', async ({ page }) => {});\n");
  t.add("src/test/java/FooTest.java",
        "import org.junit.jupiter.api.Test;\n"
        "class FooTest {\n"
        "  @Test\n  void a() {}\n"
        "  @Test\n  void b() {}\n"
        "  @ParameterizedTest\n  void c(int x) {}\n"
        "  @TestFactory\n  Stream<DynamicTest> d() {}\n"
        "}\n");
  t.add("spec/foo_spec.rb",
        "describe Foo do\n  it 'works' do\n  end\n  it \"also works\" do\n  end\nend\n");
  t.add("tests/FooTest.php",
        "<?php\nclass FooTest extends TestCase {\n"
        "  public function testA() {}\n  public function testB() {}\n"
        "  public function helper() {}\n}\n");
}

TEST(SourceScan, CountsTestsPerFramework) {
  MemoryTree t;
  add_framework_fixture(t);
  Diagnostics diags;
  RepoFacts f = scan(t, diags);

  EXPECT_EQ(suite(f, "pytest").tests, 5);
  EXPECT_EQ(suite(f, "pytest").files, 1);
  EXPECT_EQ(suite(f, "pytest").parametrized, 1);
  EXPECT_TRUE(suite(f, "pytest").approximate);
  EXPECT_EQ(suite(f, "pytest").first, (Evidence{"tests/test_math.py", 4, "def test_add():"}));
  EXPECT_EQ(suite(f, "unittest").tests, 2);
  EXPECT_EQ(suite(f, "robot").tests, 5);
  EXPECT_EQ(suite(f, "robot").files, 2);
  EXPECT_FALSE(suite(f, "robot").approximate);
  EXPECT_EQ(suite(f, "robot").suites, (std::vector<std::string>{"docker", "math"}));
  EXPECT_EQ(suite(f, "googletest").tests, 4);
  EXPECT_EQ(suite(f, "googletest").parametrized, 1);
  EXPECT_EQ(suite(f, "catch2").tests, 2);
  EXPECT_EQ(suite(f, "go").tests, 2);
  EXPECT_EQ(suite(f, "go").files, 1);
  EXPECT_EQ(suite(f, "rust").tests, 3);
  EXPECT_EQ(suite(f, "jest").tests, 4);  // web/sum.test.js and Mocha's test/app.js
  EXPECT_EQ(suite(f, "playwright").tests, 1);
  EXPECT_EQ(suite(f, "junit").tests, 3);
  EXPECT_EQ(suite(f, "junit").parametrized, 1);
  EXPECT_EQ(suite(f, "rspec").tests, 2);
  EXPECT_EQ(suite(f, "phpunit").tests, 2);
  EXPECT_EQ(f.source.test_files, 13);
  EXPECT_EQ(f.metrics.at("tests.pytest.functions"), 5);
  EXPECT_EQ(f.source.files_by_language.at("python"), 2);
  EXPECT_EQ(f.source.files_by_language.at("robot"), 3);
  EXPECT_EQ(diags.size(), 0u);
}

TEST(SourceScan, RobotSuitesNamedBelowTheFolderHoldingNearlyAll) {
  MemoryTree t;
  std::string robot = "*** Test Cases ***\nCase\n    Log    x\n";
  for (int i = 0; i < 5; ++i) t.add("atest/test/alpha/s" + std::to_string(i) + ".robot", robot);
  for (int i = 0; i < 4; ++i) t.add("atest/test/beta/s" + std::to_string(i) + ".robot", robot);
  t.add("docs/example.robot", robot);
  Diagnostics diags;
  RepoFacts f = scan(t, diags);
  EXPECT_EQ(suite(f, "robot").suites, (std::vector<std::string>{"alpha", "beta"}));
  EXPECT_EQ(suite(f, "robot").tests, 10);
}

TEST(SourceScan, TestCodeThatPollsHealthIsNotMonitoring) {
  MemoryTree t;
  t.add("tests/helpers.py", "import requests\nrequests.get(base + '/health')\n");
  t.add("app/watch.py", "import requests\nr = requests.get(f'{node}/health', timeout=2)\n");
  Diagnostics diags;
  RepoFacts f = scan(t, diags);
  ASSERT_EQ(f.source.uses("health-polling").size(), 1u);
  EXPECT_EQ(f.source.uses("health-polling")[0]->files, 1);
  EXPECT_EQ(f.source.uses("health-polling")[0]->first,
            (Evidence{"app/watch.py", 2, "r = requests.get(f'{node}/health', timeout=2)"}));
}

TEST(SourceScan, JestFilesFollowTheProjectsRunner) {
  MemoryTree t;
  t.add("src/a.test.ts", "it('a', () => {});\nit.each([1, 2])('b %i', () => {});\n");
  Diagnostics diags;
  ScanContext ctx(t, diags);
  RepoFacts f;
  f.dependencies.push_back({"npm", "vitest", "^1", false, true, {}});
  source::scan_sources(ctx, f);
  ASSERT_NE(f.source.suite("vitest"), nullptr);
  EXPECT_EQ(f.source.suite("vitest")->tests, 2);
  EXPECT_EQ(f.source.suite("vitest")->parametrized, 1);
  EXPECT_EQ(f.source.suite("jest"), nullptr);
}

TEST(SourceScan, LibraryUseFromImportsNotFromComments) {
  MemoryTree t;
  t.add("app/main.py",
        "import os, logging as lg\n"
        "from structlog import get_logger\n"
        "# import sentry_sdk  (maybe later)\n"
        "log = lg.getLogger(__name__)\n"
        "A = os.environ['A']\n"
        "B = os.environ.get('B')\n"
        "C = os.getenv('C')\n"
        "# os.environ['D'] in a comment\n");
  t.add("app/util.py", "import logging\n");
  t.add("README.md", "We use sentry_sdk and import opentelemetry.\n");
  t.add("web/server.ts", "import pino from \"pino\";\nconst port = process.env.PORT;\n");
  Diagnostics diags;
  RepoFacts f = scan(t, diags);

  const LibraryUse* logging = use(f, "logging", "logging");
  ASSERT_NE(logging, nullptr);
  EXPECT_EQ(logging->files, 2);
  EXPECT_EQ(logging->first, (Evidence{"app/main.py", 1, "import os, logging as lg"}));
  ASSERT_NE(use(f, "structured-logging", "structlog"), nullptr);
  ASSERT_NE(use(f, "structured-logging", "pino"), nullptr);
  EXPECT_EQ(use(f, "error-tracking", "Sentry"), nullptr);
  EXPECT_EQ(use(f, "tracing", "OpenTelemetry"), nullptr);
  ASSERT_NE(use(f, "env-read", "os.environ"), nullptr);
  EXPECT_EQ(use(f, "env-read", "os.environ")->occurrences, 2);
  EXPECT_EQ(use(f, "env-read", "os.environ")->first.line, 5);
  EXPECT_EQ(use(f, "env-read", "os.getenv")->occurrences, 1);
  EXPECT_EQ(use(f, "env-read", "process.env")->first.path, "web/server.ts");
  EXPECT_EQ(f.metrics.at("source.env_reads"), 4);
}

TEST(SourceScan, StringTablesInCompiledCodeAreNotUse) {
  MemoryTree t;
  t.add("src/table.cc",
        "const Row rows[] = {\n"
        "  {\"/api/tags\", \"model-discovery\", \"Ollama /api/tags\"},\n"
        "  {\"getenv(\", \"env-read\"},\n"
        "};\n"
        "auto r = R\"(requests\\.get\\(.*/health)\";\n");
  t.add("src/client.cc",
        "auto home = std::getenv(\"HOME\");\n"
        "auto res = http.Get(base + \"/v1/models?all=1\");\n");
  Diagnostics diags;
  RepoFacts f = scan(t, diags);
  EXPECT_TRUE(f.source.uses("model-discovery").size() == 1);
  EXPECT_EQ(f.source.uses("model-discovery")[0]->first.path, "src/client.cc");
  EXPECT_TRUE(f.source.uses("health-polling").empty());
  ASSERT_EQ(f.source.uses("env-read").size(), 1u);
  EXPECT_EQ(f.source.uses("env-read")[0]->files, 1);
}

TEST(SourceScan, HintsForIntegrationE2eAndResultsDb) {
  MemoryTree t;
  t.add("tests/integration/test_db.py",
        "from testcontainers.postgres import PostgresContainer\ndef test_db():\n    pass\n");
  t.add("tests/robot/ui.robot",
        "*** Settings ***\nLibrary    Browser\n*** Test Cases ***\nOpen Page\n    New Page\n");
  t.add("listeners/db_listener.py",
        "import sqlite3\nclass DbListener:\n    ROBOT_LISTENER_API_VERSION = 3\n");
  Diagnostics diags;
  RepoFacts f = scan(t, diags);
  ASSERT_NE(use(f, "integration-test", "Testcontainers"), nullptr);
  ASSERT_NE(use(f, "integration-test", "tests/integration"), nullptr);
  ASSERT_NE(use(f, "e2e-test", "robotframework-browser"), nullptr);
  EXPECT_EQ(use(f, "e2e-test", "robotframework-browser")->first.line, 2);
  ASSERT_NE(use(f, "results-db", "sqlite3"), nullptr);
  EXPECT_EQ(use(f, "results-db", "sqlite3")->first.path, "listeners/db_listener.py");
}

// Regression: tests/e2e_test.cc made e2e-tests adopted from its name alone;
// a name is recorded as its own weaker kind.
TEST(SourceScan, E2eNameAloneIsAnE2ePathNotE2eTooling) {
  MemoryTree t;
  t.add("tests/e2e_test.cc", "#include <gtest/gtest.h>\nTEST(E2e, Scan) { EXPECT_TRUE(true); }\n");
  Diagnostics diags;
  RepoFacts f = scan(t, diags);
  EXPECT_EQ(f.source.uses("e2e-test").size(), 0u);
  ASSERT_NE(use(f, "e2e-path", "tests"), nullptr);
}

// Regression (fastapi): scripts/playwright/** drive a browser to take the
// docs' screenshots; browser automation outside test code tests nothing.
TEST(SourceScan, BrowserAutomationOutsideTestsIsNoE2eTest) {
  MemoryTree t;
  t.add("scripts/playwright/query/image01.py",
        "from playwright.sync_api import sync_playwright\n"
        "page.screenshot(path='docs/img/image01.png')\n");
  t.add("src/render/pdf.js", "const puppeteer = require('puppeteer');\n");
  t.add("resources/ui.robot", "*** Settings ***\nLibrary    Browser\n");
  Diagnostics diags;
  RepoFacts f = scan(t, diags);
  EXPECT_EQ(use(f, "e2e-test", "Playwright"), nullptr);
  EXPECT_EQ(use(f, "e2e-test", "Puppeteer"), nullptr);
  ASSERT_NE(use(f, "browser-automation", "Playwright"), nullptr);
  EXPECT_NE(use(f, "browser-automation", "Puppeteer"), nullptr);
  EXPECT_NE(use(f, "e2e-test", "robotframework-browser"), nullptr);
  t.add("tests/e2e/test_login.py",
        "from playwright.sync_api import Page\ndef test_login(page: Page):\n    pass\n");
  f = scan(t, diags);
  ASSERT_NE(use(f, "e2e-test", "Playwright"), nullptr);
  EXPECT_EQ(use(f, "e2e-test", "Playwright")->first.path, "tests/e2e/test_login.py");
}

// Regression (fastapi): docs_src/ holds the tutorials' example apps; the
// settings class they teach is not the project's config validation.
TEST(SourceScan, DocumentationCodeIsNotTheProjectsPractice) {
  MemoryTree t;
  const char* settings = "from pydantic_settings import BaseSettings\nimport logging\n";
  t.add("docs_src/settings/tutorial001.py", settings);
  t.add("docs/en/snippets/app.py", settings);
  Diagnostics diags;
  RepoFacts f = scan(t, diags);
  EXPECT_TRUE(f.source.uses("config-validation").empty());
  EXPECT_TRUE(f.source.uses("logging").empty());
  // cobra's doc/ is a Go package: its benchmarks are code.
  t.add("doc/man_docs_test.go",
        "package doc\nimport \"testing\"\nfunc BenchmarkGenManToFile(b *testing.B) {}\n");
  f = scan(t, diags);
  EXPECT_EQ(f.source.uses("load-test").size(), 1u);
  t.add("app/config.py", settings);
  f = scan(t, diags);
  ASSERT_EQ(f.source.uses("config-validation").size(), 1u);
  EXPECT_EQ(f.source.uses("config-validation")[0]->files, 1);
  EXPECT_EQ(f.source.uses("config-validation")[0]->first.path, "app/config.py");
}

// Regression (click): logging set up by three test modules made app-logging
// partial; tests are not the application.
TEST(SourceScan, LoggingInTestsIsNoApplicationLogging) {
  MemoryTree t;
  t.add("tests/test_context.py", "import logging\ndef test_x():\n    logging.getLogger()\n");
  t.add("alert/validate_test.go", "package alert\nimport \"log/slog\"\n");
  Diagnostics diags;
  RepoFacts f = scan(t, diags);
  EXPECT_TRUE(f.source.uses("logging").empty());
  EXPECT_TRUE(f.source.uses("structured-logging").empty());
  t.add("src/app/cli.py", "import logging\nlog = logging.getLogger(__name__)\n");
  f = scan(t, diags);
  ASSERT_EQ(f.source.uses("logging").size(), 1u);
  EXPECT_EQ(f.source.uses("logging")[0]->first.path, "src/app/cli.py");
}

// Regression: a generator script's template string made app-logging
// adopted; text inside Python string literals is data, not code.
TEST(SourceScan, PythonStringLiteralsAreNotCode) {
  MemoryTree t;
  t.add("scripts/gen.py",
        "\"\"\"Writes a module.\n\nimport os\n\"\"\"\nTEMPLATE = '''\nimport logging\n"
        "log = logging.getLogger(__name__)\n'''\n"
        "out.write(\"from structlog import get_logger\\n\")\n"
        "name = f\"{os.environ['HOME']}/x\"\n");
  Diagnostics diags;
  RepoFacts f = scan(t, diags);
  EXPECT_TRUE(f.source.uses("logging").empty());
  EXPECT_TRUE(f.source.uses("structured-logging").empty());
  // An f-string's braces are code.
  ASSERT_NE(use(f, "env-read", "os.environ"), nullptr);
  EXPECT_EQ(use(f, "env-read", "os.environ")->first.line, 10);
}

// Regression: Go structured loggers (slog, promslog, logrus' JSON
// formatter) left structured-logging not-started.
TEST(SourceScan, GoStructuredLoggers) {
  auto structured = [](const char* body) {
    MemoryTree t;
    t.add("cmd/app/main.go", body);
    Diagnostics diags;
    RepoFacts f = scan(t, diags);
    std::vector<std::string> names;
    for (const LibraryUse* u : f.source.uses("structured-logging")) names.push_back(u->name);
    return names;
  };
  using Names = std::vector<std::string>;
  EXPECT_EQ(structured("package main\n\nimport (\n\t\"log/slog\"\n)\n"), Names{"log/slog"});
  EXPECT_EQ(structured("package main\nimport \"go.uber.org/zap\"\n"), Names{"zap"});
  EXPECT_EQ(structured("package main\nimport zl \"github.com/rs/zerolog/log\"\n"),
            Names{"zerolog"});
  EXPECT_EQ(structured("package main\nimport \"github.com/prometheus/common/promslog\"\n"),
            Names{"promslog"});
  EXPECT_EQ(structured("package main\nimport log \"github.com/sirupsen/logrus\"\n"
                       "func init() { log.SetFormatter(&log.JSONFormatter{}) }\n"),
            Names{"logrus JSON formatter"});
  // logrus' default text formatter is not structured output.
  EXPECT_EQ(structured("package main\nimport \"github.com/sirupsen/logrus\"\n"), Names{});
  // Regression (alertmanager): amtool's own JSONFormatter prints results.
  EXPECT_EQ(structured("package format\nvar f = &JSONFormatter{writer: os.Stdout}\n"), Names{});
}

TEST(SourceScan, IntegrationByLanguageConvention) {
  MemoryTree t;
  t.add("src/test/java/a/CacheIT.java", "class CacheIT {\n  @Test\n  void hits() {}\n}\n");
  t.add("tests/cli.rs", "#[test]\nfn runs() {}\n");
  t.add("src/lib.rs", "#[test]\nfn unit() {}\nfn f() { log::debug!(\"x\"); }\n");
  Diagnostics diags;
  RepoFacts f = scan(t, diags);
  ASSERT_NE(use(f, "integration-test", "Failsafe *IT classes"), nullptr);
  ASSERT_NE(use(f, "integration-test", "Cargo tests/ integration tests"), nullptr);
  EXPECT_EQ(use(f, "integration-test", "Cargo tests/ integration tests")->first.path,
            "tests/cli.rs");
  ASSERT_NE(use(f, "logging", "log"), nullptr);
  EXPECT_EQ(use(f, "logging", "log")->first.line, 3);
  // Regression (trial 12, axum): a tests/ module inside src/ is compiled
  // into the crate; it holds unit tests, not Cargo integration tests.
  MemoryTree module;
  module.add("axum/src/routing/tests/mod.rs", "#[test]\nfn routes() {}\n");
  module.add("axum/src/routing/mod.rs", "#[cfg(test)]\nmod tests;\n");
  Diagnostics d2;
  RepoFacts g = scan(module, d2);
  EXPECT_EQ(use(g, "integration-test", "Cargo tests/ integration tests (axum)"), nullptr);
  EXPECT_EQ(use(g, "integration-test", "Cargo tests/ integration tests (axum/src/routing)"), nullptr);
}

TEST(SourceScan, BinaryInvalidUtf8AndOversizeFilesNeitherCrashNorCount) {
  MemoryTree t;
  t.add("src/blob.py", std::string("def test_x():\0\x01\x02 pass\n", 22));
  t.add("tests/test_bad.py", "# \xff\xfe\xc3\x28 broken\ndef test_ok():\n    s = '\xe2\x82'\n");
  t.add("tests/test_big.py", "def test_big():\n    pass\n" + std::string(4096, '#'));
  t.add("src/link.py", "x", FileKind::symlink);
  Diagnostics diags;
  ScanLimits limits;
  limits.source_bytes = 1024;
  RepoFacts f = scan(t, diags, nullptr, limits);
  ASSERT_NE(f.source.suite("pytest"), nullptr);
  EXPECT_EQ(f.source.suite("pytest")->tests, 1);
  EXPECT_EQ(f.source.suite("pytest")->first.path, "tests/test_bad.py");
  EXPECT_EQ(diags.size(), 2u);  // the binary file and the oversized one
  for (const auto& d : diags.all()) EXPECT_NE(d.path, "src/link.py");
}

TEST(SourceScan, VendoredFilesAreNotTheProjects) {
  MemoryTree t;
  t.add("vendor/lib/test_x.py", "def test_a():\n    pass\n");
  t.add("node_modules/pino/index.test.js", "it('a', () => {});\n");
  Diagnostics diags;
  RepoFacts f = scan(t, diags);
  EXPECT_TRUE(f.source.tests.empty());
  EXPECT_TRUE(f.source.files_by_language.empty());
}

void add_many(OidTree& t, int n) {
  for (int i = 0; i < n; ++i) {
    std::string body = "import logging\nimport os\nX = os.getenv('X')\n";
    for (int k = 0; k <= i % 7; ++k) body += "def test_" + std::to_string(k) + "():\n    pass\n";
    t.add("pkg" + std::to_string(i % 13) + "/test_mod" + std::to_string(i) + ".py", body);
  }
}

TEST(SourceScan, SameFactsOnEveryRunWhateverTheThreads) {
  OidTree t;
  add_many(t, 400);
  Diagnostics d1, d2;
  RepoFacts a = scan(t, d1);
  for (int run = 0; run < 5; ++run) {
    RepoFacts b = scan(t, d2);
    ASSERT_EQ(a.source.tests.size(), b.source.tests.size());
    EXPECT_EQ(a.source.tests[0].tests, b.source.tests[0].tests);
    EXPECT_EQ(a.source.tests[0].first, b.source.tests[0].first);
    ASSERT_EQ(a.source.libraries.size(), b.source.libraries.size());
    for (std::size_t i = 0; i < a.source.libraries.size(); ++i) {
      EXPECT_EQ(a.source.libraries[i].first, b.source.libraries[i].first);
      EXPECT_EQ(a.source.libraries[i].occurrences, b.source.libraries[i].occurrences);
    }
    EXPECT_EQ(a.metrics, b.metrics);
  }
  int expected = 0;
  for (int i = 0; i < 400; ++i) expected += i % 7 + 1;
  EXPECT_EQ(a.source.suite("pytest")->tests, expected);
  EXPECT_EQ(a.source.suite("pytest")->first.path, "pkg0/test_mod0.py");
}

TEST(SourceScan, MemoAnalysesEachBlobOnce) {
  OidTree t;
  add_many(t, 150);
  FileMemo memo;
  Diagnostics diags;
  RepoFacts a = scan(t, diags, &memo);
  EXPECT_EQ(memo.computed, 150);
  RepoFacts b = scan(t, diags, &memo);
  EXPECT_EQ(memo.computed, 150);
  EXPECT_EQ(memo.reused, 150);
  EXPECT_EQ(a.metrics, b.metrics);
}

TEST(SourceImports, EachLanguagesImportForms) {
  using source::imports_of;
  auto names = [](const std::vector<source::Import>& v) {
    std::vector<std::string> out;
    for (const auto& i : v) out.emplace_back(i.module);
    return out;
  };
  EXPECT_EQ(names(imports_of(source::kPython, "import a.b, c as d\nfrom e.f import g\n")),
            (std::vector<std::string>{"a.b", "c", "e.f"}));
  EXPECT_EQ(names(imports_of(source::kJs, "import x from 'x';\nimport {\n  y\n} from \"@s/y\";\n"
                                          "const z = require('z');\nimport './side';\n")),
            (std::vector<std::string>{"x", "@s/y", "z", "./side"}));
  EXPECT_EQ(names(imports_of(source::kGo, "import (\n\t\"fmt\"\n\tzl \"github.com/rs/zerolog\"\n)\n"
                                          "import \"os\"\n")),
            (std::vector<std::string>{"fmt", "github.com/rs/zerolog", "os"}));
  EXPECT_EQ(names(imports_of(source::kCpp, "#include <spdlog/spdlog.h>\n#include \"a.h\"\n")),
            (std::vector<std::string>{"spdlog/spdlog.h", "a.h"}));
  EXPECT_EQ(names(imports_of(source::kRust, "use tracing::info;\nextern crate log;\n")),
            (std::vector<std::string>{"tracing::info", "log"}));
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// Every occurrence a naive search finds, the one-pass finder finds too,
// whatever the text length (the lockstep streams split texts in four).
TEST(SourceMultiFind, FindsWhatNaiveSearchFinds) {
  std::vector<std::string_view> needles = {"abcab", "bca", "cabxx", "aaaa", "xyz"};
  source::MultiFind finder(needles);
  std::uint32_t seed = 12345;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    std::size_t len = static_cast<std::size_t>(round % 97) + (round % 5 == 0 ? 5000 : 0);
    for (std::size_t i = 0; i < len; ++i) {
      seed = seed * 1103515245u + 12345u;
      text += "abcxyz"[(seed >> 16) % (round % 3 == 0 ? 3 : 6)];
    }
    std::set<std::pair<std::size_t, std::size_t>> expected, got;
    for (std::size_t k = 0; k < needles.size(); ++k)
      for (std::size_t p = text.find(needles[k]); p != std::string::npos;
           p = text.find(needles[k], p + 1))
        expected.insert({p, k});
    finder.scan(text, [&](std::size_t p, std::size_t k) { got.insert({p, k}); });
    ASSERT_EQ(got, expected) << "round " << round << " text " << text.substr(0, 80);
  }
}

}  // namespace
}  // namespace practrack
