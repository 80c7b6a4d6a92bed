// Gaps left by helper 10 (session 9's closing note): SimpleCov started
// from the test helper with no `.simplecov` file; Renovate's JSON5 and
// extensionless configs.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

TEST(Fp11Gaps, RequireSimplecovInTheSpecHelperIsCoverageMeasurement) {
  MemoryTree t;
  t.add("Gemfile", "source 'https://rubygems.org'\ngem 'rspec'\n");
  t.add("spec/spec_helper.rb", "require 'simplecov'\nSimpleCov.start\n\nrequire 'rspec'\n");
  Assessment a = assess(t, "coverage-measurement");
  EXPECT_NE(a.status, Status::not_started) << a.note;
  EXPECT_TRUE(text::contains(a.note, "SimpleCov")) << a.note;
}

TEST(Fp11Gaps, ACommentedRequireIsNot) {
  MemoryTree t;
  t.add("spec/spec_helper.rb", "# require 'simplecov'\nrequire 'rspec'\n");
  Assessment a = assess(t, "coverage-measurement");
  EXPECT_EQ(a.status, Status::not_started) << a.note;
}

// Renovate's JSON5 and extensionless configs are not parsed (comments,
// trailing commas): they count by name.
TEST(Fp11Gaps, RenovateJson5AndRcConfigsCountByName) {
  for (const char* path : {"renovate.json5", ".renovaterc", ".renovaterc.json5"}) {
    MemoryTree t;
    t.add(path, "{\n  // weekly\n  extends: ['config:recommended',],\n}\n");
    Assessment a = assess(t, "dependency-updates");
    EXPECT_EQ(a.status, Status::adopted) << path << ": " << a.note;
    EXPECT_TRUE(text::contains(a.note, path)) << a.note;
  }
}

}  // namespace
}  // namespace practrack
