#include "scan/diagnostics.h"

namespace practrack {

void Diagnostics::add(Severity severity, std::string path, int line, std::string message) {
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

std::vector<Diagnostic> Diagnostics::all() const {
  std::lock_guard lock(mu_);
  return items_;
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
