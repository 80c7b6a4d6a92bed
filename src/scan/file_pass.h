// One read of each file for every analysis that needs file bytes. The
// content sniff, the source scan and the version-flag search each look at
// most files; reading a file three times cost a third of a scan. The pass
// runs beside the probes from the start of a scan, reads a file once with
// the largest limit any analysis wants, hands the bytes to each, and keeps
// the results in the memo, where those probes find them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace practrack {

class ScanContext;
struct FileEntry;

struct FileAnalysis {
  std::string_view kind;  // the memo key its probe uses
  // How many bytes it reads of this file at most; 0 when it does not
  // read it (not its kind of file, or judged without reading).
  std::size_t (*limit)(const ScanContext& ctx, const FileEntry& file);
  // Computes and memoises the result; `bytes` is the file's content, or
  // null when the analysis must read the file itself (the shared read
  // failed or is over its limit: it then reports the problem in its words).
  void (*run)(const ScanContext& ctx, const FileEntry& file, const std::string* bytes);
};

// The files of the context the pass has work for, by index: not links,
// not carried over unchanged from the commit before.
std::vector<std::size_t> pass_files(const ScanContext& ctx);

// Runs the analyses over those files, on a small thread pool when they
// are many.
void run_file_pass(const ScanContext& ctx, const std::vector<FileAnalysis>& analyses,
                   const std::vector<std::size_t>& indices);

}  // namespace practrack
