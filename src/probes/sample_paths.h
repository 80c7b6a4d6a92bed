// Folders of sample applications: examples/, example/, samples/, sample/,
// demo/, demos/ at any depth.
#pragma once

#include <string_view>

namespace practrack {

// Whether `path` lies in a sample folder. Their Dockerfiles, compose files
// and .env templates show users how to run an application on top of the
// project; they are not the project's own infrastructure. The container,
// compose and env-file probes leave them out as ScanContext::own_files()
// leaves out vendored and test-data folders; tests and docs there still
// count (trpc's examples/ hold tests of the library).
bool in_sample_folder(std::string_view path);

}  // namespace practrack
