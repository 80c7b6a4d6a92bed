// Tools that implement the security practices decided by tools: secret
// scanning, image scanning, SAST, DAST, SBOM generation and fuzzing.
// Command patterns want a subcommand or flag that means the practice, so a
// word in an echo or a comment does not count on its own.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> security_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions

      // Secret scanning.
      {"secret-scanning", "gitleaks", R"(\bgitleaks\s+(detect|protect|git|dir|stdin)\b)",
       ".gitleaks.toml|**/.gitleaks.toml|.gitleaksignore", "", "",
       "gitleaks|gitleaks-docker|gitleaks-system", "gitleaks/gitleaks-action|zricethezav/gitleaks"},
      {"secret-scanning", "trufflehog", R"(\btrufflehog3?\s+(git|filesystem|github|docker)\b)", "",
       "", "pypi:trufflehog|pypi:trufflehog3", "trufflehog",
       "trufflesecurity/trufflehog|edplato/trufflehog-actions-scan"},
      {"secret-scanning", "detect-secrets", R"(\bdetect-secrets(-hook)?\b)", ".secrets.baseline",
       "", "pypi:detect-secrets", "detect-secrets", ""},
      {"secret-scanning", "ggshield", R"(\bggshield\s+secret\s+scan\b)",
       ".gitguardian.{yaml,yml}", "", "pypi:ggshield", "ggshield|ggshield-push",
       "GitGuardian/ggshield-action|GitGuardian/ggshield"},
      {"secret-scanning", "git-secrets", R"(\bgit[- ]secrets\s+--scan)", "", "", "",
       "git-secrets", ""},
      {"secret-scanning", "talisman", R"(\btalisman\b.*--(githook|scan))", ".talismanrc", "", "",
       "talisman-commit|talisman-push", ""},
      {"secret-scanning", "secretlint", R"(\bsecretlint\b)", ".secretlintrc{,.json,.yml,.yaml,.js}",
       "", "npm:secretlint|npm:@secretlint/*", "secretlint", ""},
      {"secret-scanning", "detect-private-key", "", "", "", "",
       "detect-private-key|detect-aws-credentials",
       ""},
      {"secret-scanning", "nosey parker", R"(\bnoseyparker\s+scan\b)", "", "", "", "",
       "praetorian-inc/noseyparker"},
      {"secret-scanning", "GitLab Secret Detection", "", "", "", "", "",
       "Security/Secret-Detection|Jobs/Secret-Detection"},
      // Only where its secret scanner is asked for by name.
      {"secret-scanning", "trivy secret", R"(\btrivy\b.*--scanners[= ]\S*\bsecret\b)", "", "", "",
       "", "aquasecurity/trivy-action?scanners=secret"},

      // Container image scanning.
      // trivy-action scans an image unless `scan-type` says otherwise.
      {"image-scanning", "trivy", R"(\btrivy\s+(image|i)\b)", "", "", "", "",
       "aquasecurity/trivy-action?!scan-type|aquasecurity/trivy-action?scan-type=image|"
       "aquasec/trivy"},
      {"image-scanning", "grype", R"(\bgrype\s+\S+)", ".grype.yaml", "", "", "",
       "anchore/scan-action|anchore/grype"},
      {"image-scanning", "snyk container", R"(\bsnyk\s+container\s+(test|monitor)\b)", "", "", "",
       "", "snyk/actions/docker"},
      {"image-scanning", "docker scout",
       R"(\bdocker[- ]scout\s+(cves|quickview|recommendations|compare)\b)",
       "", "", "", "", "docker/scout-action"},
      {"image-scanning", "dockle", R"(\bdockle\s+\S+)", "", "", "", "",
       "goodwithtech/dockle-action"},
      {"image-scanning", "clair", R"(\bclairctl\b|\bclair-scanner\b)", "", "", "", "", ""},
      {"image-scanning", "twistcli", R"(\btwistcli\s+images\s+scan\b)", "", "", "", "",
       "PaloAltoNetworks/prisma-cloud-scan"},
      {"image-scanning", "jfrog xray", R"(\bjf\s+docker\s+scan\b)", "", "", "", "", ""},
      {"image-scanning", "GitLab Container Scanning", "", "", "", "", "",
       "Security/Container-Scanning|Jobs/Container-Scanning"},

      // SAST.
      {"sast", "semgrep", R"(\bsemgrep\b(\s+(scan|ci)\b|\s+--config\b))",
       ".semgrep.{yml,yaml}|.semgrep/**|semgrep.{yml,yaml}", "", "pypi:semgrep", "semgrep",
       "returntocorp/semgrep-action|semgrep/semgrep-action|returntocorp/semgrep|semgrep/semgrep"},
      {"sast", "bandit",
       R"((^|[;&|]\s*|-m\s+)bandit\b|\bbandit\s+(-r|-c|-f|-x|--\w|\S+\.py\b))",
       ".bandit|bandit.{yml,yaml}", "tool.bandit|bandit", "pypi:bandit", "bandit",
       "PyCQA/bandit-action|jpetrucciani/bandit-check"},
      // CodeQL runs where a database is created or analysed: the action's
      // init and analyze steps or the CLI. Its upload-sarif step (and
      // `codeql github upload-results`) only uploads SARIF, often another
      // tool's, so it is not CodeQL.
      {"sast", "codeql", R"(\bcodeql\s+database\s+(create|analyze)\b)", "", "", "", "",
       "github/codeql-action/init|github/codeql-action/analyze"},
      {"sast", "gosec", R"(\bgosec\s+\S+)", "", "", "", "", "securego/gosec"},
      // gosec as a golangci-lint linter: the rule counts it run where golangci-lint runs.
      {"sast", "golangci-lint (gosec)", "", "", "golangci:gosec", "", "", ""},
      {"sast", "brakeman", R"(\bbrakeman\b)", "config/brakeman.yml", "", "gem:brakeman", "",
       "devmasx/brakeman-linter-action"},
      {"sast", "flawfinder", R"(\bflawfinder\s+\S+)", "", "", "pypi:flawfinder", "",
       "david-a-wheeler/flawfinder"},
      {"sast", "clang static analyzer",
       R"(\bscan-build\b|\bclang(\+\+)?\b.*\s--analyze\b|\banalyze-build\b)",
       "", "", "", "", ""},
      // GCC's static analyzer, asked for on the command line or through a
      // build option of that name (pkgconf: meson setup -Danalyzer=true).
      {"sast", "GCC -fanalyzer", R"((^|[\s"'=])-fanalyzer\b|\s-Danalyzer=(true|enabled)\b)", "",
       "", "", "", ""},
      {"sast", "find-sec-bugs", "", "", "",
       "maven:com.h3xstream.findsecbugs:findsecbugs-plugin|gradle:com.h3xstream.findsecbugs*", "",
       ""},
      {"sast", "sonarqube", R"(\bsonar-scanner\b|\bsonar:sonar\b|\bgradlew?\b.*\bsonar(qube)?\b)",
       "sonar-project.properties", "", "", "",
       "SonarSource/sonarcloud-github-action|SonarSource/sonarqube-scan-action|"
       "sonarsource/sonar-scanner-cli"},
      {"sast", "qodana", R"(\bqodana\s+scan\b)", "qodana.{yaml,yml}", "", "", "",
       "JetBrains/qodana-action"},
      {"sast", "njsscan", R"(\bnjsscan\b)", ".njsscan", "", "pypi:njsscan", "njsscan",
       "ajinabraham/njsscan-action"},
      {"sast", "psalm taint analysis", R"(\bpsalm\b.*--taint-analysis)", "", "", "", "", ""},
      {"sast", "horusec", R"(\bhorusec\s+start\b)", "horusec-config.json", "", "", "", ""},
      {"sast", "snyk code", R"(\bsnyk\s+code\s+test\b)", "", "", "", "", ""},
      {"sast", "bearer", R"(\bbearer\s+scan\b)", "bearer.yml", "", "", "", "bearer/bearer-action"},
      {"sast", "devskim", R"(\bdevskim\s+analyze\b)", "", "", "", "", "microsoft/DevSkim-Action"},
      {"sast", "eslint-plugin-security", "", "", "", "npm:eslint-plugin-security", "", ""},
      {"sast", "checkov", R"(\bcheckov\s+-)", ".checkov.{yml,yaml}", "", "pypi:checkov", "checkov",
       "bridgecrewio/checkov-action"},
      {"sast", "tfsec", R"(\btfsec\b)", ".tfsec/**", "", "", "terraform_tfsec",
       "aquasecurity/tfsec-action"},
      {"sast", "kics", R"(\bkics\s+scan\b)", "", "", "", "", "checkmarx/kics-github-action"},
      {"sast", "GitLab SAST", "", "", "", "", "", "Security/SAST|Jobs/SAST"},
      // Static analysis of the GitHub Actions workflows themselves.
      {"sast", "zizmor", R"(\bzizmor(\s|$))", "zizmor.{yml,yaml}|.github/zizmor.{yml,yaml}", "",
       "pypi:zizmor", "zizmor", "zizmorcore/zizmor-action|woodruffw/zizmor-action"},

      // DAST.
      {"dast", "OWASP ZAP",
       R"(\bzap-(baseline|full-scan|api-scan)\.py\b|\bzap\.sh\b.*-cmd|\bzaproxy\b)",
       ".zap/**", "", "", "",
       "zaproxy/action-baseline|zaproxy/action-full-scan|zaproxy/action-api-scan|zaproxy/action-af|"
       "ghcr.io/zaproxy/zaproxy|owasp/zap2docker"},
      {"dast", "nuclei", R"(\bnuclei\s+-(u|l|target|list)\b)", "", "", "", "",
       "projectdiscovery/nuclei-action"},
      {"dast", "nikto", R"(\bnikto(\.pl)?\s+-h\b)", "", "", "", "", ""},
      {"dast", "Burp Suite", R"(\bburp(suite)?\b.*scan)", "", "", "", "", "PortSwigger/"},
      {"dast", "wapiti", R"(\bwapiti\s+-u\b)", "", "", "", "", ""},
      {"dast", "StackHawk", R"(\bhawk\s+scan\b)", "stackhawk.yml", "", "", "",
       "stackhawk/hawkscan-action"},
      {"dast", "GitLab DAST", "", "", "", "", "", "Security/DAST|Jobs/DAST"},

      // SBOM generation.
      {"sbom", "syft", R"(\bsyft\s+(\S+\s+)?(-o|--output|scan|packages|dir:|\S+:\S+))",
       ".syft.yaml",
       "", "", "", "anchore/sbom-action"},
      {"sbom", "cyclonedx",
       R"(\bcyclonedx-(py|npm|bom|gomod|node-npm)\b|@cyclonedx/\S+|\bcyclonedx\s+\S+|)"
       R"(\bcargo\s+cyclonedx\b|\bcyclonedxBom\b|cyclonedx-maven-plugin)",
       "",
       // The Maven and Gradle plugins write the SBOM in the build that applies them.
       "maven:cyclonedx-maven-plugin|gradle:org.cyclonedx*",
       "pypi:cyclonedx-bom|pypi:cyclonedx-py|npm:@cyclonedx/*|maven:org.cyclonedx*|"
       "gradle:org.cyclonedx*",
       "", "CycloneDX/gh-"},
      {"sbom", "spdx-sbom-generator", R"(\bspdx-sbom-generator\b)", "", "", "", "", ""},
      {"sbom", "docker sbom", R"(\bdocker\s+sbom\b|\bdocker\s+buildx\s+build\b.*--sbom)", "", "",
       "",
       "", ""},
      {"sbom", "sbom-tool", R"(\bsbom-tool\s+generate\b)", "", "", "", "", ""},
      {"sbom", "trivy sbom", R"(\btrivy\b.*--format\s+(cyclonedx|spdx))", "", "", "", "", ""},
      {"sbom", "npm sbom", R"(\bnpm\s+sbom\b)", "", "", "", "", ""},
      {"sbom", "cargo-sbom", R"(\bcargo\s+sbom\b)", "", "", "", "", ""},
      {"sbom", "goreleaser sboms", "", "", "sboms", "", "", ""},
      // BuildKit's SBOM attestation, asked for by the build action's input.
      {"sbom", "BuildKit SBOM attestation", "", "", "", "", "",
       "docker/build-push-action?sbom|docker/bake-action?sbom"},

      // Fuzzing.
      {"fuzzing", "libFuzzer", R"(-fsanitize=\S*\bfuzzer\b)", "", "", "", "", ""},
      {"fuzzing", "cargo fuzz", R"(\bcargo\s+(\+\S+\s+)?fuzz\b)", "**/fuzz/Cargo.toml", "",
       "cargo:libfuzzer-sys|cargo:afl|cargo:honggfuzz|cargo:arbitrary", "", ""},
      {"fuzzing", "go fuzz", R"(\bgo\s+test\b.*\s-fuzz[= ]\S+)", "", "", "", "", ""},
      {"fuzzing", "atheris", R"(\batheris\b)", "", "", "pypi:atheris", "", ""},
      {"fuzzing", "jazzer", R"(\bjazzer\b)", "", "",
       "maven:com.code-intelligence*|npm:@jazzer.js/*",
       "", "CodeIntelligenceTesting/"},
      {"fuzzing", "ClusterFuzzLite", "", ".clusterfuzzlite/**", "", "", "",
       "google/clusterfuzzlite/actions"},
      {"fuzzing", "OSS-Fuzz", R"(\boss-fuzz\b|infra/helper\.py\s+build_fuzzers)", "", "", "", "",
       "google/oss-fuzz/infra/cifuzz/actions"},
      {"fuzzing", "AFL", R"(\bafl-(fuzz|clang|clang-fast|clang-lto|gcc)\b)", "", "", "", "", ""},
      {"fuzzing", "honggfuzz", R"(\bhonggfuzz\b)", "", "", "", "", ""},
      {"fuzzing", "hypothesis fuzz", R"(\bhypothesis\s+fuzz\b)", "", "", "", "", ""},
  };
}

}  // namespace practrack
