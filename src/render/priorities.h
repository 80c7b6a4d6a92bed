// "Top priorities": which practices to work on next.
//
// Ranking: every practice that applies and is not adopted (not started or
// partial) ordered by its catalog weight, highest first (5 = a safety
// net every project needs). Partial practices rank by weight like the
// others: half a safety net is still the next thing to finish. Equal
// weights keep catalog order, so the list is stable between scans.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "render/render_kit.h"

namespace practrack::render {

// One sentence for readers, printed above the list.
inline constexpr std::string_view kPriorityRule =
    "Not-started and partial practices, highest catalog weight first "
    "(5 = every project needs it, 1 = nice to have); equal weights keep catalog order.";

// The first `limit` rows by the ranking above. Practices the catalog
// does not know have no weight and are left out.
std::vector<Row> top_priorities(const Report& report, std::size_t limit = 10);

}  // namespace practrack::render
