// Running the built practrack binary from tests, and reading files of the
// practrack source tree (templates, hooks the project ships).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "support/temp_repo.h"

namespace practrack::test_support {

struct CliRun {
  int status = 0;
  std::string out;  // stdout and stderr together
};

// `practrack ARGS 2>&1` with the binary under test.
inline CliRun practrack(const std::string& args) {
  CliRun r;
  r.out = run_command(std::string(PRACTRACK_BINARY) + " " + args + " 2>&1", &r.status);
  return r;
}

// A file of the practrack source tree, by path relative to its root.
inline std::string read_source(const std::string& rel) {
  std::ifstream in(std::string(PRACTRACK_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace practrack::test_support
