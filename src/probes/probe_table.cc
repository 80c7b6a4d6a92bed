#include "probes/probe.h"

#include "probes/git/git_probes.h"
#include "probes/security/security_probes.h"
#include "probes/source/source_scan.h"
#include "probes/tool/tool_resolver.h"

namespace practrack {

const std::vector<ProbeRow>& probe_table() {
  static const std::vector<ProbeRow> table = [] {
    std::vector<ProbeRow> all;
    for (auto family : {git_probes, doc_probes, script_probes, hook_probes, ci_probes,
                        manifest_probes, container_probes, security_probes, source_probes,
                        tool_probes, file_pass_probes}) {
      auto rows = family();
      all.insert(all.end(), rows.begin(), rows.end());
    }
    return all;
  }();
  return table;
}

void prepare_probes() {
  probe_table();
  default_tool_matcher();
  security::prepare_secret_scan();
}

std::vector<FileAnalysis> file_analyses() {
  return {security::content_analysis(), source::source_analysis(), gitprobe::version_analysis(),
          security::fuzz_analysis()};
}

}  // namespace practrack
