// Facts from git hook managers (probes/hook/): which managers are set up,
// every hook they declare, and what checks commit messages.
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

struct Hook {
  std::string manager;  // "pre-commit", "husky", "lefthook", "overcommit", "hooks-path",
                        // "simple-git-hooks", "lint-staged"
  std::string id;       // hook id or script name
  std::string repo;     // pre-commit repo URL, when any
  std::string stage;    // "pre-commit", "commit-msg", "post-commit", "pre-push" ...;
                        // several stages are joined with ", "
  std::string entry;    // the command it runs, when known
  Evidence at;
};

// A configured hook manager and the file that configures it.
struct HookManager {
  std::string name;
  Evidence at;
};

// Something that checks commit messages: commitlint, commitizen, gitlint,
// conventional-pre-commit, cocogitto ... found by its config or hook.
struct CommitCheck {
  std::string tool;
  Evidence at;
};

struct HookFacts {
  std::vector<std::string> managers;  // managers configured (names, unique)
  std::vector<HookManager> configs;   // the same, with the file that configures each
  std::vector<Hook> hooks;
  std::vector<CommitCheck> commit_checks;
  // Hook manager configs that are symlinks: never read, wherever they
  // point, and named in the note so their hooks' absence is explained.
  std::vector<Evidence> symlinked_configs;
  // Hook manager configs that could not be parsed (malformed, nested too
  // deep): the manager is named, but which hooks it runs is unknown. The
  // excerpt holds the parser's message.
  std::vector<Evidence> unparsed_configs;
};

}  // namespace practrack
