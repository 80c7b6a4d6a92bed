// Per-file results cached by blob id, so that a file seen in one commit is
// never analysed again in another (history scans share one FileMemo).
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace practrack {

// One (path, blob) pair. The path is kept as a 64-bit hash rather than as
// text: this key is built for every file of every commit of a history, so
// it must not allocate. The blob id (160 bits) is kept whole.
struct MemoKey {
  std::uint64_t path_hash = 0;
  std::array<char, 40> oid{};  // hex

  MemoKey(std::string_view oid_hex, std::string_view path)
      : path_hash(std::hash<std::string_view>{}(path)) {
    oid_hex.copy(oid.data(), std::min(oid_hex.size(), oid.size()));
  }
  bool operator==(const MemoKey& o) const { return path_hash == o.path_hash && oid == o.oid; }
};

struct MemoKeyHash {
  std::size_t operator()(const MemoKey& k) const {
    // The blob id is already uniformly random: its first hex digits will do.
    std::uint64_t v = 0;
    for (int i = 0; i < 16; ++i) v = v << 4 | static_cast<std::uint64_t>(k.oid[i] & 0x0f);
    return static_cast<std::size_t>(v ^ k.path_hash);
  }
};

// A lock of one byte: a scan holds one MemoSlots per file (100,000 and
// more), each locked for a few compares, and almost never by two threads.
class SpinLock {
 public:
  void lock() {
    while (flag_.test_and_set(std::memory_order_acquire)) std::this_thread::yield();
  }
  void unlock() { flag_.clear(std::memory_order_release); }

 private:
  std::atomic_flag flag_ = ATOMIC_FLAG_INIT;
};

// Every analysis result of one (path, blob). A scan fetches a file's slots
// once, then each analysis finds its own value among a handful instead of
// hashing a key again: a history of 10,000 files asks ~60,000 times per
// commit, and the hash lookups were a third of its time.
class MemoSlots {
 public:
  std::shared_ptr<const void> get(std::string_view kind) const {
    std::lock_guard lock(lock_);
    for (const auto& [k, v] : items_)
      if (same(k, kind)) return v;
    return nullptr;
  }
  // `kind` is kept as a view: it must be static text (a literal).
  void put(std::string_view kind, std::shared_ptr<const void> value) {
    std::lock_guard lock(lock_);
    for (auto& [k, v] : items_)
      if (same(k, kind)) return void(v = std::move(value));
    items_.emplace_back(kind, std::move(value));
  }
  // Replaces the value of `kind` with make(old value or null), atomically.
  template <typename Make>
  void update(std::string_view kind, Make&& make) {
    std::lock_guard lock(lock_);
    for (auto& [k, v] : items_)
      if (same(k, kind)) return void(v = make(v));
    items_.emplace_back(kind, make(nullptr));
  }
  void erase(std::string_view kind) {
    std::lock_guard lock(lock_);
    std::erase_if(items_, [&](const auto& item) { return same(item.first, kind); });
  }

 private:
  // Kinds are literals, mostly the very same one: its address answers
  // before its bytes are compared (a scan asks 400,000 times).
  static bool same(std::string_view a, std::string_view b) {
    return (a.data() == b.data() && a.size() == b.size()) || a == b;
  }
  mutable SpinLock lock_;
  std::vector<std::pair<std::string_view, std::shared_ptr<const void>>> items_;
};

class FileMemo {
 public:
  // The slots of this (path, blob), created empty the first time; they
  // live as long as the memo.
  MemoSlots* slots(std::string_view path, std::string_view oid) {
    MemoKey key(oid, path);
    std::lock_guard lock(mu_);
    auto& found = items_[key];
    if (!found) found = std::make_unique<MemoSlots>();
    return found.get();
  }
  // Records that an analysis read this blob.
  void read_blob(std::string_view oid) {
    std::lock_guard lock(mu_);
    blobs_.emplace(oid);
  }
  // Distinct blobs that at least one analysis read.
  std::size_t blobs() const {
    std::lock_guard lock(mu_);
    return blobs_.size();
  }
  // How many analyses ran (cache misses) and were reused; benchmarks report them.
  std::atomic<long> computed{0};
  std::atomic<long> reused{0};

 private:
  mutable std::mutex mu_;
  std::unordered_map<MemoKey, std::unique_ptr<MemoSlots>, MemoKeyHash> items_;
  std::unordered_set<std::string> blobs_;
};

}  // namespace practrack
