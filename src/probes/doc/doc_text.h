// Reading documents without rendering them: README sections, licence
// texts, changelog entries, practices-tracker dates. Pure functions of
// the text so tests can feed them directly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "facts/doc_facts.h"

namespace practrack::doc {

struct Heading {
  int line = 0;
  int level = 0;  // 1..6; setext/rst underlines give 1 or 2
  std::string text;
};

// Markdown ATX/setext, reStructuredText underlined and HTML <hN> headings,
// outside fenced code blocks; at most `max` of them.
std::vector<Heading> headings(std::string_view text, std::size_t max = 400);

// What a README says about installing, running and testing the project,
// from its headings and from the commands it shows.
ReadmeFacts analyse_readme(const std::string& path, std::string_view text);

// The first heading that is about the CI pipeline ("CI", "Continuous
// Integration", "GitHub Actions" ...), or null.
const Heading* ci_heading(const std::vector<Heading>& hs);

// The SPDX id of a licence text ("MIT", "Apache-2.0", "GPL-3.0" ...): an
// `SPDX-License-Identifier:` line wins, else the wording; "" if unknown.
std::string spdx_id(std::string_view text);

// The newest versioned entry of a changelog (Keep a Changelog, rst
// underlines, "Version 1.2 (2024-01-01)" ...), skipping "Unreleased".
ChangelogFacts parse_changelog(const std::string& path, std::string_view text);

// A practices tracker: a "| Practice | Status |" table; its "Updated as of"
// date when present. `path` is empty in the result when the text is none.
PracticesTrackerFacts parse_tracker(const std::string& path, std::string_view text);

// Unix seconds of UTC midnight of "YYYY-MM-DD", 0 when malformed.
long long date_seconds(std::string_view iso);

}  // namespace practrack::doc
