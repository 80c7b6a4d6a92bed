// Notes and evidence from the source scan's facts, shared by the testing,
// observability and mlops rules: "Hypothesis in 4 files" and the like.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "facts/repo_facts.h"
#include "rules/assessment.h"
#include "rules/rule_kit.h"

namespace practrack {

// Uses of every kind given, in table order.
std::vector<const LibraryUse*> uses_of(const RepoFacts& facts,
                                       std::initializer_list<std::string_view> kinds);
// "Hypothesis in 4 files (`tests/test_a.py`); fast-check in 1 file (`x.ts`)".
std::string uses_note(const std::vector<const LibraryUse*>& uses, std::size_t max = 3);
// The first evidence of each use, at most `max`.
std::vector<Evidence> uses_evidence(const std::vector<const LibraryUse*>& uses,
                                    std::size_t max = 5);

// Adopted from code when it shows the practice, otherwise decided by the
// tool table with `policy`.
Assessment decide_by_code_or_tools(const RepoFacts& facts, std::string_view practice,
                                   std::initializer_list<std::string_view> kinds,
                                   UnrunPolicy policy, std::string none);

// True when a tool for the practice is run anywhere (CI, hook, make, script).
bool tool_run(const RepoFacts& facts, std::string_view practice);

}  // namespace practrack
