#include "util/package_dirs.h"

#include <array>

namespace practrack {

std::size_t package_root_length(std::string_view path) {
  static constexpr std::array<std::string_view, 4> kLanguages = {"java", "kotlin", "scala",
                                                                 "groovy"};
  // src/<source set>/<language>/ at the start or after a slash.
  for (std::size_t at = 0; at < path.size();) {
    std::size_t src = path.find("src/", at);
    if (src == std::string_view::npos) return 0;
    at = src + 4;
    if (src != 0 && path[src - 1] != '/') continue;
    std::size_t set_end = path.find('/', at);
    if (set_end == std::string_view::npos || set_end == at) return 0;
    std::size_t lang_end = path.find('/', set_end + 1);
    if (lang_end == std::string_view::npos) return 0;
    std::string_view lang = path.substr(set_end + 1, lang_end - set_end - 1);
    for (auto l : kLanguages)
      if (lang == l) return lang_end;
  }
  return 0;
}

}  // namespace practrack
