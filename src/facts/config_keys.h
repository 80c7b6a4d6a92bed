// Keys of RepoFacts::config_sections that more than one layer reads.
#pragma once

#include <string_view>

namespace practrack {

// A tool's config file that is there and parses, yet asks the tool to do
// nothing (a dependabot.yml with no update entry, a renovate.json with
// `"enabled": false`): its evidence names the file and, in the excerpt,
// why. The tool resolver does not count such a file as the tool configured.
inline constexpr std::string_view kIdleConfig = "idle-config";
// The same for one tool's section inside a shared file (package.json's
// `"renovate": {"enabled": false}`): the section is not added, this is.
inline constexpr std::string_view kIdleRenovateSection = "idle-config:renovate";
// A goreleaser config that skips every build and names no publisher:
// goreleaser still cuts the release and its notes, but publishes no package.
inline constexpr std::string_view kGoreleaserPublishesNothing = "goreleaser:publishes-nothing";
// SimpleCov required from a test helper (spec_helper.rb, test_helper.rb ...):
// it starts with the tests, wherever they run.
inline constexpr std::string_view kSimplecovInTestHelper = "ruby:simplecov";
// `.rubocop.yml` turns off both complexity cops (or the Metrics department):
// rubocop runs, but enforces no complexity limit.
inline constexpr std::string_view kRubocopComplexityOff = "rubocop:complexity-off";

}  // namespace practrack
