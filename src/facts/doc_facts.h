// Facts from documentation files (probes/docs_probe).
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

struct DocFile {
  std::string kind;  // "readme", "license", "contributing", "changelog", "security", "agents", ...
  std::string path;
  Evidence at;
};

struct DocFacts {
  std::vector<DocFile> files;
};

}  // namespace practrack
