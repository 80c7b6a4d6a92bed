// The tables are complete: every catalog practice has exactly one rule,
// every rule names a catalog practice, probe names are unique.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "catalog/catalog.h"
#include "probes/probe.h"
#include "rules/rule.h"
#include "rules/rule_kit.h"

namespace practrack {

TEST(RuleTable, EveryPracticeHasExactlyOneRule) {
  std::map<std::string, int> count;
  for (const auto& r : rule_table()) {
    EXPECT_NE(find_practice(r.practice), nullptr) << "rule for unknown practice " << r.practice;
    ++count[std::string(r.practice)];
  }
  for (const auto& p : practices()) EXPECT_EQ(count[std::string(p.id)], 1) << p.id;
}

TEST(RuleTable, NoFactsMeansNothingAdoptedAndEveryNoteSaysWhy) {
  RepoFacts none;
  for (const auto& a : decide_all(none)) {
    // "No committed binaries" holds for a tree with nothing in it.
    if (a.id != "binary-artifacts") {
      EXPECT_NE(a.status, Status::adopted) << a.id << ": " << a.note;
    }
    EXPECT_FALSE(a.note.empty()) << a.id;
    EXPECT_EQ(a.note.find("No rule decides"), std::string::npos) << a.id;
  }
}

TEST(ProbeTable, NamesAreUniqueAndToolsRunLast) {
  std::set<std::string_view> names;
  for (const auto& p : probe_table()) EXPECT_TRUE(names.insert(p.name).second) << p.name;
  ASSERT_FALSE(probe_table().empty());
  EXPECT_EQ(probe_table().back().name, "tools");
}

}  // namespace practrack
