// Files that show something is deployed and how: Helm charts, Kustomize,
// Kubernetes manifests (with Argo Rollouts / Flagger progressive
// strategies), Nomad jobs, platform files (fly.toml, Procfile ...) and
// Terraform. The CD rules read them to tell a deployed project from a
// library with nothing deployed.
#include <re2/re2.h>

#include <set>

#include "probes/ci/ci_common.h"
#include "probes/ci/ci_probes.h"
#include "probes/manifest/lock_names.h"
#include "probes/nothing_given.h"
#include "util/text.h"

namespace practrack::ci {
namespace {

constexpr std::size_t kMaxManifestFiles = 3000;     // YAML files examined
constexpr std::size_t kManifestBytes = 256 * 1024;  // larger YAML is not a manifest

struct PlatformRow {
  std::string_view glob;
  std::string_view detail;
};

// Platform files at the root or in a component folder.
constexpr PlatformRow kPlatforms[] = {
    {"{,*/}fly.toml", "Fly.io"},
    {"{,*/}Procfile", "Procfile (Heroku-style)"},
    {"{,*/}heroku.yml", "Heroku"},
    {"{,*/}app.json", "Heroku app"},
    {"{,*/}vercel.json", "Vercel"},
    {"{,*/}netlify.toml", "Netlify"},
    {"{,*/}render.yaml", "Render"},
    {"{,*/}railway.{json,toml}", "Railway"},
    {"{,*/}serverless.{yml,yaml}", "Serverless Framework"},
    {"{,*/}appspec.{yml,yaml}", "AWS CodeDeploy"},
    {"{,*/}Dockerrun.aws.json", "AWS Elastic Beanstalk"},
    {"{,*/}skaffold.{yml,yaml}", "Skaffold"},
    {"{,*/}.platform.app.yaml", "Platform.sh"},
    {"{,*/}docker-stack*.{yml,yaml}", "Docker Swarm stack"},
    {"{,*/}app.yaml", "Google App Engine"},
    {"{,*/}samconfig.toml", "AWS SAM"},
    {"{,*/}cdk.json", "AWS CDK"},
    {"{,*/}Pulumi.yaml", "Pulumi"},
    {"{,*/}wrangler.toml", "Cloudflare Workers"},
};

void add(RepoFacts& facts, std::string kind, const FileEntry& f, std::string detail,
         bool progressive = false) {
  facts.ci.deploy_configs.push_back(
      {std::move(kind), f.path, std::move(detail), progressive, Evidence{f.path, 0, ""}});
}

void scan_platforms(const ScanContext& ctx, RepoFacts& facts) {
  for (const auto& row : kPlatforms)
    for (const FileEntry* f : ctx.glob(row.glob)) {
      // app.yaml is a common name; App Engine's has a `runtime:` key.
      if (row.detail == "Google App Engine") {
        auto t = ctx.read_text(*f, kManifestBytes);
        if (!t || !RE2::PartialMatch(*t, R"((?m)^runtime:)")) continue;
      }
      // A platform runs the web/worker/release processes of a Procfile;
      // one of other names only (alertmanager's a1, a2, a3 on 127.0.0.1)
      // starts a local cluster with goreman or foreman.
      if (row.detail == "Procfile (Heroku-style)") {
        auto t = ctx.read_text(*f, kManifestBytes);
        if (!t || !RE2::PartialMatch(*t, R"((?m)^(web|worker|release|clock)\s*:)")) continue;
      }
      add(facts, "platform", *f, std::string(row.detail));
    }
}

void scan_charts(const ScanContext& ctx, RepoFacts& facts) {
  for (const FileEntry* f : ctx.glob("**/Chart.yaml")) add(facts, "helm", *f, "Helm chart");
  for (const FileEntry* f : ctx.glob("**/kustomization.{yaml,yml}"))
    add(facts, "kustomize", *f, "Kustomize");
  for (const FileEntry* f : ctx.glob("**/*.nomad{,.hcl}")) add(facts, "nomad", *f, "Nomad job");
  std::set<std::string> tf_dirs;
  for (const FileEntry* f : ctx.glob("**/*.tf"))
    if (tf_dirs.insert(std::string(text::dirname(f->path))).second && tf_dirs.size() <= 20)
      add(facts, "terraform", *f, "Terraform");
}

bool is_ci_or_chart_file(std::string_view path) {
  return text::starts_with(path, ".github/") || text::starts_with(path, ".gitlab") ||
         text::starts_with(path, ".circleci/") || text::contains(path, "/templates/") ||
         text::starts_with(path, "templates/");
}

// Kubernetes manifests: a top-level `apiVersion:` and a workload kind.
struct Manifest {
  std::string kinds;  // the workload kinds, ", "-joined; empty: not a manifest
  bool progressive = false;
};
constexpr std::string_view kManifestKey = "ci.deploy-manifest";

bool manifest_path(std::string_view path) {
  std::string_view ext = text::extension(path);
  return (ext == ".yaml" || ext == ".yml") && !is_ci_or_chart_file(path) &&
         !manifest::lock_file_path(path);
}

bool manifest_candidate(const ScanContext& ctx, const FileEntry& f) {
  return manifest_path(f.path) && !ctx.larger_than(f, kManifestBytes);
}

// Per blob: a history reads each YAML file once, not at every commit that
// changes some other YAML file.
std::shared_ptr<const Manifest> manifest(const ScanContext& ctx, const FileEntry& f) {
  static const RE2 kind_re(
      R"((?m)^kind:\s*(Deployment|StatefulSet|DaemonSet|Service|Ingress|CronJob|Rollout|)"
      R"(Canary|HorizontalPodAutoscaler|Application|HelmRelease)\s*$)");
  return ctx.memo<Manifest>(kManifestKey, f, [&](const FileEntry& file) {
    Manifest m;
    auto t = ctx.read_quiet(file, kManifestBytes);  // silent: most YAML is not a manifest
    if (!t || text::looks_binary(*t) || !text::contains(*t, "apiVersion:")) return m;
    std::set<std::string> kinds;
    re2::StringPiece input(*t);
    std::string kind;
    while (kinds.size() < 8 && RE2::FindAndConsume(&input, kind_re, &kind)) kinds.insert(kind);
    if (kinds.empty()) return m;
    std::vector<std::string> list(kinds.begin(), kinds.end());
    m.kinds = text::join(list, ", ");
    m.progressive = kinds.count("Rollout") || kinds.count("Canary") ||
                    RE2::PartialMatch(*t, R"((?m)^\s+(blueGreen|canary):)");
    return m;
  });
}

void scan_manifests(const ScanContext& ctx, RepoFacts& facts) {
  std::size_t examined = 0;
  for (const FileEntry* f : ctx.own_files(manifest_path)) {
    if (!manifest_candidate(ctx, *f)) continue;
    if (++examined > kMaxManifestFiles) break;
    auto found = manifest(ctx, *f);
    if (!found->kinds.empty()) add(facts, "kubernetes", *f, found->kinds, found->progressive);
  }
}

}  // namespace

void probe_deploy_configs(const ScanContext& ctx, RepoFacts& facts) {
  scan_platforms(ctx, facts);
  scan_charts(ctx, facts);
  scan_manifests(ctx, facts);
}

// YAML that is no manifest, before and after, changes nothing; any other
// file it read (platform files, charts) may.
bool same_deploy_configs(const ScanContext& ctx, std::span<const FileChange> changes) {
  return gives_nothing<Manifest>(
      ctx, changes, kManifestKey, [&](const FileEntry& f) { return manifest_candidate(ctx, f); },
      [&](const FileEntry& f) { return manifest(ctx, f); },
      [](const Manifest& m) { return m.kinds.empty(); });
}

}  // namespace practrack::ci
