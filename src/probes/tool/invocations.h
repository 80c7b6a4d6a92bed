// Command lines that run other automation by name: "make lint",
// "npm run lint", "tox -e typing", "nox -s docs", "pre-commit run".
// The resolver follows them, so a tool in a package script or make target
// counts as run wherever that script or target is run (a CI job, a hook).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "facts/common_facts.h"

namespace practrack {

struct Invocation {
  // "make", "npm", "tox", "nox", "poe", "pdm", "hatch", "pre-commit", "dotnet", ...
  std::string runner;
  std::string name;  // target, script, env, session or hook id; "" = all of them
};

// Every invocation in a command line, in order.
std::vector<Invocation> invocations(std::string_view command);

// The runner a package-script, make, hook or script command belongs to
// ("npm" for yarn/pnpm/bun scripts alike, "script" for shell scripts), or
// "" for CI commands.
std::string runner_of(const Command& cmd);
// The name a command is invoked by: its context, or for a shell script its
// path ("ci/lint.sh").
std::string invoked_name(const Command& cmd);

}  // namespace practrack
