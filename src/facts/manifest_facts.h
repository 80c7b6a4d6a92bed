// Facts from language manifests and lock files (probes/manifest_*).
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

struct Manifest {
  std::string ecosystem;  // "pypi", "npm", "go", "cargo", "maven", "gradle", "cmake", ...
  std::string path;
  std::string name;
  std::string version;    // as declared, when any
  bool has_lock = false;  // a lock file sits beside it
  Evidence at;
};

struct ManifestFacts {
  std::vector<Manifest> manifests;
  std::vector<std::string> lock_files;
};

}  // namespace practrack
