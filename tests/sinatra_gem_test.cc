// Regressions from sinatra/sinatra (new-user trial 7): gems built from
// their gemspecs and released with bundler's `rake release:<gem>` after
// RubyGems' trusted-publishing step, gems cached by ruby/setup-ruby's
// `bundler-cache: true`, and the version kept in a VERSION file.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

constexpr const char* kRelease = R"(name: Release
on:
  push:
    tags:
      - v*
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with:
          bundler-cache: true
          ruby-version: ruby
      - uses: rubygems/configure-rubygems-credentials@v1.0.0
      - run: bundle exec rake install:sinatra
      - run: bundle exec rake release:sinatra
)";

MemoryTree sinatra_like() {
  MemoryTree t;
  t.add("Gemfile", "source 'https://rubygems.org'\ngemspec\ngem 'rack', '~> 3.0'\n");
  t.add("VERSION", "4.2.1\n");
  t.add("sinatra.gemspec",
        "# frozen_string_literal: true\n\n"
        "version = File.read(File.expand_path('VERSION', __dir__)).strip\n\n"
        "Gem::Specification.new 'sinatra', version do |s|\n"
        "  s.summary = 'Classy web-development dressed in a DSL'\n"
        "  s.add_dependency 'rack', '>= 3.0.0', '< 4'\nend\n");
  t.add("lib/sinatra.rb", "module Sinatra\nend\n");
  return t;
}

TEST(SinatraRelease, RakeReleaseWithRubygemsCredentialsPublishes) {
  MemoryTree t = sinatra_like();
  t.add(".github/workflows/release.yml", kRelease);
  auto a = assess(t, "package-publishing");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(has(a.note, "rake release")) << a.note;
}

TEST(SinatraRelease, TheGemspecBuildsTheGemNotTheGemfile) {
  auto a = assess(sinatra_like(), "package-publishing");
  EXPECT_EQ(a.status, Status::partial) << a.note;
  EXPECT_TRUE(has(a.note, "`sinatra.gemspec` can build a package")) << a.note;

  // An application's Gemfile alone builds no gem.
  MemoryTree app;
  app.add("Gemfile", "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n");
  app.add("config/application.rb", "module App\nend\n");
  auto b = assess(app, "package-publishing");
  EXPECT_NE(b.status, Status::partial) << b.note;
  EXPECT_FALSE(has(b.note, "Gemfile")) << b.note;
}

TEST(SinatraCi, BundlerCacheIsCiCaching) {
  MemoryTree t = sinatra_like();
  t.add(".github/workflows/test.yml",
        "on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - uses: ruby/setup-ruby@v1\n        with:\n"
        "          ruby-version: '3.3'\n          bundler-cache: true\n"
        "      - run: bundle exec rake\n");
  auto a = assess(t, "ci-caching");
  EXPECT_EQ(a.status, Status::adopted) << a.note;

  MemoryTree off = t;
  off.add(".github/workflows/test.yml",
          "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
          "      - uses: ruby/setup-ruby@v1\n        with:\n          bundler-cache: false\n");
  EXPECT_NE(assess(off, "ci-caching").status, Status::adopted);
}

TEST(SinatraVersion, VersionFileIsASemverVersion) {
  auto a = assess(sinatra_like(), "semver");
  EXPECT_EQ(a.status, Status::partial) << a.note;  // no git tags in a MemoryTree
  EXPECT_TRUE(has(a.note, "`4.2.1` in `VERSION`")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].path, "VERSION");
  EXPECT_EQ(a.evidence[0].line, 1);

  MemoryTree literal = sinatra_like();
  literal.add("sinatra.gemspec",
              "Gem::Specification.new do |s|\n  s.name = 'sinatra'\n  s.version = '4.3.0'\nend\n");
  EXPECT_TRUE(has(assess(literal, "semver").note, "`4.3.0` in `sinatra.gemspec`"));
}

}  // namespace
}  // namespace practrack
