// CI supply-chain security: pinned actions and images, least-privilege
// workflow tokens, and dangerous workflow patterns (privileged triggers
// that check out PR code, untrusted input interpolated into scripts).
#include <algorithm>

#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr const char* kNoCi = "No CI configuration found";

// Refs of GitHub's own actions and local paths are first-party.
bool third_party(const ActionRef& a) {
  if (a.system == "github-actions")
    return !text::starts_with(a.name, "actions/") && !text::starts_with(a.name, "github/") &&
           !text::starts_with(a.name, "./");
  if (a.system == "circleci") return !text::starts_with(a.name, "circleci/");
  return !text::starts_with(a.name, "template:");  // GitLab's own templates ship with GitLab
}

// A ref that names a version; branches and "latest" float.
bool versioned(const ActionRef& a) {
  if (a.pinned_by_sha) return true;
  std::string r = text::lower(a.ref);
  return !r.empty() && r != "latest" && r != "main" && r != "master" && r != "head" &&
         r != "edge" && r != "nightly" && r != "stable";
}

// Third-party refs counted by how they are pinned.
struct PinCounts {
  long sha = 0, tag = 0, floating = 0, first_party = 0;
  std::vector<std::string> floaters;  // unversioned specs, unique
  std::vector<Evidence> ev;           // refs that are not pinned by sha
};

PinCounts count_pins(const std::vector<ActionRef>& actions) {
  PinCounts c;
  for (const auto& a : actions) {
    if (!third_party(a)) {
      ++c.first_party;
    } else if (a.pinned_by_sha) {
      ++c.sha;
    } else {
      if (c.ev.size() < 8) c.ev.push_back(a.at);
      if (versioned(a)) {
        ++c.tag;
        continue;
      }
      ++c.floating;
      char sep = a.system == "github-actions" ? '@' : ':';
      std::string spec = code(a.ref.empty() ? a.name : a.name + sep + a.ref);
      if (std::find(c.floaters.begin(), c.floaters.end(), spec) == c.floaters.end())
        c.floaters.push_back(spec);
    }
  }
  return c;
}

Assessment pinned_actions(const RepoFacts& f) {
  if (f.ci.pipelines.empty())
    return not_applicable("No CI configuration: no actions or images to pin");
  PinCounts c = count_pins(f.actions);
  long total = c.sha + c.tag + c.floating;
  std::string own =
      c.first_party > 0 ? "; " + plural(c.first_party, "first-party action") + " not counted" : "";
  if (total == 0) return adopted("No third-party actions or images" + own);
  if (c.sha == total)
    return adopted((total == 1
                        ? std::string("The only third-party action/image ref is")
                        : "All " + std::to_string(total) + " third-party action/image refs are") +
                   " pinned by commit sha or digest" + own);
  std::string note =
      std::to_string(c.sha) + " of " +
      plural(total, "third-party action/image ref", "third-party action/image refs") +
      " pinned by sha/digest, " + std::to_string(c.tag) + " by tag";
  if (c.floating > 0) {
    std::vector<std::string> shown(
        c.floaters.begin(),
        c.floaters.begin() + static_cast<long>(std::min<std::size_t>(3, c.floaters.size())));
    // The same ref used in several places is named once: say so.
    std::string distinct = static_cast<long>(c.floaters.size()) < c.floating
                               ? std::to_string(c.floaters.size()) + " distinct: "
                               : "";
    note += ", " + std::to_string(c.floating) + " unversioned (" + distinct +
            text::join(shown, ", ") + (c.floaters.size() > shown.size() ? " …" : "") + ")";
  }
  if (c.sha + c.tag == 0) return not_started(note + own, c.ev);
  return partial(note + own, c.ev);
}

bool least_privilege(const WorkflowSecurity& w) {
  if (w.permissions == "read-all" || w.permissions == "map") return true;
  return w.permissions == "absent" && w.every_job_has_permissions;
}

// WorkflowSecurity::permissions as the user wrote it, not its code.
std::string permissions_shown(const std::string& permissions) {
  if (permissions == "absent") return "no `permissions:`";
  if (permissions == "map-write") return "`permissions:` grants a write scope";
  return "`permissions: " + permissions + "`";
}

