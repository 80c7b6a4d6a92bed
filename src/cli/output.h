// The one printer for user-facing output: messages to stderr with the
// "practrack: error:" / "warning:" prefix, reports to stdout or -o FILE.
#pragma once

#include <string>
#include <vector>

#include "scan/diagnostics.h"
#include "util/terminal.h"

namespace practrack::cli {

struct Printer {
  bool color_out = false;  // stdout may be coloured
  bool color_err = false;  // stderr may be coloured
  bool quiet = false;
  bool verbose = false;

  void error(const std::string& message) const;
  void warning(const std::string& message) const;
  void note(const std::string& message) const;  // dropped when quiet
  void debug(const std::string& message) const; // only with --verbose
  // Prints every diagnostic once, warnings first grouped by file.
  void diagnostics(const std::vector<Diagnostic>& items) const;
};

// Writes `content` to `path` ("-" or empty: stdout). Returns an error text.
std::string write_output(const std::string& path, const std::string& content);
// Why write_output(path) would fail, known before any work is done: the
// folder is missing or not writable, or the path is a folder. "" when it
// looks writable (the write itself may still fail, a full disk say).
std::string output_problem(const std::string& path);

}  // namespace practrack::cli
