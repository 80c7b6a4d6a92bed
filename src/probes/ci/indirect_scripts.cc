// Scripts CI reaches through a task runner: a job runs `tox -e pkg`, the
// tox env runs `bash ./tools/test-pkg.sh`. Runs after the manifest probes,
// which read tox, nox and package scripts into commands.
#include <map>
#include <set>

#include "probes/ci/ci_probes.h"
#include "probes/tool/invocations.h"

namespace practrack::ci {
namespace {

constexpr int kMaxDepth = 3;  // runner calling runner (make -> tox -> script)

std::string label(const Invocation& inv) {
  return inv.name.empty() ? inv.runner : inv.runner + " " + inv.name;
}

}  // namespace

void reset_indirect_scripts(RepoFacts& facts) { facts.ci.indirect_scripts.clear(); }

void probe_indirect_scripts(const ScanContext& ctx, RepoFacts& facts) {
  std::multimap<std::string, const Command*> callees;  // "runner\0name"
  for (const Command& c : facts.commands) {
    std::string runner = runner_of(c);
    // Shell scripts called directly are ci.scripts' called_scripts.
    if (!runner.empty() && runner != "script") callees.emplace(runner + '\0' + invoked_name(c), &c);
  }
  std::set<std::string> seen;  // path + job
  for (const Command& top : facts.commands) {
    if (top.origin != Origin::ci) continue;
    std::vector<std::pair<const Command*, int>> work{{&top, 0}};
    std::set<const Command*> visited{&top};
    while (!work.empty()) {
      auto [cmd, depth] = work.back();
      work.pop_back();
      if (depth >= kMaxDepth) continue;
      for (const Invocation& inv : invocations(cmd->text)) {
        if (inv.runner == "script") continue;
        // No name: the runner's default (bare `tox` runs env_list).
        std::string key = inv.runner + '\0' + inv.name;
        auto lo = inv.name.empty() ? callees.lower_bound(key) : callees.equal_range(key).first;
        auto hi = inv.name.empty() ? callees.lower_bound(inv.runner + '\x01')
                                   : callees.equal_range(key).second;
        for (auto it = lo; it != hi; ++it) {
          const Command* callee = it->second;
          if (inv.name.empty() && callee->named_only) continue;
          if (!visited.insert(callee).second) continue;
          work.emplace_back(callee, depth + 1);
          for (const std::string& path : scripts_in(ctx, callee->text))
            if (seen.insert(path + '\0' + top.context).second)
              facts.ci.indirect_scripts.push_back({path, top.system, label(inv), top.at});
        }
      }
    }
  }
}

}  // namespace practrack::ci
