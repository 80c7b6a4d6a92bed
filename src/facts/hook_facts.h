// Facts from git hook managers (probes/hooks_probe).
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

struct Hook {
  std::string manager;  // "pre-commit", "husky", "lefthook", "overcommit", "hooks-path"
  std::string id;       // hook id or script name
  std::string repo;     // pre-commit repo URL, when any
  std::string stage;    // "pre-commit", "commit-msg", "post-commit", "pre-push" ...
  std::string entry;    // the command it runs, when known
  Evidence at;
};

struct HookFacts {
  std::vector<std::string> managers;  // managers configured
  std::vector<Hook> hooks;
};

}  // namespace practrack
