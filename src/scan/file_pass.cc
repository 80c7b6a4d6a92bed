#include "scan/file_pass.h"

#include <algorithm>

#include "scan/context.h"
#include "util/parallel.h"

namespace practrack {

void run_file_pass(const ScanContext& ctx, const std::vector<FileAnalysis>& analyses) {
  const auto& files = ctx.files();
  parallel_for(files.size(), [&](std::size_t i) {
    const FileEntry& f = files[i];
    // Unchanged since the scan carried over: nothing here to do again.
    if (f.kind == FileKind::symlink || f.kind == FileKind::submodule || ctx.carried_over(i))
      return;
    std::size_t want[8] = {};
    std::size_t most = 0;
    for (std::size_t a = 0; a < analyses.size() && a < 8; ++a) {
      if (ctx.memoized(analyses[a].kind, f)) continue;
      want[a] = analyses[a].limit(ctx, f);
      most = std::max(most, want[a]);
    }
    if (most == 0) return;
    auto bytes = ctx.tree().read(f, most);
    for (std::size_t a = 0; a < analyses.size() && a < 8; ++a) {
      if (want[a] == 0) continue;
      bool fits = bytes && bytes->size() <= want[a];
      try {
        analyses[a].run(ctx, f, fits ? &*bytes : nullptr);
      } catch (...) {
        // Left unmemoised: its probe computes it again and reports the failure.
      }
    }
  });
}

}  // namespace practrack
