#include "catalog/catalog.h"

namespace practrack {

const Practice* find_practice(std::string_view id) {
  for (const auto& p : practices())
    if (p.id == id) return &p;
  return nullptr;
}

const Category* find_category(std::string_view id) {
  for (const auto& c : categories())
    if (c.id == id) return &c;
  return nullptr;
}

std::vector<std::string> practice_ids() {
  std::vector<std::string> out;
  for (const auto& p : practices()) out.emplace_back(p.id);
  return out;
}

}  // namespace practrack
