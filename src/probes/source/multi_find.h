// Finds many literal needles in one pass over a text: a Wu-Manber style
// shift table over hashed 3-byte blocks. The source scan looks for dozens
// of needles per file; a memmem pass per needle cost dozens of passes.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace practrack::source {

class MultiFind {
 public:
  // Needles shorter than 3 bytes are not supported (and not needed).
  explicit MultiFind(std::vector<std::string_view> needles);

  // Calls fn(offset, needle_index) for every occurrence, in no particular
  // order. The text is cut into kStreams parts scanned in lockstep: each
  // step is a chain of dependent loads, and independent chains overlap.
  template <typename Fn>
  void scan(std::string_view text, Fn fn) const {
    if (needles_.empty() || text.size() < m_) return;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    // Window starts below `fast` can read 4 bytes at their last block.
    std::size_t fast = text.size() - m_;
    std::size_t pos[kStreams], end[kStreams];
    for (std::size_t k = 0; k < kStreams; ++k) {
      pos[k] = fast * k / kStreams;
      end[k] = fast * (k + 1) / kStreams;
    }
    for (bool active = true; active;) {
      active = false;
      for (std::size_t k = 0; k < kStreams; ++k) {
        if (pos[k] >= end[k]) continue;
        active = true;
        unsigned block = hash(load3(s + pos[k] + m_ - 3));
        std::uint8_t shift = shift_[block];
        if (shift == 0) {
          candidates(text, pos[k], block, fn);
          shift = 1;
        }
        pos[k] += shift;
      }
    }
    unsigned b = hash(s[fast + m_ - 3] | (s[fast + m_ - 2] << 8) |
                      (static_cast<unsigned>(s[fast + m_ - 1]) << 16));
    if (shift_[b] == 0) candidates(text, fast, b, fn);
  }

 private:
  static constexpr unsigned kBits = 15;
  static constexpr std::size_t kStreams = 4;
  // Three bytes, little-end first, read with one unaligned load.
  static unsigned load3(const unsigned char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v & 0xFFFFFFu;
  }
  static unsigned hash(unsigned three) { return (three * 2654435761u) >> (32 - kBits); }

  template <typename Fn>
  void candidates(std::string_view text, std::size_t i, unsigned block, Fn& fn) const {
    for (std::uint32_t k = first_[block]; k < first_[block + 1]; ++k) {
      std::string_view needle = needles_[ids_[k]];
      // The first byte rules out most candidates without a call.
      if (text[i] == needle[0] && needle.size() <= text.size() - i &&
          text.compare(i, needle.size(), needle) == 0)
        fn(i, ids_[k]);
    }
  }

  std::vector<std::string_view> needles_;
  std::size_t m_ = 3;                 // the shortest needle's length
  std::vector<std::uint8_t> shift_;   // per block hash: how far the window may jump
  std::vector<std::uint32_t> first_;  // per block hash: start of its candidates in ids_
  std::vector<std::uint16_t> ids_;    // needles whose prefix of length m_ ends in the block
};

}  // namespace practrack::source
