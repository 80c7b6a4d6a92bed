#include "scan/file_pass.h"

#include <algorithm>

#include "scan/context.h"
#include "util/parallel.h"

namespace practrack {

std::vector<std::size_t> pass_files(const ScanContext& ctx) {
  const auto& files = ctx.files();
  std::vector<std::size_t> out;
  auto wanted = [&](std::size_t i) {
    if (files[i].kind != FileKind::symlink && files[i].kind != FileKind::submodule) out.push_back(i);
  };
  // Files unchanged since the scan carried over have nothing to do again:
  // just the others are visited, not all 10,000.
  if (const auto* some = ctx.not_carried()) {
    for (std::size_t i : *some) wanted(i);
  } else {
    for (std::size_t i = 0; i < files.size(); ++i) wanted(i);
  }
  // Configuration first: the probes that parse it run beside the pass and
  // find the bytes it kept (ScanContext::shelve).
  std::stable_partition(out.begin(), out.end(),
                        [&](std::size_t i) { return ScanContext::config_like(files[i].path); });
  return out;
}

void run_file_pass(const ScanContext& ctx, const std::vector<FileAnalysis>& analyses,
                   const std::vector<std::size_t>& indices) {
  const auto& files = ctx.files();
  parallel_for(indices.size(), [&](std::size_t k) {
    const FileEntry& f = files[indices[k]];
    std::size_t want[8] = {};
    std::size_t most = 0;
    for (std::size_t a = 0; a < analyses.size() && a < 8; ++a) {
      if (ctx.memoized(analyses[a].kind, f)) continue;
      want[a] = analyses[a].limit(ctx, f);
      most = std::max(most, want[a]);
    }
    if (most == 0) return;
    auto bytes = ctx.tree().read(f, most);
    if (bytes) ctx.note_size(f, bytes->size());
    if (bytes && ScanContext::config_like(f.path)) ctx.shelve(f, *bytes);
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
