#include "facts/repo_facts.h"

#include <algorithm>

namespace practrack {

std::vector<const ToolUse*> RepoFacts::tools_for(std::string_view practice) const {
  std::vector<const ToolUse*> out;
  for (const auto& t : tools)
    if (t.practice == practice) out.push_back(&t);
  std::stable_sort(out.begin(), out.end(), [](const ToolUse* a, const ToolUse* b) {
    return static_cast<int>(a->how) < static_cast<int>(b->how);
  });
  return out;
}

const ConfigSection* RepoFacts::config_section(std::string_view key) const {
  for (const auto& s : config_sections)
    if (s.key == key) return &s;
  return nullptr;
}

}  // namespace practrack
