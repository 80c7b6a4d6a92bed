// Facts from language manifests and lock files (probes/manifest/). The
// dependencies themselves go to RepoFacts::dependencies, tool settings to
// RepoFacts::config_sections, package scripts to RepoFacts::commands.
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

struct Manifest {
  std::string ecosystem;  // "pypi", "npm", "go", "cargo", "maven", "gradle", "cmake", ...
  std::string path;
  std::string name;
  std::string version;                    // as declared, when any
  bool has_lock = false;                  // a lock file sits beside it (or in a folder above it)
  std::string lock_path;                  // that lock file
  std::string language_version;           // "go 1.22", "python >=3.10", "rust 1.75", "C++ 20"
  int dependencies = 0;                   // declared in this manifest
  int pinned = 0;                         // of which pinned (exact spec, or locked)
  std::vector<std::string> entry_points;  // [project.scripts], package.json "bin"
  // Never published: package.json `"private": true` (npm refuses to
  // publish it) or a .NET project's `<IsPackable>false</IsPackable>`
  // (`dotnet pack` skips it).
  bool private_package = false;
  Evidence at;
};

// A version kept apart from the manifests, where the build reads it:
// `VERSION` or `version.txt` at the root (sinatra's gemspec reads VERSION),
// `version=`/`VERSION_NAME=` in a build script's gradle.properties (moshi).
struct VersionFile {
  std::string path;
  std::string version;  // as written
  Evidence at;
};

struct ManifestFacts {
  std::vector<Manifest> manifests;
  std::vector<std::string> lock_files;  // own lock files, sorted
  std::vector<VersionFile> version_files;
};

}  // namespace practrack
