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

}  // namespace practrack
