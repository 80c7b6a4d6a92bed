// Regression (prometheus/node_exporter): CI runs `make test-e2e`, whose
// target runs end-to-end-test.sh against the fixtures: an integration
// suite, though no folder is named tests/integration.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree node_exporter(bool ci_runs_it) {
  MemoryTree t;
  t.add("go.mod", "module github.com/prometheus/node_exporter\n\ngo 1.24\n");
  t.add("node_exporter.go", "package main\n\nfunc main() {}\n");
  t.add("Makefile", R"mk(.PHONY: test-e2e
test-e2e: build
	@echo ">> running end-to-end tests"
	./end-to-end-test.sh -e "$(E2E_EXTRA_FLAGS)"
)mk");
  t.add("end-to-end-test.sh", "#!/usr/bin/env bash\nset -euo pipefail\n./node_exporter &\n");
  t.add(".github/workflows/ci.yml", std::string(R"(on: [push, pull_request]
jobs:
  test_go:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: )") + (ci_runs_it ? "make test-e2e" : "make build") +
                                        "\n");
  return t;
}

TEST(NodeExporterE2e, MakeTargetRunningEndToEndScriptInCi) {
  auto a = assess(node_exporter(true), "integration-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("end-to-end test script"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("make test-e2e"), std::string::npos) << a.note;
}

// The make target is the suite's entry point even where CI does not call it.
TEST(NodeExporterE2e, MakeTargetAloneStillNamesTheSuite) {
  auto a = assess(node_exporter(false), "integration-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("make test-e2e"), std::string::npos) << a.note;
}

TEST(NodeExporterE2e, ScriptNothingRunsIsNoSuite) {
  MemoryTree t;
  t.add("go.mod", "module github.com/prometheus/node_exporter\n\ngo 1.24\n");
  t.add("end-to-end-test.sh", "#!/usr/bin/env bash\nset -euo pipefail\n./node_exporter &\n");
  EXPECT_EQ(assess(t, "integration-tests").status, Status::not_started);
}

TEST(NodeExporterE2e, GoBuildTaggedIntegrationTests) {
  MemoryTree t;
  t.add("go.mod", "module example.com/x\n\ngo 1.22\n");
  t.add(".github/workflows/ci.yml",
        "on: [push]\njobs:\n  it:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: go test -tags=integration ./...\n");
  auto a = assess(t, "integration-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
}

}  // namespace
}  // namespace practrack
