// FileMemo: one set of slots per (path, blob), each analysis kind apart;
// the file pass: one read of a file for every analysis of its bytes.
#include <gtest/gtest.h>

#include <map>
#include <mutex>

#include "scan/context.h"
#include "scan/scanner.h"
#include "tree/tree.h"

namespace practrack {
namespace {

TEST(FileMemo, SlotsArePerPathAndBlob) {
  FileMemo memo;
  MemoSlots* a = memo.slots("src/a.py", std::string(40, 'a'));
  EXPECT_EQ(memo.slots("src/a.py", std::string(40, 'a')), a);
  EXPECT_NE(memo.slots("src/b.py", std::string(40, 'a')), a);  // same blob, other path
  EXPECT_NE(memo.slots("src/a.py", std::string(40, 'b')), a);  // same path, other blob
  a->put("one", std::make_shared<const int>(1));
  a->put("two", std::make_shared<const int>(2));
  EXPECT_EQ(*std::static_pointer_cast<const int>(a->get("one")), 1);
  EXPECT_EQ(*std::static_pointer_cast<const int>(a->get("two")), 2);
  EXPECT_EQ(a->get("three"), nullptr);
}

// A tree whose entries carry blob ids, as commit trees do.
class BlobTree : public Tree {
 public:
  explicit BlobTree(std::vector<FileEntry> files) : files_(std::move(files)) {}
  const std::vector<FileEntry>& files() const override { return files_; }
  Result<std::string> read(const FileEntry& f, std::size_t) const override { return f.path; }
  std::string describe() const override { return "blob tree"; }

 private:
  std::vector<FileEntry> files_;
};

TEST(FileMemo, ContextReusesAcrossScansAndForCopiedEntries) {
  BlobTree tree({{"a.py", std::string(40, '1')}, {"b.py", std::string(40, '2')}});
  FileMemo memo;
  Diagnostics diags;
  int runs = 0;
  std::function<int(const FileEntry&)> count = [&](const FileEntry&) { return ++runs; };
  {
    ScanContext ctx(tree, diags, nullptr, std::nullopt, &memo);
    for (const auto& f : ctx.files()) ctx.memo<int>("k", f, count);
  }
  ScanContext again(tree, diags, nullptr, std::nullopt, &memo);
  for (const auto& f : again.files()) again.memo<int>("k", f, count);
  FileEntry copy = again.files()[1];  // not an entry of files(): looked up by key
  EXPECT_EQ(*again.memo<int>("k", copy, count), 2);
  EXPECT_EQ(*again.memo<int>("other", copy, count), 3);
  EXPECT_EQ(runs, 3);
  EXPECT_EQ(memo.computed, 3);
  EXPECT_EQ(memo.reused, 3);
  EXPECT_EQ(memo.blobs(), 2u);
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

// Counts reads per path, over a MemoryTree.
class CountingTree : public Tree {
 public:
  explicit CountingTree(const MemoryTree& inner) : inner_(inner) {}
  const std::vector<FileEntry>& files() const override { return inner_.files(); }
  Result<std::string> read(const FileEntry& f, std::size_t limit) const override {
    std::lock_guard lock(mu_);
    ++reads_[f.path];
    return inner_.read(f, limit);
  }
  std::string describe() const override { return "counting tree"; }
  int reads(const std::string& path) const {
    std::lock_guard lock(mu_);
    auto it = reads_.find(path);
    return it == reads_.end() ? 0 : it->second;
  }

 private:
  const MemoryTree& inner_;
  mutable std::mutex mu_;
  mutable std::map<std::string, int> reads_;
};

TEST(FilePass, ReadsEachSourceFileOnceForEveryAnalysis) {
  MemoryTree t;
  t.add("pkg/tool.py",
        "import argparse\nimport logging\n\np = argparse.ArgumentParser()\n"
        "p.add_argument('--version', action='version', version='1.0')\n");
  t.add("tests/test_tool.py", "def test_one():\n    assert True\n");
  CountingTree counting(t);
  Diagnostics diags;
  ScanContext ctx(counting, diags);
  Report report = scan_tree(ctx);
  // The content sniff, the source scan and the version search all saw it...
  EXPECT_FALSE(report.facts.git.version_reports.empty());
  EXPECT_EQ(report.facts.source.files_by_language.at("python"), 2);
  EXPECT_EQ(report.facts.security.files_sniffed, 2);
  // ...from one read.
  EXPECT_EQ(counting.reads("pkg/tool.py"), 1);
  EXPECT_EQ(counting.reads("tests/test_tool.py"), 1);
}

}  // namespace
}  // namespace practrack
