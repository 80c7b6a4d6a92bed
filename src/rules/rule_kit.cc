#include "rules/rule_kit.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <set>

#include "catalog/catalog.h"
#include "util/text.h"

namespace practrack {

namespace {
Assessment make(Status s, std::string note, std::vector<Evidence> evidence) {
  Assessment a;
  a.status = s;
  a.note = std::move(note);
  a.evidence = std::move(evidence);
  return a;
}
}  // namespace

Assessment adopted(std::string note, std::vector<Evidence> evidence) {
  return make(Status::adopted, std::move(note), std::move(evidence));
}
Assessment partial(std::string note, std::vector<Evidence> evidence) {
  return make(Status::partial, std::move(note), std::move(evidence));
}
Assessment not_started(std::string note, std::vector<Evidence> evidence) {
  return make(Status::not_started, std::move(note), std::move(evidence));
}
Assessment not_applicable(std::string reason) {
  return make(Status::not_applicable, std::move(reason), {});
}
Assessment needs_attestation(std::string note, Status status, std::vector<Evidence> evidence) {
  Assessment a = make(status, std::move(note), std::move(evidence));
  a.needs_attestation = true;
  return a;
}

std::string plural(long n, std::string_view one, std::string_view many) {
  std::string word = n == 1 ? std::string(one) : many.empty() ? std::string(one) + "s" : std::string(many);
  return std::to_string(n) + " " + word;
}

std::string plural_at_least(long n, bool capped, std::string_view one) {
  std::string s = plural(n, one);
  if (capped) s.insert(std::to_string(n).size(), "+");
  return s;
}

std::string code(std::string_view s) { return "`" + std::string(s) + "`"; }

namespace {
// A documentation site's own folder at the root of the repository.
bool docs_site(std::string_view path) {
  std::string top = text::lower(path.substr(0, path.find('/')));
  return top.size() < path.size() && (top == "docs" || top == "doc" || top == "website" ||
                                      top == "site" || top == "documentation");
}

// A build tool's test run where the project has no build of that tool but
// in sample folders: akka-http's CI runs `mvn test` in
// samples/akka-http-quickstart-java, the project itself is built by sbt.
bool sample_build_runner(const RepoFacts& facts, const ToolUse& u) {
  std::string_view eco = u.tool == "Maven Surefire" ? "maven"
                         : u.tool == "Gradle test"  ? "gradle"
                                                    : "";
  if (eco.empty() || u.how != ToolHow::run) return false;
  bool any = false;
  for (const Manifest& m : facts.manifests.manifests) {
    if (m.ecosystem != eco) continue;
    if (!beside_the_project(m.path)) return false;
    any = true;
  }
  return any;
}

// Load-testing evidence that is the product's own code: a `benchmark/`
// folder inside its sources (vitest's src/runtime/benchmark/ implements
// `bench()`), or a benchmark library a published package depends on.
bool product_benchmark_code(const RepoFacts& facts, const ToolUse& u) {
  if (u.tool == "performance benchmark suite" && u.how == ToolHow::configured)
    return text::starts_with(u.at.path, "src/") || text::contains(u.at.path, "/src/");
  if (u.tool != "JS benchmark library" || u.how != ToolHow::dependency) return false;
  for (const Dependency& d : facts.dependencies)
    if (d.at.path == u.at.path && d.at.line == u.at.line)
      return shipped_npm_dependency(facts, d.name) != nullptr;
  return false;
}
}  // namespace

const Dependency* shipped_npm_dependency(const RepoFacts& facts, std::string_view package) {
  if (package.empty()) return nullptr;
  for (const Dependency& d : facts.dependencies) {
    if (d.ecosystem != "npm" || d.dev || d.name != package) continue;
    for (const Manifest& m : facts.manifests.manifests)
      if (m.path == d.at.path && !m.private_package && !m.name.empty()) return &d;
  }
  return nullptr;
}

std::vector<const ToolUse*> project_tools(const RepoFacts& facts, std::string_view practice) {
  auto uses = facts.tools_for(practice);
  const Practice* p = find_practice(practice);
  if (p && (p->category == "code-quality" || p->category == "testing"))
    std::erase_if(uses, [](const ToolUse* u) { return docs_site(u->at.path); });
  if (practice == "unit-tests")
    std::erase_if(uses, [&](const ToolUse* u) { return sample_build_runner(facts, *u); });
  if (practice == "load-testing")
    std::erase_if(uses, [&](const ToolUse* u) { return product_benchmark_code(facts, *u); });
  return uses;
}

Assessment decide_by_tools(const RepoFacts& facts, std::string_view practice,
                           UnrunPolicy policy, std::string none) {
  auto uses = project_tools(facts, practice);
  if (uses.empty()) return not_started(std::move(none));

  // Per tool: where it runs (ordered, unique) and its first evidence.
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::string>> where;
  std::map<std::string, ToolHow> strongest;
  std::vector<Evidence> evidence;
  std::set<std::string> seen_evidence;
  std::set<std::string> sound;  // tools with a use that is not an unparsed config
  for (const ToolUse* u : uses) {
    if (!where.count(u->tool)) {
      order.push_back(u->tool);
      strongest[u->tool] = u->how;
      where[u->tool];
    }
    std::string place;
    if (u->how == ToolHow::run) {
      place = origin_name(u->origin);
      if (!u->detail.empty()) place += " " + u->detail;
    } else if (u->unparsed) {
      place = "found in " + code(u->at.path) + " but could not be parsed";
    } else {
      place = std::string(tool_how_name(u->how)) + " in " + code(u->at.path);
    }
    if (!u->unparsed) sound.insert(u->tool);
    auto& places = where[u->tool];
    if (std::find(places.begin(), places.end(), place) == places.end() && places.size() < 3)
      places.push_back(place);
    std::string key = u->at.path + ":" + std::to_string(u->at.line);
    if (seen_evidence.insert(key).second && evidence.size() < 8) evidence.push_back(u->at);
  }
  bool any_run = false;
  std::vector<std::string> parts;
  for (const auto& tool : order) {
    any_run = any_run || strongest[tool] == ToolHow::run;
    parts.push_back(tool + " (" + text::join(where[tool], ", ") + ")");
  }
  std::string note = text::join(parts, "; ");
  if (any_run) return adopted(note, evidence);
  // Config files that exist but do not parse show intent, nothing more.
  if (sound.empty())
    return policy == UnrunPolicy::not_started ? not_started(note, evidence)
                                              : partial(note, evidence);
  switch (policy) {
    case UnrunPolicy::adopted: return adopted(note, evidence);
    case UnrunPolicy::partial: return partial(note + " — configured but never run", evidence);
    case UnrunPolicy::not_started: return not_started(note + " — configured but never run", evidence);
  }
  return not_started(note);
}

std::string job_in(const std::string& detail) {
  if (!text::starts_with(detail, "job ")) return "";
  std::size_t arrow = detail.find(" →");
  return detail.substr(4, arrow == std::string::npos ? std::string::npos : arrow - 4);
}

const ToolUse* linter_run_of(const RepoFacts& facts, const ToolUse& check) {
  auto paren = check.tool.find(" (");
  if (paren == std::string::npos) return nullptr;
  std::string_view linter = std::string_view(check.tool).substr(0, paren);
  for (const ToolUse* l : project_tools(facts, "linting"))
    if (l->how == ToolHow::run && l->tool == linter) return l;
  return nullptr;
}

bool beside_the_project(std::string_view path) {
  static const RE2 re(R"((^|/)(examples?|samples?|demos?|templates?|website|site|docs?)/)");
  return RE2::PartialMatch(path, re);
}

bool ci_environment_image(std::string_view path) {
  static const RE2 re(
      R"((^|/)\.(cirrus|circleci|buildkite|github|gitlab|devcontainer|ci|woodpecker|drone)/)");
  return RE2::PartialMatch(path, re);
}

std::string terraform_module_label(const RepoFacts& facts) {
  const Evidence& m = facts.containers.terraform_module;
  if (m.path.empty()) return "";
  return "a reusable Terraform module (" + code(m.path + ":" + std::to_string(m.line)) + ")";
}

}  // namespace practrack
