// Regressions (trial 10, elixir-ecto/ecto): the integration suite that CI
// runs through Earthly (`earthly --ci +integration-test`) was not seen, and
// dependency pinning cited the example app's lock (examples/friends/mix.lock)
// over the project's own mix.lock.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kCi = R"(name: CI
on: [push, pull_request]
jobs:
  test-elixir:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: mix test
  test-earthly:
    runs-on: ubuntu-latest
    steps:
      - uses: earthly/actions-setup@v1
      - name: Run integration tests
        run: earthly -P --ci --build-arg ELIXIR_BASE=${{matrix.elixirbase}} +integration-test
)";

MemoryTree ecto() {
  MemoryTree t;
  t.add(".github/workflows/ci.yml", kCi);
  t.add("Earthfile",
        "VERSION 0.6\n\nintegration-test:\n    FROM hexpm/elixir:1.15.6\n"
        "    RUN mix test\n");
  t.add("mix.exs", "defmodule Ecto.MixProject do\n  use Mix.Project\nend\n");
  t.add("mix.lock", "%{\n  \"decimal\": {:hex, :decimal, \"2.1.1\"},\n}\n");
  t.add("examples/friends/mix.exs", "defmodule Friends.MixProject do\nend\n");
  t.add("examples/friends/mix.lock", "%{\n  \"ecto_sql\": {:hex, :ecto_sql, \"3.0.0\"},\n}\n");
  t.add("integration_test/cases/repo.exs", "defmodule Ecto.Integration.RepoTest do\nend\n");
  return t;
}

TEST(EctoRegressions, AnEarthlyIntegrationTargetInCiIsIntegrationTests) {
  Assessment a = assess(ecto(), "integration-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "Earthly")) << a.note;
}

TEST(EctoRegressions, TheRootLockIsCitedBeforeAnExamplesLock) {
  Assessment a = assess(ecto(), "dependency-pinning");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "`mix.lock`")) << a.note;
  EXPECT_FALSE(text::contains(a.note, "examples/")) << a.note;
}

}  // namespace
}  // namespace practrack
