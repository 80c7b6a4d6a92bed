// The security probes, in the order they run.
#include "probes/doc/doc_files.h"
#include "probes/probe.h"
#include "probes/security/security_probes.h"

namespace practrack {

std::vector<ProbeRow> security_probes() {
  using namespace security;
  return {
      // Writes only security.{secrets,binaries} and their counters.
      {"content", probe_content, "every file's first bytes; own text files for secrets", true,
       reset_content, false, false, false, update_content, nullptr, keep_content},
      {"gitignore", probe_gitignore, ".gitignore files (as committed in the scanned tree)", false,
       reset_gitignore},
      {"committed-env", probe_env_files, ".env, .env.* (templates excluded)", false,
       reset_env_files},
      // Reads the README's path: a document row (doc::reset_documents).
      {"security-policy", probe_security_policy,
       "SECURITY.md at root, .github/, docs/; a README security section", false,
       doc::reset_documents},
      {"codeowners", probe_codeowners, "CODEOWNERS, .github/CODEOWNERS, docs/CODEOWNERS"},
  };
}

}  // namespace practrack
