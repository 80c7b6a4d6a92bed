// Trial 9: in the trend SVG a series at 0% lay on the x-axis and could not
// be seen, and the pale yellow (and sky blue) lines were hard to see on
// white. 0% is drawn just above the axis; every colour has 3:1 contrast.
#include <gtest/gtest.h>

#include <cmath>
#include <pugixml.hpp>
#include <string>

#include "render/trend_svg.h"

namespace practrack {
namespace {

double luminance(const std::string& hex) {
  double sum = 0;
  const double weights[] = {0.2126, 0.7152, 0.0722};
  for (int i = 0; i < 3; ++i) {
    double c = std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16) / 255.0;
    c = c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    sum += weights[i] * c;
  }
  return sum;
}

TrendChart thirteen_series() {
  TrendChart chart;
  chart.times = {1700000000LL, 1700600000LL, 1701200000LL};
  for (int i = 0; i < 13; ++i)
    chart.series.push_back({"series " + std::to_string(i), {0.0, 0.0, i == 0 ? 50.0 : 0.0}});
  return chart;
}

TEST(TrendVisibility, ZeroPercentIsDrawnAboveTheAxis) {
  std::string svg = render_trend_svg(thirteen_series());
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(svg.c_str()));
  double y1 = doc.select_node("//g[@class='plot']").node().attribute("data-y1").as_double();
  auto line = doc.select_node("//g[@class='series'][2]/polyline").node();
  std::string points = line.attribute("points").value();
  double y = std::stod(points.substr(points.find(',') + 1));
  EXPECT_LT(y, y1 - 1) << points;
  EXPECT_GT(y, y1 - 5) << points;
}

TEST(TrendVisibility, EveryColourContrastsWithWhite) {
  std::string svg = render_trend_svg(thirteen_series());
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(svg.c_str()));
  int seen = 0;
  for (auto n : doc.select_nodes("//g[@class='series']/polyline")) {
    std::string colour = n.node().attribute("stroke").value();
    ASSERT_EQ(colour.size(), 7u);
    double contrast = 1.05 / (luminance(colour) + 0.05);
    EXPECT_GE(contrast, 3.0) << colour;
    ++seen;
  }
  EXPECT_EQ(seen, 13);
}

}  // namespace
}  // namespace practrack
