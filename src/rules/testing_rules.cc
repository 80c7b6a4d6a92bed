// The testing practices: tests counted by the source scan, runners and
// coverage/mutation/load/contract/property tools found by the resolver.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "facts/config_keys.h"
#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "rules/source_notes.h"
#include "util/text.h"

namespace practrack {
namespace {

// Fewer tests than this in all is "a handful": the framework is set up
// but the code is not really under test.
constexpr int kHandful = 5;

// Frameworks that drive a browser or a whole deployment are not unit tests.
bool unit_framework(std::string_view fw) {
  return fw != "robot" && fw != "playwright" && fw != "cypress";
}

// pytest, Go, Rust ... declare tests as functions; the others as cases.
std::string_view test_word(std::string_view fw, long count) {
  for (std::string_view f : {"pytest", "unittest", "go", "rust", "phpunit", "minitest"})
    if (fw == f) return count == 1 ? "test function" : "test functions";
  return count == 1 ? "test" : "tests";
}

std::string suite_note(const TestSuite& t) {
  // Programs judged by their exit status: one test each, no count inside.
  if (t.framework == "test programs")
    return plural(t.files, "test program") + " with their own main() (no framework)";
  std::string note = plural(t.files, "test file") + ", " + (t.approximate ? "~" : "") +
                     std::to_string(t.tests) + " " +
                     std::string(test_word(t.framework, t.tests)) + " (" + t.framework + ")";
  if (t.parametrized) note += ", " + std::to_string(t.parametrized) + " parametrized";
  return note;
}

// Where the runners run: "pytest (ci test)" from the tool table.
std::string runner_note(const RepoFacts& facts, std::string_view practice) {
  if (!tool_run(facts, practice)) return "";
  return " — run by " + decide_by_tools(facts, practice, UnrunPolicy::partial, "").note;
}

Assessment unit_tests(const RepoFacts& facts) {
  std::vector<std::string> parts;
  std::vector<Evidence> evidence;
  int total = 0;
  for (const auto& t : facts.source.tests) {
    if (!unit_framework(t.framework)) continue;
    parts.push_back(suite_note(t));
    evidence.push_back(t.first);
    total += t.tests;
  }
  // Each program automake's `make check` runs is a test driver (jq's
  // tests/jqtest runs hundreds of cases): its cases are not counted.
  for (const auto& a : facts.scripts.automake_tests) {
    parts.push_back(plural(static_cast<long>(a.programs.size()), "test program") + " in " +
                    code(a.file) + " TESTS (automake `make check`)");
    evidence.push_back(a.at);
  }
  // SwiftPM's manifest declares the test targets the counted files build.
  for (const ToolUse* t : project_tools(facts, "unit-tests"))
    if (t->tool == "SwiftPM test targets" && !parts.empty()) {
      parts.push_back("test targets declared in " + code(t->at.path));
      evidence.push_back(t->at);
      break;
    }
  if (parts.empty()) return not_started("No unit tests found");
  std::string note = text::join(parts, "; ") + runner_note(facts, "unit-tests");
  if (total < kHandful && facts.scripts.automake_tests.empty())
    return partial(note + " — a handful of tests only", evidence);
  return adopted(note, evidence);
}

// "math, docker, safety", or the first few and how many more.
std::string suite_names(const std::vector<std::string>& names) {
  constexpr std::size_t kShown = 6;
  if (names.size() <= kShown) return text::join(names, ", ");
  std::vector<std::string> shown(names.begin(), names.begin() + kShown);
  return text::join(shown, ", ") + " and " + std::to_string(names.size() - kShown) + " more";
}

Assessment integration_tests(const RepoFacts& facts) {
  std::vector<std::string> parts;
  std::vector<Evidence> evidence;
  if (const TestSuite* robot = facts.source.suite("robot")) {
    parts.push_back("Robot Framework: " + suite_names(robot->suites) + " suites (" +
                    std::to_string(robot->tests) + " test cases in " +
                    plural(robot->files, "file") + ")");
    evidence.push_back(robot->first);
  }
  auto uses = uses_of(facts, {"integration-test"});
  if (!uses.empty()) {
    parts.push_back(uses_note(uses));
    for (const auto& e : uses_evidence(uses)) evidence.push_back(e);
  }
  // Molecule scenarios (an Ansible role converged and verified in
  // throw-away instances) are suites kept as files, like Robot's.
  std::vector<std::string> scenarios;
  for (const ToolUse* t : project_tools(facts, "integration-tests"))
    if (t->tool == "Molecule" && t->how == ToolHow::configured) {
      scenarios.push_back(std::string(text::basename(text::dirname(t->at.path))));
      if (scenarios.size() == 1) evidence.push_back(t->at);
    }
  if (!scenarios.empty())
    parts.push_back("Molecule: " + plural(static_cast<long>(scenarios.size()), "scenario") + " (" +
                    suite_names(scenarios) + ")");
  // Suites seen only in what runs them: one note per kind, which says
  // where they run already.
  bool in_code = !parts.empty();
  const std::pair<std::string_view, std::string_view> run_suites[] = {
      {"docker compose tests", "compose-backed tests"},
      {"end-to-end test script", "end-to-end test script"},
      {"go test -tags integration", "build-tagged Go integration tests"},
      {"Earthly integration target", "integration suite in an Earthly target"}};
  for (const auto& [tool, label] : run_suites)
    for (const ToolUse* t : project_tools(facts, "integration-tests"))
      if (t->tool == tool && t->how == ToolHow::run) {
        parts.push_back(std::string(label) + " (" + std::string(origin_name(t->origin)) + " " +
                        t->detail + ")");
        evidence.push_back(t->at);
        break;
      }
  if (parts.empty())
    return not_started("No integration test suites (no Robot Framework suites, "
                       "`tests/integration`, Testcontainers or compose-backed tests)");
  return adopted(text::join(parts, "; ") + (in_code ? runner_note(facts, "integration-tests") : ""),
                 evidence);
}

// A CI job named or run as end-to-end ("e2e", "end-to-end").
const CiJob* e2e_job(const RepoFacts& facts) {
  auto e2e = [](std::string_view s) {
    std::string l = text::lower(s);
    return text::contains(l, "e2e") || text::contains(l, "end-to-end") ||
           text::contains(l, "end_to_end");
  };
  for (const auto& p : facts.ci.pipelines)
    for (const auto& job : p.jobs) {
      if (e2e(job.name) || e2e(job.stage)) return &job;
      for (const auto& line : job.script)
        if (e2e(line)) return &job;
    }
  return nullptr;
}

// Tests that are only named end-to-end (tests/e2e_test.cc) count when
// something drives a real system: testcontainers or an e2e CI job.
Assessment e2e_by_name(const RepoFacts& facts, const Assessment& none) {
  auto named = uses_of(facts, {"e2e-path"});
  if (named.empty()) return none;
  std::string where = "tests named end-to-end in " + code(named.front()->name);
  std::vector<Evidence> evidence = uses_evidence(named, 1);
  auto containers = uses_of(facts, {"integration-test"});
  std::erase_if(containers, [](const LibraryUse* u) { return u->name != "Testcontainers"; });
  if (!containers.empty()) {
    evidence.push_back(containers.front()->first);
    return adopted(where + " with " + uses_note(containers, 1), evidence);
  }
  if (const CiJob* job = e2e_job(facts)) {
    evidence.push_back(job->at);
    return adopted(where + ", run by CI job " + job->name, evidence);
  }
  return partial(where +
                     ", but no end-to-end tooling (Playwright, Cypress, Selenium, "
                     "robotframework-browser, testcontainers) and no e2e CI job",
                 evidence);
}

// A browser library only listed as a dependency, whose code drives a
// browser outside tests (fastapi's scripts/playwright take the docs'
// screenshots), is no end-to-end suite.
Assessment unless_automation_only(const RepoFacts& facts, const Assessment& by_tools) {
  auto automation = uses_of(facts, {"browser-automation"});
  auto tools = project_tools(facts, "e2e-tests");
  bool listed_for_it = !automation.empty() && std::all_of(tools.begin(), tools.end(), [&](const ToolUse* t) {
    return t->how == ToolHow::dependency &&
           std::any_of(automation.begin(), automation.end(),
                       [&](const LibraryUse* u) { return u->name == t->tool; });
  });
  if (!listed_for_it) return by_tools;
  return not_started("No end-to-end tests: " + uses_note(automation) +
                         " drives a browser outside tests (screenshots, rendering)",
                     uses_evidence(automation, 1));
}

Assessment e2e_tests(const RepoFacts& facts) {
  std::vector<std::string> parts;
  std::vector<Evidence> evidence;
  for (std::string_view fw : {"playwright", "cypress"})
    if (const TestSuite* t = facts.source.suite(fw)) {
      parts.push_back(suite_note(*t));
      evidence.push_back(t->first);
    }
  // A Playwright suite already counted is not listed again as a library.
  auto uses = uses_of(facts, {"e2e-test"});
  std::erase_if(uses, [&](const LibraryUse* u) {
    return (u->name == "Playwright" && facts.source.suite("playwright")) ||
           (u->name == "Cypress" && facts.source.suite("cypress"));
  });
  if (!uses.empty()) {
    parts.push_back(uses_note(uses));
    for (const auto& e : uses_evidence(uses)) evidence.push_back(e);
  }
  if (!parts.empty()) return adopted(text::join(parts, "; "), evidence);
  Assessment by_tools = decide_by_tools(facts, "e2e-tests", UnrunPolicy::partial,
                                        "No browser or end-to-end tests (Playwright, Selenium, "
                                        "Cypress, Puppeteer)");
  if (by_tools.status != Status::not_started) return unless_automation_only(facts, by_tools);
  return e2e_by_name(facts, by_tools);
}

bool runs_tests(const CiJob& job) {
  for (const auto& line : job.script) {
    // What a comment says is not run (libexpat's scan-build job: "# self-test").
    std::string_view code = line;
    if (std::size_t hash = code.find(" #"); hash != std::string_view::npos) code = code.substr(0, hash);
    if (text::starts_with(text::trim(code), "#")) continue;
    for (std::string_view w : {"pytest", "robot", "test", "ctest", "jest", "vitest", "rspec"})
      if (text::contains(code, w)) return true;
  }
  return false;
}

bool mentions(std::string_view lowered, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return text::contains(lowered, w); });
}

