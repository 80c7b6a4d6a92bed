// Small helpers over std::vector that several probes share.
#pragma once

#include <vector>

namespace practrack {

// Copies `from` onto the end of `to`: a memoised per-file result added to
// the facts of a scan.
template <typename T>
void append(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

}  // namespace practrack
