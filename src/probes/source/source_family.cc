// The source family: the one probe that reads every source file, plus
// two small probes over paths and coverage configuration.
#include "probes/probe.h"
#include "probes/source/source_scan.h"

namespace practrack {

std::vector<ProbeRow> source_probes() {
  return {
      {"source", source::scan_sources,
       "every own source file: languages, tests, libraries, which modules have tests"},
      {"source-artifacts", source::scan_artifacts, "model files, prompt files, dashboard exports"},
      {"coverage-config", source::scan_coverage_config,
       ".coveragerc, setup.cfg, tox.ini, pyproject.toml, jest/vitest config, codecov.yml"},
  };
}

}  // namespace practrack