// An artifact path or upload name that holds test results: JUnit XML, test
// reports, logs. Coverage reports are not test results.
bool test_results_path(std::string_view path) {
  std::string p = text::lower(path);
  if (mentions(p, {"coverage", "htmlcov", "lcov", "cobertura", "jacoco", "clover", "codecov"}))
    return false;
  return mentions(p, {"test", "junit", "xunit", "result", "report", "surefire", "failsafe",
                      "allure", ".xml", ".trx", "log"});
}

// Whether a test job's artifacts hold its results. Artifacts whose paths
// the CI system does not name get the benefit of the doubt.
bool keeps_test_results(const CiJob& job) {
  return job.artifact_paths.empty() ||
         std::any_of(job.artifact_paths.begin(), job.artifact_paths.end(),
                     [](const std::string& p) { return test_results_path(p); });
}

constexpr long long kShortRetention = 7 * 86400;  // under a week is short-lived

// "1 hour", "3 days".
std::string kept_for(long long seconds) {
  if (seconds < 3600) return plural(static_cast<long>(std::max(1LL, seconds / 60)), "minute");
  if (seconds < 86400) return plural(static_cast<long>(seconds / 3600), "hour");
  return plural(static_cast<long>(seconds / 86400), "day");
}

Assessment test_archival(const RepoFacts& facts) {
  auto dbs = uses_of(facts, {"results-db"});
  if (!dbs.empty()) {
    const LibraryUse* u = dbs.front();
    return adopted("Test listener writes results to a database (" + u->name + " in " +
                       code(u->first.path) + ")",
                   uses_evidence(dbs));
  }
  auto tools = project_tools(facts, "test-archival");
  if (!tools.empty())
    return decide_by_tools(facts, "test-archival", UnrunPolicy::adopted, "");
  // Results kept for hours or a day are gone before anyone compares runs.
  std::optional<Assessment> short_lived;
  auto brief = [&](const CiJob& job, const CiPipeline& p, const std::string& what) {
    if (!short_lived)
      short_lived = partial("CI job " + job.name + " keeps " + what + " for only " +
                                kept_for(job.artifact_ttl) + " (" + code(p.path) + ")",
                            {job.at});
  };
  const CiJob* other_artifacts = nullptr;
  for (const auto& p : facts.ci.pipelines)
    for (const auto& job : p.jobs) {
      bool expires = job.artifact_ttl > 0 && job.artifact_ttl < kShortRetention;
      // GitLab's junit report is an artifact and expires with it; report
      // actions elsewhere publish check runs that outlive the artifacts.
      if (job.junit_report && expires && p.system == "gitlab-ci") {
        brief(job, p, "JUnit reports");
      } else if (job.junit_report) {
        return adopted("CI job " + job.name + " keeps JUnit reports (" + code(p.path) + ")",
                       {job.at});
      } else if (!job.artifacts || !runs_tests(job)) {
        continue;
      } else if (!keeps_test_results(job)) {
        if (!other_artifacts) other_artifacts = &job;  // coverage reports, build outputs
      } else if (expires) {
        brief(job, p, "its results");
      } else {
        return adopted(
            "CI test job " + job.name + " keeps its results as artifacts (" + code(p.path) + ")",
            {job.at});
      }
    }
  if (short_lived) return *short_lived;
  if (other_artifacts)
    return not_started("Test results are not kept beyond one run: CI test job " +
                           other_artifacts->name + " keeps " +
                           code(other_artifacts->artifact_paths.front()) +
                           ", not test results (JUnit XML, test reports)",
                       {other_artifacts->at});
  return not_started("Test results are not kept beyond one run");
}

