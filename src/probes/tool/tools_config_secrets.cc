// Tools that implement the config-secrets practices. Secret stores are
// recognised by the CLI a script or job runs, their config files, the SDK
// a manifest depends on, or the CI action that fetches secrets. GitHub's
// `${{ secrets.X }}` is not a vault (see the doc probes' secret stores).
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> config_secrets_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
      {"secrets-vault", "HashiCorp Vault", R"(\bvault\s+(kv|read|write|login|agent|token)\b)",
       "vault.hcl|**/vault-agent*.hcl|**/vault/config*.hcl", "",
       "pypi:hvac|npm:node-vault|go:github.com/hashicorp/vault/api*|cargo:vaultrs|gem:vault|"
       "maven:org.springframework.cloud:spring-cloud-starter-vault-config|"
       "maven:com.bettercloud:vault-java-driver|nuget:VaultSharp",
       "", "hashicorp/vault-action"},
      {"secrets-vault", "AWS Secrets Manager", R"(\baws\s+secretsmanager\b)", "", "",
       "npm:@aws-sdk/client-secrets-manager|pypi:aws-secretsmanager-caching|"
       "go:github.com/aws/aws-sdk-go-v2/service/secretsmanager|cargo:aws-sdk-secretsmanager|"
       "maven:software.amazon.awssdk:secretsmanager|nuget:AWSSDK.SecretsManager",
       "", "aws-actions/aws-secretsmanager-get-secrets"},
      {"secrets-vault", "AWS SSM Parameter Store",
       R"(\baws\s+ssm\s+get-parameters?\b.*--with-decryption)", "", "",
       "npm:@aws-sdk/client-ssm|cargo:aws-sdk-ssm", "", ""},
      {"secrets-vault", "Google Secret Manager", R"(\bgcloud\s+secrets\b)", "", "",
       "pypi:google-cloud-secret-manager|npm:@google-cloud/secret-manager|"
       "go:cloud.google.com/go/secretmanager*|"
       "maven:com.google.cloud:google-cloud-secretmanager",
       "", "google-github-actions/get-secretmanager-secrets"},
      {"secrets-vault", "Azure Key Vault", R"(\baz\s+keyvault\b)", "", "",
       "pypi:azure-keyvault-secrets|npm:@azure/keyvault-secrets|"
       "go:github.com/Azure/azure-sdk-for-go/sdk/security/keyvault*|"
       "nuget:Azure.Security.KeyVault.Secrets|maven:com.azure:azure-security-keyvault-secrets",
       "", "Azure/get-keyvault-secrets"},
      {"secrets-vault", "sops", R"(\bsops\s+(-d|--decrypt|exec-env|exec-file|-e|--encrypt)\b)",
       ".sops.yaml|**/.sops.yaml|.sops.yml", "",
       "go:github.com/getsops/sops*|go:go.mozilla.org/sops*", "", "mozilla/sops|getsops/sops"},
      {"secrets-vault", "sealed-secrets", R"(\bkubeseal\b)", "", "", "", "", ""},
      {"secrets-vault", "Doppler", R"(\bdoppler\s+(run|secrets|setup)\b)",
       "doppler.yaml|.doppler.yaml", "", "npm:@dopplerhq/node-sdk|pypi:doppler-sdk", "",
       "dopplerhq/"},
      {"secrets-vault", "1Password", R"(\bop\s+(run|read|inject)\b)", "", "",
       "npm:@1password/sdk|pypi:onepassword-sdk", "", "1password/load-secrets-action"},
      {"secrets-vault", "Infisical", R"(\binfisical\s+(run|export|secrets)\b)", ".infisical.json",
       "", "npm:@infisical/sdk|pypi:infisical-python|pypi:infisicalsdk", "",
       "Infisical/secrets-action"},
      {"secrets-vault", "Bitwarden Secrets Manager", R"(\bbws\s+(run|secret)\b)", "", "",
       "npm:@bitwarden/sdk-napi", "", "bitwarden/sm-action"},
      {"secrets-vault", "git-crypt", R"(\bgit-crypt\s+(unlock|init)\b)", ".git-crypt/**", "", "",
       "", ""},
      {"secrets-vault", "ansible-vault", R"(\bansible-vault\b|--vault-password-file)", "", "", "",
       "", ""},
      {"secrets-vault", "chamber", R"(\bchamber\s+(exec|read|export)\b)", "", "", "", "", ""},
      {"secrets-vault", "teller", R"(\bteller\s+(run|env|show)\b)", ".teller.yml", "", "", "", ""},
      {"secrets-vault", "berglas", R"(\bberglas\s+(exec|access)\b)", "", "",
       "go:github.com/GoogleCloudPlatform/berglas*", "", ""},
      {"secrets-vault", "Akeyless", R"(\bakeyless\s+get-secret-value\b)", "", "", "pypi:akeyless",
       "", "LanceMcCarthy/akeyless-action|akeyless-community/akeyless-github-action"},
      {"secrets-vault", "CyberArk Conjur", R"(\bconjur\s+variable\b|\bsummon\s)", "secrets.yml", "",
       "", "", "cyberark/conjur-action"},
      {"config-validation", "pydantic-settings", "", "", "", "pypi:pydantic-settings", "", ""},
      {"config-validation", "envalid", "", "", "", "npm:envalid", "", ""},
      {"config-validation", "t3-env", "", "", "", "npm:@t3-oss/env-core|npm:@t3-oss/env-nextjs", "",
       ""},
      {"config-validation", "convict", "", "", "", "npm:convict", "", ""},
      {"config-validation", "env-schema", "", "", "", "npm:env-schema|npm:env-var", "", ""},
      {"config-validation", "environs", "", "", "", "pypi:environs", "", ""},
      {"config-validation", "dynaconf", "", "", "", "pypi:dynaconf", "", ""},
      {"config-validation", "envconfig", "", "", "",
       "go:github.com/kelseyhightower/envconfig|go:github.com/caarlos0/env*|"
       "go:github.com/sethvargo/go-envconfig|go:github.com/ilyakaznacheev/cleanenv",
       "", ""},
      {"config-validation", "envy", "", "", "", "cargo:envy|cargo:figment", "", ""},
  };
}

}  // namespace practrack
