// Regressions (trial 9, phoenixframework/phoenix): an Elixir project's
// ExUnit tests, `mix test`, `mix compile --warnings-as-errors` and Logger
// were not seen, so unit tests, type checking and logging were not started.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kCi = R"(on: [push, pull_request]
jobs:
  mix_test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: mix deps.get --only test
      - run: mix compile --warnings-as-errors
      - run: mix format --check-formatted
      - run: mix test
)";

constexpr const char* kRouteTest = R"(defmodule Phoenix.Router.RouteTest do
  use ExUnit.Case, async: true

  import Phoenix.Router.Route

  describe "build" do
    test "builds a route" do
      assert build(1) == :ok
    end

    test "builds a route with a context", %{conn: conn} do
      assert conn
    end
  end

  test 'charlist names count too' do
    assert true
  end
end
)";

constexpr const char* kSocket = R"(defmodule Phoenix.Socket do
  @moduledoc "Sockets."
  require Logger

  def connect(vsn) do
    # Logger.debug("commented out")
    Logger.warning("Client sent invalid transport version #{vsn}")
  end
end
)";

MemoryTree phoenix_like() {
  MemoryTree t;
  t.add("mix.exs", "defmodule Phoenix.MixProject do\n  use Mix.Project\nend\n");
  t.add(".formatter.exs", "[inputs: [\"{mix,.formatter}.exs\"]]\n");
  t.add(".github/workflows/ci.yml", kCi);
  t.add("lib/phoenix/socket.ex", kSocket);
  t.add("lib/phoenix/channel.ex",
        "defmodule Phoenix.Channel do\n  require Logger\n  def join(_), do: Logger.info(\"x\")\nend\n");
  t.add("lib/phoenix/router/route.ex", "defmodule Phoenix.Router.Route do\n  def build(_), do: :ok\nend\n");
  t.add("test/test_helper.exs", "ExUnit.start()\n");
  t.add("test/phoenix/router/route_test.exs", kRouteTest);
  t.add("test/phoenix/socket_test.exs",
        "defmodule Phoenix.SocketTest do\n  use ExUnit.Case\n  require Logger\n"
        "  test \"logs\" do\n    Logger.info(\"in a test\")\n  end\n"
        "  test \"a\", do: assert true\n  test \"b\", do: assert true\nend\n");
  return t;
}

TEST(PhoenixElixir, ExUnitTestsAreUnitTestsRunByMixTest) {
  Assessment a = assess(phoenix_like(), "unit-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "2 test files, ~6 tests (exunit)")) << a.note;
  EXPECT_TRUE(text::contains(a.note, "mix test")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence.front().path, "test/phoenix/router/route_test.exs");
  EXPECT_EQ(a.evidence.front().line, 7);
}

TEST(PhoenixElixir, MixCompileWarningsAsErrorsIsTypeChecking) {
  Assessment a = assess(phoenix_like(), "type-checking");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "warnings as errors")) << a.note;
}

TEST(PhoenixElixir, WithoutWarningsAsErrorsTheCompilerFlagIsNamed) {
  MemoryTree t = phoenix_like();
  t.add(".github/workflows/ci.yml",
        "on: push\njobs:\n  t:\n    steps:\n      - uses: actions/checkout@v4\n"
        "      - run: mix test\n");
  Assessment a = assess(t, "type-checking");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_TRUE(text::contains(a.note, "mix compile --warnings-as-errors")) << a.note;
}

TEST(PhoenixElixir, MixFormatCheckIsFormatting) {
  Assessment a = assess(phoenix_like(), "formatting");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "mix format")) << a.note;
}

TEST(PhoenixElixir, LoggerIsApplicationLoggingOutsideTests) {
  Assessment a = assess(phoenix_like(), "app-logging");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "Logger")) << a.note;
  EXPECT_TRUE(text::contains(a.note, "elixir modules")) << a.note;
  for (const auto& e : a.evidence) EXPECT_FALSE(text::starts_with(e.path, "test/")) << e.path;
  // Plain Logger is not structured; LoggerJSON is.
  EXPECT_EQ(assess(phoenix_like(), "structured-logging").status, Status::not_started);
  MemoryTree t = phoenix_like();
  t.add("lib/phoenix/json_log.ex",
        "defmodule Phoenix.JsonLog do\n  alias LoggerJSON.Formatters.Basic\nend\n");
  EXPECT_EQ(assess(t, "structured-logging").status, Status::adopted);
}

TEST(PhoenixElixir, IntegrationTestFolderIsIntegrationTests) {
  MemoryTree t = phoenix_like();
  EXPECT_EQ(assess(t, "integration-tests").status, Status::not_started);
  t.add("integration_test/test/code_generation/app_with_defaults_test.exs",
        "defmodule Phoenix.Integration.CodeGeneration.AppWithDefaultsTest do\n"
        "  use ExUnit.Case\n  test \"new app\" do\n    assert true\n  end\nend\n");
  Assessment a = assess(t, "integration-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "integration_test/test/code_generation")) << a.note;
}

}  // namespace
}  // namespace practrack
