#include "history/trend.h"

#include <cmath>
#include <limits>

namespace practrack {
namespace {

// Categories in the order they first appear.
std::vector<ReportCategory> all_categories(const std::vector<CommitSnapshot>& snapshots) {
  std::vector<ReportCategory> out;
  for (const auto& s : snapshots)
    for (const auto& c : s.report.categories) {
      bool known = false;
      for (const auto& o : out) known = known || o.id == c.id;
      if (!known) out.push_back(c);
    }
  return out;
}

}  // namespace

TrendChart build_trend(const std::vector<CommitSnapshot>& snapshots, const std::string& title) {
  TrendChart chart;
  chart.title = title;
  TrendSeries overall{"Overall", {}};
  for (const auto& s : snapshots) {
    chart.times.push_back(s.info.commit_time);
    overall.values.push_back(s.report.tally().adoption());
  }
  chart.series.push_back(std::move(overall));
  const double none = std::numeric_limits<double>::quiet_NaN();
  for (const auto& c : all_categories(snapshots)) {
    TrendSeries series{c.title, {}};
    bool any = false;
    for (const auto& s : snapshots) {
      Tally t = s.report.tally(c.id);
      any = any || t.applicable() > 0;
      series.values.push_back(t.applicable() ? t.adoption() : none);
    }
    if (any) chart.series.push_back(std::move(series));
  }
  return chart;
}

}  // namespace practrack
