// practrack trend: the SVG is well-formed, its points sit in the plot
// area, and its legend has one entry per series.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "catalog/catalog.h"
#include "render/trend_svg.h"

namespace practrack {
namespace {

struct Plot {
  double x0, x1, y0, y1;
};

Plot plot_of(const pugi::xml_document& doc) {
  auto g = doc.select_node("//g[@class='plot']").node();
  return {g.attribute("data-x0").as_double(), g.attribute("data-x1").as_double(),
          g.attribute("data-y0").as_double(), g.attribute("data-y1").as_double()};
}

// Every polyline point and circle centre, as (x, y).
std::vector<std::pair<double, double>> points_of(const pugi::xml_document& doc) {
  std::vector<std::pair<double, double>> out;
  for (auto n : doc.select_nodes("//g[@class='series']/polyline")) {
    std::istringstream in(n.node().attribute("points").value());
    std::string pair;
    while (in >> pair) {
      auto comma = pair.find(',');
      out.emplace_back(std::stod(pair.substr(0, comma)), std::stod(pair.substr(comma + 1)));
    }
  }
  for (auto n : doc.select_nodes("//g[@class='series']/circle"))
    out.emplace_back(n.node().attribute("cx").as_double(), n.node().attribute("cy").as_double());
  return out;
}

TrendChart sample(int points) {
  TrendChart chart;
  chart.title = "Adoption <over> time & more";
  TrendSeries overall{"Overall", {}}, ci{"CI & CD", {}}, empty{"Security", {}};
  for (int i = 0; i < points; ++i) {
    chart.times.push_back(1700000000LL + i * 86400LL * 7);
    overall.values.push_back(10.0 * i);
    ci.values.push_back(i % 2 ? 100.0 : 0.0);
    empty.values.push_back(std::numeric_limits<double>::quiet_NaN());
  }
  chart.series = {overall, ci, empty};
  return chart;
}

void expect_valid(const std::string& svg, std::size_t series, std::size_t points) {
  pugi::xml_document doc;
  auto parsed = doc.load_string(svg.c_str());
  ASSERT_TRUE(parsed) << parsed.description();
  EXPECT_STREQ(doc.child("svg").attribute("xmlns").value(), "http://www.w3.org/2000/svg");
  EXPECT_TRUE(doc.select_nodes("//script").empty());
  EXPECT_EQ(doc.select_nodes("//g[@class='legend-entry']").size(), series);
  EXPECT_EQ(doc.select_nodes("//g[@class='series']").size(), series);
  EXPECT_EQ(doc.select_nodes("//text[@class='ytick']").size(), 6u);  // 0..100 by 20
  EXPECT_GE(doc.select_nodes("//text[@class='xtick']").size(), 1u);
  Plot p = plot_of(doc);
  auto pts = points_of(doc);
  EXPECT_EQ(pts.size(), points);
  for (auto [x, y] : pts) {
    EXPECT_GE(x, p.x0);
    EXPECT_LE(x, p.x1);
    EXPECT_GE(y, p.y0);
    EXPECT_LE(y, p.y1);
  }
}

TEST(HistoryTrend, ManyPointsRenderWellFormedSvg) {
  std::string svg = render_trend_svg(sample(12));
  expect_valid(svg, 3, 24);  // the all-NaN series draws no point
  EXPECT_NE(svg.find("Adoption &lt;over&gt; time &amp; more"), std::string::npos);
  EXPECT_NE(svg.find("2023-11-14"), std::string::npos);  // first date tick
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);
}

TEST(HistoryTrend, OnePointStillRenders) {
  std::string svg = render_trend_svg(sample(1));
  expect_valid(svg, 3, 4);  // two one-point polylines and their dots
}

TEST(HistoryTrend, NoPointRendersAnEmptyChart) { expect_valid(render_trend_svg({}), 0, 0); }

TEST(HistoryTrend, ExtremeValuesAreClampedIntoThePlot) {
  TrendChart chart;
  chart.times = {0, 100};
  chart.series = {{"Overall", {-50.0, 250.0}}};
  expect_valid(render_trend_svg(chart), 1, 2);
}

// Regression (new-user trial 6): with the overall line and the twelve
// categories, long titles ran past the right edge of the chart. Labels
// wrap; every line of the legend stays inside the SVG.
TEST(HistoryTrend, TwelveCategoriesLegendFitsTheChart) {
  TrendChart chart;
  chart.times = {1700000000LL, 1700600000LL};
  chart.series.push_back({"Overall", {10, 20}});
  for (const auto& c : categories()) chart.series.push_back({std::string(c.title), {5, 50}});
  ASSERT_EQ(chart.series.size(), 13u);
  TrendLayout layout;
  std::string svg = render_trend_svg(chart, layout);
  expect_valid(svg, 13, 26);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(svg.c_str()));
  std::string all;
  for (auto t : doc.select_nodes("//g[@class='legend-entry']/text")) {
    double y = t.node().attribute("y").as_double();
    for (auto span : t.node().children("tspan")) {
      y += span.attribute("dy").as_double();
      std::string line = span.child_value();
      all += line + "|";
      // 7.5 px per character is wider than any 12px sans-serif average.
      EXPECT_LE(span.attribute("x").as_double() + 7.5 * static_cast<double>(line.size()),
                layout.width)
          << line;
      EXPECT_LE(y, layout.height) << line;
    }
  }
  EXPECT_NE(all.find("Containerization &|Infrastructure|"), std::string::npos) << all;
}

// Regression (trial 9): with the overall line and twelve categories the
// thirteenth series took the first one's black solid pen. Every series of
// the legend, and of longer charts, has a colour and dash of its own.
TEST(HistoryTrend, NoTwoSeriesShareColourAndDash) {
  for (std::size_t n : {13u, 40u}) {
    TrendChart chart;
    chart.times = {1700000000LL, 1700600000LL};
    for (std::size_t i = 0; i < n; ++i)
      chart.series.push_back({"series " + std::to_string(i), {10, 20}});
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(render_trend_svg(chart).c_str()));
    std::set<std::string> pens, lines;
    for (auto l : doc.select_nodes("//g[@class='legend-entry']/line"))
      pens.insert(std::string(l.node().attribute("stroke").value()) + "/" +
                  l.node().attribute("stroke-dasharray").value());
    for (auto l : doc.select_nodes("//g[@class='series']/polyline"))
      lines.insert(std::string(l.node().attribute("stroke").value()) + "/" +
                   l.node().attribute("stroke-dasharray").value());
    EXPECT_EQ(pens.size(), n);
    EXPECT_EQ(lines.size(), n);
  }
}

}  // namespace
}  // namespace practrack
