// husky: one script per git hook in `.husky/` (v5 and later; `.husky/_/`
// holds husky's own generated files).
#include "probes/hook/hook_probes.h"
#include "util/text.h"

namespace practrack::hookprobe {

void probe_husky(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/.husky/*")) {
    std::string_view name = text::basename(f->path);
    if (!is_git_hook(name) || f->kind == FileKind::symlink) continue;
    auto content = ctx.read_text(*f);
    if (!content) continue;
    add_manager(facts, "husky", Evidence{f->path, 0, ""});
    auto commands = script_commands(*content);
    if (commands.empty()) {
      add_hook(facts, Hook{"husky", std::string(name), "", std::string(name), "",
                           Evidence{f->path, 0, ""}});
      continue;
    }
    for (const auto& [line, command] : commands)
      add_hook(facts, Hook{"husky", std::string(name), "", std::string(name), command,
                           Evidence{f->path, line, text::excerpt(command)}});
  }
}

}  // namespace practrack::hookprobe
