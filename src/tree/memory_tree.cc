#include <algorithm>
#include <numeric>

#include "tree/link_error.h"
#include "tree/tree.h"

namespace practrack {

void MemoryTree::add(std::string path, std::string content, FileKind kind) {
  FileEntry entry{std::move(path), "", content.size(), kind};
  auto it = std::lower_bound(files_.begin(), files_.end(), entry,
                             [](const FileEntry& a, const FileEntry& b) { return a.path < b.path; });
  auto index = it - files_.begin();
  if (it != files_.end() && it->path == entry.path) {
    *it = entry;
    contents_[static_cast<std::size_t>(index)] = std::move(content);
    return;
  }
  files_.insert(it, std::move(entry));
  contents_.insert(contents_.begin() + index, std::move(content));
}

Result<std::string> MemoryTree::read(const FileEntry& file, std::size_t limit) const {
  auto it = std::lower_bound(files_.begin(), files_.end(), file.path,
                             [](const FileEntry& a, const std::string& p) { return a.path < p; });
  if (it == files_.end() || it->path != file.path) return Error{"no such file"};
  if (it->kind == FileKind::symlink || it->kind == FileKind::submodule)
    return Error{not_followed(it->kind)};
  const std::string& content = contents_[static_cast<std::size_t>(it - files_.begin())];
  if (content.size() > limit)
    return Error{"file is " + std::to_string(content.size()) + " bytes, over the " +
                 std::to_string(limit) + "-byte limit"};
  return content;
}

}  // namespace practrack
