#include "render/trend_svg.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "util/dates.h"

namespace practrack {
namespace {

// Colour and dash per series: colour-blind-safe hues, and dashes so the
// lines stay apart in print. The two lists have coprime lengths (13, 7)
// and are cycled together, so no two of the first 91 series share both a
// colour and a dash: the overall line and twelve categories all differ in
// colour, and a longer chart still tells every line apart. Each colour
// has at least 3:1 contrast on the white background (pale yellow and sky
// blue lines were hard to see): the Okabe-Ito and Tol hues, darkened.
constexpr const char* kColours[] = {
    "#000000", "#0072B2", "#9C7A00", "#009E73", "#D55E00", "#CC79A7", "#2F8FBF",
    "#6A3D9A", "#767676", "#882255", "#117733", "#332288", "#3A8C80",
};
constexpr const char* kDashes[] = {"", "6 3", "2 2", "8 3 2 3", "4 4", "1 3", "10 4"};

struct Pen {
  const char* colour;
  const char* dash;
};

Pen pen_of(std::size_t series) {
  return {kColours[series % std::size(kColours)], kDashes[series % std::size(kDashes)]};
}

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') out += c;
    }
  }
  return out;
}

std::string date_of(long long t) { return dates::utc_day(t); }

struct Frame {
  double x0, x1, y0, y1;  // plot area: x0 left, y0 top
  long long t0, t1;
  double x(long long t) const {
    if (t1 == t0) return (x0 + x1) / 2;  // one point: the middle
    return x0 + (x1 - x0) * static_cast<double>(t - t0) / static_cast<double>(t1 - t0);
  }
  double y(double pct) const { return y1 - (y1 - y0) * std::clamp(pct, 0.0, 100.0) / 100.0; }
};

void axes(std::string& out, const Frame& f, const TrendChart& chart) {
  out += fmt::format("<g class=\"axes\" stroke=\"#444\" stroke-width=\"1\">"
                     "<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\"/>"
                     "<line x1=\"{0:.1f}\" y1=\"{2:.1f}\" x2=\"{3:.1f}\" y2=\"{2:.1f}\"/></g>\n",
                     f.x0, f.y0, f.y1, f.x1);
  for (int pct = 0; pct <= 100; pct += 20) {
    double y = f.y(pct);
    out += fmt::format("<line class=\"grid\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" "
                       "y2=\"{:.1f}\" stroke=\"#ddd\"/>\n", f.x0, y, f.x1, y);
    out += fmt::format("<text class=\"ytick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">"
                       "{}%</text>\n", f.x0 - 6, y + 4, pct);
  }
  int ticks = chart.times.size() < 2 || f.t1 == f.t0 ? 1 : 5;
  for (int i = 0; i < ticks; ++i) {
    long long t = ticks == 1 ? f.t0 : f.t0 + (f.t1 - f.t0) * i / (ticks - 1);
    double x = f.x(t);
    out += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" "
                       "stroke=\"#444\"/>\n", x, f.y1, f.y1 + 5);
    out += fmt::format("<text class=\"xtick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">"
                       "{}</text>\n", x, f.y1 + 20, date_of(t));
  }
  out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">commit date</text>\n",
                     (f.x0 + f.x1) / 2, f.y1 + 42);
  out += fmt::format("<text x=\"16\" y=\"{0:.1f}\" text-anchor=\"middle\" "
                     "transform=\"rotate(-90 16 {0:.1f})\">adoption (% of applicable)</text>\n",
                     (f.y0 + f.y1) / 2);
}

void line(std::string& out, const Frame& f, const TrendChart& chart, std::size_t i) {
  const TrendSeries& s = chart.series[i];
  const Pen pen = pen_of(i);
  double width = i == 0 ? 3 : 1.5;
  // A 0% stretch drawn on the x-axis would hide under it: lifted just
  // clear of the axis line.
  auto y_of = [&](double v) { return v <= 0 ? f.y(0) - (width / 2 + 1) : f.y(v); };
  std::string points;
  for (std::size_t k = 0; k < chart.times.size() && k < s.values.size(); ++k) {
    if (std::isnan(s.values[k])) continue;
    points += fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", f.x(chart.times[k]),
                          y_of(s.values[k]));
  }
  out += fmt::format("<g class=\"series\" data-label=\"{}\">", escape(s.label));
  out += fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{} points=\"{}\"/>",
                     pen.colour, width,
                     *pen.dash ? fmt::format(" stroke-dasharray=\"{}\"", pen.dash) : "", points);
  if (chart.times.size() == 1 && !points.empty()) {  // one point: a dot, not an empty line
    out += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\" fill=\"{}\"/>",
                       f.x(chart.times[0]), y_of(s.values[0]), pen.colour);
  }
  out += "</g>\n";
}

