// Files that show model work or monitoring by their path alone: model
// weights, prompts kept apart from code, dashboard exports.
#include "probes/source/source_scan.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack::source {
namespace {

constexpr std::string_view kModelGlobs[] = {
    "**/*.gguf", "**/*.onnx", "**/*.safetensors", "**/*.pt", "**/*.pth", "**/*.ckpt",
    "**/*.tflite", "**/*.mlmodel", "**/*.keras", "**/Modelfile", "**/*.Modelfile"};

constexpr std::string_view kPromptGlobs[] = {
    "**/prompts/**/*.{md,txt,yaml,yml,json,j2,jinja,jinja2,tmpl,prompt,mustache,hbs}",
    "**/prompt_templates/**/*.{md,txt,yaml,yml,json,j2,jinja,jinja2,tmpl}",
    "**/*.prompt", "**/*.prompt.{md,txt,yaml,yml,json}", "**/*.prompty"};

constexpr std::string_view kDashboardGlobs[] = {
    "**/grafana/**/*.json", "**/dashboards/**/*.json", "**/*dashboard*.json",
    "**/superset/**/dashboards/*.{yaml,yml}", "**/superset/**/charts/*.{yaml,yml}",
    "**/kibana/**/*.{ndjson,json}"};

constexpr std::size_t kMaxListed = 50;
constexpr std::size_t kMaxDashboardsRead = 20;

// Globs are matched only after a cheap test on the path, so that trees of
// 100,000 files do not pay for globbing every file.
template <std::size_t N>
bool matches_any(const std::string_view (&globs)[N], std::string_view path) {
  for (auto g : globs)
    if (glob_match(g, path)) return true;
  return false;
}

bool maybe_model(std::string_view path) {
  std::string_view ext = text::extension(path);
  return ext == ".gguf" || ext == ".onnx" || ext == ".safetensors" || ext == ".pt" ||
         ext == ".pth" || ext == ".ckpt" || ext == ".tflite" || ext == ".mlmodel" ||
         ext == ".keras" || text::contains(path, "Modelfile");
}

bool maybe_prompt(std::string_view path) { return text::contains(path, "prompt"); }

bool maybe_dashboard(std::string_view path) {
  return text::contains(path, "dashboard") || text::contains(path, "grafana") ||
         text::contains(path, "superset") || text::contains(path, "kibana");
}

bool model_file(std::string_view p) { return maybe_model(p) && matches_any(kModelGlobs, p); }
bool prompt_file(std::string_view p) { return maybe_prompt(p) && matches_any(kPromptGlobs, p); }
bool dashboard_file(std::string_view p) {
  return maybe_dashboard(p) && matches_any(kDashboardGlobs, p);
}

// The files this probe looks at: the others neither add nor take anything.
bool artifact_path(std::string_view p) {
  return text::basename(p) == ".gitattributes" || model_file(p) || prompt_file(p) ||
         dashboard_file(p);
}

bool mentions_models(const ScanContext& ctx, const FileEntry& f) {
  auto text = ctx.read_text(f);
  return text && (text::icontains(*text, "\"model") || text::icontains(*text, "model_name") ||
                  text::icontains(*text, " model"));
}

// A Git LFS pattern that stores data rather than images or binaries.
bool data_pattern(std::string_view pattern) {
  std::string p = text::lower(pattern);
  for (std::string_view ext : {".csv", ".tsv", ".parquet", ".jsonl", ".arrow", ".feather",
                               ".h5", ".hdf5", ".npy", ".npz", ".pkl", ".avro", ".orc"})
    if (text::ends_with(p, ext)) return true;
  return text::contains(p, "data/") || text::contains(p, "datasets/");
}

void lfs_datasets(const ScanContext& ctx, const FileEntry& f, SourceFacts& s) {
  auto text = ctx.read_text(f);
  if (!text || !text::contains(*text, "filter=lfs")) return;
  int n = 0;
  for (auto line : text::lines(*text)) {
    ++n;
    if (!text::contains(line, "filter=lfs")) continue;
    std::string_view pattern = text::split(text::trim(line), ' ').front();
    if (data_pattern(pattern) && s.lfs_datasets.size() < kMaxListed)
      s.lfs_datasets.push_back({f.path, n, text::excerpt(line)});
  }
}

}  // namespace

void scan_artifacts(const ScanContext& ctx, RepoFacts& facts) {
  SourceFacts& s = facts.source;
  std::size_t read = 0;
  for (const FileEntry* f : ctx.own_files(artifact_path)) {
    if (f->kind == FileKind::symlink || f->kind == FileKind::submodule) continue;
    const std::string& p = f->path;
    if (text::basename(p) == ".gitattributes") lfs_datasets(ctx, *f, s);
    if (model_file(p) && s.model_files.size() < kMaxListed) s.model_files.push_back({p, 0, ""});
    if (prompt_file(p) && s.prompt_files.size() < kMaxListed) s.prompt_files.push_back({p, 0, ""});
    if (dashboard_file(p) && s.dashboards.size() < kMaxListed) {
      s.dashboards.push_back({f->path, 0, ""});
      if (!s.dashboards_mention_models && read++ < kMaxDashboardsRead)
        s.dashboards_mention_models = mentions_models(ctx, *f);
    }
  }
  facts.metrics["ml.model_files"] = static_cast<double>(s.model_files.size());
  facts.metrics["ml.prompt_files"] = static_cast<double>(s.prompt_files.size());
  facts.metrics["observability.dashboards"] = static_cast<double>(s.dashboards.size());
}

}  // namespace practrack::source
