// Problems met while scanning (unreadable, malformed or oversized files).
// A scan records them and goes on; the command prints them once, each
// naming its file, and chooses the exit code.
#pragma once

#include <mutex>
#include <map>
#include <string>
#include <vector>

namespace practrack {

enum class Severity { warning, error };

struct Diagnostic {
  Severity severity = Severity::warning;
  std::string path;
  int line = 0;
  std::string message;
  // The probe row that recorded it (util/parallel.h's task tag): -1 for
  // none, -2 for several. A history keeps a commit's warnings for the next
  // one but those of the probes that run again (not stored).
  int row = -1;
};

// Thread-safe: probes running on several threads report into one sink.
// Several probes may read the same file: a message already recorded for a
// path is not recorded again, so each problem is reported once.
class Diagnostics {
 public:
  void warn(std::string path, int line, std::string message);
  void error(std::string path, int line, std::string message);
  // One kept from an earlier scan (history/incremental_scan.h).
  void add(const Diagnostic& d) { add(d.severity, d.path, d.line, d.message, d.row); }
  std::vector<Diagnostic> all() const;
  bool has_errors() const;
  std::size_t size() const;

 private:
  void add(Severity severity, std::string path, int line, std::string message, int row);

  mutable std::mutex mu_;
  std::vector<Diagnostic> items_;
  std::map<std::pair<std::string, std::string>, std::size_t> seen_;  // (path, message) -> item
};

// Collects what this thread records while it lives (nested captures each
// get a copy): a memoised analysis keeps its file's warnings with its
// result, so a later scan that reuses the result still reports them.
class DiagnosticCapture {
 public:
  DiagnosticCapture();
  ~DiagnosticCapture();
  DiagnosticCapture(const DiagnosticCapture&) = delete;
  DiagnosticCapture& operator=(const DiagnosticCapture&) = delete;
  std::vector<Diagnostic> items;

 private:
  friend class Diagnostics;
  DiagnosticCapture* outer_;
};

// "path:line: message" (line omitted when 0).
std::string format_location(const Diagnostic& d);

}  // namespace practrack
