#include <cmath>
#include <cstdio>

#include "render/ci_formats.h"
#include "util/text.h"

namespace practrack {
namespace {

// Advance widths in 11px Verdana, a little generous so text never
// overflows its box. Unlisted characters take the widest advance.
double char_width(unsigned char c) {
  if (c >= '0' && c <= '9') return 7.0;
  switch (c) {
    case ' ': return 3.9;
    case 'i': case 'l': case 'j': case '|': case '!': case '.': case ',': case ':': case ';': case '\'':
      return 3.4;
    case 'f': case 't': case 'r': case 'I': case '(': case ')': case '[': case ']': case '-': return 4.9;
    case 'm': case 'w': case 'M': case 'W': case '%': case '@': return 12.0;
    case 'A': case 'B': case 'C': case 'D': case 'G': case 'H': case 'K': case 'N': case 'O':
    case 'Q': case 'R': case 'U': case 'V': case 'X': case 'Y': return 8.5;
    case 'E': case 'F': case 'L': case 'P': case 'S': case 'T': case 'Z': case 'J': return 7.6;
    case '/': case '\\': case '_': case '+': case '=': case '<': case '>': case '~': return 9.2;
    case 's': case 'c': case 'z': case 'x': case 'y': case 'v': case 'k': return 6.3;
    default: break;
  }
  if (c >= 'a' && c <= 'z') return 7.0;
  return 12.0;
}

std::string escape(std::string_view s) {
  std::string out;
  for (char c : text::sanitize_utf8(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string color_for(double adoption) {
  if (adoption >= 80) return "#4c1";
  if (adoption >= 60) return "#97ca00";
  if (adoption >= 40) return "#dfb317";
  if (adoption >= 20) return "#fe7d37";
  return "#e05d44";
}

}  // namespace

int verdana11_width(const std::string& s) {
  double w = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: counted with its lead
    w += c < 0x80 ? char_width(c) : 12.0;
  }
  return static_cast<int>(std::ceil(w));
}

std::string badge_svg(const std::string& label, const std::string& message, const std::string& color) {
  const int pad = 6;
  int lw = verdana11_width(label) + 2 * pad;
  int mw = verdana11_width(message) + 2 * pad;
  int total = lw + mw;
  char buf[2048];
  std::string l = escape(label), m = escape(message);
  std::snprintf(
      buf, sizeof buf,
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"20\" role=\"img\" "
      "aria-label=\"%s: %s\">\n"
      "  <title>%s: %s</title>\n"
      "  <linearGradient id=\"s\" x2=\"0\" y2=\"100%%\"><stop offset=\"0\" stop-color=\"#bbb\" "
      "stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>\n"
      "  <clipPath id=\"r\"><rect width=\"%d\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>\n"
      "  <g clip-path=\"url(#r)\">\n"
      "    <rect width=\"%d\" height=\"20\" fill=\"#555\"/>\n"
      "    <rect x=\"%d\" width=\"%d\" height=\"20\" fill=\"%s\"/>\n"
      "    <rect width=\"%d\" height=\"20\" fill=\"url(#s)\"/>\n"
      "  </g>\n"
      "  <g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" "
      "font-size=\"11\">\n"
      "    <text x=\"%d\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\">%s</text>\n"
      "    <text x=\"%d\" y=\"14\">%s</text>\n"
      "    <text x=\"%d\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\">%s</text>\n"
      "    <text x=\"%d\" y=\"14\">%s</text>\n"
      "  </g>\n"
      "</svg>\n",
      total, l.c_str(), m.c_str(), l.c_str(), m.c_str(), total, lw, lw, mw, color.c_str(), total,
      lw / 2, l.c_str(), lw / 2, l.c_str(), lw + mw / 2, m.c_str(), lw + mw / 2, m.c_str());
  return buf;
}

std::string adoption_badge(const Report& report, const std::string& label) {
  double adoption = report.tally().adoption();
  char msg[16];
  std::snprintf(msg, sizeof msg, "%.0f%%", adoption);
  return badge_svg(label, msg, color_for(adoption));
}

std::string render_badge(const Report& report, const RenderOptions&) {
  return adoption_badge(report, "devops");
}

}  // namespace practrack
