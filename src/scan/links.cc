#include "scan/links.h"

#include <vector>

#include "tree/git.h"
#include "util/text.h"

namespace practrack {

std::string resolve_link_path(std::string_view link_path, std::string_view target) {
  if (target.empty() || target.front() == '/') return "";
  std::vector<std::string_view> parts;
  for (std::string_view part : text::split(text::dirname(link_path), '/'))
    if (!part.empty()) parts.push_back(part);
  for (std::string_view part : text::split(target, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (parts.empty()) return "";  // above the root: out of the tree
      parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  std::string out;
  for (std::string_view part : parts) {
    if (!out.empty()) out += '/';
    out += part;
  }
  return out;
}

const FileEntry* link_target_in_tree(const ScanContext& ctx, const FileEntry& link) {
  constexpr std::size_t kMaxLinkText = 4096;  // PATH_MAX: a longer "link" is no path
  if (link.kind != FileKind::symlink) return nullptr;
  // Logs the calling probe as the link's reader (the tree refuses to read a
  // link, so nothing else happens): a history runs it again when the link
  // is pointed elsewhere.
  (void)ctx.read_quiet(link, 0);
  if (link.oid.empty() || !ctx.repo()) return nullptr;
  git_oid oid;
  if (git_oid_fromstr(&oid, link.oid.c_str()) != 0) return nullptr;
  git_blob* raw = nullptr;
  if (git_blob_lookup(&raw, ctx.repo()->get(), &oid) != 0) return nullptr;
  GitPtr<git_blob> blob(raw);
  auto size = static_cast<std::size_t>(git_blob_rawsize(blob.get()));
  if (size == 0 || size > kMaxLinkText) return nullptr;
  std::string_view text(static_cast<const char*>(git_blob_rawcontent(blob.get())), size);
  if (text.find('\0') != std::string_view::npos) return nullptr;
  std::string path = resolve_link_path(link.path, text);
  if (path.empty()) return nullptr;
  const FileEntry* target = ctx.find(path);
  if (!target || ctx.excluded(*target)) return nullptr;
  if (target->kind != FileKind::regular && target->kind != FileKind::executable) return nullptr;
  return target;
}

}  // namespace practrack
