// Facts shared by several probe families. Probes append to these lists;
// the tool resolver (probes/tool_resolver) matches them against the tool
// table to learn which practice each tool implements and how it is used.
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

// Where a command runs. The order matters to rules: anything up to
// `script` is "run"; the rest only shows that a tool is set up.
enum class Origin {
  ci,              // a CI job's script/run step
  hook,            // a git hook (pre-commit, husky, lefthook, ...)
  make,            // a Makefile/justfile/Taskfile recipe
  package_script,  // package.json scripts, tox/nox envs, composer scripts
  script,          // a shell script kept in the repository
};
const char* origin_name(Origin o);

// A command line some automation runs.
struct Command {
  Origin origin = Origin::ci;
  std::string system;   // "gitlab-ci", "github-actions", "pre-commit", "make", "npm" ...
  std::string context;  // job name, hook id, make target, script name
  std::string text;     // the command line itself
  Evidence at;
  // Runs only when invoked by name: a tox env outside env_list, which a
  // bare `tox` does not run.
  bool named_only = false;
  // Runs only where something runs it: the analyzers a .NET project
  // references run inside each `dotnet build`, not on their own.
  bool invoked_only = false;
  // The probe row that added it (set by the scanner): a history scan that
  // runs a probe again takes its commands out and puts the new ones back
  // in table order, as a full scan would have them.
  int producer = -1;
};

// A declared dependency of the project.
struct Dependency {
  std::string ecosystem;  // "pypi", "npm", "go", "cargo", "maven", "gradle", "gem", "composer"
  std::string name;       // normalised: lower case for pypi/npm
  std::string spec;       // the version requirement as written
  bool pinned = false;    // exact version (==, =, exact semver, lock file)
  bool dev = false;       // dev/test/optional group
  Evidence at;
};

// A section or key that configures a tool inside a shared manifest, e.g.
// "tool.ruff" in pyproject.toml, "jest" in package.json, "flake8" in setup.cfg.
struct ConfigSection {
  std::string key;
  Evidence at;
  int producer = -1;  // the probe row that added it, as Command::producer
};

// A reusable CI step referenced by name: a GitHub action, a CircleCI orb,
// a GitLab component or remote include, a Docker image used by a job.
struct ActionRef {
  std::string system;  // "github-actions", "circleci", "gitlab-ci", "drone" ...
  std::string name;    // "actions/cache", "docker://alpine"
  std::string ref;     // "v4", a 40-hex sha, "" when unversioned
  bool pinned_by_sha = false;
  std::string job;     // the job that uses it
  // GitHub Actions `with:` inputs set to something other than false or
  // empty ("sbom" for `sbom: true`); a few dozen at most.
  std::vector<std::string> inputs;
  Evidence at;
};

// How a tool was found. Ordered by strength: run beats configured beats listed.
enum class ToolHow { run, configured, dependency };
const char* tool_how_name(ToolHow h);

// One tool found implementing one practice, with how and where.
struct ToolUse {
  std::string practice;  // catalog id, e.g. "linting"
  std::string tool;      // display name, e.g. "ruff"
  ToolHow how = ToolHow::dependency;
  Origin origin = Origin::ci;  // meaningful when how == run
  std::string detail;    // job/hook/target that runs it
  Evidence at;
  // A config file found by name that could not be parsed (at.excerpt says
  // why): it shows intent, not a working configuration.
  bool unparsed = false;
};

}  // namespace practrack
