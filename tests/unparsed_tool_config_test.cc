// Regression (trial 9): a malformed `.github/dependabot.yml` was warned
// about, yet dependency-updates was adopted "Dependabot (configured in
// ...)". A tool config found by its name that does not parse shows intent,
// not a working configuration: partial at most, and the note says so.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kDependabot = R"(version: 2
updates:
  - package-ecosystem: pip
    directory: "/"
    schedule:
      interval: weekly
)";

TEST(UnparsedToolConfig, MalformedDependabotIsPartialAndSaysWhy) {
  MemoryTree t;
  t.add(".github/dependabot.yml", "version: 2\nupdates:\n  - package-ecosystem: [pip\n");
  Assessment a = assess(t, "dependency-updates");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(text::contains(a.note, "could not be parsed")) << a.note;
  EXPECT_TRUE(text::contains(a.note, ".github/dependabot.yml")) << a.note;
}

TEST(UnparsedToolConfig, WellFormedDependabotStillAdopted) {
  MemoryTree t;
  t.add(".github/dependabot.yml", kDependabot);
  Assessment a = assess(t, "dependency-updates");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_FALSE(text::contains(a.note, "could not be parsed")) << a.note;
}

TEST(UnparsedToolConfig, MalformedRenovateJsonIsPartial) {
  MemoryTree t;
  t.add("renovate.json", "{\"extends\": [\"config:base\"\n");
  Assessment a = assess(t, "dependency-updates");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(text::contains(a.note, "could not be parsed")) << a.note;
}

TEST(UnparsedToolConfig, OneSoundConfigBesideABrokenOneKeepsThePolicy) {
  MemoryTree t;
  t.add(".github/dependabot.yml", kDependabot);
  t.add("renovate.json", "{\"extends\": [\n");
  Assessment a = assess(t, "dependency-updates");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "could not be parsed")) << a.note;
}

}  // namespace
}  // namespace practrack
