// Facts from shell scripts and Makefiles (probes/shell_probe, probes/make_probe).
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

struct ShellScript {
  std::string path;
  bool strict = false;  // set -euo pipefail (or -e -u -o pipefail spelled apart)
  Evidence at;
};

struct MakeTarget {
  std::string name;
  std::vector<std::string> recipe;
  Evidence at;
};

struct ScriptFacts {
  std::vector<ShellScript> shell_scripts;
  std::vector<MakeTarget> make_targets;
};

}  // namespace practrack
