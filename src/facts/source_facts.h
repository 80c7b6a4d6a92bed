// Facts from source files: languages, library use, tests
// (probes/source/). The one probe that reads every source file.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

// A library, API or code pattern seen in code. Kinds in use:
//   logging, structured-logging, env-read, tracing, error-tracking, metrics,
//   config-validation, ml, experiment-tracking, llm-eval, dataset,
//   model-discovery, model-matrix, model-test, eval-threshold, eval-rubric,
//   ab-testing, pipeline-monitoring, health-polling, uptime, alerting,
//   repo-metrics, results-db, integration-test, e2e-test, e2e-path (tests
//   only named end-to-end), browser-automation (e2e tooling driven outside
//   tests: doc screenshots, rendering), property-test,
//   load-test, contract-test, mutation-test.
struct LibraryUse {
  std::string kind;
  std::string name;   // "logging", "structlog", "os.environ", "opentelemetry" ...
  int files = 0;      // files that use it
  int occurrences = 0;
  Evidence first;     // first file (path order) and its first line
  std::string language;  // of the first file ("python")
};

struct TestSuite {
  std::string framework;  // "pytest", "googletest", "go", "jest", "robot", ...
  int files = 0;
  int tests = 0;
  int parametrized = 0;   // tests expanded at run time, each counted once
  bool approximate = false;
  std::vector<std::string> suites;  // robot: suite names ("math", "docker")
  Evidence first;
};

struct SourceFacts {
  std::map<std::string, int> files_by_language;  // "python" -> 120
  std::vector<LibraryUse> libraries;              // sorted by kind, then name
  std::vector<TestSuite> tests;                   // sorted by framework
  int test_files = 0;        // own source files that hold tests
  std::string main_language; // most own source files; "" when none
  int main_language_modules = 0;  // its non-test files
  std::map<std::string, int> modules_by_language;  // non-test source files
  std::vector<Evidence> model_files;   // *.gguf, *.onnx, *.safetensors ...
  std::vector<Evidence> prompt_files;  // prompts kept apart from code
  std::vector<Evidence> dashboards;    // dashboard exports (Grafana, Superset, Kibana)
  std::vector<Evidence> lfs_datasets;  // .gitattributes lines storing data files in Git LFS
  bool dashboards_mention_models = false;
  // Whose bare it()/test() files are (jest, vitest, mocha), from the
  // dependencies when the sources were summed: an update made under other
  // dependencies must sum them again.
  std::string js_default;

  // Every use of this kind, in table order.
  std::vector<const LibraryUse*> uses(std::string_view kind) const {
    std::vector<const LibraryUse*> out;
    for (const auto& u : libraries)
      if (u.kind == kind) out.push_back(&u);
    return out;
  }
  const TestSuite* suite(std::string_view framework) const {
    for (const auto& t : tests)
      if (t.framework == framework) return &t;
    return nullptr;
  }
};

}  // namespace practrack
