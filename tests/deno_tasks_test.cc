// Regression (trial 9, denoland/fresh): `*_test.ts(x)` files with
// `Deno.test(`, `deno task test` (deno.json "tasks"), `deno task
// check:types` (`deno check`) and `deno publish` (JSR) were not seen:
// unit tests, type checking and package publishing were not started.
#include <gtest/gtest.h>

#include "probes/source/file_analysis.h"
#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kDenoJson = R"({
  // tasks run by CI
  "tasks": {
    "test": "deno test -A --parallel",
    "check:types": "deno check --allow-import",
    "ok": {"command": "deno fmt --check && deno lint", "description": "all checks"}
  },
  "workspace": ["./packages/*"]
}
)";

constexpr const char* kCi = R"(on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: deno task check:types
      - run: deno task test
      - run: deno publish --dry-run
)";

constexpr const char* kPublish = R"(on:
  push:
    branches: [main]
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: deno publish
)";

constexpr const char* kAppTest = R"js(import { expect } from "@std/expect";
import { App } from "./app.ts";

Deno.test("App - .use()", async () => {
  expect(new App()).toBeDefined();
});

Deno.test({
  name: "App - .get()",
  fn: () => {},
});
)js";

MemoryTree fresh_like(bool publish) {
  MemoryTree t;
  t.add("deno.jsonc", kDenoJson);
  t.add(".github/workflows/ci.yml", kCi);
  if (publish) t.add(".github/workflows/publish.yml", kPublish);
  t.add("packages/fresh/src/app.ts", "export class App {}\n");
  for (const char* name : {"app", "router", "context", "middleware"})
    t.add("packages/fresh/src/" + std::string(name) + "_test.tsx", kAppTest);
  return t;
}

TEST(DenoTasks, DenoTestFilesAreCounted) {
  auto r = source::analyse("packages/fresh/src/app_test.tsx", source::kJs, kAppTest);
  ASSERT_EQ(r.tests.size(), 1u);
  EXPECT_EQ(r.tests[0].framework, "deno");
  EXPECT_EQ(r.tests[0].tests, 2);
}

TEST(DenoTasks, DenoTaskTestIsUnitTestsRunInCi) {
  Assessment a = assess(fresh_like(false), "unit-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "deno test")) << a.note;
}

TEST(DenoTasks, DenoCheckIsTypeChecking) {
  Assessment a = assess(fresh_like(false), "type-checking");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "deno check")) << a.note;
}

TEST(DenoTasks, DenoPublishIsPackagePublishingButDryRunIsNot) {
  Assessment dry = assess(fresh_like(false), "package-publishing");
  EXPECT_FALSE(text::contains(dry.note, "deno publish")) << dry.note;
  Assessment a = assess(fresh_like(true), "package-publishing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "deno publish")) << a.note;
}

}  // namespace
}  // namespace practrack
