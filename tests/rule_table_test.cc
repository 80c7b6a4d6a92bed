// The tables are complete: every catalog practice has exactly one rule,
// every rule names a catalog practice, probe names are unique.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <vector>

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

// The tool resolver reads the lists every other probe feeds; only the
// probes that wait for the file pass come after it.
TEST(ProbeTable, NamesAreUniqueAndToolsRunAfterAllButTheFilePass) {
  std::set<std::string_view> names;
  for (const auto& p : probe_table()) EXPECT_TRUE(names.insert(p.name).second) << p.name;
  const auto& table = probe_table();
  auto tools =
      std::find_if(table.begin(), table.end(), [](const ProbeRow& p) { return p.name == "tools"; });
  ASSERT_NE(tools, table.end());
  std::vector<std::string_view> after, waiting;
  for (auto it = tools + 1; it != table.end(); ++it) after.push_back(it->name);
  for (const auto& p : file_pass_probes()) waiting.push_back(p.name);
  EXPECT_EQ(after, waiting);
  EXPECT_EQ(std::count(waiting.begin(), waiting.end(), "source"), 1);
}

}  // namespace practrack