Assessment coverage_gate_tools(const RepoFacts& facts);

// "85% line coverage (coverage.xml)" from the reports given to the scan.
std::string measured(const CoverageFacts& cov) {
  int pct = static_cast<int>(100.0 * static_cast<double>(cov.total.lines_covered) /
                                 static_cast<double>(cov.total.lines_total) +
                             0.5);
  return std::to_string(pct) + "% line coverage (" + text::join(cov.reports, ", ") + ")";
}

// The threshold found in configuration, and the measured figure beside it.
Assessment with_threshold(Assessment a, const RepoFacts& facts) {
  auto it = facts.metrics.find("coverage.fail_under");
  if (it != facts.metrics.end() && !text::contains(a.note, "minimum"))
    a.note += " (minimum " + std::to_string(static_cast<int>(it->second)) + "%)";
  if (facts.coverage.has_line_data()) a.note += "; measured " + measured(facts.coverage);
  return a;
}

// A threshold is enforced when a gate tool runs, or when it sits in the
// coverage configuration of a coverage tool that CI runs.
Assessment coverage_gate(const RepoFacts& facts) {
  return with_threshold(coverage_gate_tools(facts), facts);
}

// The coverage tools that apply a threshold set in configuration; a gate
// not listed here is applied by any coverage tool (Jest, c8, Vitest read
// their own config wherever coverage is collected).
bool applies_gate(const ToolUse& gate, const ToolUse& coverage) {
  static const std::map<std::string_view, std::set<std::string_view>> readers = {
      {"coverage.py fail_under", {"coverage.py", "pytest-cov"}},
      {"pytest-cov --cov-fail-under", {"pytest-cov"}},
      {"Codecov status checks", {"Codecov"}},
      {"JaCoCo rules", {"JaCoCo"}},
      {"tarpaulin --fail-under", {"cargo-llvm-cov/tarpaulin"}},
  };
  auto it = readers.find(gate.tool);
  return it == readers.end() || it->second.count(coverage.tool) > 0;
}

