#include <algorithm>
#include <array>

#include "probes/hook/hook_probes.h"
#include "probes/parse_warning.h"
#include "util/text.h"

namespace practrack::hookprobe {
namespace {

constexpr std::array kGitHooks = {"applypatch-msg",     "pre-applypatch",   "post-applypatch",
                                  "pre-commit",         "pre-merge-commit", "prepare-commit-msg",
                                  "commit-msg",         "post-commit",      "pre-rebase",
                                  "post-checkout",      "post-merge",       "pre-push",
                                  "pre-receive",        "update",           "proc-receive",
                                  "post-receive",       "post-update",      "reference-transaction",
                                  "push-to-checkout",   "pre-auto-gc",      "post-rewrite",
                                  "sendemail-validate", "post-index-change"};

// Lines that only set up the shell or load the hook manager.
bool is_boilerplate(std::string_view line) {
  static constexpr std::array kPrefixes = {"#",
                                           ". \"$(dirname",
                                           ". \"$(dirname -- \"$0\")",
                                           "set -",
                                           "exit",
                                           "fi",
                                           "then",
                                           "else",
                                           "done",
                                           "esac",
                                           "}",
                                           "{",
                                           "export ",
                                           "unset ",
                                           "source \"$(dirname"};
  for (const char* p : kPrefixes)
    if (text::starts_with(line, p)) return true;
  return text::contains(line, "husky.sh") || text::contains(line, "_/h\"");
}

// Lines that print or set things rather than run a tool: a tool named in
// an echo is not a tool run.
bool runs_nothing(std::string_view line) {
  static constexpr std::array kFirstWords = {
      "echo", "printf", "read",  "cd", "shift", "return", "local", "declare", "readonly",
      "trap", "true",   "false", ":",  ";;",    "err",    "warn",  "die"};
  std::string_view first = line.substr(0, line.find_first_of(" \t"));
  for (const char* w : kFirstWords)
    if (first == w) return true;
  // NAME=value without a command substitution.
  std::size_t eq = line.find('=');
  bool assignment = eq != std::string_view::npos && eq > 0 &&
                    line.substr(0, eq).find_first_of(" \t\"'$") == std::string_view::npos;
  return assignment && !text::contains(line, "$(") && !text::contains(line, "`");
}

constexpr std::size_t kMaxEntry = 500;  // a script's joined entry is cut here

}  // namespace

bool is_git_hook(std::string_view name) {
  return std::find(kGitHooks.begin(), kGitHooks.end(), name) != kGitHooks.end();
}

void add_manager(RepoFacts& facts, std::string name, Evidence at) {
  auto& names = facts.hooks.managers;
  if (std::find(names.begin(), names.end(), name) != names.end()) return;
  names.push_back(name);
  facts.hooks.configs.push_back({std::move(name), std::move(at)});
}

void add_hook(RepoFacts& facts, Hook hook) {
  // Ids and stages reach notes: keep them valid UTF-8.
  hook.id = text::sanitize_utf8(hook.id);
  hook.stage = text::sanitize_utf8(hook.stage);
  // A multi-line `run: |` block is a script: one command per line.
  for (std::string_view line : text::lines(hook.entry)) {
    line = text::trim(line);
    if (!line.empty() && line.front() != '#')
      facts.commands.push_back({Origin::hook, hook.manager, hook.id, std::string(line), hook.at});
  }
  facts.hooks.hooks.push_back(std::move(hook));
}

void warn_malformed(const ScanContext& ctx, const std::string& path, const std::string& error) {
  warn_parse_error(ctx, path, error);
}

void unparsed_config(const ScanContext& ctx, RepoFacts& facts, const std::string& path,
                     const std::string& error) {
  warn_malformed(ctx, path, error);
  facts.hooks.unparsed_configs.push_back(Evidence{path, 0, text::excerpt(error)});
}

namespace {

// Names of shell functions the script defines ("name() {", "function name").
std::vector<std::string> defined_functions(std::string_view script) {
  std::vector<std::string> out;
  for (std::string_view raw : text::lines(script)) {
    std::string_view line = text::trim(raw);
    if (text::starts_with(line, "function ")) line = text::trim(line.substr(9));
    std::size_t paren = line.find("()");
    if (paren == std::string_view::npos || paren == 0) continue;
    std::string_view name = text::trim(line.substr(0, paren));
    if (name.find_first_of(" \t$\"'=") == std::string_view::npos && out.size() < 100)
      out.emplace_back(name);
  }
  return out;
}

// The first word that names a program, past if/!/while ...
std::string_view first_word(std::string_view line) {
  static constexpr std::array kKeywords = {"if", "!", "elif", "while", "until", "then", "do"};
  for (int i = 0; i < 4; ++i) {
    std::string_view word = line.substr(0, line.find_first_of(" \t;"));
    if (std::find(kKeywords.begin(), kKeywords.end(), word) == kKeywords.end()) return word;
    line = text::trim(line.substr(word.size()));
  }
  return line.substr(0, line.find_first_of(" \t;"));
}

}  // namespace

std::vector<std::pair<int, std::string>> script_commands(std::string_view script) {
  std::vector<std::pair<int, std::string>> out;
  auto functions = defined_functions(script);
  int number = 0;
  for (std::string_view raw : text::lines(script)) {
    ++number;
    std::string_view line = text::trim(raw);
    if (line.empty() || is_boilerplate(line) || runs_nothing(line)) continue;
    std::string_view first = first_word(line);
    if (std::find(functions.begin(), functions.end(), first) != functions.end()) continue;
    if (text::contains(first, "()")) continue;  // a definition line
    out.emplace_back(number, std::string(line));
    if (out.size() >= 200) break;  // bounded: a hook script is short
  }
  return out;
}

void add_script_hook(RepoFacts& facts, const std::string& manager, const std::string& id,
                     const std::string& stage, const std::string& path, std::string_view content) {
  auto commands = script_commands(content);
  std::string entry;
  for (const auto& [line, command] : commands) {
    facts.commands.push_back(
        {Origin::hook, manager, id, command, Evidence{path, line, text::excerpt(command)}});
    if (entry.size() < kMaxEntry) entry += (entry.empty() ? "" : "; ") + command;
  }
  if (entry.size() > kMaxEntry) entry.resize(kMaxEntry);
  int first = commands.empty() ? 0 : commands.front().first;
  std::string excerpt = commands.empty() ? "" : text::excerpt(commands.front().second);
  facts.hooks.hooks.push_back({manager, id, "", stage, entry, Evidence{path, first, excerpt}});
}

}  // namespace practrack::hookprobe
