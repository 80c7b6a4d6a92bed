// Regression (trial 10, vitest-dev/vitest): vitest's `bench()` is built on
// tinybench, a runtime dependency of the published `vitest` package; its
// source (packages/vitest/src/runtime/benchmark/) was taken for the
// project's own benchmark suite, so load-testing was Adopted.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree vitest() {
  MemoryTree t;
  t.add("package.json",
        "{\n  \"private\": true,\n  \"devDependencies\": {\"vitest\": \"workspace:*\"}\n}\n");
  t.add("packages/vitest/package.json", R"({
  "name": "vitest",
  "version": "4.0.0",
  "dependencies": {
    "tinybench": "^2.9.0",
    "tinyrainbow": "^2.0.0"
  }
})");
  t.add("packages/vitest/src/runtime/benchmark.ts",
        "import { Bench } from 'tinybench'\n\nexport function bench() { return new Bench() }\n");
  t.add("packages/vitest/src/runtime/benchmark/default-provider.ts",
        "import type { Bench } from 'tinybench'\n\nexport const provider = {}\n");
  return t;
}

TEST(VitestBench, ABenchmarkLibraryTheProductShipsIsNoBenchmarkSuite) {
  Assessment a = assess(vitest(), "load-testing");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_TRUE(text::contains(a.note, "tinybench")) << a.note;
}

TEST(VitestBench, TheProjectsOwnBenchmarksStillCount) {
  MemoryTree t = vitest();
  t.add("bench/run.bench.ts", "import { Bench } from 'tinybench'\n\nconst b = new Bench()\n");
  Assessment a = assess(t, "load-testing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "bench/run.bench.ts")) << a.note;
}

}  // namespace
}  // namespace practrack