bool in_ci(const ToolUse& u) { return u.how == ToolHow::run && u.origin == Origin::ci; }

// Enforced means enforced in CI: a gate that runs there, or a threshold in
// configuration applied by a coverage tool CI runs. A threshold run only by
// a hook, a make target or a script CI never calls is set, not enforced.
Assessment coverage_gate_tools(const RepoFacts& facts) {
  auto gates = project_tools(facts, "coverage-gate");
  if (gates.empty()) return not_started("No coverage threshold is enforced");
  for (const ToolUse* g : gates)
    if (in_ci(*g)) return decide_by_tools(facts, "coverage-gate", UnrunPolicy::partial, "");
  for (const ToolUse* g : gates) {
    if (g->how != ToolHow::configured) continue;
    for (const ToolUse* t : project_tools(facts, "coverage-measurement")) {
      if (!in_ci(*t) || !applies_gate(*g, *t)) continue;
      // The resolver's detail already says "job build" (pinia read "job job").
      std::string job = t->detail.empty() || text::starts_with(t->detail, "job ")
                            ? t->detail
                            : "job " + t->detail;
      std::string note = g->tool + " in " + code(g->at.path) + ", enforced by " + t->tool +
                         " in CI" + (job.empty() ? "" : " " + job);
      auto it = facts.metrics.find("coverage.fail_under");
      if (it != facts.metrics.end())
        note += " (minimum " + std::to_string(static_cast<int>(it->second)) + "%)";
      return adopted(note, {g->at, t->at});
    }
  }
  Assessment a = decide_by_tools(facts, "coverage-gate", UnrunPolicy::partial, "");
  a.status = Status::partial;
  std::string_view suffix = " — configured but never run";
  if (text::ends_with(a.note, suffix)) a.note.resize(a.note.size() - suffix.size());
  a.note += " — threshold set, but no CI job runs coverage against it";
  return a;
}

