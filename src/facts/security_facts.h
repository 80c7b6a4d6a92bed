// Facts for security practices that no other family gathers:
// committed secrets and binaries (probes/secret_probe, probes/binary_probe).
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

struct SecretFinding {
  std::string kind;  // "aws-access-key", "private-key", "github-token", ...
  Evidence at;       // excerpt has the secret masked
};

struct BinaryFile {
  std::string path;
  std::string kind;  // "elf", "pe", "mach-o", "zip", "jar", ...
  Evidence at;
};

struct SecurityFacts {
  std::vector<SecretFinding> secrets;
  std::vector<BinaryFile> binaries;
};

}  // namespace practrack
