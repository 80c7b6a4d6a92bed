// Rules for the security practices, except the CI workflow ones
// (pinned-actions, workflow-permissions, dangerous-workflows), which live
// in workflow_security_rules.cc.
#include <algorithm>
#include <map>
#include <string>

#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "util/text.h"

namespace practrack {
namespace {

constexpr std::size_t kListMax = 5;

std::string list_paths(const std::vector<std::string>& paths) {
  std::vector<std::string> shown;
  for (std::size_t i = 0; i < paths.size() && i < kListMax; ++i) shown.push_back(code(paths[i]));
  std::string out = text::join(shown, ", ");
  if (paths.size() > kListMax) out += " +" + std::to_string(paths.size() - kListMax) + " more";
  return out;
}

// "2 findings: aws-access-key `config/aws.py:3`, private-key `deploy/id_rsa:1`".
std::string findings_note(const std::vector<const SecretFinding*>& leaks, const SecurityFacts& s,
                          std::vector<Evidence>& ev) {
  std::vector<std::string> parts;
  for (const SecretFinding* f : leaks) {
    if (parts.size() < kListMax)
      parts.push_back(f->kind + " " + code(f->at.path + ":" + std::to_string(f->at.line)));
    if (ev.size() < 10) ev.push_back(f->at);
  }
  for (const auto& e : s.env_files) {
    if (parts.size() < kListMax) parts.push_back("committed " + code(e.path));
    if (ev.size() < 10) ev.push_back(e);
  }
  std::size_t n = leaks.size() + s.env_files.size();
  std::string note = plural(static_cast<long>(n), "finding") + ": " + text::join(parts, ", ");
  if (n > kListMax) note += " +" + std::to_string(n - kListMax) + " more";
  return note;
}

// "; 14 secret-shaped strings in test, doc or example files taken for
// samples (first `tests/IOTest.php:42`)", or "".
std::string samples_note(const std::vector<const SecretFinding*>& samples,
                         std::vector<Evidence>& ev) {
  if (samples.empty()) return "";
  const Evidence& first = samples.front()->at;
  if (ev.size() < 10) ev.push_back(first);
  return "; " + plural(static_cast<long>(samples.size()), "secret-shaped string") +
         " in test, doc or example files or doc comments taken for samples (first " +
         code(first.path + ":" + std::to_string(first.line)) + ")";
}

// "; `demo/.env` in a sample folder holds no secret-looking key (not
// counted)", or "".
std::string sample_env_note(const SecurityFacts& s, std::vector<Evidence>& ev) {
  if (s.sample_env_files.empty()) return "";
  const Evidence& first = s.sample_env_files.front();
  if (ev.size() < 10) ev.push_back(first);
  std::string more = s.sample_env_files.size() > 1
                         ? " and " + std::to_string(s.sample_env_files.size() - 1) + " more"
                         : "";
  return "; " + code(first.path) + more + " in a sample folder " +
         (more.empty() ? "holds" : "hold") + " no secret-looking key (not counted)";
}

// Test fixtures and documented examples are mentioned, not counted as leaks.
Assessment secrets_excluded(const RepoFacts& f) {
  const auto& s = f.security;
  std::vector<const SecretFinding*> leaks, samples;
  for (const auto& x : s.secrets) (x.sample ? samples : leaks).push_back(&x);
  bool ignored = s.env_ignored || s.keys_ignored;
  std::vector<Evidence> ev;
  if (s.env_ignored) ev.push_back(s.env_ignored_at);
  else if (s.keys_ignored) ev.push_back(s.keys_ignored_at);
  std::string ignore_note = s.env_ignored ? code(".env") + " in " + code(s.env_ignored_at.path)
                            : s.keys_ignored ? "key files in " + code(s.keys_ignored_at.path)
                                             : "";
  if (leaks.empty() && s.env_files.empty()) {
    std::string scanned = "committed secret in " +
                          plural(s.text_files_scanned, "text file") + " scanned";
    if (!s.unscanned_files.empty())
      scanned += " (" + plural(static_cast<int>(s.unscanned_files.size()), "text file") +
                 " over 1 MiB not scanned: " + code(s.unscanned_files.front()) +
                 (s.unscanned_files.size() > 1 ? " …" : "") + ")";
    if (s.secrets_allowlisted > 0)
      scanned += " (" + std::to_string(s.secrets_allowlisted) + " allowlisted by gitleaks config)";
    scanned += samples_note(samples, ev) + sample_env_note(s, ev);
    if (ignored) return adopted(ignore_note + " ignored; no " + scanned, ev);
    return partial("No " + scanned + ", but no `.gitignore` rule keeps out `.env` or key files",
                   ev);
  }
  std::string note = findings_note(leaks, s, ev);
  if (s.secrets_allowlisted > 0)
    note += " (" + std::to_string(s.secrets_allowlisted) + " more allowlisted by gitleaks config)";
  note += samples_note(samples, ev) + sample_env_note(s, ev);
  if (ignored) return partial(ignore_note + " ignored, but " + note, ev);
  return not_started(note + "; no `.gitignore` rule for `.env` or key files", ev);
}

// Tool practices whose setting may also live on the forge, invisible here.
Assessment by_tools_or_attest(const RepoFacts& f, std::string_view practice, std::string none) {
  Assessment a = decide_by_tools(f, practice, UnrunPolicy::partial, none);
  if (a.status == Status::not_started && f.tools_for(practice).empty())
    return needs_attestation(a.note);
  return a;
}

Assessment secret_scanning(const RepoFacts& f) {
  return by_tools_or_attest(f, "secret-scanning",
                            "No secret scanner (gitleaks, trufflehog, detect-secrets, ggshield) in "
                            "CI or hooks; forge-side secret scanning is not visible in files");
}

Assessment image_scanning(const RepoFacts& f) {
  if (!f.containers.any_container())
    return not_applicable("No containers: no image to scan");
  return decide_by_tools(f, "image-scanning", UnrunPolicy::partial,
                         "No Trivy, Grype, Snyk Container or Docker Scout");
}

// gosec enabled in `.golangci.yml` runs wherever golangci-lint runs.
Assessment sast(const RepoFacts& f) {
  Assessment a = by_tools_or_attest(f, "sast",
                                    "No SAST tool (Semgrep, CodeQL, Bandit, gosec …); CodeQL "
                                    "default setup on the forge is not visible in files");
  if (a.status != Status::partial) return a;
  for (const ToolUse* u : f.tools_for("sast")) {
    const ToolUse* linter = linter_run_of(f, *u);
    if (!linter) continue;
    std::string where = origin_name(linter->origin);
    if (!linter->detail.empty()) where += " " + linter->detail;
    return adopted(u->tool + " enabled in " + code(u->at.path) + ", run where " + linter->tool +
                       " runs (" + where + ")",
                   {u->at, linter->at});
  }
  return a;
}

Assessment dast(const RepoFacts& f) {
  return decide_by_tools(f, "dast", UnrunPolicy::partial, "No ZAP, Nuclei, Burp or Nikto");
}

Assessment sbom(const RepoFacts& f) {
  return decide_by_tools(f, "sbom", UnrunPolicy::partial,
                         "No software bill of materials (Syft, CycloneDX, SPDX)");
}

Assessment network_policies(const RepoFacts& f) {
  const auto& c = f.containers;
  std::vector<std::string> parts;
  std::vector<Evidence> ev;
  long policies = 0;
  for (const auto& o : c.k8s)
    if (o.kind == "NetworkPolicy" || o.kind == "CiliumNetworkPolicy" ||
        o.kind == "AuthorizationPolicy") {
      if (policies++ == 0) ev.push_back(o.at);
    }
  if (policies > 0) parts.push_back(plural(policies, "network policy", "network policies"));
  std::string module = terraform_module_label(f);
  if (!c.iac_firewalls.empty() && module.empty()) {
    parts.push_back(plural(static_cast<long>(c.iac_firewalls.size()),
                           "firewall/security-group resource") + " in IaC");
    ev.push_back(c.iac_firewalls.front());
  }
  std::vector<std::string> internal, named;
  auto add = [](std::vector<std::string>& to, const std::string& n) {
    if (std::find(to.begin(), to.end(), n) == to.end()) to.push_back(n);
  };
  for (const auto& file : c.compose_files) {
    for (const auto& n : file.internal_networks) add(internal, n);
    for (const auto& n : file.networks) add(named, n);
    if (!file.networks.empty()) ev.push_back(file.at);
  }
  if (!internal.empty()) parts.push_back("internal-only networks " + list_paths(internal));
  if (!parts.empty()) return adopted(text::join(parts, "; "), ev);
  if (!named.empty())
    return partial("Named networks " + list_paths(named) +
                       " only; no internal network, NetworkPolicy or firewall rules", ev);
  if (!c.any_container()) {
    if (!module.empty() && !c.iac_firewalls.empty())
      return not_applicable("The repository is " + module +
                            ": its firewall/security-group resources (" +
                            std::to_string(c.iac_firewalls.size()) + ") are built for its users");
    return not_applicable("No containers or services to isolate");
  }
  return not_started("No NetworkPolicy or isolated networks");
}

Assessment access_control(const RepoFacts& f) {
  std::map<std::string, long> counts;
  std::vector<Evidence> ev;
  for (const auto& o : f.containers.k8s) {
    if (o.kind != "Role" && o.kind != "ClusterRole" && o.kind != "RoleBinding" &&
        o.kind != "ClusterRoleBinding")
      continue;
    if (counts[o.kind]++ == 0) ev.push_back(o.at);
  }
  std::vector<std::string> parts;
  for (const auto& [kind, n] : counts) parts.push_back(plural(n, kind));
  const auto& iam = f.containers.iac_access;
  std::string module = terraform_module_label(f);
  if (!iam.empty() && module.empty()) {
    parts.push_back(plural(static_cast<long>(iam.size()), "IAM/role resource") + " in IaC");
    ev.push_back(iam.front());
  }
  const auto& owners = f.security.codeowners_sensitive;
  if (!owners.empty()) {
    parts.push_back("CODEOWNERS guards " + plural(static_cast<long>(owners.size()),
                                                  "sensitive path"));
    ev.push_back(owners.front());
  }
  if (!parts.empty()) return adopted("Roles and ownership: " + text::join(parts, ", "), ev);
  if (!module.empty() && !iam.empty())
    return needs_attestation("No RBAC roles or CODEOWNERS for sensitive paths; the " +
                             std::to_string(iam.size()) + " IAM/role resource(s) are what " +
                             module + " builds for its users");
  return needs_attestation(
      "No RBAC roles or CODEOWNERS for sensitive paths; access settings on the forge and in "
      "deployed services are not visible in files");
}

Assessment security_policy(const RepoFacts& f) {
  const auto& p = f.security.security_policy;
  // A README section says where to report; a policy file says more
  // (supported versions, process) and is what the forge shows.
  if (!p.path.empty() && p.line > 0)
    return partial("Security section " + code(p.excerpt) + " in " +
                       code(p.path + ":" + std::to_string(p.line)) + "; no SECURITY.md",
                   {p});
  if (!p.path.empty()) return adopted(code(p.path), {p});
  return not_started("No SECURITY.md (root, `.github/` or `docs/`); an organisation-wide "
                     "policy would not show here");
}

// "`tools/protoc` (elf), `lib/x.jar` (jar) +3 more".
std::string binary_list(const std::vector<const BinaryFile*>& list) {
  std::vector<std::string> shown;
  for (std::size_t i = 0; i < list.size() && i < kListMax; ++i)
    shown.push_back(code(list[i]->path) + " (" + list[i]->kind + ")");
  std::string out = text::join(shown, ", ");
  if (list.size() > kListMax) out += " +" + std::to_string(list.size() - kListMax) + " more";
  return out;
}

Assessment binary_artifacts(const RepoFacts& f) {
  std::vector<const BinaryFile*> own, vendored, wrappers;
  for (const auto& b : f.security.binaries)
    (b.wrapper ? wrappers : b.vendored ? vendored : own).push_back(&b);
  std::string tolerated =
      wrappers.empty() ? "" : "; build wrapper " + binary_list(wrappers) + " tolerated";
  std::vector<Evidence> ev;
  for (const BinaryFile* b : own.empty() ? vendored : own)
    if (ev.size() < 10) ev.push_back(b->at);
  if (!own.empty()) {
    std::string note = plural(static_cast<long>(own.size()), "committed binary",
                              "committed binaries") + ": " + binary_list(own);
    if (!vendored.empty())
      note += "; " + std::to_string(vendored.size()) + " more in vendored/test-data folders";
    return not_started(note + tolerated, ev);
  }
  if (!vendored.empty())
    return partial(plural(static_cast<long>(vendored.size()), "binary", "binaries") +
                       " only in vendored/test-data folders: " + binary_list(vendored) +
                       tolerated, ev);
  return adopted("No executables or archives among " +
                 plural(f.security.files_sniffed, "file") + " checked by content" + tolerated);
}

Assessment fuzzing(const RepoFacts& f) {
  const auto& targets = f.security.fuzz_targets;
  auto uses = f.tools_for("fuzzing");
  if (targets.empty() && uses.empty()) return not_started("No fuzz targets or fuzzing service");
  std::vector<std::string> parts;
  std::vector<Evidence> ev;
  if (!targets.empty()) {
    std::vector<std::string> paths;
    for (const auto& t : targets) {
      paths.push_back(t.path);
      if (ev.size() < 5) ev.push_back(t);
    }
    parts.push_back(plural(static_cast<long>(targets.size()), "fuzz target") + ": " +
                    list_paths(paths));
  }
  bool strong = !targets.empty();
  if (!uses.empty()) {
    Assessment tools = decide_by_tools(f, "fuzzing", UnrunPolicy::partial, "");
    parts.push_back(tools.note);
    for (const auto& e : tools.evidence) ev.push_back(e);
    strong = strong || tools.status == Status::adopted;
  }
  return strong ? adopted(text::join(parts, "; "), ev) : partial(text::join(parts, "; "), ev);
}

}  // namespace

std::vector<RuleRow> security_rules() {
  return {
      {"secrets-excluded", secrets_excluded},
      {"secret-scanning", secret_scanning},
      {"image-scanning", image_scanning},
      {"sast", sast},
      {"dast", dast},
      {"sbom", sbom},
      {"network-policies", network_policies},
      {"access-control", access_control},
      {"security-policy", security_policy},
      {"binary-artifacts", binary_artifacts},
      {"fuzzing", fuzzing},
  };
}

}  // namespace practrack
