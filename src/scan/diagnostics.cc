#include "scan/diagnostics.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "util/parallel.h"

namespace practrack {

namespace {
thread_local DiagnosticCapture* t_capture = nullptr;
}  // namespace

DiagnosticCapture::DiagnosticCapture() : outer_(t_capture) { t_capture = this; }
DiagnosticCapture::~DiagnosticCapture() { t_capture = outer_; }

void Diagnostics::add(Severity severity, std::string path, int line, std::string message,
                      int row) {
  // Captured even when already recorded here: the capture outlives this sink.
  for (DiagnosticCapture* c = t_capture; c; c = c->outer_)
    c->items.push_back({severity, path, line, message, row});
  std::lock_guard lock(mu_);
  auto [at, fresh] = seen_.emplace(std::pair(path, message), items_.size());
  if (!fresh) {
    if (items_[at->second].row != row) items_[at->second].row = -2;
    return;
  }
  items_.push_back({severity, std::move(path), line, std::move(message), row});
}

void Diagnostics::warn(std::string path, int line, std::string message) {
  add(Severity::warning, std::move(path), line, std::move(message), t_task_tag);
}

void Diagnostics::error(std::string path, int line, std::string message) {
  add(Severity::error, std::move(path), line, std::move(message), t_task_tag);
}

// Ordered by file and line: probes report from several threads, and the
// report must not depend on which thread came first.
std::vector<Diagnostic> Diagnostics::all() const {
  std::vector<Diagnostic> out;
  {
    std::lock_guard lock(mu_);
    out = items_;
  }
  std::sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.line, a.message) < std::tie(b.path, b.line, b.message);
  });
  // A file that could not be read or parsed gets one message, however many
  // probes tried it (a binary hook config is "skipped: binary content", not
  // that and a JSON syntax error too; a symlinked SECURITY.md is not read as
  // the security policy, not that and "skipped" too): the first, by line
  // and text.
  auto failed = [](const Diagnostic& d) {
    return d.message.starts_with("malformed ") || d.message.starts_with("skipped: ") ||
           d.message.starts_with("a symlink: ") || d.message.starts_with("a submodule: ");
  };
  std::vector<Diagnostic> kept;
  std::optional<std::string> failed_path;  // the last file already said to have failed
  for (auto& d : out) {
    if (failed(d)) {
      if (failed_path == d.path) continue;
      failed_path = d.path;
    }
    kept.push_back(std::move(d));
  }
  return kept;
}

bool Diagnostics::has_errors() const {
  std::lock_guard lock(mu_);
  for (const auto& d : items_)
    if (d.severity == Severity::error) return true;
  return false;
}

std::size_t Diagnostics::size() const {
  std::lock_guard lock(mu_);
  return items_.size();
}

std::string format_location(const Diagnostic& d) {
  std::string out = d.path;
  if (d.line > 0) out += ":" + std::to_string(d.line);
  if (!out.empty()) out += ": ";
  return out + d.message;
}

}  // namespace practrack
