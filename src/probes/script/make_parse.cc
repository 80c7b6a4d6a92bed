#include "probes/script/make_parse.h"

#include <algorithm>
#include <array>

#include "probes/script/shell_parse.h"
#include "util/text.h"

namespace practrack::make {
namespace {

// A line after joining backslash continuations.
struct Logical {
  int line = 0;
  std::string text;
  bool recipe = false;  // started with a tab
};

bool continued(std::string_view line) {
  std::size_t n = 0;
  for (std::size_t i = line.size(); i > 0 && line[i - 1] == '\\'; --i) ++n;
  return n % 2 == 1;
}

std::vector<Logical> logical_lines(std::string_view text, std::size_t max_lines) {
  std::vector<Logical> out;
  auto all = text::lines(text);
  std::size_t n = std::min(all.size(), max_lines);
  for (std::size_t i = 0; i < n; ++i) {
    Logical l{static_cast<int>(i) + 1, std::string(all[i]), !all[i].empty() && all[i][0] == '\t'};
    // Continuation is read from each physical line, so the cap on the
    // joined text never splits one logical line into several.
    bool more = continued(all[i]);
    if (more) l.text.pop_back();
    while (more && i + 1 < n) {
      std::string_view next = all[++i];
      more = continued(next);
      if (more) next.remove_suffix(1);
      shell::append_continuation(l.text, next);
    }
    out.push_back(std::move(l));
  }
  return out;
}

// Position of the first `c` outside $(...) and ${...}, or npos.
std::size_t top_level(std::string_view s, char c) {
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '$' && i + 1 < s.size() && (s[i + 1] == '(' || s[i + 1] == '{')) {
      ++depth;
      ++i;
    } else if (depth > 0 && (s[i] == ')' || s[i] == '}')) {
      --depth;
    } else if (depth == 0 && s[i] == c) {
      return i;
    }
  }
  return std::string_view::npos;
}

std::vector<std::string> names(std::string_view s) {
  std::vector<std::string> out;
  for (auto w : text::split(s, ' ')) {
    auto t = text::trim(w);
    if (!t.empty()) out.emplace_back(t);
  }
  return out;
}

bool starts_with_word(std::string_view t, std::string_view word) {
  return text::starts_with(t, word) && (t.size() == word.size() || t[word.size()] == ' ' ||
                                        t[word.size()] == '\t' || t[word.size()] == '(');
}

// Conditionals keep the current rule open (they may wrap recipe lines).
bool conditional(std::string_view t) {
  for (auto w : {"ifeq", "ifneq", "ifdef", "ifndef", "else", "endif"})
    if (starts_with_word(t, w)) return true;
  return false;
}

// Directives that end any rule: include, export, vpath ...
bool directive(std::string_view t) {
  for (auto w : {"include", "-include", "sinclude", "export", "unexport", "override", "vpath",
                 "undefine", "private"})
    if (starts_with_word(t, w)) return true;
  return false;
}

// GNU make's special built-in targets: they hold no recipe worth reporting.
bool special_target(std::string_view name) {
  static constexpr std::array<std::string_view, 15> kSpecial = {".PHONY",
                                                                ".SUFFIXES",
                                                                ".DEFAULT",
                                                                ".PRECIOUS",
                                                                ".INTERMEDIATE",
                                                                ".SECONDARY",
                                                                ".SECONDEXPANSION",
                                                                ".DELETE_ON_ERROR",
                                                                ".IGNORE",
                                                                ".LOW_RESOLUTION_TIME",
                                                                ".SILENT",
                                                                ".EXPORT_ALL_VARIABLES",
                                                                ".NOTPARALLEL",
                                                                ".ONESHELL",
                                                                ".POSIX"};
  return std::find(kSpecial.begin(), kSpecial.end(), name) != kSpecial.end();
}

std::string recipe_text(std::string_view raw) {
  std::string_view t = text::trim(raw);
  while (!t.empty() && (t[0] == '@' || t[0] == '-' || t[0] == '+')) t = text::trim(t.substr(1));
  return std::string(t);
}

class Parser {
 public:
  Makefile run(std::string_view text, std::size_t max_lines) {
    for (const Logical& l : logical_lines(text, max_lines)) step(l);
    return std::move(out_);
  }

 private:
  void step(const Logical& l) {
    std::string_view t = text::trim(l.text);
    if (in_define_) {
      if (starts_with_word(t, "endef")) in_define_ = false;
      return;
    }
    if (l.recipe) return add_recipe(l);
    if (t.empty() || t[0] == '#' || conditional(t)) return;
    current_ = -1;
    if (starts_with_word(t, "define")) in_define_ = true;
    if (in_define_ || directive(t)) return;
    rule_line(l, t);
  }

  void add_recipe(const Logical& l) {
    if (current_ < 0) return;
    std::string cmd = recipe_text(l.text);
    if (cmd.empty() || cmd[0] == '#') return;
    out_.rules[current_].recipe.push_back({l.line, std::move(cmd)});
  }

  void rule_line(const Logical& l, std::string_view t) {
    std::size_t colon = top_level(t, ':');
    std::size_t eq = top_level(t, '=');
    if (eq != std::string_view::npos && (colon == std::string_view::npos || eq <= colon + 2))
      return assignment(l, t, eq);  // VAR = a:b, VAR ?= x, VAR := x, VAR ::= x
    if (colon == std::string_view::npos) return;
    std::string_view rest = t.substr(colon + 1);
    if (!rest.empty() && rest[0] == ':') rest.remove_prefix(1);  // double-colon rule
    auto targets = names(t.substr(0, colon));
    if (targets.empty()) return;
    std::size_t semi = top_level(rest, ';');
    std::string_view prereqs = rest.substr(0, semi);
    if (targets.front() == ".PHONY") {
      for (auto& n : names(prereqs)) out_.phony.push_back(n);
      return;
    }
    if (special_target(targets.front())) return;
    if (top_level(prereqs, '=') != std::string_view::npos) return;  // target-specific variable
    out_.rules.push_back({targets, l.line, std::string(text::trim(t)), {}});
    current_ = static_cast<int>(out_.rules.size()) - 1;
    if (semi != std::string_view::npos) {
      std::string inline_cmd = recipe_text(rest.substr(semi + 1));
      if (!inline_cmd.empty()) out_.rules.back().recipe.push_back({l.line, inline_cmd});
    }
  }

  void assignment(const Logical& l, std::string_view t, std::size_t eq) {
    std::string_view name = t.substr(0, eq);
    while (!name.empty() &&
           (name.back() == ':' || name.back() == '+' || name.back() == '?' || name.back() == '!'))
      name.remove_suffix(1);
    name = text::trim(name);
    if (name.empty() || name.find_first_of(" \t:") != std::string_view::npos) return;
    out_.assignments.push_back(
        {std::string(name), std::string(text::trim(t.substr(eq + 1))), l.line});
  }

  Makefile out_;
  int current_ = -1;
  bool in_define_ = false;
};

}  // namespace

Makefile parse(std::string_view text, std::size_t max_lines) {
  return Parser().run(text, max_lines);
}

}  // namespace practrack::make
