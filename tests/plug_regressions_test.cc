// Regressions from elixir-plug/plug (new-user trial 16): an Elixir library
// whose tests map to the nearer of two same-named modules, run async, and
// include a doctest-only file; its scripts (mix.exs, config/config.exs)
// are no modules, and its README shows usage under "Hello world".
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;
using test_support::scan_memory;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

std::string module(std::string_view name, int lines) {
  std::string s = "defmodule " + std::string(name) + " do\n";
  for (int i = 0; i < lines; ++i) s += "  def f" + std::to_string(i) + "(x), do: x + " + std::to_string(i) + "\n";
  return s + "end\n";
}

MemoryTree plug_like() {
  MemoryTree t;
  t.add("mix.exs", module("Plug.MixProject", 12));
  t.add("config/config.exs", "import Config\n\nconfig :logger, :console, colors: [enabled: false]\n" +
                                 std::string(12, '\n'));
  t.add("lib/plug/conn.ex", module("Plug.Conn", 20));
  t.add("lib/plug/adapters/test/conn.ex", module("Plug.Adapters.Test.Conn", 20));
  t.add("lib/plug/conn/utils.ex", module("Plug.Conn.Utils", 20));
  t.add("test/test_helper.exs", "ExUnit.start()\n");
  t.add("test/plug/conn_test.exs",
        "defmodule Plug.ConnTest do\n  use ExUnit.Case, async: true\n\n"
        "  test \"assigns\" do\n  end\n\n  test \"halts\" do\n  end\nend\n");
  t.add("test/plug/conn/utils_test.exs",
        "defmodule Plug.Conn.UtilsTest do\n  use ExUnit.Case, async: true\n"
        "  doctest Plug.Conn.Utils\nend\n");
  t.add("README.md", "# Plug\n\n## Installation\n\n```elixir\n{:plug, \"~> 1.0\"}\n```\n\n"
                     "## Hello world: request/response\n\n```elixir\nMix.install([:plug])\n```\n\n"
                     "## Running tests\n\n```\nmix test\n```\n");
  return t;
}

TEST(PlugRegressions, TestsMapToTheNearerModuleAndScriptsAreNoModules) {
  Report r = scan_memory(plug_like());
  const CoverageFacts& cov = r.facts.coverage;
  std::map<std::string, std::string> tested;
  for (const auto& m : cov.modules) tested[m.path] = m.tested_by;
  EXPECT_EQ(tested.count("mix.exs"), 0u);
  EXPECT_EQ(tested.count("config/config.exs"), 0u);
  EXPECT_EQ(tested["lib/plug/conn.ex"], "test/plug/conn_test.exs");
  EXPECT_EQ(tested["lib/plug/adapters/test/conn.ex"], "");
  EXPECT_EQ(tested["lib/plug/conn/utils.ex"], "test/plug/conn/utils_test.exs");
  int tests = 0;
  for (const auto& a : cov.areas) {
    EXPECT_GT(a.modules_total + a.tests, 0) << a.name;  // no row of zeros for test_helper.exs
    tests += a.tests;
  }
  EXPECT_EQ(tests, 3);  // two tests and one doctest
}

TEST(PlugRegressions, AsyncCasesConfigTreeAndHelloWorld) {
  MemoryTree t = plug_like();
  auto parallel = assess(t, "parallel-tests");
  EXPECT_EQ(parallel.status, Status::adopted) << parallel.note;
  EXPECT_TRUE(has(parallel.note, "ExUnit async")) << parallel.note;
  auto config = assess(t, "single-source-config");
  EXPECT_TRUE(has(config.note, "`config/` (1 file)")) << config.note;
  auto readme = assess(t, "readme");
  EXPECT_EQ(readme.status, Status::adopted) << readme.note;
}

}  // namespace
}  // namespace practrack
