#include "probes/source/multi_find.h"

#include <algorithm>

namespace practrack::source {

MultiFind::MultiFind(std::vector<std::string_view> needles) : needles_(std::move(needles)) {
  if (needles_.empty()) return;
  m_ = needles_.front().size();
  for (auto n : needles_) m_ = std::min(m_, n.size());
  m_ = std::max<std::size_t>(m_, 3);
  constexpr std::size_t kBlocks = 1u << kBits;
  auto at = [](std::string_view s, std::size_t q) {
    auto byte = [&](std::size_t k) {
      return static_cast<unsigned>(static_cast<unsigned char>(s[k]));
    };
    return hash(byte(q) | (byte(q + 1) << 8) | (byte(q + 2) << 16));
  };
  // A block at window offset q (within the first m_ bytes of a needle)
  // lets the window jump by m_ - 3 - q; other blocks allow m_ - 2.
  // Hash collisions only shorten jumps, never skip a match.
  shift_.assign(kBlocks, static_cast<std::uint8_t>(std::min<std::size_t>(m_ - 2, 255)));
  for (auto n : needles_)
    for (std::size_t q = 0; q + 3 <= m_; ++q) {
      auto& s = shift_[at(n, q)];
      s = static_cast<std::uint8_t>(std::min<std::size_t>(s, m_ - 3 - q));
    }
  std::vector<std::uint32_t> count(kBlocks, 0);
  for (auto n : needles_) ++count[at(n, m_ - 3)];
  first_.assign(kBlocks + 1, 0);
  for (std::size_t b = 0; b < kBlocks; ++b) first_[b + 1] = first_[b] + count[b];
  ids_.resize(needles_.size());
  std::vector<std::uint32_t> fill(first_.begin(), first_.end() - 1);
  for (std::size_t k = 0; k < needles_.size(); ++k)
    ids_[fill[at(needles_[k], m_ - 3)]++] = static_cast<std::uint16_t>(k);
}

}  // namespace practrack::source