// Widest character of the 12px sans-serif text, for fitting labels
// without measuring them: a label kept under width / kCharWidth characters
// stays inside its column.
constexpr double kCharWidth = 7.5;
constexpr double kEntryGap = 18, kLineGap = 14;

// A label cut at spaces into lines of at most `max` characters; a longer
// word keeps a line of its own.
std::vector<std::string> wrap(const std::string& label, std::size_t max) {
  std::vector<std::string> lines;
  std::string current;
  std::size_t start = 0;
  while (start <= label.size()) {
    std::size_t end = std::min(label.find(' ', start), label.size());
    std::string word = label.substr(start, end - start);
    if (!current.empty() && current.size() + 1 + word.size() > max) {
      lines.push_back(current);
      current.clear();
    }
    current += (current.empty() ? "" : " ") + word;
    start = end + 1;
  }
  if (!current.empty()) lines.push_back(current);
  return lines;
}

// In the right margin, one entry per series; labels wider than the margin
// wrap onto more lines ("Containerization & Infrastructure"), so twelve
// categories and the overall line stay inside the chart.
void legend(std::string& out, const TrendLayout& l, const TrendChart& chart) {
  double x = l.width - l.right + 16, y = l.top + 8;
  double text_x = x + 30;
  auto max_chars = static_cast<std::size_t>(std::max(4.0, (l.width - 8 - text_x) / kCharWidth));
  out += "<g class=\"legend\">\n";
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    const Pen pen = pen_of(i);
    out += fmt::format("<g class=\"legend-entry\"><line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" "
                       "y2=\"{:.1f}\" stroke=\"{}\" stroke-width=\"{}\"{}/>",
                       x, y, x + 24, y, pen.colour, i == 0 ? 3 : 1.5,
                       *pen.dash ? fmt::format(" stroke-dasharray=\"{}\"", pen.dash) : "");
    auto lines = wrap(chart.series[i].label, max_chars);
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\">", text_x, y + 4);
    for (std::size_t k = 0; k < lines.size(); ++k)
      out += fmt::format("<tspan x=\"{:.1f}\" dy=\"{}\">{}</tspan>", text_x, k ? kLineGap : 0,
                         escape(lines[k]));
    out += "</text></g>\n";
    y += kEntryGap + kLineGap * static_cast<double>(lines.empty() ? 0 : lines.size() - 1);
  }
  out += "</g>\n";
}

}  // namespace

std::string render_trend_svg(const TrendChart& chart, const TrendLayout& l) {
  Frame f{l.left, l.width - l.right, l.top, l.height - l.bottom, 0, 0};
  if (!chart.times.empty()) {
    f.t0 = *std::min_element(chart.times.begin(), chart.times.end());
    f.t1 = *std::max_element(chart.times.begin(), chart.times.end());
  }
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"12\">\n"
      "<title>{2}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
      "<text class=\"title\" x=\"{3:.1f}\" y=\"28\" text-anchor=\"middle\" font-size=\"18\" "
      "font-weight=\"bold\">{2}</text>\n",
      l.width, l.height, escape(chart.title), (f.x0 + f.x1) / 2);
  out += fmt::format("<g class=\"plot\" data-x0=\"{:.1f}\" data-x1=\"{:.1f}\" data-y0=\"{:.1f}\" "
                     "data-y1=\"{:.1f}\"/>\n", f.x0, f.x1, f.y0, f.y1);
  axes(out, f, chart);
  for (std::size_t i = 0; i < chart.series.size(); ++i) line(out, f, chart, i);
  legend(out, l, chart);
  out += "</svg>\n";
  return out;
}

}  // namespace practrack
