// Where a fact was seen: the file, the line that decides it, an excerpt.
#pragma once

#include <string>

namespace practrack {

struct Evidence {
  std::string path;     // repository-relative; empty for repository-level facts
  int line = 0;         // 1-based; 0 when the whole file is the evidence
  std::string excerpt;  // one short, sanitized line

  bool operator==(const Evidence&) const = default;
};

}  // namespace practrack
