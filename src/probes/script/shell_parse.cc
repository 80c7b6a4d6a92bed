#include "probes/script/shell_parse.h"

#include <re2/re2.h>

#include <array>

#include "util/text.h"

namespace practrack::shell {
namespace {

// Shells whose `set` options we understand (POSIX family).
constexpr std::array<std::string_view, 7> kShells = {"sh",  "bash", "dash", "ksh",
                                                     "zsh", "ash",  "mksh"};

bool is_shell(std::string_view name) {
  for (auto s : kShells)
    if (name == s) return true;
  return false;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

void turn_on(std::string_view option, StrictFlags& f) {
  if (option == "errexit") f.errexit = true;
  if (option == "nounset") f.nounset = true;
  if (option == "pipefail") f.pipefail = true;
}

// Applies the options of one `set` (or shebang) argument list, stopping
// at the first word that is no option ("set -- $@", "set x").
void apply_options(const std::vector<std::string_view>& args, std::size_t from, StrictFlags& f) {
  for (std::size_t i = from; i < args.size(); ++i) {
    std::string_view a = args[i];
    if (a.size() < 2 || a[0] != '-' || a == "--") return;
    for (std::size_t k = 1; k < a.size(); ++k) {
      char c = a[k];
      if (c == 'e')
        f.errexit = true;
      else if (c == 'u')
        f.nounset = true;
      else if (c == 'o' && i + 1 < args.size())
        turn_on(args[++i], f);
    }
  }
}

// Splits a command line at `;`, `&&` and `||` so "set -e; cd x" is seen.
std::vector<std::string_view> segments(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    bool two = i + 1 < line.size() &&
               ((line[i] == '&' && line[i + 1] == '&') || (line[i] == '|' && line[i + 1] == '|'));
    if (line[i] == ';' || two) {
      out.push_back(text::trim(line.substr(start, i - start)));
      if (two) ++i;
      start = i + 1;
    }
  }
  out.push_back(text::trim(line.substr(start)));
  return out;
}

bool keyword_only(std::string_view t) {
  static constexpr std::array<std::string_view, 15> kWords = {
      "fi", "done", "esac", "else", "then", "do",    "{",    "}",
      ";;", "(",    ")",    "};",   "fi;",  "done;", "esac;"};
  for (auto w : kWords)
    if (t == w) return true;
  static const RE2 kFunction(R"(^(function\s+)?[A-Za-z_][\w:.-]*\s*(\(\s*\))?\s*\{?$)");
  return (text::contains(t, "()") || text::starts_with(t, "function ")) &&
         RE2::FullMatch(t, kFunction);
}

// The heredoc terminator a line opens ("EOF" for `cat <<-'EOF'`), or "".
std::string heredoc_word(std::string_view line) {
  if (!text::contains(line, "<<")) return "";
  static const RE2 kHeredoc(R"((?:^|[^<])<<-?\s*\\?["']?([A-Za-z_][A-Za-z0-9_]*)["']?)");
  std::string word;
  if (RE2::PartialMatch(line, kHeredoc, &word)) return word;
  return "";
}

bool continued(std::string_view line) {
  std::size_t n = 0;
  for (std::size_t i = line.size(); i > 0 && line[i - 1] == '\\'; --i) ++n;
  return n % 2 == 1;
}

}  // namespace

void append_continuation(std::string& joined, std::string_view next) {
  constexpr std::size_t kMaxJoined = 64 << 10;
  while (!joined.empty() && (joined.back() == ' ' || joined.back() == '\t')) joined.pop_back();
  if (joined.size() >= kMaxJoined) return;
  joined += ' ';
  joined += text::trim(next);
}

std::string shebang_shell(std::string_view first_line) {
  first_line = text::strip_bom(first_line);
  if (!text::starts_with(first_line, "#!")) return "";
  auto args = words(first_line.substr(2));
  if (args.empty()) return "";
  std::string_view interp = text::basename(args[0]);
  std::size_t i = 1;
  if (interp == "env") {
    while (i < args.size() && args[i][0] == '-') ++i;  // env -S
    if (i >= args.size()) return "";
    interp = text::basename(args[i]);
  }
  return is_shell(interp) ? std::string(interp) : "";
}

StrictFlags strict_flags(std::string_view script) {
  StrictFlags f;
  auto all = text::lines(script);
  if (!all.empty() && !shebang_shell(all[0]).empty()) {
    auto args = words(all[0].substr(2));
    std::size_t i = 1;
    if (text::basename(args[0]) == "env") {
      while (i < args.size() && args[i][0] == '-') ++i;
      ++i;  // the shell itself
    }
    apply_options(args, i, f);
    if (f.errexit || f.nounset || f.pipefail) f.line = 1;
  }
  for (const Line& l : command_lines(script, 100000)) {
    for (std::string_view seg : segments(l.text)) {
      if (!text::starts_with(seg, "set ") && !text::starts_with(seg, "set\t")) continue;
      bool before = f.errexit || f.nounset || f.pipefail;
      apply_options(words(seg), 1, f);
      if (!before && (f.errexit || f.nounset || f.pipefail)) f.line = l.line;
    }
  }
  return f;
}

std::vector<Line> command_lines(std::string_view script, std::size_t max_lines) {
  std::vector<Line> out;
  auto all = text::lines(script);
  std::string heredoc;
  for (std::size_t i = 0; i < all.size() && out.size() < max_lines; ++i) {
    std::string_view t = text::trim(all[i]);
    if (!heredoc.empty()) {
      if (t == heredoc) heredoc.clear();
      continue;
    }
    if (t.empty() || t[0] == '#') continue;
    Line l{static_cast<int>(i) + 1, std::string(t)};
    // Continuation is read from each physical line, so the cap on the
    // joined text never splits one logical line into several.
    bool more = continued(all[i]);
    if (more) l.text.pop_back();
    while (more && i + 1 < all.size()) {
      std::string_view next = all[++i];
      more = continued(next);
      if (more) next.remove_suffix(1);
      append_continuation(l.text, next);
    }
    heredoc = heredoc_word(l.text);
    if (!keyword_only(l.text)) out.push_back(std::move(l));
  }
  return out;
}

}  // namespace practrack::shell
