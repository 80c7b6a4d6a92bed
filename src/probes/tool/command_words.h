// Which words of a command segment name a program it runs: the first word
// after assignments and prefixes (sudo, time, env, xargs, then ...), the
// word a runner hands on (npx X, uv run X, bundle exec X, python -m X,
// find -exec X, sh -c "X", java -jar X), and every task or image of a build
// or container tool (gradle spotlessCheck, mvn jib:build, docker run IMAGE).
// A tool's name anywhere else is no run of it: a file name, a path or a
// glob (`chmod +x dist/*/shellcheck*`, `pandoc shellcheck.1.md`) or another
// program's argument (`find . -name shellcheck`, `command -v shellcheck`).
#pragma once

#include <cstddef>
#include <string_view>

namespace practrack {

// Whether the name a tool pattern matched at byte `pos` of `segment` (one
// command between separators) is run there. A match inside a word
// (`CC=ccache`, `-Dsurefire.rerunFailingTestsCount`) or one that does not
// start with a letter or digit (`--junitxml`) is left to its pattern, and so
// is a URL's host (`https://hooks.slack.com/...`).
bool runs_at(std::string_view segment, std::size_t pos);

}  // namespace practrack
