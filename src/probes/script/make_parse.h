// Reading Makefiles without running make: rules, their targets, .PHONY
// and recipe lines. Variables are left as written ($(BUILD)/x stays so).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace practrack::make {

struct RecipeLine {
  int line = 0;      // 1-based line where the (possibly continued) line starts
  std::string text;  // prefixes @ - + removed, continuations joined with a space
};

struct Rule {
  std::vector<std::string> targets;  // "a b: c" gives {a, b}
  int line = 0;                      // the rule line
  std::string header;                // the rule line as written (joined)
  std::vector<RecipeLine> recipe;
};

// A variable set outside any recipe: `TESTS = a b`, `TESTS += c`.
struct Assignment {
  std::string name;   // "TESTS"
  std::string value;  // as written, continuations joined
  int line = 0;
};

struct Makefile {
  std::vector<Rule> rules;         // in file order; special targets left out
  std::vector<std::string> phony;  // every name listed in .PHONY
  std::vector<Assignment> assignments;  // in file order, `=`, `:=`, `+=`, `?=` alike
};

// Parses at most `max_lines` physical lines. Never fails: lines it does
// not understand are skipped.
Makefile parse(std::string_view text, std::size_t max_lines = 20000);

}  // namespace practrack::make
