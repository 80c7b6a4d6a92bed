#include "util/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace practrack::term {

bool is_tty(int fd) { return isatty(fd) == 1; }

bool use_color(int fd, ColorMode mode) {
  if (mode == ColorMode::always) return true;
  if (mode == ColorMode::never) return false;
  if (const char* no = std::getenv("NO_COLOR"); no && *no) return false;
  if (const char* force = std::getenv("CLICOLOR_FORCE"); force && *force && std::string(force) != "0")
    return true;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return is_tty(fd);
}

int width(int fd, int fallback) {
  struct winsize ws {};
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) return ws.ws_col;
  if (const char* cols = std::getenv("COLUMNS")) {
    int c = std::atoi(cols);
    if (c > 20) return c;
  }
  return fallback;
}

std::string paint(std::string_view s, Style style, bool on) {
  if (!on || style == Style::none) return std::string(s);
  const char* code = "";
  switch (style) {
    case Style::bold: code = "1"; break;
    case Style::dim: code = "2"; break;
    case Style::red: code = "31"; break;
    case Style::green: code = "32"; break;
    case Style::yellow: code = "33"; break;
    case Style::blue: code = "34"; break;
    case Style::cyan: code = "36"; break;
    case Style::none: break;
  }
  return std::string("\033[") + code + "m" + std::string(s) + "\033[0m";
}

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0x1b) {  // skip an ANSI sequence up to its final letter
      while (i < s.size() && !((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) ++i;
      continue;
    }
    if ((c & 0xC0) != 0x80) ++w;
  }
  return w;
}

std::string fit(std::string_view s, std::size_t w) {
  std::size_t dw = display_width(s);
  if (dw <= w) return std::string(s) + std::string(w - dw, ' ');
  if (w == 0) return "";
  // Keep whole code points up to w-1 columns, then the ellipsis.
  std::string out;
  std::size_t cols = 0, i = 0;
  while (i < s.size() && cols < w - 1) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    out.append(s.substr(i, n));
    i += n;
    ++cols;
  }
  return out + "…";
}

std::string aligned(const std::vector<std::vector<std::string>>& rows,
                    const std::vector<std::size_t>& min_width) {
  std::vector<std::size_t> width = min_width;
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (width.size() <= i) width.push_back(0);
      width[i] = std::max(width[i], display_width(r[i]));
    }
  std::string out;
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) {
      std::string pad(width[i] - display_width(r[i]), ' ');
      line += i == 0 ? r[i] + pad : "  " + pad + r[i];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace practrack::term