// A coverage tool started from the test helper (SimpleCov's
// `require 'simplecov'` in test/test_helper.rb) runs wherever the tests
// run: the first such use and the CI run of the tests, or null.
std::pair<const ToolUse*, const ToolUse*> started_by_tests(const RepoFacts& facts) {
  // The probe adds this section only from a test helper: its file is one.
  const ConfigSection* section = facts.config_section(kSimplecovInTestHelper);
  if (!section) return {nullptr, nullptr};
  const ToolUse* helper = nullptr;
  for (const ToolUse* u : project_tools(facts, "coverage-measurement"))
    if (u->how == ToolHow::configured && u->at.path == section->at.path) {
      helper = u;
      break;
    }
  if (!helper) return {nullptr, nullptr};
  for (const ToolUse* t : project_tools(facts, "unit-tests"))
    if (in_ci(*t)) return {helper, t};
  return {helper, nullptr};
}

Assessment coverage_measurement(const RepoFacts& facts) {
  Assessment a = decide_by_tools(facts, "coverage-measurement", UnrunPolicy::partial,
                                 "No coverage measurement");
  // Trial 14 (faker): SimpleCov in the test helper is no config left idle.
  if (a.status == Status::partial && !facts.coverage.has_line_data())
    if (auto [helper, tests] = started_by_tests(facts); helper && tests) {
      std::string job = tests->detail.empty() ? "" : " " + tests->detail;
      return adopted(helper->tool + " started in " + code(helper->at.path) + ", run where the tests run (" +
                         tests->tool + " in CI" + job + ")",
                     {helper->at, tests->at});
    }
  // Coverage is measured in CI: a package script or make target that no
  // CI job reaches is a way to measure it by hand (phoenix's
  // `npm run test.coverage`, trial 12).
  if (a.status == Status::adopted) {
    auto uses = project_tools(facts, "coverage-measurement");
    bool in_ci = std::any_of(uses.begin(), uses.end(), [](const ToolUse* u) {
      return u->how == ToolHow::run && u->origin == Origin::ci;
    });
    bool by_hand = std::any_of(uses.begin(), uses.end(), [](const ToolUse* u) {
      return u->how == ToolHow::run && u->origin != Origin::ci;
    });
    if (!in_ci && by_hand && !facts.coverage.has_line_data())
      return partial(a.note + " — run by hand: no CI job measures coverage", a.evidence);
  }
  if (facts.coverage.has_line_data()) {
    if (a.status == Status::not_started)
      return partial("Coverage report only: " + measured(facts.coverage) +
                         "; no coverage tool is configured in the repository",
                     {});
    // A report is proof that the configured tool did run (outside what
    // the repository shows, e.g. a developer or an external CI).
    if (a.status == Status::partial) {
      a.status = Status::adopted;
      a.note += "; a coverage report shows it ran: " + measured(facts.coverage);
      return a;
    }
    a.note += ", " + measured(facts.coverage);
    return a;
  }
  auto it = facts.metrics.find("coverage.percent");
  if (it != facts.metrics.end() && a.status != Status::not_started)
    a.note += ", " + std::to_string(static_cast<int>(it->second)) + "% overall";
  return a;
}

