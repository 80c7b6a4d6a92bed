// The practice catalog: categories and practices, as tables of rows.
// catalog_table.cc holds the rows; tests check they are complete and that
// every practice has exactly one rule.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace practrack {

struct Category {
  std::string_view id;     // "ci"
  std::string_view title;  // "Continuous Integration"
};

struct Practice {
  std::string_view id;        // stable id, e.g. "ci-caching"
  std::string_view category;  // Category::id
  std::string_view name;      // what the Markdown tracker prints
  int weight;                 // 1..5, see catalog_table.cc
  std::string_view adopted;   // what evidence means Adopted
  std::string_view partial;   // what evidence means Partial ("" = no partial state)
  std::string_view howto;     // one line: how to adopt it
};

const std::vector<Category>& categories();
const std::vector<Practice>& practices();

const Practice* find_practice(std::string_view id);
const Category* find_category(std::string_view id);
// Ids, for "did you mean".
std::vector<std::string> practice_ids();

}  // namespace practrack
