// Continuous Deployment: deploy jobs from CiFacts, deployed stacks from
// compose files and deploy configs (Helm, Kubernetes, platform files), and
// the cd tool rows (tools_cd.cc). A repository where nothing is deployed
// (no deploy job, container, manifest or platform file) gets
// not-applicable for the practices that only mean something once a
// project is deployed.
#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <set>

#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "util/text.h"

namespace practrack {
namespace {

struct DeployJob {
  const CiPipeline* pipeline;
  const CiJob* job;
};

// A job that calls a deploy script (`ci/deploy.sh`) deploys whatever its name.
bool runs_deploy_script(const CiJob& j) {
  for (const auto& l : j.script)
    if (text::icontains(l, "deploy.") || text::icontains(l, "/deploy ")) return true;
  return false;
}

// Package publishing (PyPI, npm, GitHub Pages, release drafts) ships a
// library, not a running service.
bool publishes_package(const CiJob& j) {
  static constexpr std::string_view kWords[] = {
      "pypi",  "npm",  "crates",  "rubygems", "gem",     "maven", "sonatype",
      "pages", "docs", "publish", "release",  "package", "wheel"};
  static constexpr std::string_view kService[] = {"deploy", "prod", "stag", "live", "rollout"};
  std::string all = text::lower(j.name + " " + j.stage + " " + j.environment);
  // Documentation hosting is publishing too, whatever the environment says.
  for (std::string_view w : {"docs", "rtd", "readthedocs", "pages", "documentation"})
    if (text::contains(all, w)) return true;
  for (auto w : kService)
    if (text::contains(all, w)) return false;
  if (runs_deploy_script(j)) return false;
  for (auto w : kWords)
    if (text::contains(all, w)) return true;
  return false;
}

// A workflow named for the documentation (poetry's "Documentation
// Preview" deploys each pull request's docs to Vercel): what it deploys is
// the docs. The file name alone is not enough: a docs.yaml may also ship
// the product.
bool docs_pipeline(const CiPipeline& p) {
  // Latin-1: ASCII words need no Unicode case folding, which made this
  // one pattern cost a scan 10 ms to compile.
  static const RE2 re(R"((?i)\b(docs?|documentation|read-?the-?docs|rtd)\b)", RE2::Latin1);
  return RE2::PartialMatch(p.name, re);
}

std::vector<DeployJob> deploy_jobs(const RepoFacts& f, bool services_only = false) {
  std::vector<DeployJob> out;
  for (const auto& p : f.ci.pipelines)
    for (const auto& j : p.jobs)
      if ((is_deploy_job(j) || runs_deploy_script(j)) &&
          !(services_only && (publishes_package(j) || docs_pipeline(p))))
        out.push_back({&p, &j});
  return out;
}

// GitHub Pages hosts the project's docs or website, and a deploy tool run
// by a docs workflow deploys the docs: that is publishing documentation,
// not deploying the product.
bool docs_site(const RepoFacts& f, const ToolUse& u) {
  if (u.tool == "GitHub Pages") return true;
  if (u.how != ToolHow::run || u.origin != Origin::ci) return false;
  return std::any_of(f.ci.pipelines.begin(), f.ci.pipelines.end(),
                     [&](const CiPipeline& p) { return p.path == u.at.path && docs_pipeline(p); });
}

bool has_run_tool(const RepoFacts& f, std::string_view practice) {
  for (const ToolUse* u : f.tools_for(practice))
    if (u->how == ToolHow::run && !docs_site(f, *u)) return true;
  return false;
}

// "CI job `deploy` in `.github/workflows/website.yml`" for a tool run by CI;
// the use's detail already says "job deploy".
std::string ci_run_label(const ToolUse& u) {
  std::string_view job = u.detail;
  if (text::starts_with(job, "job ")) job.remove_prefix(4);
  return "CI job " + code(job) + " in " + code(u.at.path);
}

// A Dockerfile for development or CI does not mean a deployed service.
bool deployable_dockerfile(const Dockerfile& d) {
  for (std::string_view w : {"devcontainer", "test", "ci/", ".ci", "dev/", "docs/", "example"})
    if (text::icontains(d.path, w)) return false;
  return true;
}

// A compose file that starts what tests need (phoenix's
// integration_test/docker-compose.yml: the databases its integration
// tests run against) is test infrastructure, not a stack that is deployed.
bool deployed_compose(const ComposeFile& c) {
  for (std::string_view dir = text::dirname(c.path); !dir.empty(); dir = text::dirname(dir)) {
    std::string part = text::lower(text::basename(dir));
    for (std::string_view test : {"test", "tests", "testing", "integration_test",
                                  "integration_tests", "integration-tests", "e2e", "spec"})
      if (part == test) return false;
  }
  return true;
}

// An image pushed to a registry by CI (docker/build-push-action, docker
// push ...): the image is what the project ships, like a package.
const ToolUse* pushed_image(const RepoFacts& f) {
  for (const ToolUse* u : f.tools_for("container-registry"))
    if (u->how == ToolHow::run && u->origin == Origin::ci) return u;
  return nullptr;
}

// Something is deployed: a service deploy job, a deploy config, a compose
// file, an application Dockerfile, or a deploy command run somewhere.
// Package publishing alone does not count, and neither do Dockerfiles whose
// images CI publishes (a release job or a registry push): publishing an image
// on release is release automation, not the deployment of a running service.
bool deploys_anything(const RepoFacts& f) {
  // A reusable Terraform module's .tf files are deployed by its users.
  bool module = !terraform_module_label(f).empty();
  bool configs =
      std::any_of(f.ci.deploy_configs.begin(), f.ci.deploy_configs.end(),
                  [&](const DeployConfig& d) { return !module || d.kind != "terraform"; });
  bool compose = std::any_of(f.containers.compose_files.begin(), f.containers.compose_files.end(),
                             deployed_compose);
  if (!deploy_jobs(f, true).empty() || configs || compose || has_run_tool(f, "automated-deploy"))
    return true;
  if (!deploy_jobs(f).empty() || pushed_image(f)) return false;
  return std::any_of(f.containers.dockerfiles.begin(), f.containers.dockerfiles.end(),
                     deployable_dockerfile);
}

constexpr const char* kNothingDeployedText =
    "Nothing is deployed: no deploy job, container, compose file, manifest or platform file "
    "(a library or tool)";

// Why nothing is deployed from this repository, for not-applicable notes.
std::string nothing_deployed_note(const RepoFacts& f) {
  std::string module = terraform_module_label(f);
  if (!module.empty())
    return "Nothing is deployed: the repository is " + module + ", which its users deploy";
  return kNothingDeployedText;
}

std::string job_label(const DeployJob& d) {
  std::string s = code(d.job->name);
  std::vector<std::string> extra;
  if (!d.job->stage.empty() && d.job->stage != d.job->name)
    extra.push_back(d.pipeline->system == "github-actions" ? d.job->stage
                                                           : "stage " + d.job->stage);
  if (!d.job->environment.empty()) extra.push_back("environment " + d.job->environment);
  if (!extra.empty()) s += " (" + text::join(extra, ", ") + ")";
  return s + " in " + code(d.pipeline->path);
}

// Whether the job runs by itself on the default branch: limited to it,
// or unrestricted on a pipeline that runs on push to it.
bool on_default_branch(const DeployJob& d) {
  if (d.job->default_branch_only) return true;
  if (d.job->tag_only || d.job->no_push) return false;
  const auto& br = d.pipeline->triggers.branches;
  if (!d.pipeline->triggers.push) return false;
  if (br.empty()) return true;
  return std::any_of(br.begin(), br.end(),
                     [](const std::string& b) { return is_default_branch(b); });
}

// Deploy commands (kubectl apply, helm upgrade ...) run by a CI job that
// its name does not mark as a deploy job.
std::vector<const ToolUse*> deploy_commands(const RepoFacts& f) {
  std::vector<const ToolUse*> out;
  for (const ToolUse* u : f.tools_for("automated-deploy"))
    if (u->how == ToolHow::run && u->origin == Origin::ci && !docs_site(f, *u)) out.push_back(u);
  return out;
}

// Up to three labels, then "+N more".
std::string first_three(const std::vector<std::string>& v) {
  std::vector<std::string> shown(v.begin(),
                                 v.begin() + static_cast<long>(std::min<std::size_t>(3, v.size())));
  std::string s = text::join(shown, "; ");
  return v.size() > 3 ? s + "; +" + std::to_string(v.size() - 3) + " more" : s;
}

// Deploy jobs sorted by what starts them.
struct DeployKinds {
  std::vector<std::string> on_main, on_tags, manual, other;
  std::vector<Evidence> ev_auto, ev_manual, ev_other;
};

DeployKinds classify(const std::vector<DeployJob>& jobs) {
  DeployKinds k;
  for (const auto& d : jobs) {
    if (d.job->manual) {
      k.manual.push_back(job_label(d));
      k.ev_manual.push_back(d.job->at);
    } else if (on_default_branch(d)) {
      k.on_main.push_back(job_label(d));
      k.ev_auto.push_back(d.job->at);
    } else if (d.job->tag_only || d.pipeline->triggers.tag) {
      k.on_tags.push_back(job_label(d));
      k.ev_auto.push_back(d.job->at);
    } else {
      k.other.push_back(job_label(d));
      k.ev_other.push_back(d.job->at);
    }
  }
  return k;
}

std::string deploys_when(const std::vector<std::string>& v, const std::string& when) {
  if (v.size() == 1) return v.front() + " deploys " + when;
  return std::to_string(v.size()) + " deploy jobs run " + when + ": " + first_three(v);
}

// Why nothing counts as deployed: the release job that publishes (one
// gated on tags or releases first), else the CI registry push.
Assessment nothing_deployed(const RepoFacts& f) {
  if (!terraform_module_label(f).empty()) return not_applicable(nothing_deployed_note(f));
  for (const ToolUse* u : f.tools_for("automated-deploy"))
    if (docs_site(f, *u) && u->how == ToolHow::run && u->origin == Origin::ci) {
      Assessment a = not_applicable("Nothing is deployed but the docs site: " + u->tool + " by " +
                                    ci_run_label(*u) + " (documentation, not the product)");
      a.evidence = {u->at};
      return a;
    }
  auto pubs = deploy_jobs(f);
  auto on_release = std::find_if(pubs.begin(), pubs.end(), [](const DeployJob& d) {
    return d.job->tag_only || (d.pipeline->triggers.tag && !d.pipeline->triggers.push);
  });
  if (on_release != pubs.end()) pubs.front() = *on_release;
  // What the job publishes, as the release practices count it: a release
  // when it runs a forge-release tool and no publishing tool (pkgconf's
  // tarballs attached to a GitHub release, which package-publishing does
  // not count as a package), else a package.
  if (!pubs.empty()) {
    const DeployJob& d = pubs.front();
    auto runs_in_job = [&](std::string_view practice) {
      for (const ToolUse* u : f.tools_for(practice))
        if (u->how == ToolHow::run && u->at.path == d.pipeline->path &&
            job_in(u->detail) == d.job->name)
          return true;
      return false;
    };
    bool release_only = runs_in_job("release-automation") && !runs_in_job("package-publishing");
    return not_applicable("Nothing is deployed: " + job_label(d) +
                          (release_only ? " publishes a release" : " publishes a package") +
                          " (see the release practices)");
  }
  if (const ToolUse* u = pushed_image(f))
    return not_applicable("Nothing is deployed: " + u->tool + " in CI " + u->detail +
                          " publishes an image (see the release practices)");
  return not_applicable(nothing_deployed_note(f));
}

Assessment automated_deploy(const RepoFacts& f) {
  if (!deploys_anything(f)) return nothing_deployed(f);
  // Publishing jobs are release automation even where a service is deployed.
  DeployKinds k = classify(deploy_jobs(f, true));
  if (!k.on_main.empty())
    return adopted(deploys_when(k.on_main, "on default-branch push"), k.ev_auto);
  if (!k.on_tags.empty())
    return adopted(deploys_when(k.on_tags, "automatically on tags"), k.ev_auto);
  auto cmds = deploy_commands(f);
  if (!cmds.empty())
    return adopted(cmds.front()->tool + " run by " + ci_run_label(*cmds.front()),
                   {cmds.front()->at});
  if (!k.manual.empty()) return partial(first_three(k.manual) + " — manual gate", k.ev_manual);
  if (!k.other.empty())
    return partial(first_three(k.other) + " — not run on the default branch", k.ev_other);
  return not_started("No deploy job in CI");
}

// --- declarative stack -------------------------------------------------------

std::string compose_note(const ComposeFile& c) {
  std::vector<std::string> names;
  for (const auto& s : c.services) names.push_back(s.name);
  std::vector<std::string> shown(
      names.begin(), names.begin() + static_cast<long>(std::min<std::size_t>(6, names.size())));
  std::string list = text::join(shown, " + ");
  if (names.size() > 6) list += " + " + std::to_string(names.size() - 6) + " more";
  return code(c.path) + " — " + list;
}

Assessment declarative_stack(const RepoFacts& f) {
  std::vector<std::string> parts;
  std::vector<Evidence> ev;
  // A generated monorepo may hold thousands of stacks: the note names a
  // few, the evidence keeps them all.
  constexpr std::size_t kNamed = 3;
  std::size_t stacks = 0;
  for (const auto& c : f.containers.compose_files)
    if (c.services.size() >= 2 && deployed_compose(c)) {
      if (++stacks <= kNamed) parts.push_back(compose_note(c));
      ev.push_back(c.at.path.empty() ? Evidence{c.path, 0, ""} : c.at);
    }
  if (stacks > kNamed)
    parts.back() += " (+" + plural(static_cast<long>(stacks - kNamed), "more compose stack") + ")";
  std::map<std::string, std::vector<std::string>> by_kind;
  for (const auto& d : f.ci.deploy_configs) {
    if (d.kind == "platform" || d.kind == "terraform") continue;
    by_kind[d.kind].push_back(d.path);
    if (ev.size() < 8) ev.push_back(d.at);
  }
  for (const auto& [kind, paths] : by_kind) {
    std::string label = kind == "helm"         ? "Helm chart"
                        : kind == "kubernetes" ? "Kubernetes manifest"
                        : kind == "kustomize"  ? "Kustomize overlay"
                                               : "Nomad job";
    parts.push_back(plural(static_cast<long>(paths.size()), label) + " (" + code(paths.front()) +
                    (paths.size() > 1 ? " …" : "") + ")");
  }
  for (const auto& d : f.ci.deploy_configs)
    if (d.kind == "platform" && (d.detail == "Docker Swarm stack" || d.detail == "Skaffold")) {
      parts.push_back(d.detail + " " + code(d.path));
      ev.push_back(d.at);
    }
  if (!parts.empty()) return adopted(text::join(parts, "; "), ev);
  if (!f.tools_for("declarative-stack").empty())
    return decide_by_tools(f, "declarative-stack", UnrunPolicy::adopted, "");
  if (!deploys_anything(f)) return not_applicable(nothing_deployed_note(f));
  for (const auto& c : f.containers.compose_files)
    return not_started(code(c.path) + " declares " +
                       plural(static_cast<long>(c.services.size()), "service") + " only");
  return not_started("No compose stack, Kubernetes manifests, Helm chart or Nomad job");
}

// --- progressive delivery, rollback, notifications, promotion ---------------

bool mentions(const CiJob& j, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (text::icontains(j.name, w) || text::icontains(j.stage, w) ||
        text::icontains(j.environment, w))
      return true;
  return false;
}

// A package published under a prerelease dist-tag (`lerna publish
// --canary --dist-tag canary`, `npm publish --tag next`): users opt in to
// it by name, no traffic is shifted to it.
bool publishes_dist_tag(const CiJob& j) {
  static const RE2 re(R"(\bpublish\b.*\s--(dist-tag|tag|canary)\b)");
  return std::any_of(j.script.begin(), j.script.end(),
                     [](const std::string& l) { return RE2::PartialMatch(l, re); });
}

Assessment progressive_delivery(const RepoFacts& f) {
  for (const auto& d : f.ci.deploy_configs)
    if (d.progressive)
      return adopted("Progressive strategy in " + code(d.path) + " (" + d.detail + ")", {d.at});
  for (const auto& p : f.ci.pipelines)
    for (const auto& j : p.jobs)
      if (mentions(j, {"canary", "blue-green", "blue_green", "bluegreen"}) &&
          !publishes_package(j) && !publishes_dist_tag(j))
        return adopted("Job " + code(j.name) + " in " + code(p.path) + " deploys progressively",
                       {j.at});
  auto uses = f.tools_for("progressive-delivery");
  if (!uses.empty()) return decide_by_tools(f, "progressive-delivery", UnrunPolicy::adopted, "");
  if (!deploys_anything(f)) return not_applicable(nothing_deployed_note(f));
  return not_started("Single-target deployment only; no canary or blue/green strategy");
}

Assessment rollback(const RepoFacts& f) {
  for (const auto& p : f.ci.pipelines)
    for (const auto& j : p.jobs)
      if (mentions(j, {"rollback", "roll-back", "revert-deploy"}) ||
          (is_deploy_job(j) && j.when == "on_failure"))
        return adopted("Rollback job " + code(j.name) + " in " + code(p.path), {j.at});
  for (const ToolUse* u : f.tools_for("rollback"))
    if (u->how == ToolHow::run || u->how == ToolHow::configured)
      return adopted(
          "Automated rollback: " + u->tool + " (" +
              (u->detail.empty() ? code(u->at.path)
                                 : std::string(origin_name(u->origin)) + " " + u->detail) +
              ")",
          {u->at});
  for (const auto& d : f.ci.deploy_configs)
    if (d.progressive)
      return adopted("Automatic rollback of failed rollouts (" + code(d.path) + ")", {d.at});
  if (!f.ci.rollback_docs.empty())
    return partial("Manual rollback documented in " + code(f.ci.rollback_docs.front().path),
                   {f.ci.rollback_docs.front()});
  if (!deploys_anything(f)) return not_applicable(nothing_deployed_note(f));
  return not_started("No automated rollback on failed deploy");
}

bool notifies(const std::string& line) {
  static constexpr std::string_view kHints[] = {"hooks.slack.com",
                                                "discord.com/api/webhooks",
                                                "discordapp.com/api/webhooks",
                                                "webhook.office.com",
                                                "slack_webhook",
                                                "discord_webhook",
                                                "teams_webhook",
                                                "chat.postmessage",
                                                "sendmail",
                                                "mailx ",
                                                "apprise ",
                                                "notify-send",
                                                "api.telegram.org"};
  std::string low = text::lower(line);
  for (auto h : kHints)
    if (text::contains(low, h)) return true;
  return false;
}

bool notify_action(const std::string& uses) {
  static constexpr std::string_view kActions[] = {"slack",      "discord",  "teams",  "send-mail",
                                                  "mattermost", "telegram", "notify", "rocketchat"};
  std::string low = text::lower(uses);
  for (auto a : kActions)
    if (text::contains(low, a)) return true;
  return false;
}

// A mail on failure in a job that only publishes a package tells about
// the publish, not a deploy: with nothing deployed the practice is not
// applicable, as the other deploy practices are.
Assessment deploy_notifications(const RepoFacts& f) {
  if (!deploys_anything(f)) return not_applicable(nothing_deployed_note(f));
  auto jobs = deploy_jobs(f);
  for (const auto& d : jobs) {
    for (const auto& l : d.job->script)
      if (notifies(l))
        return adopted(job_label(d) + " notifies: " + code(text::excerpt(l, 60)), {d.job->at});
    for (const auto& u : d.job->uses)
      if (notify_action(u)) return adopted(job_label(d) + " notifies with " + code(u), {d.job->at});
  }
  // A notification tool run by a deploy job.
  for (const ToolUse* u : f.tools_for("deploy-notifications"))
    for (const auto& d : jobs)
      if (u->how == ToolHow::run && u->origin == Origin::ci && u->detail == d.job->name)
        return adopted(job_label(d) + " notifies with " + u->tool, {u->at});
  // A notification job in a pipeline that deploys.
  for (const auto& p : f.ci.pipelines) {
    bool deploys = std::any_of(p.jobs.begin(), p.jobs.end(), is_deploy_job);
    for (const auto& j : p.jobs)
      if (deploys && (mentions(j, {"notify", "slack", "discord", "teams"})))
        return adopted("Job " + code(j.name) + " in " + code(p.path) + " notifies about deploys",
                       {j.at});
  }
  return not_started("No Slack/email/webhook notification on deploy status");
}

bool production_like(std::string_view env) {
  std::string e = text::lower(env);
  return text::contains(e, "prod") || e == "live" || text::starts_with(e, "live");
}
bool preprod_like(std::string_view env) {
  std::string e = text::lower(env);
  for (std::string_view w :
       {"stag", "preprod", "pre-prod", "uat", "qa", "dev", "test", "review", "sandbox", "canary"})
    if (text::contains(e, w) && !(w == "dev" && text::contains(e, "devops"))) return true;
  return false;
}

Assessment environment_promotion(const RepoFacts& f) {
  std::vector<std::string> envs;
  std::vector<Evidence> ev;
  for (const auto& d : deploy_jobs(f, true)) {
    const std::string& e = d.job->environment;
    if (e.empty() || std::find(envs.begin(), envs.end(), e) != envs.end()) continue;
    envs.push_back(e);
    ev.push_back(d.job->at);
  }
  // Kustomize overlays or manifests split per environment.
  for (const auto& d : f.ci.deploy_configs)
    for (std::string_view name : {"staging", "production", "prod", "dev"})
      if (text::contains(d.path, "/" + std::string(name) + "/")) {
        std::string e(name);
        if (std::find(envs.begin(), envs.end(), e) == envs.end()) {
          envs.push_back(e);
          ev.push_back(d.at);
        }
      }
  bool prod = std::any_of(envs.begin(), envs.end(),
                          [](const std::string& e) { return production_like(e); });
  bool pre =
      std::any_of(envs.begin(), envs.end(), [](const std::string& e) { return preprod_like(e); });
  // Shown in the order of promotion: production last, whatever order the
  // files came in (deploy-production.yml sorts before deploy-staging.yml).
  std::vector<std::string> shown;
  for (const auto& e : envs)
    if (!production_like(e)) shown.push_back(code(e));
  for (const auto& e : envs)
    if (production_like(e)) shown.push_back(code(e));
  if (prod && pre) return adopted("Environments " + text::join(shown, " → "), ev);
  if (!envs.empty())
    return not_started("No promotion between environments: " + text::join(shown, ", "), ev);
  if (!deploys_anything(f)) return not_applicable(nothing_deployed_note(f));
  return not_started("Single environment only; no named deploy environments");
}

}  // namespace

std::vector<RuleRow> cd_rules() {
  return {
      {"automated-deploy", automated_deploy},
      {"declarative-stack", declarative_stack},
      {"progressive-delivery", progressive_delivery},
      {"rollback", rollback},
      {"deploy-notifications", deploy_notifications},
      {"environment-promotion", environment_promotion},
  };
}

}  // namespace practrack