Assessment mutation_testing(const RepoFacts& facts) {
  return decide_by_code_or_tools(facts, "mutation-testing", {"mutation-test"},
                                 UnrunPolicy::adopted, "No mutation testing framework");
}

// Tools that put load on a running service; the others in the table
// measure code with benchmarks, which the catalog counts as performance
// testing too.
bool loads_a_service(std::string_view tool) {
  for (std::string_view t :
       {"Locust", "k6", "JMeter", "Gatling", "wrk/vegeta/hey", "Artillery", "autocannon"})
    if (tool == t) return true;
  return false;
}

// The npm package of a JS benchmark library the source scan names.
std::string_view benchmark_package(std::string_view library) {
  if (library == "Benchmark.js") return "benchmark";
  for (std::string_view l : {"tinybench", "mitata", "cronometro"})
    if (library == l) return l;
  return "";
}

Assessment load_testing(const RepoFacts& facts) {
  constexpr const char* kNone = "No load tests or benchmark suites";
  // A library the product ships is no benchmark of it (shipped_npm_dependency).
  auto uses = uses_of(facts, {"load-test"});
  std::vector<std::string> shipped;
  std::vector<Evidence> shipped_at;
  std::erase_if(uses, [&](const LibraryUse* u) {
    // Only where the package's own code imports it (the first file, in
    // path order, is in its folder): a bench/ suite of the repository's
    // own that uses the same library still counts.
    const Dependency* d = shipped_npm_dependency(facts, benchmark_package(u->name));
    std::string_view dir = d ? text::dirname(d->at.path) : "";
    if (!d || !(dir.empty() || text::starts_with(u->first.path, std::string(dir) + "/")))
      return false;
    shipped.push_back(u->name + " (a runtime dependency of " + code(d->at.path) + ")");
    shipped_at.push_back(d->at);
    return true;
  });
  auto tools = project_tools(facts, "load-testing");
  if (uses.empty() && tools.empty() && !shipped.empty())
    return not_started(std::string(kNone) + "; " + text::join(shipped, ", ") +
                           " is what the product is built on, not a benchmark of it",
                       shipped_at);
  Assessment a = decide_by_tools(facts, "load-testing", UnrunPolicy::adopted, kNone);
  if (!uses.empty())
    a = adopted(uses_note(uses) + (tool_run(facts, "load-testing") ? "; " + a.note : ""),
                uses_evidence(uses));
  if (a.status == Status::not_started) return a;
  bool load = false;
  for (const LibraryUse* u : uses) load = load || loads_a_service(u->name);
  for (const ToolUse* t : tools) load = load || loads_a_service(t->tool);
  if (!load) a.note += " — performance benchmarks (no load test of a running service)";
  return a;
}

Assessment contract_testing(const RepoFacts& facts) {
  return decide_by_code_or_tools(facts, "contract-testing", {"contract-test"},
                                 UnrunPolicy::adopted, "No API contract verification");
}

Assessment property_testing(const RepoFacts& facts) {
  return decide_by_code_or_tools(facts, "property-testing", {"property-test"},
                                 UnrunPolicy::partial,
                                 "No Hypothesis or similar property-based framework");
}

}  // namespace

std::vector<RuleRow> testing_rules() {
  return {
      {"unit-tests", unit_tests},
      {"integration-tests", integration_tests},
      {"e2e-tests", e2e_tests},
      {"test-archival", test_archival},
      {"coverage-measurement", coverage_measurement},
      {"coverage-gate", coverage_gate},
      {"mutation-testing", mutation_testing},
      {"load-testing", load_testing},
      {"contract-testing", contract_testing},
      {"property-testing", property_testing},
  };
}

}  // namespace practrack
