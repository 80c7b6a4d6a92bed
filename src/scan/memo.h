// Per-file results cached by blob id, so that a file seen in one commit is
// never analysed again in another (history scans share one FileMemo).
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace practrack {

class FileMemo {
 public:
  // The cached value for (key, oid, path), or null.
  std::shared_ptr<const void> get(const std::string& id) const {
    std::lock_guard lock(mu_);
    auto it = items_.find(id);
    return it == items_.end() ? nullptr : it->second;
  }
  void put(const std::string& id, std::shared_ptr<const void> value) {
    std::lock_guard lock(mu_);
    items_[id] = std::move(value);
  }
  // How many analyses ran (cache misses); benchmarks report it.
  std::atomic<long> computed{0};
  std::atomic<long> reused{0};

 private:
  mutable std::mutex mu_;
  std::unordered_map<std::string, std::shared_ptr<const void>> items_;
};

}  // namespace practrack
