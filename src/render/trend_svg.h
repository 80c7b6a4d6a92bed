// An adoption-over-time line chart as a self-contained SVG document: no
// script, no external reference. x is commit time, y is 0..100 %.
#pragma once

#include <string>
#include <vector>

namespace practrack {

struct TrendSeries {
  std::string label;           // "Overall", a category title
  std::vector<double> values;  // adoption %, one per time (NaN: no value)
};

struct TrendChart {
  std::string title = "Adoption over time";
  std::vector<long long> times;     // unix seconds, ascending
  std::vector<TrendSeries> series;  // the first is drawn thickest
};

// Plot area of the rendered SVG (tests check points fall inside it).
struct TrendLayout {
  double width = 960, height = 540;
  double left = 64, right = 220, top = 48, bottom = 56;  // margins
};

std::string render_trend_svg(const TrendChart& chart, const TrendLayout& layout = {});

}  // namespace practrack
