#include <algorithm>
#include <array>
#include <cctype>

#include "probes/hook/hook_probes.h"
#include "util/text.h"

namespace practrack::hookprobe {
namespace {

constexpr std::array kGitHooks = {
    "applypatch-msg", "pre-applypatch",  "post-applypatch",  "pre-commit",
    "pre-merge-commit", "prepare-commit-msg", "commit-msg",  "post-commit",
    "pre-rebase",     "post-checkout",   "post-merge",       "pre-push",
    "pre-receive",    "update",          "proc-receive",     "post-receive",
    "post-update",    "reference-transaction", "push-to-checkout", "pre-auto-gc",
    "post-rewrite",   "sendemail-validate", "post-index-change"};

// Lines that only set up the shell or load the hook manager.
bool is_boilerplate(std::string_view line) {
  static constexpr std::array kPrefixes = {
      "#",          ". \"$(dirname",  ". \"$(dirname -- \"$0\")", "set -",  "exit",
      "fi",         "then",           "else",                      "done",   "esac",
      "}",          "{",              "export ",                   "unset ", "source \"$(dirname"};
  for (const char* p : kPrefixes)
    if (text::starts_with(line, p)) return true;
  return text::contains(line, "husky.sh") || text::contains(line, "_/h\"");
}

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
  if (!hook.entry.empty())
    facts.commands.push_back({Origin::hook, hook.manager, hook.id, hook.entry, hook.at});
  facts.hooks.hooks.push_back(std::move(hook));
}

void warn_malformed(const ScanContext& ctx, const std::string& path, const std::string& error) {
  int line = 0;
  std::size_t at = error.find("line ");
  if (at != std::string::npos)
    for (std::size_t i = at + 5; i < error.size() && std::isdigit(static_cast<unsigned char>(error[i])) && line < 10000000; ++i)
      line = line * 10 + (error[i] - '0');
  ctx.diags().warn(path, line, error);
}

std::vector<std::pair<int, std::string>> script_commands(std::string_view script) {
  std::vector<std::pair<int, std::string>> out;
  int number = 0;
  for (std::string_view raw : text::lines(script)) {
    ++number;
    std::string_view line = text::trim(raw);
    if (line.empty() || is_boilerplate(line)) continue;
    out.emplace_back(number, std::string(line));
    if (out.size() >= 200) break;  // bounded: a hook script is short
  }
  return out;
}

}  // namespace practrack::hookprobe
