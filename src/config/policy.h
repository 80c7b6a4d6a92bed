// Gate policy: thresholds a `practrack check` enforces.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace practrack {

struct Policy {
  std::optional<double> min_adoption;          // percent, overall
  std::map<std::string, double> min_category;  // category id -> percent
  std::optional<int> max_partial;
};

}  // namespace practrack
