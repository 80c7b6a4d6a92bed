#include <gtest/gtest.h>

#include "probes/tool/invocations.h"

namespace practrack {
namespace {

std::vector<std::string> parse(std::string_view line) {
  std::vector<std::string> out;
  for (const auto& i : invocations(line)) out.push_back(i.runner + ":" + i.name);
  return out;
}

TEST(ToolInvocations, RunnersAndNames) {
  using V = std::vector<std::string>;
  EXPECT_EQ(parse("make code-lint"), V{"make:code-lint"});
  EXPECT_EQ(parse("make -j4 VERBOSE=1 test"), V{"make:test"});
  EXPECT_EQ(parse("npm run lint -- --fix"), V{"npm:lint"});
  EXPECT_EQ(parse("npm test"), V{"npm:test"});
  EXPECT_EQ(parse("pnpm run typecheck"), (V{"npm:typecheck", "npm:run"}));
  EXPECT_EQ(parse("tox -e lint,typing"), (V{"tox:lint", "tox:typing"}));
  EXPECT_EQ(parse("tox -p"), V{"tox:"});
  EXPECT_EQ(parse("uvx nox -s docs"), V{"nox:docs"});
  EXPECT_EQ(parse("pre-commit run --all-files"), V{"pre-commit:"});
  EXPECT_EQ(parse("pre-commit run mypy --all-files"), V{"pre-commit:mypy"});
  EXPECT_EQ(parse("hatch run types:check"), V{"hatch:check"});
  EXPECT_EQ(parse("make build && npm test"), (V{"make:build", "npm:test"}));
  EXPECT_EQ(parse("bash ci/lint.sh"), V{"script:ci/lint.sh"});
  EXPECT_EQ(parse("./scripts/check.sh --fast"), V{"script:scripts/check.sh"});
  EXPECT_TRUE(parse("echo done").empty());
}

// Regression (more-itertools): CI runs `make requirements check`, and the
// type checker (stubtest) sits in the second goal.
TEST(ToolInvocations, MakeRunsEveryGoal) {
  using V = std::vector<std::string>;
  EXPECT_EQ(parse("make requirements check"), (V{"make:requirements", "make:check"}));
  EXPECT_EQ(parse("make -C docs/node-mixin jb_install"), V{"make:jb_install"});
  EXPECT_EQ(parse("make -j 4 test 2>&1"), V{"make:test"});
  EXPECT_EQ(parse("make docker DOCKER_IMAGE_TAG=${{ github.ref_name }}"), V{"make:docker"});
  EXPECT_EQ(parse("make lint test; echo ok"), (V{"make:lint", "make:test"}));
}

}  // namespace
}  // namespace practrack
