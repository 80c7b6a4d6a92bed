// Text, Markdown and JSON for practice changes: the `diff` and
// `timeline` commands print through these.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "history/compare.h"
#include "history/timeline.h"

namespace practrack {

// The version of the JSON `diff` and `timeline` print (docs/json-schema.md);
// it changes when a field changes meaning or disappears.
inline constexpr int kChangeSchemaVersion = 1;

// "adopted", or "—" when the practice was absent.
std::string status_text(const std::optional<Status>& s);

struct DiffHeader {
  std::string from_label;  // "v1.0 (1a2b3c4)"
  std::string to_label;    // "working tree"
  // Changes left out because only a count in the note moved (count_only).
  int count_only_hidden = 0;
};

std::string render_diff_table(const DiffHeader& h, const std::vector<PracticeChange>& changes);
std::string render_diff_md(const DiffHeader& h, const std::vector<PracticeChange>& changes);
std::string render_diff_json(const DiffHeader& h, const std::vector<PracticeChange>& changes);

// `subject_width`: commit subjects longer than that end in "…" (on a
// terminal); 0 prints them whole (a pipe or a file).
std::string render_timeline_table(const std::vector<TimelineEvent>& events,
                                  std::size_t subject_width = 0);
std::string render_timeline_md(const std::vector<TimelineEvent>& events);
std::string render_timeline_json(const std::vector<TimelineEvent>& events);

}  // namespace practrack
