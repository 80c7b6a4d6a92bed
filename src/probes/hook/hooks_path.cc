// Committed hook folders meant for `git config core.hooksPath <dir>`:
// files named exactly after git hooks inside `.githooks/`, `git-hooks/`,
// `.hooks/`, `hooks/`, `scripts/git-hooks/` ... (a `.sh` suffix is allowed
// for folders that an install script links from). A file must be named
// after a hook, so React `hooks/useThing.ts` folders never match.
#include <algorithm>
#include <array>

#include "probes/hook/hook_probes.h"
#include "util/text.h"

namespace practrack::hookprobe {
namespace {

constexpr std::array kHookDirs = {".githooks", "githooks", ".git-hooks", "git-hooks",
                                  "git_hooks", ".hooks",   "hooks"};
constexpr int kMaxDepth = 3;  // "scripts/git-hooks/pre-commit"

// The hook a file implements, or "" when it is not a committed hook.
std::string hook_of(std::string_view path) {
  if (std::count(path.begin(), path.end(), '/') >= kMaxDepth) return "";
  std::string_view dir = text::basename(text::dirname(path));
  if (std::find(kHookDirs.begin(), kHookDirs.end(), dir) == kHookDirs.end()) return "";
  std::string_view name = text::basename(path);
  if (text::ends_with(name, ".sh")) name.remove_suffix(3);
  return is_git_hook(name) ? std::string(name) : "";
}

}  // namespace

void probe_hooks_path(const ScanContext& ctx, RepoFacts& facts) {
  auto names_hook = [](std::string_view path) { return !hook_of(path).empty(); };
  for (const FileEntry* f : ctx.own_files(names_hook)) {
    std::string hook = hook_of(f->path);
    if (hook.empty() || f->kind == FileKind::symlink) continue;
    auto content = ctx.read_text(*f);
    if (!content) continue;
    add_manager(facts, "hooks-path", Evidence{std::string(text::dirname(f->path)), 0, ""});
    add_script_hook(facts, "hooks-path", hook, hook, f->path, *content);
  }
}

}  // namespace practrack::hookprobe
