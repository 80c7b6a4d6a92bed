#include "render/priorities.h"

#include <algorithm>

namespace practrack::render {

std::vector<Row> top_priorities(const Report& report, std::size_t limit) {
  std::vector<Row> rows;
  for (const auto& s : sections(report))  // catalog order
    for (const auto& r : s.rows) {
      Status st = r.assessment->status;
      if (st == Status::not_started || st == Status::partial) rows.push_back(r);
    }
  // Weights come from the assessment: the catalog's, or config's override.
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.assessment->weight > b.assessment->weight;
  });
  if (rows.size() > limit) rows.resize(limit);
  return rows;
}

}  // namespace practrack::render
