// Regression (new-user trial 6): a self-referencing YAML alias (`&a [*a]`)
// was accepted silently, leaving a document that contains itself. The
// bounded YAML parser refuses it with the line; aliases that share a node
// without containing themselves stay fine, however many there are.
#include <gtest/gtest.h>

#include <string>

#include "parse/yaml.h"

namespace practrack {
namespace {

TEST(YamlAliasCycle, SelfReferencingAliasIsRefused) {
  for (const char* text : {"a: &a [*a]\n", "x: 1\na: &a\n  - *a\n", "a: &a {k: *a}\n"}) {
    auto doc = parse_yaml(text);
    ASSERT_FALSE(doc.ok()) << text;
    EXPECT_NE(doc.error().find("self-referencing alias"), std::string::npos) << doc.error();
    EXPECT_NE(doc.error().find("line "), std::string::npos) << doc.error();
  }
  auto all = parse_yaml_all("a: 1\n---\nb: &b [*b]\n");
  EXPECT_FALSE(all.ok());
  // Aliases that do not contain themselves are fine.
  auto fine = parse_yaml("base: &b {x: 1}\nuse: [*b, *b]\n");
  ASSERT_TRUE(fine.ok());
  EXPECT_EQ(yaml_str(yaml_get((*fine)["use"][1], "x")), "1");
}

TEST(YamlAliasCycle, SharedAliasesAreWalkedOnce) {
  // Each level doubles the expansion: 2^20 collections as a tree, 21 as
  // a graph.
  std::string y = "a0: &a0 [x, y]\n";
  for (int i = 1; i <= 20; ++i)
    y += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" + std::to_string(i - 1) +
         ", *a" + std::to_string(i - 1) + "]\n";
  EXPECT_TRUE(parse_yaml(y).ok());
  EXPECT_FALSE(parse_yaml(y + "b: &b [*a20, [*b]]\n").ok());
}

}  // namespace
}  // namespace practrack
