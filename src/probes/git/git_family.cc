// The git family: repository metadata and history, and the files that
// show how the repository is kept on its forge.
#include "probes/git/git_probes.h"
#include "probes/probe.h"

namespace practrack {

std::vector<ProbeRow> git_probes() {
  using namespace gitprobe;
  return {
      {"git-history", probe_git_history, "libgit2: remotes, HEAD, history, tags", false,
       reset_git_history, true},
      {"git-forge", probe_forge_files, "CODEOWNERS, PR/MR templates, .github/settings.yml, *.tf",
       false, reset_forge_files},
      {"git-components", probe_components, "manifests and Dockerfiles per directory", false,
       reset_components},
      {"git-gitlab-release", probe_gitlab_releases, ".gitlab-ci.yml jobs with release:"},
  };
}

}  // namespace practrack
