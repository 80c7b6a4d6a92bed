// A "Contributing" section of the root README, for contributing-guide.
#pragma once

#include "facts/repo_facts.h"
#include "scan/context.h"

namespace practrack::doc {

// Adds a DocFile of kind "contributing" (detail "README section <heading>,
// N lines") when the README has a section about contributing or developing.
void probe_readme_contributing(const ScanContext& ctx, RepoFacts& facts);

}  // namespace practrack::doc
