// Regression (trial 10): a malformed TOML file's warning quoted toml++'s
// raw text ("malformed TOML: Error while parsing table header: expected
// ']', saw '\n'"), unlike the other parsers' warnings.
#include <gtest/gtest.h>

#include "parse/toml.h"
#include "util/text.h"

namespace practrack {
namespace {

TEST(TomlReason, ReadsLikeTheOtherParsers) {
  EXPECT_EQ(toml_reason(R"(Error while parsing table header: expected ']', saw '\n')"),
            "table header: expected ']', saw end of line");
  EXPECT_EQ(toml_reason("Error while parsing value: could not determine value type"),
            "value: could not determine value type");
  EXPECT_EQ(toml_reason("something else"), "something else");
}

TEST(TomlReason, AParseErrorNamesItsLineAndNoRawText) {
  auto doc = parse_toml("[tool.ruff]\nline-length = 88\n[tool.ruff\n");
  ASSERT_FALSE(doc);
  EXPECT_TRUE(text::starts_with(doc.error(), "malformed TOML: line 3")) << doc.error();
  EXPECT_FALSE(text::contains(doc.error(), "Error while parsing")) << doc.error();
  EXPECT_FALSE(text::contains(doc.error(), R"('\n')")) << doc.error();
}

}  // namespace
}  // namespace practrack
