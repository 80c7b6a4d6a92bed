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
#include <unordered_map>
#include <unordered_set>

namespace practrack {

// What one cached result is for: an analysis kind, a blob id and a path.
// Kind and path are kept as one 64-bit hash rather than as text: this key
// is built for every file of every commit of a history, so it must not
// allocate. The blob id (160 bits) is kept whole.
struct MemoKey {
  std::uint64_t kind_path = 0;
  std::array<char, 40> oid{};  // hex

  MemoKey(std::string_view kind, std::string_view oid_hex, std::string_view path) {
    std::hash<std::string_view> h;
    kind_path = h(kind) * 0x9E3779B97F4A7C15ull ^ h(path);
    oid_hex.copy(oid.data(), std::min(oid_hex.size(), oid.size()));
  }
  bool operator==(const MemoKey& o) const { return kind_path == o.kind_path && oid == o.oid; }
};

struct MemoKeyHash {
  std::size_t operator()(const MemoKey& k) const {
    // The blob id is already uniformly random: its first hex digits will do.
    std::uint64_t v = 0;
    for (int i = 0; i < 16; ++i) v = v << 4 | static_cast<std::uint64_t>(k.oid[i] & 0x0f);
    return static_cast<std::size_t>(v ^ k.kind_path);
  }
};

class FileMemo {
 public:
  std::shared_ptr<const void> get(const MemoKey& key) const {
    std::lock_guard lock(mu_);
    auto it = items_.find(key);
    return it == items_.end() ? nullptr : it->second;
  }
  void put(const MemoKey& key, std::shared_ptr<const void> value) {
    std::lock_guard lock(mu_);
    items_[key] = std::move(value);
    blobs_.emplace(key.oid.data(), key.oid.size());
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
  std::unordered_map<MemoKey, std::shared_ptr<const void>, MemoKeyHash> items_;
  std::unordered_set<std::string> blobs_;
};

}  // namespace practrack
