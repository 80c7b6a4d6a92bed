#include "probes/sample_paths.h"

#include <array>

#include "util/text.h"

namespace practrack {

bool in_sample_folder(std::string_view path) {
  static constexpr std::array<std::string_view, 6> kSampleDirs = {"examples", "example", "samples",
                                                                  "sample",   "demo",    "demos"};
  for (std::string_view dir = text::dirname(path); !dir.empty(); dir = text::dirname(dir)) {
    std::string part = text::lower(text::basename(dir));
    for (auto d : kSampleDirs)
      if (part == d) return true;
  }
  return false;
}

}  // namespace practrack
