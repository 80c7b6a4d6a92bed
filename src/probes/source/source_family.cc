// The source family: two small probes over paths and coverage
// configuration, and apart from them the probes that use the file pass
// (scan/file_pass.h). Those wait for the pass, so they come last in the
// table: every probe before them, the tool resolver too, runs while the
// pass reads the files, and what is left once it ends is short.
#include "probes/git/git_probes.h"
#include "probes/probe.h"
#include "probes/security/security_probes.h"
#include "probes/source/source_scan.h"

namespace practrack {

std::vector<ProbeRow> source_probes() {
  return {
      {"source-artifacts", source::scan_artifacts, "model files, prompt files, dashboard exports"},
      // Its config sections are taken out by the scanner (producer).
      {"coverage-config", source::scan_coverage_config,
       ".coveragerc, setup.cfg, tox.ini, pyproject.toml, jest/vitest config, codecov.yml", false,
       source::reset_coverage_config, false, true},
  };
}

std::vector<ProbeRow> file_pass_probes() {
  return {
      {"git-version", gitprobe::probe_version_reports, "--version flags in source files", false,
       gitprobe::reset_version_reports, false, false, false, nullptr,
       gitprobe::same_version_reports},
      {"fuzz-targets", security::probe_fuzz_targets, "files named *fuzz*, *_test.go", false,
       security::reset_fuzz_targets},
      // Reads the dependencies (resolves_lists): which runner bare JS tests use.
      {"source", source::scan_sources,
       "every own source file: languages, tests, libraries, which modules have tests", false,
       source::reset_sources, false, false, true, source::update_sources, nullptr,
       source::keep_sources},
  };
}

}  // namespace practrack
