// What the terminal can show: colour (only on a TTY, never with NO_COLOR,
// forced by CLICOLOR_FORCE), its width, and ANSI styling.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace practrack::term {

enum class ColorMode { automatic, always, never };

bool is_tty(int fd);
bool use_color(int fd, ColorMode mode);
int width(int fd, int fallback = 100);

enum class Style { none, bold, dim, red, green, yellow, blue, cyan };
// `s` wrapped in the ANSI codes for `style` when `on`, else `s` unchanged.
std::string paint(std::string_view s, Style style, bool on);
// Display width of UTF-8 text (code points; ANSI sequences not counted).
std::size_t display_width(std::string_view s);
// `s` padded with spaces (or cut with "…") to exactly `w` columns.
std::string fit(std::string_view s, std::size_t w);
// Rows as columns padded to their widest cell (and to `min_width[i]` at
// least), by the columns a terminal shows, not bytes: the first column
// left-aligned, the rest right, two spaces apart, no trailing blanks.
std::string aligned(const std::vector<std::vector<std::string>>& rows,
                    const std::vector<std::size_t>& min_width = {});

}  // namespace practrack::term
