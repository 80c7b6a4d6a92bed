// The one view of a repository's files that every probe reads through.
// Two sources implement it: a working directory (what git tracks or would
// track) and a commit read from the object store. Tests use MemoryTree.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "util/result.h"

namespace practrack {

enum class FileKind { regular, executable, symlink, submodule };

struct FileEntry {
  std::string path;  // repository-relative, '/'-separated, no leading "./"
  std::string oid;   // git blob id (hex) when known; empty for modified work files
  static constexpr std::uint64_t kUnknownSize = std::numeric_limits<std::uint64_t>::max();
  std::uint64_t size = kUnknownSize;
  FileKind kind = FileKind::regular;
};

class Tree {
 public:
  virtual ~Tree() = default;
  // Every file, sorted by path. Symlinks and submodules are listed but never
  // followed; read() of a symlink fails.
  virtual const std::vector<FileEntry>& files() const = 0;
  // Reads a file's bytes. Fails when the file is larger than `limit`, is a
  // symlink or submodule, or cannot be read. Safe to call from any thread.
  virtual Result<std::string> read(const FileEntry& file, std::size_t limit) const = 0;
  // The file's size in bytes, found without reading it all when the listing
  // does not say (a commit's blob: its object header); kUnknownSize when it
  // cannot be told.
  virtual std::uint64_t size_of(const FileEntry& file) const { return file.size; }
  // "working tree /path" or "commit 1a2b3c4".
  virtual std::string describe() const = 0;
};

// An in-memory tree for tests and fuzzing.
class MemoryTree : public Tree {
 public:
  void add(std::string path, std::string content, FileKind kind = FileKind::regular);
  const std::vector<FileEntry>& files() const override { return files_; }
  Result<std::string> read(const FileEntry& file, std::size_t limit) const override;
  std::string describe() const override { return "memory tree"; }

 private:
  std::vector<FileEntry> files_;
  std::vector<std::string> contents_;  // parallel to files_
};

}  // namespace practrack
