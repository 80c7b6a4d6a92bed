// Facts from source files: languages, library use, tests
// (probes/source_probe). The one probe that reads every source file.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

// A library or API seen in code, e.g. logging, env reads, telemetry.
struct LibraryUse {
  std::string kind;   // "logging", "structured-logging", "env-read", "tracing", "error-tracking", ...
  std::string name;   // "logging", "structlog", "os.environ", "opentelemetry" ...
  int files = 0;      // files that use it
  int occurrences = 0;
  Evidence first;
};

struct TestSuite {
  std::string framework;  // "pytest", "googletest", "go", "jest", "robot", ...
  int files = 0;
  int tests = 0;
  bool approximate = false;
  Evidence first;
};

struct SourceFacts {
  std::map<std::string, int> files_by_language;  // "python" -> 120
  std::vector<LibraryUse> libraries;
  std::vector<TestSuite> tests;
};

}  // namespace practrack
