// Lock files by name, for the probes that must tell them from the
// configuration they resemble (pnpm-lock.yaml is YAML, but never a
// Kubernetes manifest nor a secret store, and it may weigh megabytes).
#pragma once

#include <string_view>

namespace practrack::manifest {

// Whether the base name of `path` is a lock file's of some ecosystem.
bool lock_file_path(std::string_view path);

}  // namespace practrack::manifest
