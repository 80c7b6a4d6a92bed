#include "scan/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace practrack {

namespace {
thread_local DiagnosticCapture* t_capture = nullptr;
}  // namespace

DiagnosticCapture::DiagnosticCapture() : outer_(t_capture) { t_capture = this; }
DiagnosticCapture::~DiagnosticCapture() { t_capture = outer_; }

void Diagnostics::add(Severity severity, std::string path, int line, std::string message) {
  // Captured even when already recorded here: the capture outlives this sink.
  for (DiagnosticCapture* c = t_capture; c; c = c->outer_)
    c->items.push_back({severity, path, line, message});
  std::lock_guard lock(mu_);
  if (!seen_.emplace(path, message).second) return;
  items_.push_back({severity, std::move(path), line, std::move(message)});
}

void Diagnostics::warn(std::string path, int line, std::string message) {
  add(Severity::warning, std::move(path), line, std::move(message));
}

void Diagnostics::error(std::string path, int line, std::string message) {
  add(Severity::error, std::move(path), line, std::move(message));
}

// Ordered by file and line: probes report from several threads, and the
// report must not depend on which thread came first.
std::vector<Diagnostic> Diagnostics::all() const {
  std::vector<Diagnostic> out;
  {
    std::lock_guard lock(mu_);
    out = items_;
  }
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.line) < std::tie(b.path, b.line);
  });
  return out;
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
