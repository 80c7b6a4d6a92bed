// Tools that implement the ci practices. Rows are matched by the resolver
// against CI/hook/make/script command lines (RE2, searched anywhere in the
// line), config files, manifest sections, dependencies, hook ids and CI
// action/orb prefixes. The ci rules read them through facts.tools_for().
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> ci_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions

      // --- junit-reports: a runner writes JUnit/xUnit XML ---
      {"junit-reports", "pytest --junitxml", R"(\bpytest\b.*--junit-?xml\b|--junitxml[= ])", "", "",
       "", "", ""},
      {"junit-reports", "robot --xunit", R"(\b(robot|pabot)\b.*\s(--xunit|-x)\s)", "", "", "", "",
       ""},
      {"junit-reports", "go-junit-report", R"(\bgo-junit-report\b)", "", "",
       "go:github.com/jstemmer/go-junit-report*", "", ""},
      {"junit-reports", "gotestsum --junitfile", R"(\bgotestsum\b.*--junitfile\b)", "", "", "", "",
       ""},
      // Reporters are named as the test runner's arguments (`--reporter X`).
      {"junit-reports", "jest-junit", R"(jest-junit)", "", "jest-junit", "npm:jest-junit", "", "",
       "", true},
      {"junit-reports", "mocha-junit-reporter", R"(mocha-junit-reporter)", "", "",
       "npm:mocha-junit-reporter", "", "", "", true},
      {"junit-reports", "vitest junit reporter", R"(\bvitest\b.*--reporter[= ]junit)", "", "", "",
       "", ""},
      {"junit-reports", "karma-junit-reporter", "", "", "", "npm:karma-junit-reporter", "", ""},
      {"junit-reports", "ctest --output-junit", R"(\bctest\b.*--output-junit\b)", "", "", "", "",
       ""},
      {"junit-reports", "phpunit --log-junit", R"(\bphpunit\b.*--log-junit\b)", "", "", "", "", ""},
      {"junit-reports", "dotnet test junit/trx logger",
       R"(\bdotnet\s+test\b.*--logger[= :"']*(junit|trx))", "", "", "", "", ""},
      {"junit-reports", "deno test --junit-path", R"(\bdeno\s+test\b.*--junit-path\b)", "", "",
       "", "", ""},
      {"junit-reports", "bun test --reporter=junit", R"(\bbun\s+test\b.*--reporter[= ]junit\b)",
       "", "", "", "", ""},
      {"junit-reports", "cargo2junit", R"(\bcargo2junit\b)", "", "", "", "", ""},
      {"junit-reports", "xunit output", R"(\s-o\s+xunit\b|--xunit-?xml\b|--with-xunit\b)", "", "",
       "", "", ""},
      {"junit-reports", "test-report action", "", "", "", "", "",
       "dorny/test-reporter|mikepenz/action-junit-report|"
       "EnricoMi/publish-unit-test-result-action|test-summary/action"},

      // --- dry-run-validation: validate without executing ---
      {"dry-run-validation", "robot --dryrun", R"(\b(robot|pabot)\b.*--dryrun\b)", "", "", "", "",
       ""},
      {"dry-run-validation", "terraform validate", R"(\b(terraform|tofu)\s+validate\b)", "", "", "",
       "terraform_validate|tofu_validate", ""},
      {"dry-run-validation", "terraform plan", R"(\b(terraform|tofu)\s+plan\b)", "", "", "", "",
       ""},
      {"dry-run-validation", "helm lint", R"(\bhelm\s+(lint|template)\b)", "", "", "", "helmlint",
       ""},
      {"dry-run-validation", "kubectl --dry-run", R"(\bkubectl\b.*--dry-run\b)", "", "", "", "",
       ""},
      {"dry-run-validation", "kubeconform", R"(\b(kubeconform|kubeval)\b)", "", "", "",
       "kubeconform|kubeval", ""},
      {"dry-run-validation", "actionlint", R"(\bactionlint\b)", "", "", "",
       "actionlint|actionlint-docker|actionlint-system",
       "raven-actions/actionlint|reviewdog/action-actionlint|devops-actions/actionlint|"
       "docker://rhysd/actionlint"},
      // `config` validates the compose files and prints the merged model;
      // written to a file (`config > stack.yml`, `-o stack.yml`) it renders
      // a stack to deploy, which checks nothing of its own (fastapi's
      // deploy.sh feeds `docker stack deploy`).
      {"dry-run-validation", "docker compose config", R"(\bdocker[- ]compose\b.*\sconfig\b)", "",
       "", "", "", "", R"(\sconfig\b[^|;&]*(>|\s(-o|--output)(\s|=)))"},
      {"dry-run-validation", "GitLab CI lint",
       R"(\bglab\s+ci\s+(lint|view)\b|gitlab-ci-lint|/ci/lint\b)", "", "", "",
       "gitlab-ci-linter|check-gitlab-ci", ""},
      {"dry-run-validation", "circleci config validate", R"(\bcircleci\s+config\s+validate\b)", "",
       "", "", "circleci-config-validate", ""},
      {"dry-run-validation", "check-jsonschema (CI configs)",
       R"(\bcheck-jsonschema\b.*--builtin-schema\s+vendor\.(github-workflows|gitlab-ci|circle))",
       "", "", "", "check-github-workflows|check-gitlab-ci|check-circle-ci|check-azure-pipelines",
       ""},
      {"dry-run-validation", "ansible --syntax-check",
       R"(\bansible-playbook\b.*--(syntax-check|check)\b)", "", "", "", "", ""},
      {"dry-run-validation", "packer validate", R"(\bpacker\s+validate\b)", "", "", "", "", ""},
      {"dry-run-validation", "nomad job validate", R"(\bnomad\s+(job\s+)?(validate|plan)\b)", "",
       "", "", "", ""},
      {"dry-run-validation", "cfn-lint", R"(\bcfn-lint\b|\bsam\s+validate\b)", "", "",
       "pypi:cfn-lint", "cfn-lint|cfn-python-lint", ""},
      {"dry-run-validation", "pulumi preview", R"(\bpulumi\s+preview\b)", "", "", "", "", ""},
      {"dry-run-validation", "make -n", R"(\bmake\s+(-n|--dry-run|--just-print)\b)", "", "", "", "",
       ""},

      // --- parallel-tests: within-suite parallelism ---
      {"parallel-tests", "pytest-xdist",
       R"(\bpytest\b.*\s(-n\s*(auto|logical|\d+)|--numprocesses\b))", "", "", "pypi:pytest-xdist",
       "", ""},
      {"parallel-tests", "pabot", R"(\bpabot\b)", "", "", "pypi:robotframework-pabot", "", ""},
      {"parallel-tests", "ctest -j", R"(\bctest\b.*(\s-j\s*\d*|--parallel\b))", "", "", "", "", ""},
      // go test runs the packages it is given side by side; one package's
      // tests run one after another unless they call t.Parallel(). So only
      // a run over many packages (`./...`) counts (trial 13: gin's Makefile
      // loops over one package at a time).
      {"parallel-tests", "go test ./...", R"(\bgo\s+test\b.*\.\.\.)", "", "", "", "", ""},
      {"parallel-tests", "cargo nextest", R"(\bcargo\s+nextest\b)", "", "", "", "", ""},
      {"parallel-tests", "cargo test", R"(\bcargo\s+test\b)", "", "", "", "", ""},
      {"parallel-tests", "jest --maxWorkers", R"(\bjest\b.*--maxWorkers\b)", "", "", "", "", ""},
      {"parallel-tests", "mocha --parallel", R"(\bmocha\b.*--parallel\b)", "", "", "", "", ""},
      {"parallel-tests", "deno test --parallel", R"(\bdeno\s+test\b.*--parallel\b)", "", "", "",
       "", ""},
      {"parallel-tests", "parallel_tests", R"(\bparallel_(rspec|test|cucumber)\b)", "", "",
       "gem:parallel_tests", "", ""},
      // test-queue's runners (rspec-queue, minitest-queue), or a rake task
      // built on its library (rubocop's tasks/spec_runner.rake).
      {"parallel-tests", "test-queue", R"(\b(rspec|minitest|testunit|cucumber)-queue\b)", "", "",
       "gem:test-queue", "", ""},
      {"parallel-tests", "knapsack", R"(\bknapsack\b)", "", "", "gem:knapsack*", "", ""},
      {"parallel-tests", "tox --parallel", R"(\btox\b.*(\s-p\b|--parallel\b|\srun-parallel\b))", "",
       "", "", "", ""},
      {"parallel-tests", "prove -j", R"(\bprove\b.*\s-j\s*\d+)", "", "", "", "", ""},
      {"parallel-tests", "maven parallel", R"(\bmvnw?\b.*\s-T\s*\d)", "", "", "", "", ""},
      {"parallel-tests", "playwright workers", R"(\bplaywright\s+test\b.*--workers\b)", "", "", "",
       "", ""},

      // --- flaky-tests: retries and quarantine ---
      {"flaky-tests", "pytest-rerunfailures", R"(\bpytest\b.*--reruns\b)", "", "pytest:reruns",
       "pypi:pytest-rerunfailures", "", ""},
      {"flaky-tests", "flaky (pytest plugin)", "", "", "", "pypi:flaky", "", ""},
      {"flaky-tests", "robot --rerunfailed", R"(\b(robot|pabot)\b.*--rerunfailed(suites)?\b)", "",
       "", "", "", ""},
      {"flaky-tests", "gotestsum --rerun-fails", R"(\bgotestsum\b.*--rerun-fails\b)", "", "", "",
       "", ""},
      {"flaky-tests", "cargo nextest --retries", R"(\bcargo\s+nextest\b.*--retries\b)", "", "", "",
       "", ""},
      {"flaky-tests", "ctest --repeat", R"(\bctest\b.*--repeat\s+until-pass)", "", "", "", "", ""},
      {"flaky-tests", "mocha --retries", R"(\bmocha\b.*--retries\b)", "", "", "", "", ""},
      {"flaky-tests", "playwright --retries", R"(\bplaywright\s+test\b.*--retries\b)", "", "", "",
       "", ""},
      {"flaky-tests", "jest retryTimes", "", "", "jest.retryTimes", "", "", ""},
      {"flaky-tests", "rspec-retry", "", "", "", "gem:rspec-retry", "", ""},
      {"flaky-tests", "surefire rerunFailingTestsCount", R"(rerunFailingTestsCount)", "", "", "",
       "", ""},
      {"flaky-tests", "retry action", "", "", "", "", "",
       "nick-fields/retry|Wandalen/wretry.action"},

      // --- ci-caching: build caches beyond the CI system's own cache: ---
      // Compiler launchers are set as much as run (`PATH=/usr/lib/ccache:$PATH`).
      {"ci-caching", "ccache", R"(\bccache\b)", "", "", "", "", "hendrikmuhs/ccache-action", "",
       true},
      {"ci-caching", "sccache", R"(\bsccache\b)", "", "", "", "", "mozilla-actions/sccache-action",
       "", true},
      {"ci-caching", "BuildKit cache", R"(--cache-from\b|--mount=type=cache\b)", "", "", "", "",
       ""},
      {"ci-caching", "Bazel remote cache", R"(--remote_cache\b|--disk_cache\b)", "", "", "", "",
       ""},
      {"ci-caching", "cache action", "", "", "", "", "",
       "actions/cache|Swatinem/rust-cache|gradle/actions/setup-gradle|gradle/gradle-build-action|"
       "cirruslabs/cache|buildjet/cache|coursier/cache-action|cachix/cachix-action|"
       "DeterminateSystems/magic-nix-cache-action"},
  };
}

}  // namespace practrack
