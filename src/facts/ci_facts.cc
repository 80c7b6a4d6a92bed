#include "facts/ci_facts.h"

#include <array>
#include <utility>

#include "util/text.h"

namespace practrack {

std::string ci_system_title(std::string_view system) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kTitles = {{
      {"gitlab-ci", "GitLab CI"},
      {"github-actions", "GitHub Actions"},
      {"jenkins", "Jenkins"},
      {"circleci", "CircleCI"},
      {"azure-pipelines", "Azure Pipelines"},
      {"bitbucket", "Bitbucket Pipelines"},
      {"travis", "Travis CI"},
      {"drone", "Drone"},
      {"woodpecker", "Woodpecker"},
      {"buildkite", "Buildkite"},
  }};
  for (const auto& [id, title] : kTitles)
    if (id == system) return std::string(title);
  return std::string(system);
}

bool is_deploy_job(const CiJob& job) {
  if (!job.environment.empty()) return true;
  for (std::string_view word : {"deploy", "release", "publish", "rollout", "deliver"})
    if (text::icontains(job.name, word) || text::icontains(job.stage, word)) return true;
  return false;
}

bool is_default_branch(std::string_view branch) {
  std::string b = text::lower(text::trim(branch));
  if (b.size() >= 2 && (b.front() == '"' || b.front() == '\'')) b = b.substr(1, b.size() - 2);
  if (text::starts_with(b, "refs/heads/")) b = b.substr(11);
  for (std::string_view name :
       {"main", "master", "trunk", "default", "$ci_default_branch", "${ci_default_branch}",
        "$ci_repo_default_branch", "${ci_repo_default_branch}", "the default branch"})
    if (b == name) return true;
  return false;
}

}  // namespace practrack
