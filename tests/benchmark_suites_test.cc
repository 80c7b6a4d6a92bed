// Regression (undici): a JavaScript benchmark suite in benchmarks/ (mitata,
// cronometro), run by CI with `npm run bench`, was no load testing.
#include <gtest/gtest.h>

#include "scan/scanner.h"

namespace practrack {
namespace {

Assessment load_testing(const MemoryTree& tree) {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  return *scan_tree(ctx).find("load-testing");
}

}  // namespace

TEST(BenchmarkSuites, JavascriptBenchmarkLibrariesInCode) {
  MemoryTree t;
  t.add("benchmarks/fetch/bytes.mjs", "import { bench, run } from 'mitata'\nbench('x', () => {})\n");
  auto a = load_testing(t);
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("mitata"), std::string::npos) << a.note;
}

TEST(BenchmarkSuites, BenchScriptRunByCi) {
  MemoryTree t;
  t.add(".github/workflows/bench.yml",
        "on: [pull_request]\njobs:\n  bench:\n    steps:\n      - run: npm run bench\n"
        "        working-directory: ./benchmarks\n");
  auto a = load_testing(t);
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("npm bench script"), std::string::npos) << a.note;
  // Neither a benchmark word elsewhere nor `npm run build` is one.
  MemoryTree other;
  other.add(".github/workflows/ci.yml",
            "on: [push]\njobs:\n  b:\n    steps:\n      - run: npm run build && npm run bench-report-upload\n");
  EXPECT_EQ(load_testing(other).status, Status::not_started);
}

// Regression (ripgrep, new-user trial 6): a benchmark runner in
// benchsuite/ (an extension-less Python script and its recorded runs).
// The catalog counts benchmark suites under load/performance testing; the
// note says they are benchmarks, not load tests.
TEST(BenchmarkSuites, BenchsuiteFolderIsPerformanceBenchmarking) {
  MemoryTree t;
  t.add("Cargo.toml", "[package]\nname = \"ripgrep\"\nversion = \"14.1.1\"\n");
  t.add("benchsuite/benchsuite",
        "#!/usr/bin/env python3\n\"\"\"benchmark runner\"\"\"\ndef bench_linux_literal(d):\n"
        "  pass\n");
  t.add("benchsuite/runs/2016-09-17/raw.csv", "benchmark,name\n");
  auto a = load_testing(t);
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("performance benchmark suite"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("no load test of a running service"), std::string::npos) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence.front().path, "benchsuite/benchsuite");
  // Docs about benchmarks are no suite.
  MemoryTree docs;
  docs.add("benchmarks/README.md", "# Benchmarks\n");
  EXPECT_EQ(load_testing(docs).status, Status::not_started);
}

// Regression (google/gson, new-user trial 6): Caliper benchmarks in the
// metrics/ module, by their dependency and their imports.
TEST(BenchmarkSuites, CaliperBenchmarks) {
  MemoryTree t;
  t.add("metrics/pom.xml",
        "<project>\n  <artifactId>gson-metrics</artifactId>\n  <dependencies>\n"
        "    <dependency>\n      <groupId>com.google.caliper</groupId>\n"
        "      <artifactId>caliper</artifactId>\n      <version>1.0-beta-3</version>\n"
        "    </dependency>\n  </dependencies>\n</project>\n");
  t.add("metrics/src/main/java/com/google/gson/metrics/ParseBenchmark.java",
        "package com.google.gson.metrics;\n\nimport com.google.caliper.BeforeExperiment;\n"
        "public final class ParseBenchmark {}\n");
  auto a = load_testing(t);
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("Caliper"), std::string::npos) << a.note;
  EXPECT_NE(a.note.find("performance benchmarks"), std::string::npos) << a.note;
  // A load tool says nothing about benchmarks.
  MemoryTree locust;
  locust.add("load/locustfile.py", "from locust import HttpUser\n");
  EXPECT_EQ(load_testing(locust).note.find("performance benchmarks"), std::string::npos);
}

}  // namespace practrack
