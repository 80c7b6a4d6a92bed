// Text, Markdown and JSON for practice changes: the `diff` and
// `timeline` commands print through these.
#pragma once

#include <string>
#include <vector>

#include "history/compare.h"
#include "history/timeline.h"

namespace practrack {

// "adopted", or "—" when the practice was absent.
std::string status_text(const std::optional<Status>& s);

struct DiffHeader {
  std::string from_label;  // "v1.0 (1a2b3c4)"
  std::string to_label;    // "working tree"
};

std::string render_diff_table(const DiffHeader& h, const std::vector<PracticeChange>& changes);
std::string render_diff_md(const DiffHeader& h, const std::vector<PracticeChange>& changes);
std::string render_diff_json(const DiffHeader& h, const std::vector<PracticeChange>& changes);

std::string render_timeline_table(const std::vector<TimelineEvent>& events);
std::string render_timeline_md(const std::vector<TimelineEvent>& events);
std::string render_timeline_json(const std::vector<TimelineEvent>& events);

}  // namespace practrack
