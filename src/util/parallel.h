// Runs fn(i) for i in [0, n) on a few threads. Callers write results into
// slot i and merge them in index order afterwards, so what a scan
// produces never depends on thread timing.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace practrack {

// Two workers plus the caller: the machine this runs on is usually busy
// with other work (CI runners, editors), and small files are bound by
// open/read calls, so more threads buy little.
inline constexpr int kParallelWorkers = 2;
// Below this many items, threads cost more than they save.
inline constexpr std::size_t kParallelMinItems = 64;
// Below this many items, one side task (a sort, an index) is not worth a
// thread of its own: a history's small trees redo them per full scan.
inline constexpr std::size_t kOwnThreadMinItems = 16 * kParallelMinItems;

// A number the running task carries on its thread (the scan uses the
// probe's row, to know which probe read a file). parallel_for hands the
// caller's tag to its workers, so work fanned out stays attributed.
inline thread_local int t_task_tag = -1;

template <typename Fn>
void parallel_for(std::size_t n, Fn&& fn) {
  std::atomic<std::size_t> next{0};
  const int tag = t_task_tag;
  // Items are handed out in runs, so neighbours (files of one folder) go
  // to one thread; short runs keep a few costly items from waiting on one.
  const std::size_t run = std::clamp<std::size_t>(n / (32 * (kParallelWorkers + 1)), 1, 32);
  auto work = [&] {
    t_task_tag = tag;
    for (std::size_t start = next.fetch_add(run); start < n; start = next.fetch_add(run))
      for (std::size_t i = start; i < std::min(n, start + run); ++i) fn(i);
  };
  std::vector<std::thread> pool;
  if (n >= kParallelMinItems)
    for (int k = 0; k < kParallelWorkers; ++k) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace practrack
