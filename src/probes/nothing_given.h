// ProbeRow::same for probes that keep, per blob, what each file gives them:
// the changed files give nothing when each is one the probe wants and its
// memoised result says "nothing", for the old blob and for the new one.
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "scan/context.h"

namespace practrack {

// `wanted(file)`: a file the probe reads this way (any other file it read,
// it read for another reason: not the same). `now(file)`: the memoised
// result (shared_ptr<const T>) for the file as it is. `nothing(value)`:
// whether that result adds nothing to the facts.
template <typename T, typename Wanted, typename Now, typename Nothing>
bool gives_nothing(const ScanContext& ctx, std::span<const FileChange> changes,
                   std::string_view key, Wanted wanted, Now now, Nothing nothing) {
  for (const FileChange& c : changes) {
    if (c.gone || c.added) return false;  // only ever asked about files read before
    const FileEntry& f = ctx.files()[c.index];
    if (!wanted(f)) return false;
    auto before = c.before ? std::static_pointer_cast<const T>(c.before->get(key)) : nullptr;
    if (!before || !nothing(*before) || !nothing(*now(f))) return false;
  }
  return true;
}

}  // namespace practrack
