#include "probes/sample_paths.h"

#include <array>

#include "util/package_dirs.h"
#include "util/text.h"

namespace practrack {

bool generator_template(std::string_view path) {
  std::string_view ext = text::extension(path);
  if (ext == ".eex" || ext == ".tt" || path.find("{{") != std::string_view::npos) return true;
  for (std::string_view dir = text::dirname(path); !dir.empty(); dir = text::dirname(dir)) {
    if (text::basename(dir) != "templates") continue;
    std::string_view parent = text::basename(text::dirname(dir));
    if (parent == "priv" || parent == "installer") return true;
    for (std::string_view up = text::dirname(dir); !up.empty(); up = text::dirname(up))
      if (text::basename(up) == "generators") return true;
  }
  return false;
}

bool in_sample_folder(std::string_view path) {
  static constexpr std::array<std::string_view, 6> kSampleDirs = {"examples", "example", "samples",
                                                                  "sample",   "demo",    "demos"};
  const std::size_t package_root = package_root_length(path);
  for (std::string_view dir = text::dirname(path); !dir.empty(); dir = text::dirname(dir)) {
    if (package_dir(dir, package_root)) continue;
    std::string part = text::lower(text::basename(dir));
    for (auto d : kSampleDirs)
      if (part == d) return true;
  }
  return generator_template(path);
}

bool in_test_folder(std::string_view path) {
  static constexpr std::array<std::string_view, 10> kTestDirs = {
      "test",     "tests",    "__tests__", "testing",   "spec",
      "specs",    "testdata", "test-data", "test_data", "fixtures"};
  const std::size_t package_root = package_root_length(path);
  for (std::string_view dir = text::dirname(path); !dir.empty(); dir = text::dirname(dir)) {
    if (package_dir(dir, package_root)) continue;
    std::string part = text::lower(text::basename(dir));
    for (auto d : kTestDirs)
      if (part == d) return true;
  }
  return false;
}

bool dev_environment(std::string_view path) {
  for (std::string_view dir = text::dirname(path); !dir.empty(); dir = text::dirname(dir))
    if (text::basename(dir) == ".devcontainer") return true;
  return false;
}

}  // namespace practrack
