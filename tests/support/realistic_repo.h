// A realistic repository for end-to-end tests, shaped like the project of
// the reference tracker: Python + Robot Framework, GitLab CI with 7 stages
// (a generated child pipeline, a schedule rule, MR rules), a GitHub Actions
// workflow, pre-commit with ruff/mypy/check-yaml and a post-commit Robot
// hook, docker-compose with 5 services on a named network with health
// checks, two Dockerfiles, .env.example, a pinned pyproject with pytest-cov.
#pragma once

#include "support/temp_repo.h"

namespace practrack::test_support {

// Writes the files and makes a few commits (conventional messages, a tag).
void build_realistic_repo(const TempRepo& repo);

}  // namespace practrack::test_support
