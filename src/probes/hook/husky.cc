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
    add_script_hook(facts, "husky", std::string(name), std::string(name), f->path, *content);
  }
}

}  // namespace practrack::hookprobe
