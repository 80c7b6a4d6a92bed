// Adoption over time from stored commit snapshots: overall and per
// category, one point per commit.
#pragma once

#include <vector>

#include "history/timeline.h"
#include "render/trend_svg.h"

namespace practrack {

// Overall first, then each category that has applicable practices in
// some snapshot, in the first snapshot's category order.
TrendChart build_trend(const std::vector<CommitSnapshot>& snapshots, const std::string& title);

}  // namespace practrack
