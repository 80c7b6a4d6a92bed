#include <gtest/gtest.h>

#include <set>

#include "catalog/catalog.h"

namespace practrack {

TEST(Catalog, HasTwelveCategoriesAndEveryPracticeInOne) {
  EXPECT_EQ(categories().size(), 12u);
  for (const auto& p : practices()) EXPECT_NE(find_category(p.category), nullptr) << p.id;
}

TEST(Catalog, IdsAreUniqueAndWeightsInRange) {
  std::set<std::string_view> ids;
  for (const auto& p : practices()) {
    EXPECT_TRUE(ids.insert(p.id).second) << "duplicate id " << p.id;
    EXPECT_GE(p.weight, 1) << p.id;
    EXPECT_LE(p.weight, 5) << p.id;
    EXPECT_FALSE(p.howto.empty()) << p.id;
    EXPECT_FALSE(p.name.empty()) << p.id;
  }
  EXPECT_EQ(ids.size(), 118u);
}

TEST(Catalog, EveryCategoryHasPractices) {
  for (const auto& c : categories()) {
    int n = 0;
    for (const auto& p : practices()) n += p.category == c.id;
    EXPECT_GT(n, 0) << c.id;
  }
}

}  // namespace practrack
