// A Deno package published to JSR (oak, trial 12): deno.json's name and
// version make it a manifest, its import map and deps.ts name the
// dependencies, and `deno test --parallel` runs the suite in parallel.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr const char* kDenoJson = R"({
  "name": "@oak/oak",
  "version": "17.2.0",
  "exports": { ".": "./mod.ts" },
  "imports": { "@std/assert": "jsr:@std/assert@1.0.8" },
  "tasks": {
    "test": "deno test --allow-net --parallel --ignore=npm"
  },
  "lock": false
})";

constexpr const char* kDeps = R"(// jsr dependencies
export { concat } from "jsr:@std/bytes@^1.0/concat";
export { eTag } from "jsr:@std/http@^1.0/etag";
export { accepts } from "jsr:@std/http@^1.0/negotiation";
export { default as pathToRegexp } from "npm:path-to-regexp@6.2.1";
)";

MemoryTree oak() {
  MemoryTree t;
  t.add("deno.json", kDenoJson);
  t.add("deps.ts", kDeps);
  t.add("mod.ts", "export * from \"./application.ts\";\n");
  t.add("application.test.ts", "Deno.test(\"app\", () => {});\n");
  t.add(".github/workflows/ci.yml",
        "on: [push]\njobs:\n  oak:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - run: deno task test\n");
  return t;
}

TEST(DenoPackage, DenoJsonVersionIsTheReleaseVersion) {
  Assessment a = test_support::assess(oak(), "semver");
  EXPECT_TRUE(text::contains(a.note, "`17.2.0` in `deno.json`")) << a.note;
}

TEST(DenoPackage, ImportMapAndDepsTsAreTheDependencies) {
  Assessment a = test_support::assess(oak(), "dependency-pinning");
  // @std/assert and path-to-regexp exact; @std/bytes and @std/http ranges
  // (http once, though imported twice).
  EXPECT_NE(a.status, Status::not_applicable) << a.note;
  EXPECT_TRUE(text::contains(a.note, "2/4 dependencies pinned")) << a.note;
}

TEST(DenoPackage, DenoTestParallelIsWithinSuiteParallelism) {
  Assessment a = test_support::assess(oak(), "parallel-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "deno test --parallel")) << a.note;
}

}  // namespace
}  // namespace practrack
