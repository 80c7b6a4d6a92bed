#include "render/priorities.h"

#include <algorithm>

namespace practrack::render {

std::vector<Row> top_priorities(const Report& report, std::size_t limit) {
  std::vector<Row> rows;
  for (const auto& s : sections(report))  // catalog order
    for (const auto& r : s.rows) {
      Status st = r.assessment->status;
      if (r.practice && (st == Status::not_started || st == Status::partial)) rows.push_back(r);
    }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.practice->weight > b.practice->weight;
  });
  if (rows.size() > limit) rows.resize(limit);
  return rows;
}

}  // namespace practrack::render
