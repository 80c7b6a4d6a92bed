// Which word of a command line is the program it runs (trial 18,
// koalaman/shellcheck: `chmod +x *.bin/*/shellcheck*`, `pandoc ...
// shellcheck.1.md` and `find . -name shellcheck` were taken for runs).
#include "probes/tool/command_words.h"

#include <gtest/gtest.h>

#include <string>

namespace practrack {
namespace {

// Whether `tool` where it first occurs in `line` is run there.
bool runs(std::string_view line, std::string_view tool) { return runs_at(line, line.find(tool)); }

TEST(CommandWords, TheProgramWordAndWhatRunnersHandOnRun) {
  for (std::string_view line : {
           "shellcheck x.sh",
           "./node_modules/.bin/shellcheck a.sh",
           "FOO=1 sudo -E time shellcheck x",
           "xargs -0 -n 1 shellcheck",
           "find . -name '*.sh' -exec shellcheck {} +",
           "VER=$(shellcheck --version)",
           "sh -c \"shellcheck a.sh\"",
           "npx shellcheck x",
           "uv run --with x shellcheck a",
           "bundle exec shellcheck",
           "pre-commit run shellcheck --all-files",
           "docker run --rm -v \"$PWD:/mnt\" koalaman/shellcheck:stable x.sh",
           "go run example.com/tools/cmd/shellcheck/v2@latest",
       })
    EXPECT_TRUE(runs(line, "shellcheck")) << line;
  EXPECT_TRUE(runs("poetry run python -m mypy .", "mypy"));
  EXPECT_TRUE(runs("pnpm --filter app exec eslint .", "eslint"));
  EXPECT_TRUE(runs("./gradlew spotlessCheck", "spotlessCheck"));
  EXPECT_TRUE(runs("mvn -B checkstyle:check", "checkstyle"));
  EXPECT_TRUE(runs("java -jar checkstyle-10.jar -c x.xml", "checkstyle"));
  EXPECT_TRUE(runs("uv run --locked --group dev tox run -e typing", "tox"));
  EXPECT_TRUE(runs("nyc --exclude test --reporter=text npm test", "npm test"));
  EXPECT_TRUE(runs("npx -y @redocly/cli lint openapi.yaml", "redocly"));
}

TEST(CommandWords, FileNamesPathsGlobsAndArgumentsDoNot) {
  for (std::string_view line : {
           "chmod +x *.bin/*/shellcheck*",
           "pandoc -s -t man shellcheck.1.md -o shellcheck.1",
           "exec runghc -isrc shellcheck.hs \"$@\"",
           "sc=\"$(find . -name shellcheck -type f -perm -111)\"",
           "command -v shellcheck",
           "git commit -m \"fix shellcheck\"",
           "curl -LO https://github.com/koalaman/shellcheck/releases/x.tar.xz",
           "make shellcheck",
       })
    EXPECT_FALSE(runs(line, "shellcheck")) << line;
}

TEST(CommandWords, InsideAWordOrAHostThePatternDecides) {
  EXPECT_TRUE(runs("cmake -DCMAKE_C_COMPILER_LAUNCHER=ccache ..", "ccache"));
  EXPECT_TRUE(runs("mvn -Dsurefire.rerunFailingTestsCount=2 test", "rerunFailingTestsCount"));
  EXPECT_TRUE(runs("curl -X POST https://hooks.slack.com/services/T0", "hooks.slack.com"));
  EXPECT_TRUE(runs("pytest --junitxml=out.xml", "--junitxml"));
  EXPECT_TRUE(runs("SMOKESHOW_GITHUB_COVERAGE_THRESHOLD=90 smokeshow upload x", "SMOKESHOW"));
}

}  // namespace
}  // namespace practrack
