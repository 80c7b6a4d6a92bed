#include "history/incremental_scan.h"

#include <algorithm>
#include <bit>
#include <span>
#include <string>
#include <utility>

#include "probes/probe.h"
#include "tree/git_trees.h"

namespace practrack {
namespace {

void add_row(ProbeMask& mask, std::size_t row) { mask[row / 64] |= std::uint64_t{1} << (row % 64); }

constexpr const char* kListingChanged = "files added, removed or renamed, or a mode changed";

// Which files changed content, by index, when `now` has the paths and
// kinds of `before`; false (and `why`) otherwise.
bool compare(const std::vector<FileEntry>& before, const std::vector<FileEntry>& now,
             std::vector<std::size_t>& changed, std::string& why) {
  if (before.size() != now.size()) {
    why = kListingChanged;
    return false;
  }
  changed.clear();
  for (std::size_t i = 0; i < now.size(); ++i) {
    const FileEntry& a = before[i];
    const FileEntry& b = now[i];
    // Same paths and kinds: every listing-only answer (globs, names) holds.
    if (a.path != b.path || a.kind != b.kind) {
      why = kListingChanged;
      return false;
    }
    // A file without a blob id cannot be compared: assume it changed.
    if (a.oid != b.oid || a.oid.empty()) changed.push_back(i);
  }
  return true;
}

bool has_row(const ProbeMask& mask, std::size_t row) { return (mask[row / 64] >> (row % 64)) & 1; }

// `touched` with every row that shares a reset with one of them (they
// write the same facts), and the list resolvers when a row that feeds the
// lists runs; nullopt (and `why`) when a resolver has no reset.
std::optional<ProbeMask> expand(const ProbeMask& touched, std::string& why) {
  const auto& table = probe_table();
  ProbeMask rerun{};
  bool feeds = false;
  for (std::size_t row = 0; row < table.size(); ++row) {
    if (!has_row(touched, row)) continue;
    for (std::size_t other = 0; other < table.size(); ++other)
      if (table[other].reset == table[row].reset) add_row(rerun, other);
    feeds = feeds || table[row].feeds_lists;
  }
  for (std::size_t row = 0; feeds && row < table.size(); ++row) {
    if (!table[row].resolves_lists) continue;
    if (!table[row].reset) {
      why = std::string(table[row].name) + " resolves lists that changed";
      return std::nullopt;
    }
    add_row(rerun, row);
  }
  return rerun;
}

// The probes that read a changed file (by index, sorted), that read the
// commit itself, or that are `listed` (they asked the listing about paths
// that came or went), to run again on the previous commit's facts; nullopt
// (and `why`) when this commit needs a full scan.
std::optional<ProbeMask> plan(const std::vector<ProbeMask>& readers,
                              const std::vector<std::size_t>& changed, const ProbeMask& listed,
                              std::string& why) {
  ProbeMask read_changed{};
  for (std::size_t i : changed) {
    if (i >= readers.size()) {
      why = kListingChanged;
      return std::nullopt;
    }
    for (std::size_t w = 0; w < read_changed.size(); ++w) read_changed[w] |= readers[i][w];
  }
  const auto& table = probe_table();
  ProbeMask touched{};
  for (std::size_t row = 0; row < table.size(); ++row) {
    bool read = has_row(read_changed, row);
    if (!read && !has_row(listed, row) && !table[row].reads_commit) continue;
    if (!table[row].reset) {
      why = std::string(table[row].name) +
            (read ? " read a changed file" : " lists paths that came or went");
      return std::nullopt;
    }
    add_row(touched, row);
  }
  if (!expand(touched, why)) return std::nullopt;
  return touched;
}

// The rows whose use of the listing last time concerns a path that is new
// (`added`, by index in `files`) or that is no more.
ProbeMask listing_rows(const ListingUses& uses, const std::vector<FileEntry>& files,
                       const std::vector<std::size_t>& added,
                       const std::vector<FileEntry>& removed) {
  ProbeMask rows{};
  const std::size_t n = std::min(uses.size(), probe_table().size());
  for (std::size_t row = 0; row < n; ++row) {
    const ListingUse& use = uses[row];
    bool hit = use.whole;
    for (std::size_t k = 0; !hit && k < added.size(); ++k) hit = use.concerns(files[added[k]].path);
    for (std::size_t k = 0; !hit && k < removed.size(); ++k) hit = use.concerns(removed[k].path);
    if (hit) add_row(rows, row);
  }
  return rows;
}

// The reader log of the listing before, by each file's index now (a new
// file was read by no probe yet).
std::vector<ProbeMask> remap(const std::vector<ProbeMask>& readers,
                             const std::vector<std::ptrdiff_t>& before) {
  std::vector<ProbeMask> out(before.size(), ProbeMask{});
  for (std::size_t i = 0; i < before.size(); ++i)
    if (before[i] >= 0 && static_cast<std::size_t>(before[i]) < readers.size())
      out[i] = readers[static_cast<std::size_t>(before[i])];
  return out;
}

// Takes out of `touched` the rows that the changed files they read last
// time give what they gave before (ProbeRow::same): their facts stand.
// Rows in `keep` (the listing concerns them) stay.
void drop_same(ProbeMask& touched, const ProbeMask& keep, const ScanContext& context,
               const std::vector<ProbeMask>& readers, std::span<const FileChange> changes) {
  const auto& table = probe_table();
  std::vector<FileChange> read;
  for (std::size_t row = 0; row < table.size(); ++row) {
    if (!has_row(touched, row) || has_row(keep, row) || !table[row].same) continue;
    read.clear();
    for (const FileChange& c : changes)
      if (!c.gone && c.index < readers.size() && has_row(readers[c.index], row))
        read.push_back(c);
    if (table[row].same(context, read)) touched[row / 64] &= ~(std::uint64_t{1} << (row % 64));
  }
}

// The memo slots of the files kept from the listing before, by their
// index now (null for new files).
std::vector<MemoSlots*> carried_slots(const std::vector<MemoSlots*>& old_slots,
                                      const std::vector<std::ptrdiff_t>& before) {
  std::vector<MemoSlots*> slots(before.size(), nullptr);
  for (std::size_t i = 0; i < before.size(); ++i)
    if (before[i] >= 0 && static_cast<std::size_t>(before[i]) < old_slots.size())
      slots[i] = old_slots[static_cast<std::size_t>(before[i])];
  return slots;
}

// A change per removed file, with the slots it had (by its old index: the
// indices no file kept, in order, as TreeStep lists the removed files).
void add_removed(std::vector<FileChange>& changes, const std::vector<MemoSlots*>& old_slots,
                 const std::vector<std::ptrdiff_t>& before, const std::vector<FileEntry>& removed) {
  std::vector<bool> kept(before.size() + removed.size(), false);
  for (auto from : before)
    if (from >= 0 && static_cast<std::size_t>(from) < kept.size())
      kept[static_cast<std::size_t>(from)] = true;
  std::size_t k = 0;
  for (std::size_t old = 0; old < kept.size() && k < removed.size(); ++old) {
    if (kept[old]) continue;
    changes.push_back({0, old < old_slots.size() ? old_slots[old] : nullptr, &removed[k++]});
  }
}

int count(const ProbeMask& mask) {
  int n = 0;
  for (auto word : mask) n += std::popcount(word);
  return n;
}

}  // namespace

std::vector<std::string_view> IncrementalScanner::last_probes() const {
  std::vector<std::string_view> out;
  const auto& table = probe_table();
  for (std::size_t row = 0; row < table.size(); ++row)
    if (has_row(last_rerun_, row)) out.push_back(table[row].name);
  return out;
}

Result<std::unique_ptr<Tree>> IncrementalScanner::open_tree(std::shared_ptr<GitRepo> repo,
                                                            const git_oid& commit) {
  advanced_tree_ = nullptr;
  relisted_.reset();
  removed_.clear();
  if (!full_only_ && previous_ && previous_->tree) {
    if (auto step = advance_commit_tree(*previous_->tree, commit)) {
      advanced_ = std::move(step->changed);
      relisted_ = std::move(step->before);
      removed_ = std::move(step->removed);
      advanced_tree_ = previous_->tree.get();
      return std::move(previous_->tree);
    }
  }
  return open_commit_tree(std::move(repo), commit);
}

Report IncrementalScanner::scan(ScanTarget target, const ScanRequest& request,
                                const ProjectConfig* config) {
  // Taken out first: if this scan throws, the next commit starts afresh
  // instead of from facts half moved away.
  std::optional<Previous> previous = std::move(previous_);
  previous_.reset();
  bool advanced = advanced_tree_ && advanced_tree_ == target.tree.get();
  advanced_tree_ = nullptr;
  const auto& files = target.tree->files();
  std::vector<std::size_t> changed;  // by index, sorted
  std::optional<ProbeMask> rerun;
  ProbeMask listed{};  // rows run again for the paths that came or went
  bool relisted = false;
  std::string why = "the first commit scanned";
  if (full_only_) {
    why = "asked for";
  } else if (static_cast<int>(probe_table().size()) > kMaxProbes) {
    why = "more probes than the reader log holds";
  } else if (previous && advanced && relisted_) {
    relisted = true;
    changed = advanced_;
    previous->readers = remap(previous->readers, *relisted_);
    std::vector<std::size_t> added;
    for (std::size_t i : changed)
      if ((*relisted_)[i] < 0) added.push_back(i);
    listed = listing_rows(previous->listing, files, added, removed_);
    rerun = plan(previous->readers, changed, listed, why);
  } else if (previous && advanced) {
    changed = std::move(advanced_);
    rerun = plan(previous->readers, changed, listed, why);
  } else if (previous && previous->tree && compare(previous->tree->files(), files, changed, why)) {
    rerun = plan(previous->readers, changed, listed, why);
  }
  // A probe without a reset must run again: every probe runs, on fresh
  // facts, but for those that can update theirs (ProbeRow::keep).
  bool afresh = false;
  if (!rerun && previous && advanced && !full_only_ &&
      static_cast<int>(probe_table().size()) <= kMaxProbes) {
    afresh = true;
    rerun = ProbeMask{};
    for (std::size_t row = 0; row < probe_table().size(); ++row) add_row(*rerun, row);
  }
  // Unchanged files keep their memo slots, and the path index when the
  // tree is the one scanned last, moved in place.
  // Changed files keep the slots of their old blob aside, for the probes
  // that update their facts (ProbeRow::update); so do removed files.
  Carryover carried;
  std::vector<FileChange> changes;
  bool same_memo = previous && request.memo && request.memo == previous->memo;
  if (rerun && same_memo && relisted) {
    const auto& old_slots = previous->carried.slots;
    carried.slots = carried_slots(old_slots, *relisted_);
    for (std::size_t i : changed) {
      bool added = (*relisted_)[i] < 0;
      changes.push_back({i, std::exchange(carried.slots[i], nullptr), nullptr, added});
    }
    add_removed(changes, old_slots, *relisted_, removed_);
  } else if (rerun && same_memo && previous->carried.slots.size() == files.size()) {
    carried.slots = std::move(previous->carried.slots);
    for (std::size_t i : changed) changes.push_back({i, std::exchange(carried.slots[i], nullptr)});
    if (advanced) carried.paths = std::move(previous->carried.paths);
  } else if (rerun) {
    for (std::size_t i : changed)
      changes.push_back({i, nullptr, nullptr, relisted && (*relisted_)[i] < 0});
    if (relisted) add_removed(changes, {}, *relisted_, removed_);
  } else if (same_memo && advanced && relisted_) {
    // Paths came or went: a full scan, but the files kept from the commit
    // before keep their memo slots, found by their old index.
    carried.slots = carried_slots(previous->carried.slots, *relisted_);
    for (std::size_t i : advanced_) carried.slots[i] = nullptr;
  }
  Diagnostics diags;
  ScanContext context(*target.tree, diags, target.repo, target.commit, request.memo, request.limits,
                      carried.slots.empty() ? nullptr : &carried);

  // What the probes asked here read counts for no probe (no task tag):
  // the rows they keep read what they read last time.
  if (rerun && !afresh) {
    drop_same(*rerun, listed, context, previous->readers, changes);
    rerun = expand(*rerun, why);  // cannot fail: plan() expanded a superset
  }
  // The reader log starts from last time's: the rows not run again read
  // what they read then. Rows that run in full lose their bits first (when
  // they have any); rows that may update keep theirs, as they read just the
  // changed files this time (if one runs in full instead, it keeps a few
  // bits too many: a superset, which only runs it again more often).
  ProbeMask read_before{};
  if (rerun) {
    ProbeMask clear{};
    const auto& table = probe_table();
    for (std::size_t row = 0; row < table.size(); ++row)
      if (has_row(*rerun, row) && !table[row].update && has_row(previous->rows_read, row))
        add_row(clear, row);
    if (clear != ProbeMask{})
      for (auto& r : previous->readers)
        for (std::size_t w = 0; w < r.size(); ++w) r[w] &= ~clear[w];
    for (std::size_t w = 0; w < clear.size(); ++w) read_before[w] = previous->rows_read[w] & ~clear[w];
    context.log_readers(std::move(previous->readers));
  } else {
    context.log_readers();
  }
  Report report;
  ProbeMask updated{};
  if (rerun) {
    // Problems found in unchanged files last time still stand, but for
    // those of probes that run again in full: they find theirs again, or
    // the problems are gone (recorded once either way).
    const auto& table = probe_table();
    auto runs_in_full = [&](int row) {
      auto r = static_cast<std::size_t>(row);
      return r < table.size() && has_row(*rerun, r) &&
             !(afresh ? table[r].keep != nullptr : table[r].update != nullptr);
    };
    for (const auto& d : previous->diagnostics) {
      if (d.row >= 0 && runs_in_full(d.row)) continue;
      const FileEntry* f = context.find(d.path);
      if (f && !std::binary_search(changed.begin(), changed.end(),
                                   static_cast<std::size_t>(f - context.files().data())))
        diags.add(d);
    }
    Rescan rescan{std::move(previous->facts), *rerun, std::move(changes), afresh};
    report = scan_tree(context, &rescan);
    updated = rescan.updated;
    last_rerun_ = *rerun;
    if (afresh) {
      ++counts_.full;
      ++counts_.full_because[why];
      last_ = "full: " + why + "; " + std::to_string(count(updated)) + " updated";
    } else {
      ++counts_.partial;
      counts_.rerun += count(*rerun);
      counts_.updated += count(updated);
      last_ = "partial: " + std::to_string(count(*rerun)) +
              (count(*rerun) == 1 ? " probe, " : " probes, ") + std::to_string(count(updated)) +
              " updated" + (relisted ? ", paths came or went" : "");
    }
  } else {
    report = scan_tree(context);
    last_rerun_ = ProbeMask{};
    ++counts_.full;
    ++counts_.full_because[why];
    last_ = "full: " + why;
  }

  Previous next;
  // The config overlay below changes facts: the next commit starts from
  // a copy taken before it, or from the facts themselves when there is no
  // overlay and no caller wants them.
  bool move_facts = !config && !facts_in_reports_;
  if (!move_facts) next.facts = report.facts;
  complete_report(target, request, config, context, report);
  if (move_facts) next.facts = std::move(report.facts);
  next.readers = context.take_readers();
  next.listing = context.take_listing_uses();
  // Rows not run again asked what they asked last time; rows that updated
  // asked that and what they asked now.
  if (rerun && previous->listing.size() == next.listing.size()) {
    for (std::size_t row = 0; row < next.listing.size(); ++row) {
      if (has_row(*rerun, row) && !has_row(updated, row)) continue;
      previous->listing[row].merge(next.listing[row]);
      next.listing[row] = std::move(previous->listing[row]);
    }
  }
  next.rows_read = context.rows_that_read();
  for (std::size_t w = 0; w < read_before.size(); ++w) next.rows_read[w] |= read_before[w];
  next.carried = context.take_carryover();
  next.memo = request.memo;
  next.diagnostics = report.diagnostics;
  next.tree = std::move(target.tree);
  previous_ = std::move(next);
  return report;
}

}  // namespace practrack
