#include "cli/output.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace practrack::cli {

using term::paint;
using term::Style;

void Printer::error(const std::string& message) const {
  std::cerr << paint("practrack: error:", Style::red, color_err) << " " << message << "\n";
}

void Printer::warning(const std::string& message) const {
  std::cerr << paint("practrack: warning:", Style::yellow, color_err) << " " << message << "\n";
}

void Printer::note(const std::string& message) const {
  if (!quiet) std::cerr << "practrack: " << message << "\n";
}

void Printer::debug(const std::string& message) const {
  if (verbose) std::cerr << paint("practrack: debug:", Style::dim, color_err) << " " << message << "\n";
}

void Printer::diagnostics(const std::vector<Diagnostic>& items) const {
  for (const auto& d : items) {
    if (d.severity == Severity::error) error(format_location(d));
    else if (!quiet) warning(format_location(d));
  }
}

std::string write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return std::cout ? "" : "cannot write to standard output";
  }
  // The system's reason, as errno left it: "No such file or directory".
  auto failed = [&path] {
    return path + ": cannot write: " + (errno ? std::strerror(errno) : "unknown reason");
  };
  std::string tmp = path + ".tmp";
  {
    errno = 0;
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return failed();
    out << content;
    if (!out.flush()) {
      std::string why = failed();
      std::remove(tmp.c_str());
      return why;
    }
  }
  // Replace atomically so a reader never sees half a report.
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string why = failed();
    std::remove(tmp.c_str());
    return why;
  }
  return "";
}

std::string output_problem(const std::string& path) {
  if (path.empty() || path == "-") return "";
  auto fail = [&path](int err) { return path + ": cannot write: " + std::strerror(err); };
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  const std::filesystem::path dir = parent.empty() ? std::filesystem::path(".") : parent;
  struct stat st {};
  if (stat(dir.c_str(), &st) != 0) return fail(errno);
  if (!S_ISDIR(st.st_mode)) return fail(ENOTDIR);
  if (access(dir.c_str(), W_OK | X_OK) != 0) return fail(errno);
  if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return fail(EISDIR);
  return "";
}

}  // namespace practrack::cli
