// Facts from shell scripts and Makefiles (probes/script/).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

// One shell script of the project: a `*.sh`/`*.bash` file or an
// extensionless file whose shebang names sh/bash/dash/ksh/zsh.
struct ShellScript {
  std::string path;
  std::string shell;      // "bash", "sh", "zsh" ... from the shebang; "" when none
  bool errexit = false;   // set -e / -o errexit / shebang flag
  bool nounset = false;   // set -u / -o nounset
  bool pipefail = false;  // set -o pipefail
  // All three of the above: `set -euo pipefail` however it is spelled.
  bool strict = false;
  int commands = 0;  // command lines counted (comments and blanks skipped)
  Evidence at;       // the first line that sets a strict flag, else line 1
};

struct MakeTarget {
  std::string name;
  std::string file;                 // the Makefile that defines it
  bool phony = false;               // listed in .PHONY
  std::vector<std::string> recipe;  // joined continuation lines, prefixes (@ - +) removed
  Evidence at;                      // the rule line
};

// Automake's test harness: the programs a Makefile.am lists in TESTS,
// which the generated `make check` runs.
struct AutomakeTests {
  std::string file;                   // the Makefile.am
  std::vector<std::string> programs;  // every TESTS entry, `+=` included
  Evidence at;                        // the first TESTS line
};

struct ScriptFacts {
  std::vector<ShellScript> shell_scripts;
  std::vector<MakeTarget> make_targets;
  std::vector<std::string> makefiles;             // paths read, root first
  std::vector<AutomakeTests> automake_tests;      // Makefile.am files that set TESTS
  std::map<std::string, int> scripts_per_folder;  // "ci" -> 11; "" is the root

  // The target of that name (first Makefile wins), or null.
  const MakeTarget* target(std::string_view name) const {
    for (const auto& t : make_targets)
      if (t.name == name) return &t;
    return nullptr;
  }
  // Scripts directly in `folder` ("" for the root).
  std::vector<const ShellScript*> in_folder(std::string_view folder) const {
    std::vector<const ShellScript*> out;
    for (const auto& s : shell_scripts) {
      auto slash = s.path.rfind('/');
      std::string_view dir =
          slash == std::string::npos ? "" : std::string_view(s.path).substr(0, slash);
      if (dir == folder) out.push_back(&s);
    }
    return out;
  }
};

}  // namespace practrack
