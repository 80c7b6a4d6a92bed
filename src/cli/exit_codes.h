// Exit codes, the same for every command (documented in the README).
#pragma once

namespace practrack::cli {

enum ExitCode : int {
  kOk = 0,            // done; warnings, if any, were printed
  kPolicyFailed = 1,  // a gate or lint found what it looks for
  kUsage = 2,         // bad command line or config
  kInputError = 3,    // the repository, revision or an input file cannot be read
  kStrictWarnings = 4,// --strict and the scan met unreadable or malformed files
  kStoreError = 5,    // the report was produced but could not be stored
  kInternal = 70,     // a bug: please report it
};

}  // namespace practrack::cli
