#include "tree/index_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>

namespace practrack {
namespace {

// Past this, libgit2 (which maps the file) reads it.
constexpr std::uint64_t kMaxIndexBytes = 512ull << 20;
constexpr std::size_t kHeaderBytes = 12;
constexpr std::size_t kEntryFixedBytes = 62;  // stat data, oid, flags
constexpr std::size_t kOidBytes = 20;
constexpr std::uint16_t kExtendedFlag = 0x4000;

std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}
std::uint16_t be16(const unsigned char* p) {
  return static_cast<std::uint16_t>((p[0] << 8) | p[1]);
}

std::optional<std::string> read_whole(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
      static_cast<std::uint64_t>(st.st_size) > kMaxIndexBytes) {
    close(fd);
    return std::nullopt;
  }
  std::string out(static_cast<std::size_t>(st.st_size), '\0');
  std::size_t got = 0;
  while (got < out.size()) {
    ssize_t n = read(fd, out.data() + got, out.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  close(fd);
  if (got != out.size()) return std::nullopt;
  return out;
}

// Extensions that change what the entries mean: a split index ("link")
// keeps some entries in another file; a sparse index ("sdir") lists whole
// folders as one entry.
bool has_meaningful_extension(const unsigned char* p, std::size_t size) {
  while (size >= 8 + kOidBytes) {
    std::string_view sig(reinterpret_cast<const char*>(p), 4);
    std::uint32_t len = be32(p + 4);
    if (sig == "link" || sig == "sdir") return true;
    if (len > size - 8) return false;  // the trailing checksum, or garbage: no more extensions
    p += 8 + len;
    size -= 8 + len;
  }
  return false;
}

}  // namespace

std::optional<std::vector<IndexRecord>> read_index_file(const std::string& path) {
  auto bytes = read_whole(path);
  if (!bytes || bytes->size() < kHeaderBytes + kOidBytes) return std::nullopt;
  const auto* data = reinterpret_cast<const unsigned char*>(bytes->data());
  const std::size_t end = bytes->size() - kOidBytes;  // the trailing checksum
  if (std::memcmp(data, "DIRC", 4) != 0) return std::nullopt;
  std::uint32_t version = be32(data + 4), count = be32(data + 8);
  if (version != 2 && version != 3) return std::nullopt;
  if (count > (end - kHeaderBytes) / kEntryFixedBytes) return std::nullopt;
  std::vector<IndexRecord> out;
  out.reserve(count);
  std::size_t at = kHeaderBytes;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (end - at < kEntryFixedBytes) return std::nullopt;
    const unsigned char* e = data + at;
    std::uint16_t flags = be16(e + 60);
    std::size_t fixed = kEntryFixedBytes;
    if (flags & kExtendedFlag) {
      if (version < 3) return std::nullopt;
      fixed += 2;
    }
    if (end - at < fixed) return std::nullopt;
    const char* name = reinterpret_cast<const char*>(e + fixed);
    const void* nul = std::memchr(name, '\0', end - at - fixed);
    if (!nul) return std::nullopt;
    std::size_t name_len = static_cast<std::size_t>(static_cast<const char*>(nul) - name);
    if (name_len == 0) return std::nullopt;
    // Entries are padded with 1-8 NULs to a multiple of 8 bytes.
    std::size_t entry = (fixed + name_len + 8) & ~std::size_t{7};
    if (entry > end - at) return std::nullopt;
    IndexRecord r;
    r.path.assign(name, name_len);
    r.mtime_seconds = static_cast<std::int32_t>(be32(e + 8));
    r.mtime_nanoseconds = be32(e + 12);
    r.mode = be32(e + 24);
    r.size = be32(e + 36);
    std::memcpy(r.id.id, e + 40, kOidBytes);
    out.push_back(std::move(r));
    at += entry;
  }
  if (has_meaningful_extension(data + at, bytes->size() - at)) return std::nullopt;
  return out;
}

}  // namespace practrack