Assessment workflow_permissions(const RepoFacts& f) {
  if (f.ci.workflows.empty()) {
    if (f.ci.pipelines.empty())
      return not_applicable("No CI configuration: no CI token to restrict");
    return needs_attestation("CI token scope is a server setting for " +
                             ci_system_title(f.ci.pipelines.front().system) +
                             " (not visible in the repository)");
  }
  // A reusable workflow (`on: workflow_call` only) runs with its caller's
  // token, which its own `permissions:` can only narrow: its callers are
  // judged, it is not.
  std::vector<std::string> broad;
  std::vector<Evidence> ev;
  long reusable = 0;
  for (const auto& w : f.ci.workflows) {
    if (w.reusable) {
      ++reusable;
    } else if (!least_privilege(w)) {
      broad.push_back(code(w.path) + " (" + permissions_shown(w.permissions) + ")");
      ev.push_back(w.at.line > 0 ? w.at : Evidence{w.path, 0, ""});
    }
  }
  long n = static_cast<long>(f.ci.workflows.size()) - reusable;
  std::string callers = reusable == 0 ? ""
                                      : "; " + plural(reusable, "reusable workflow") +
                                            (reusable == 1 ? " takes its" : " take their") +
                                            " callers' token";
  if (n == 0)
    return needs_attestation(
        "Only reusable workflows (`on: workflow_call`): their token is set "
        "by callers outside this repository");
  if (broad.empty())
    return adopted((n == 1 ? std::string("The only workflow declares")
                           : "All " + std::to_string(n) + " workflows declare") +
                   " read-only token permissions by default" + callers);
  std::vector<std::string> shown(
      broad.begin(), broad.begin() + static_cast<long>(std::min<std::size_t>(3, broad.size())));
  std::string more = broad.size() > 3 ? " +" + std::to_string(broad.size() - 3) + " more" : "";
  return not_started(std::to_string(broad.size()) + " of " + plural(n, "workflow") +
                         " without read-only default permissions: " + text::join(shown, ", ") +
                         more + callers,
                     ev);
}

Assessment dangerous_workflows(const RepoFacts& f) {
  if (f.ci.pipelines.empty()) return not_applicable("No CI configuration: no workflows to check");
  std::vector<std::string> found;
  std::vector<Evidence> ev;
  for (const auto& w : f.ci.workflows) {
    for (const auto& e : w.pr_head_checkouts) {
      found.push_back(code(w.path) + ":" + std::to_string(e.line) + " checks out PR code under " +
                      text::join(w.privileged_triggers, "/"));
      ev.push_back(e);
    }
    for (const auto& e : w.untrusted_interpolations) {
      found.push_back(code(w.path) + ":" + std::to_string(e.line) +
                      " interpolates untrusted input into a script");
      ev.push_back(e);
    }
  }
  if (!found.empty()) {
    std::vector<std::string> shown(
        found.begin(), found.begin() + static_cast<long>(std::min<std::size_t>(3, found.size())));
    std::string more = found.size() > 3 ? "; +" + std::to_string(found.size() - 3) + " more" : "";
    return not_started(text::join(shown, "; ") + more, ev);
  }
  if (f.ci.workflows.empty())
    return adopted("No GitHub workflows; " + ci_system_title(f.ci.pipelines.front().system) +
                   " has no privileged PR triggers");
  long privileged = 0;
  for (const auto& w : f.ci.workflows) privileged += w.privileged_triggers.empty() ? 0 : 1;
  std::string note =
      "No dangerous patterns in " + plural(static_cast<long>(f.ci.workflows.size()), "workflow");
  if (privileged > 0)
    note += " (" + std::to_string(privileged) + " use privileged triggers safely)";
  return adopted(note);
}

}  // namespace

std::vector<RuleRow> workflow_security_rules() {
  return {
      {"pinned-actions", pinned_actions},
      {"workflow-permissions", workflow_permissions},
      {"dangerous-workflows", dangerous_workflows},
  };
}

}  // namespace practrack
