// Small helpers shared by every rules file: building assessments and the
// common "a tool implements it, and is it run?" decision.
#pragma once

#include <string>
#include <vector>

#include "facts/repo_facts.h"
#include "rules/assessment.h"

namespace practrack {

Assessment adopted(std::string note, std::vector<Evidence> evidence = {});
Assessment partial(std::string note, std::vector<Evidence> evidence = {});
Assessment not_started(std::string note, std::vector<Evidence> evidence = {});
Assessment not_applicable(std::string reason);
// Not visible in any file: not-started unless config attests it.
Assessment needs_attestation(std::string note, Status status = Status::not_started,
                             std::vector<Evidence> evidence = {});

// "1 file" / "3 files".
std::string plural(long n, std::string_view one, std::string_view many = "");
// "2000+ tags" when the count stopped at a bound (`capped`), else plural().
std::string plural_at_least(long n, bool capped, std::string_view one);
// "`path`" for notes.
std::string code(std::string_view s);

// The uses of tools for `practice` that speak for the project. For the
// code-quality and testing practices, the tooling of a documentation site
// (`docs/package.json`, `website/.eslintrc.js`) is left out: it lints and
// tests the site, not the project's code.
std::vector<const ToolUse*> project_tools(const RepoFacts& facts, std::string_view practice);

// The job named in a CI tool use's detail ("job test → make test" ->
// "test"); "" when the detail names no job.
std::string job_in(const std::string& detail);

// A check run by a linter is named "<linter> (<check>)", e.g.
// "golangci-lint (gosec)": enabled in the linter's config, it runs wherever
// the linter runs. That linter's first run (a "linting" use), or null.
const ToolUse* linter_run_of(const RepoFacts& facts, const ToolUse& check);

// "a reusable Terraform module (`variables.tf:1`)" when the repository is
// one (ContainerFacts::terraform_module), else "". Its resources are what
// it builds for its users: not the project's own network, access control
// or deployment.
std::string terraform_module_label(const RepoFacts& facts);

// A path in a folder of things beside the project: code samples,
// scaffolding templates, the documentation site (`examples/x/pyproject.toml`).
bool beside_the_project(std::string_view path);

// The dependency by which a published npm package (named, not private)
// needs `package` at run time, or null: what the product is built on
// (vitest ships tinybench for its `bench()`).
const Dependency* shipped_npm_dependency(const RepoFacts& facts, std::string_view package);

// A Dockerfile kept with the CI or editor configuration (`.cirrus/`,
// `.circleci/`, `.buildkite/`, `.github/`, `.gitlab/`, `.devcontainer/`):
// it builds the environment jobs or developers run in, not the product.
bool ci_environment_image(std::string_view path);

// How a tool-based practice treats a tool that is only configured or
// listed as a dependency but never run by CI, a hook, make or a script.
enum class UnrunPolicy {
  partial,      // "configured but never run" is Partial
  adopted,      // configuration alone is enough (e.g. Dependabot config)
  not_started,  // must be run to count at all
};

// Decides a practice from the tool uses the resolver found for it:
// run anywhere -> adopted ("ruff — pre-commit hook, CI job lint");
// otherwise by `policy`. `none` is the note when no tool is found.
Assessment decide_by_tools(const RepoFacts& facts, std::string_view practice,
                           UnrunPolicy policy, std::string none);

}  // namespace practrack
