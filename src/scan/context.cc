#include "scan/context.h"

#include <algorithm>
#include <array>

#include "util/glob.h"
#include "util/text.h"

namespace practrack {
namespace {

// Folder names whose content is someone else's code or test data. A
// practice about them (binary artifacts) reads files() instead.
constexpr std::array<std::string_view, 22> kExcludedDirs = {
    "vendor", "third_party", "third-party", "thirdparty", "3rdparty", "node_modules",
    "bower_components", "site-packages", ".venv", "venv", "testdata", "test-data",
    "test_data", "fixtures", "__fixtures__", "__snapshots__", ".tox", ".nox",
    "Pods", "external", "extern", ".yarn"};

}  // namespace

ScanContext::ScanContext(const Tree& tree, Diagnostics& diags, std::shared_ptr<GitRepo> repo,
                         std::optional<git_oid> commit, FileMemo* memo, ScanLimits limits)
    : tree_(tree), diags_(diags), repo_(std::move(repo)), commit_(commit), memo_(memo),
      limits_(limits) {
  own_.reserve(tree_.files().size());
  for (const auto& f : tree_.files())
    if (!is_excluded_path(f.path)) own_.push_back(&f);
}

bool ScanContext::is_excluded_path(std::string_view path) {
  std::string_view dir = text::dirname(path);
  while (!dir.empty()) {
    std::string_view part = text::basename(dir);
    for (auto ex : kExcludedDirs)
      if (part == ex) return true;
    dir = text::dirname(dir);
  }
  return false;
}

const FileEntry* ScanContext::find(std::string_view path) const {
  const auto& files = tree_.files();
  auto it = std::lower_bound(files.begin(), files.end(), path,
                             [](const FileEntry& f, std::string_view p) { return f.path < p; });
  return it != files.end() && it->path == path ? &*it : nullptr;
}

std::vector<const FileEntry*> ScanContext::glob(std::string_view pattern) const {
  std::vector<const FileEntry*> out;
  for (const FileEntry* f : own_)
    if (glob_match(pattern, f->path)) out.push_back(f);
  return out;
}

const FileEntry* ScanContext::first(std::initializer_list<std::string_view> patterns) const {
  for (auto p : patterns) {
    auto hits = glob(p);
    if (!hits.empty()) return hits.front();
  }
  return nullptr;
}

std::optional<std::string> ScanContext::read_text(const FileEntry& file) const {
  return read_text(file, limits_.config_bytes);
}

std::optional<std::string> ScanContext::read_text(const FileEntry& file, std::size_t limit) const {
  auto content = tree_.read(file, limit);
  if (!content) {
    diags_.warn(file.path, 0, "skipped: " + content.error());
    return std::nullopt;
  }
  if (text::looks_binary(*content)) {
    diags_.warn(file.path, 0, "skipped: binary content where text was expected");
    return std::nullopt;
  }
  return std::move(*content);
}

}  // namespace practrack
