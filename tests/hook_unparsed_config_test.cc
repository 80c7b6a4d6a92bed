// Regression (trial 9): a hook manager's config that could not be parsed
// (malformed, or nested deeper than the parser allows) made git-hooks
// adopted by its presence alone.
#include <gtest/gtest.h>

#include <string>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

std::string nested_too_deep() {
  std::string yaml = "repos:\n";
  std::string indent = "  ";
  for (int i = 0; i < 200; ++i) {
    yaml += indent + "k" + std::to_string(i) + ":\n";
    indent += "  ";
  }
  return yaml + indent + "x: 1\n";
}

TEST(HookUnparsedConfig, MalformedPreCommitConfigIsPartial) {
  MemoryTree t;
  t.add(".pre-commit-config.yaml", "repos:\n  - repo: local\n    hooks: [\n");
  Assessment a = assess(t, "git-hooks");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(text::contains(a.note, "could not be parsed")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence.front().path, ".pre-commit-config.yaml");
}

TEST(HookUnparsedConfig, TooDeepLefthookConfigIsPartial) {
  MemoryTree t;
  t.add("lefthook.yml", nested_too_deep());
  Assessment a = assess(t, "git-hooks");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(text::contains(a.note, "`lefthook.yml` could not be parsed")) << a.note;
  EXPECT_TRUE(text::contains(a.note, "nested")) << a.note;
}

TEST(HookUnparsedConfig, AnotherManagerThatParsesStillAdopts) {
  MemoryTree t;
  t.add(".overcommit.yml", "PreCommit: [\n");
  t.add("lefthook.yml", "pre-commit:\n  commands:\n    lint:\n      run: npm run lint\n");
  Assessment a = assess(t, "git-hooks");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "`.overcommit.yml` could not be parsed")) << a.note;
}

}  // namespace
}  // namespace practrack
