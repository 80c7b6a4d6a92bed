// Tools that implement the testing practices. Test runners are rows of
// unit-tests/integration-tests/e2e-tests so rules can say where tests run;
// the tests themselves are counted by the source scan.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> testing_tools() {
  // clang-format off
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
      // --- test runners
      {"unit-tests", "pytest", R"(\bpytest\b|python3?\s+-m\s+pytest\b)",
       "pytest.ini|**/conftest.py", "tool.pytest.ini_options|tool:pytest|pytest",
       "pypi:pytest", "pytest", ""},
      {"unit-tests", "unittest", R"(python3?\s+-m\s+unittest\b)", "", "", "", "", ""},
      {"unit-tests", "tox", R"(\btox\b(\s|$))", "tox.ini", "tool.tox", "pypi:tox", "", ""},
      {"unit-tests", "nox", R"(\bnox\b(\s|$))", "noxfile.py", "", "pypi:nox", "", ""},
      {"unit-tests", "ctest", R"(\bctest\b)", "", "", "", "", ""},
      // Julia: Pkg.test() runs test/runtests.jl.
      {"unit-tests", "Pkg.test", R"(\bPkg\.test\s*\()", "", "", "", "",
       "julia-actions/julia-runtest"},
      {"unit-tests", "go test", R"(\bgo\s+test\b)", "", "", "", "", ""},
      {"unit-tests", "gotestsum", R"(\bgotestsum\b)", "", "", "", "", ""},
      {"unit-tests", "cargo test", R"(\bcargo\s+(test|nextest)\b)", ".config/nextest.toml", "",
       "", "", ""},
      {"unit-tests", "npm test", R"(\b(npm|pnpm|yarn|bun)\s+(run\s+)?test\b)", "", "", "", "", ""},
      {"unit-tests", "Jest", R"(\bjest\b)", "jest.config.{js,ts,cjs,mjs,json}", "jest",
       "npm:jest", "", ""},
      {"unit-tests", "Vitest", R"(\bvitest\b)", "vitest.config.{js,ts,mjs,mts}", "",
       "npm:vitest", "", ""},
      {"unit-tests", "Mocha", R"(\bmocha\b)", ".mocharc{,.js,.json,.yml,.yaml}", "mocha",
       "npm:mocha", "", ""},
      {"unit-tests", "Maven Surefire", R"(\bmvnw?\b.*\b(test|verify|install)\b)", "", "", "", "",
       ""},
      {"unit-tests", "Gradle test", R"(\bgradlew?\b.*\b(test|check|build)\b)", "", "", "", "",
       ""},
      {"unit-tests", "RSpec", R"(\brspec\b)", ".rspec", "", "gem:rspec|gem:rspec-rails", "", ""},
      // Ruby's test tasks: `bundle exec rake test`, `rake spec`, `bin/rails test`.
      {"unit-tests", "rake test", R"(\b(rake|rails)\s+test(:\w+)?(\s|$))", "", "", "", "", ""},
      {"unit-tests", "rake spec", R"(\brake\s+spec(:\w+)?(\s|$))", "", "", "", "", ""},
      {"unit-tests", "PHPUnit", R"(\bphpunit\b)", "phpunit.xml{,.dist}", "",
       "composer:phpunit/phpunit", "", ""},
      {"unit-tests", "dotnet test", R"(\bdotnet\s+test\b)", "", "", "", "", ""},
      {"unit-tests", "meson test", R"(\bmeson\s+test\b)", "", "", "", "", ""},
      {"unit-tests", "mix test", R"(\bmix\s+test\b)", "", "", "", "", ""},
      {"unit-tests", "deno test", R"(\bdeno\s+test\b)", "", "", "", "", ""},
      // sbt's test task among its commands: `sbt +test`, `sbt "clean; test"`,
      // `sbt ++2.13 mimaReportBinaryIssues test`; `test:compile` is no run.
      {"unit-tests", "sbt test", R"(\bsbt\b[^|&]*[\s"';+](Test/)?test(Only|Quick)?([\s"';]|$))", "",
       "", "", "", ""},
      // Test targets a SwiftPM package declares (`.testTarget(` in
      // Package.swift): cited beside the XCTest/Swift Testing counts.
      {"unit-tests", "SwiftPM test targets", "", "", "swiftpm:testTarget", "", "", ""},
      {"unit-tests", "swift test", R"(\bswift\s+test\b)", "", "", "", "", ""},
      // `xcodebuild ... clean test`, `test-without-building`: the action
      // words come after the options.
      {"unit-tests", "xcodebuild test", R"(\bxcodebuild\b[^|;&]*\stest(-without-building)?(\s|$))",
       "", "", "", "", ""},
      // The GNU Coding Standards' target for a package's self-tests (the
      // one automake generates from TESTS).
      {"unit-tests", "make check", R"(\bmake\b[^|;&]*\s(check|distcheck)(\s|$))", "", "", "", "",
       ""},
      {"integration-tests", "Robot Framework", R"(\brobot\s|python3?\s+-m\s+robot\b|\bpabot\b)",
       "", "", "pypi:robotframework", "", ""},
      {"integration-tests", "Testcontainers", "", "", "",
       "pypi:testcontainers|npm:testcontainers|maven:org.testcontainers:*|"
       "go:github.com/testcontainers/testcontainers-go", "", ""},
      {"integration-tests", "docker compose tests",
       R"(docker[\s-]compose\b.*\b(run|up)\b.*\b(test|pytest|robot)\b)", "", "", "", "", ""},
      // A suite that runs the built program against a real system or
      // fixtures: node_exporter's end-to-end-test.sh, Go's build-tagged
      // integration tests. Counted by the rule only where something runs it.
      {"integration-tests", "end-to-end test script",
       R"((^|[\s/])(end-to-end|e2e|integration)[-_]tests?\.sh\b)", "", "", "", "", ""},
      {"integration-tests", "go test -tags integration",
       R"(\bgo\s+test\b.*\s-tags[= ]["']?[\w,]*\b(integration|e2e)\b)", "", "", "", "", ""},
      // An Earthly target for the integration suite (ecto's
      // `earthly --ci +integration-test` runs `mix test` against real
      // databases in containers).
      {"integration-tests", "Earthly integration target",
       R"(\bearthly\b[^|;&]*\s\+[\w-]*integration[\w-]*)", "", "", "", "", ""},
      // Molecule converges an Ansible role in throw-away instances
      // (containers, VMs) and verifies them: one scenario per
      // `molecule/<name>/molecule.yml`.
      {"integration-tests", "Molecule", R"(\bmolecule\s+(test|converge|verify)\b)",
       "**/molecule/*/molecule.{yml,yaml}", "", "pypi:molecule", "", ""},
      // --- end-to-end
      {"e2e-tests", "Playwright", R"(\bplaywright\s+(test|install)\b)",
       "playwright.config.{js,ts,mjs}", "", "npm:@playwright/test|npm:playwright|pypi:playwright|"
       "pypi:pytest-playwright", "", "microsoft/playwright-github-action"},
      {"e2e-tests", "Cypress", R"(\bcypress\s+(run|open)\b)",
       "cypress.config.{js,ts,mjs}|cypress.json",
       "", "npm:cypress", "", "cypress-io/github-action"},
      {"e2e-tests", "Selenium", "", "", "", "pypi:selenium|npm:selenium-webdriver|"
       "maven:org.seleniumhq.selenium:*", "", ""},
      {"e2e-tests", "Puppeteer", "", "", "", "npm:puppeteer", "", ""},
      {"e2e-tests", "WebdriverIO", R"(\bwdio\b)", "wdio.conf.{js,ts}", "", "npm:@wdio/cli", "", ""},
      {"e2e-tests", "robotframework-browser", R"(\brfbrowser\s+init\b)", "", "",
       "pypi:robotframework-browser", "", ""},
      {"e2e-tests", "SeleniumLibrary", "", "", "", "pypi:robotframework-seleniumlibrary", "", ""},
      {"e2e-tests", "TestCafe", R"(\btestcafe\b)", ".testcaferc.json", "", "npm:testcafe", "", ""},
      // --- coverage measurement
      {"coverage-measurement", "pytest-cov", R"(--cov\b)", "", "", "pypi:pytest-cov", "", ""},
      {"coverage-measurement", "coverage.py", R"(\bcoverage\s+(run|report|xml|html|json)\b)",
       ".coveragerc", "tool.coverage|coverage:run|coverage:report", "pypi:coverage", "", ""},
      // `--coverage` is gcc's only after a compiler or in compiler flags:
      // `pnpm test --coverage` is the JavaScript runner's (trpc runs vitest).
      {"coverage-measurement", "gcov/gcovr/lcov",
       R"(\bgcovr\b|(?:^|[\s;&|(])lcov\b|\bgcov\b|-fprofile-arcs|genhtml\b|)"
       R"((\b(gcc|g\+\+|clang|clang\+\+|cc|c\+\+)\s|FLAGS\S*=)[^|;&]*--coverage\b)",
       "", "", "", "", ""},
      // `deno coverage --lcov` writes lcov's format; it is not lcov (oak).
      {"coverage-measurement", "deno coverage", R"(\bdeno\s+(coverage\b|test\b.*--coverage\b))",
       "", "", "", "", ""},
      {"coverage-measurement", "llvm-cov", R"(\bllvm-cov\b|-fprofile-instr-generate|\bgrcov\b)",
       "", "", "", "", ""},
      // Not taiki-e/install-action: it installs any tool (fd installs
      // `cross` with it); the `cargo llvm-cov` step that follows is the run.
      {"coverage-measurement", "cargo-llvm-cov/tarpaulin",
       R"(\bcargo\s+(llvm-cov|tarpaulin)\b)", "tarpaulin.toml|.tarpaulin.toml", "", "", "", ""},
      {"coverage-measurement", "go cover", R"(go\s+test\b.*-(cover|coverprofile)\b)", "", "", "",
       "", ""},
      {"coverage-measurement", "Jest coverage", R"(\bjest\b.*--coverage\b)", "",
       "jest.collectCoverage",
       "", "", ""},
      {"coverage-measurement", "c8/nyc/istanbul", R"(\b(c8|nyc)\s|vitest\b.*--coverage\b)",
       ".nycrc{,.json,.yml,.yaml}|.c8rc{,.json}", "nyc|c8",
       "npm:nyc|npm:c8|npm:@vitest/coverage-v8|npm:@vitest/coverage-istanbul", "", ""},
      // The package's test script asked for coverage: Jest and Vitest take
      // `--coverage` through `npm test --`.
      {"coverage-measurement", "npm test --coverage",
       R"(\b(npm|pnpm|yarn|bun)\s+(run\s+)?test\b[^|;&]*\s--coverage\b)", "", "", "", "", ""},
      // Android projects apply JaCoCo from Gradle convention plugins
      // (build-logic/**/AndroidLibraryJacocoConventionPlugin.kt) and show
      // the report on pull requests with an action.
      {"coverage-measurement", "JaCoCo", R"(\bjacoco\w*)",
       "build-logic/**/*Jacoco*.{kt,kts}|buildSrc/**/*Jacoco*.{kt,kts}", "", "maven:org.jacoco:*",
       "", "madrapps/jacoco-report|cicirello/jacoco-badge-generator"},
      // Ruby: `.simplecov` holds the settings `require 'simplecov'` loads.
      {"coverage-measurement", "SimpleCov", "", "**/.simplecov", "ruby:simplecov", "gem:simplecov",
       "", ""},
      // smokeshow hosts the HTML coverage report and posts its figure.
      {"coverage-measurement", "smokeshow", R"(\bsmokeshow\s+upload\b)", "", "", "pypi:smokeshow",
       "", ""},
      {"coverage-measurement", "Codecov", R"(\bcodecov\b)", "codecov.yml|.codecov.yml|"
       ".github/codecov.yml", "", "", "", "codecov/codecov-action"},
      {"coverage-measurement", "Coveralls", R"(\bcoveralls\b)", ".coveralls.yml", "",
       "pypi:coveralls|npm:coveralls", "", "coverallsapp/github-action"},
      {"coverage-measurement", "dotnet coverage", R"(--collect:?\s*"?XPlat Code Coverage|coverlet)",
       "", "", "", "", ""},
      // --- coverage gates (sections are pushed by the coverage-config probe)
      {"coverage-gate", "pytest-cov --cov-fail-under", R"(--cov-fail-under)", "",
       "pytest.cov-fail-under", "", "", ""},
      {"coverage-gate", "coverage.py fail_under", R"(\bcoverage\s+report\b.*--fail-under)", "",
       "coverage.fail_under", "", "", ""},
      {"coverage-gate", "Jest coverageThreshold", R"(--coverageThreshold)", "",
       "jest.coverageThreshold", "", "", ""},
      {"coverage-gate", "Vitest coverage thresholds", "", "", "vitest.coverage.thresholds", "", "",
       ""},
      {"coverage-gate", "nyc/c8 check-coverage", R"(\b(nyc|c8)\b.*--check-coverage)", "",
       "nyc.check-coverage|c8.check-coverage", "", "", ""},
      {"coverage-gate", "JaCoCo rules", R"(jacocoTestCoverageVerification|jacoco:check)", "",
       "jacoco.rules", "", "", ""},
      {"coverage-gate", "Codecov status checks", "", "", "codecov.status", "", "", ""},
      // smokeshow fails its commit status below this figure.
      {"coverage-gate", "smokeshow coverage threshold",
       R"(\bSMOKESHOW_GITHUB_COVERAGE_THRESHOLD=\d[^|;&]*\bsmokeshow\s+upload\b)", "", "", "", "",
       ""},
      {"coverage-gate", "tarpaulin --fail-under", R"(cargo\s+tarpaulin\b.*--fail-under)", "",
       "tarpaulin.fail-under", "", "", ""},
      {"coverage-gate", "cargo-llvm-cov --fail-under",
       R"(cargo\s+llvm-cov\b.*--fail-under-(lines|regions|functions))", "", "", "", "", ""},
      {"coverage-gate", "gcovr --fail-under", R"(\bgcovr\b.*--fail-under-(line|branch))", "", "",
       "", "", ""},
      {"coverage-gate", "go-test-coverage", R"(\bgo-test-coverage\b)", ".testcoverage.yml", "", "",
       "", "vladopajic/go-test-coverage"},
      // --- mutation testing
      {"mutation-testing", "mutmut", R"(\bmutmut\s+run\b)", "", "tool.mutmut|mutmut",
       "pypi:mutmut", "", ""},
      {"mutation-testing", "cosmic-ray", R"(\bcosmic-ray\b)", "cosmic-ray.toml", "",
       "pypi:cosmic-ray", "", ""},
      {"mutation-testing", "Stryker", R"(\bstryker\s+run\b)",
       "stryker.conf.{js,mjs,cjs,json}|stryker.config.{js,mjs,cjs,json}", "",
       "npm:@stryker-mutator/core", "", ""},
      // Stryker.NET: a .NET local tool (`dotnet stryker`) configured by
      // `stryker-config.json` (Polly keeps it in eng/).
      {"mutation-testing", "Stryker.NET", R"(\bdotnet[- ]stryker\b)",
       "**/stryker-config.{json,yaml,yml}", "", "nuget:dotnet-stryker", "", ""},
      {"mutation-testing", "PIT", R"(pitest|mutationCoverage)", "", "",
       "maven:org.pitest:*|gradle:info.solidsoft.pitest", "", ""},
      {"mutation-testing", "mull", R"(\bmull-(runner|cxx)\b)", "mull.yml", "", "", "", ""},
      {"mutation-testing", "cargo-mutants", R"(\bcargo\s+mutants\b)", ".cargo/mutants.toml", "",
       "", "", ""},
      {"mutation-testing", "go-mutesting", R"(\bgo-mutesting\b|\bgremlins\b)", "", "", "", "", ""},
      {"mutation-testing", "Infection", R"(\binfection\b)", "infection.json{,5}{,.dist}", "",
       "composer:infection/infection", "", ""},
      // --- load and performance
      {"load-testing", "Locust", R"(\blocust\b)", "**/locustfile.py", "", "pypi:locust", "", ""},
      {"load-testing", "k6", R"(\bk6\s+(run|cloud)\b)", "", "", "", "", "grafana/k6-action|"
       "grafana/run-k6-action"},
      {"load-testing", "JMeter", R"(\bjmeter\b)", "**/*.jmx", "", "", "", ""},
      {"load-testing", "Gatling", R"(\bgatling\b)", "", "", "maven:io.gatling:*", "", ""},
      {"load-testing", "wrk/vegeta/hey", R"((^|[\s;&|(])(wrk|vegeta|hey)\s+-|(^|[\s;&|(])ab\s+-[nc]\s)", "", "", "",
       "", ""},
      {"load-testing", "Artillery", R"(\bartillery\s+run\b)", "", "", "npm:artillery", "", ""},
      {"load-testing", "pytest-benchmark", R"(--benchmark-)", "", "", "pypi:pytest-benchmark", "",
       ""},
      {"load-testing", "criterion", R"(\bcargo\s+bench\b)", "", "", "cargo:criterion", "", ""},
      {"load-testing", "go benchmarks", R"(go\s+test\b.*-bench\b)", "", "", "", "", ""},
      {"load-testing", "asv", R"(\basv\s+(run|continuous)\b)", "asv.conf.json", "", "pypi:asv",
       "", ""},
      {"load-testing", "JMH", R"(\bjmh\b)", "", "", "maven:org.openjdk.jmh:*", "", ""},
      {"load-testing", "hyperfine", R"(\bhyperfine\b)", "", "", "", "", ""},
      {"load-testing", "Caliper", "", "", "",
       "maven:com.google.caliper:*|gradle:com.google.caliper*", "", ""},
      // Performance benchmarks kept in a folder of their own (ripgrep's
      // benchsuite/ runner and its recorded runs). The catalog counts
      // benchmark suites as performance testing; nothing here loads a service.
      {"load-testing", "performance benchmark suite", "",
       "**/benchsuite/*|**/{bench,benches,benchmark,benchmarks}/*.{py,js,mjs,ts,go,rs,java,kt,c,cc,"
       "cpp,rb,sh}",
       "", "", "", ""},
      {"load-testing", "github-action-benchmark", "", "", "", "", "",
       "benchmark-action/github-action-benchmark"},
      // JavaScript benchmark suites: the libraries, and the package script
      // CI runs them with (undici: `npm run bench` in benchmarks/).
      {"load-testing", "autocannon", R"(\bautocannon\b)", "", "", "npm:autocannon", "", ""},
      {"load-testing", "JS benchmark library", "", "", "",
       "npm:mitata|npm:tinybench|npm:benchmark|npm:cronometro", "", ""},
      {"load-testing", "npm bench script", R"(\b(npm|pnpm|yarn|bun)\s+(run\s+)?bench(mark)?s?(\s|$))",
       "", "", "", "", ""},
      // --- contract testing
      {"contract-testing", "Pact", R"(\bpact(-broker|-verifier|flow)?\b)", "", "",
       "pypi:pact-python|npm:@pact-foundation/pact|maven:au.com.dius.pact*", "",
       "pactflow/actions"},
      {"contract-testing", "Spring Cloud Contract", "", "", "",
       "maven:org.springframework.cloud:spring-cloud-contract*", "", ""},
      {"contract-testing", "Schemathesis", R"(\bschemathesis\b|\bst\s+run\b)", "", "",
       "pypi:schemathesis", "", "schemathesis/action"},
      {"contract-testing", "Dredd", R"(\bdredd\b)", "dredd.yml", "", "npm:dredd", "", ""},
      // --- property-based testing
      {"property-testing", "Hypothesis", "", "", "", "pypi:hypothesis", "", ""},
      {"property-testing", "fast-check", "", "", "", "npm:fast-check|npm:@fast-check/*", "", ""},
      {"property-testing", "proptest", "", "", "", "cargo:proptest", "", ""},
      {"property-testing", "quickcheck", "", "", "", "cargo:quickcheck", "", ""},
      {"property-testing", "jqwik", "", "", "", "maven:net.jqwik:*", "", ""},
      {"property-testing", "ScalaCheck", "", "", "", "maven:org.scalacheck:*", "", ""},
      // --- test result archival
      {"test-archival", "JUnit report upload", "", "", "", "", "",
       "EnricoMi/publish-unit-test-result-action|dorny/test-reporter|"
       "mikepenz/action-junit-report|codecov/test-results-action|test-summary/action"},
      {"test-archival", "Allure", R"(\ballure\s+(generate|serve)\b|--alluredir)", "", "",
       "pypi:allure-pytest|npm:allure-commandline", "", "simple-elf/allure-report-action"},
      {"test-archival", "ReportPortal",
       R"(--listener\s+robotframework_reportportal|--reportportal)",
       "", "", "pypi:pytest-reportportal|pypi:robotframework-reportportal", "", ""},
      {"test-archival", "Robot listener", R"(--listener\s+\S+)", "", "", "", "", ""},
      {"test-archival", "Testmo/TestRail upload", R"(\btestmo\b|\btrcli\b)", "", "", "", "", ""},
  };
  // clang-format on
}

}  // namespace practrack
