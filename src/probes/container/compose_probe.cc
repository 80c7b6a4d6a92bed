// Docker Compose files: services, their images or builds, health checks,
// resource limits, networks, `extends` and env files.
#include <algorithm>
#include <string>
#include <vector>

#include "parse/yaml.h"
#include "probes/container/container_probes.h"
#include "probes/parse_warning.h"
#include "probes/sample_paths.h"
#include "util/glob.h"
#include "util/parallel.h"
#include "util/text.h"

namespace practrack::container {
namespace {

// Swarm stack files are compose files too.
constexpr std::string_view kComposeGlobs[] = {
    "**/docker-compose*.{yml,yaml}",
    "**/compose{,.*,-*}.{yml,yaml}",
    "**/docker-stack*.{yml,yaml}",
};

// "a/b/../c" and "./x" folded into a repository path.
std::string normalize(std::string_view path) {
  std::vector<std::string_view> parts;
  for (auto p : text::split(path, '/')) {
    if (p.empty() || p == ".") continue;
    if (p == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(p);
  }
  std::string out;
  for (auto p : parts) out += (out.empty() ? "" : "/") + std::string(p);
  return out;
}

std::string join_path(std::string_view dir, std::string_view rel) {
  if (!rel.empty() && rel[0] == '/') return "";  // absolute: outside the repository
  return normalize(std::string(dir) + "/" + std::string(rel));
}

// `build: ./dir` or `build: {context: dir, dockerfile: Dockerfile.prod}`.
std::string dockerfile_of(const YAML::Node& build, std::string_view compose_dir) {
  std::string context = build.IsScalar() ? yaml_str(build) : yaml_str(yaml_get(build, "context"));
  if (context.empty()) context = ".";
  if (context.find("://") != std::string::npos) return "";  // a git URL
  std::string file = yaml_str(yaml_get(build, "dockerfile"));
  if (file.empty()) file = "Dockerfile";
  return join_path(join_path(compose_dir, context), file);
}

// A healthcheck counts unless `disable: true` or `test: ["NONE"]`.
bool healthcheck_enabled(const YAML::Node& hc) {
  if (!hc || !hc.IsMap()) return false;
  if (text::lower(yaml_str(yaml_get(hc, "disable"))) == "true") return false;
  auto test = yaml_strings(yaml_get(hc, "test"));
  return test.empty() || text::lower(test.front()) != "none";
}

bool has_limits(const YAML::Node& svc, int& line) {
  YAML::Node limits = yaml_get(yaml_get(yaml_get(svc, "deploy"), "resources"), "limits");
  if (limits && limits.IsMap() && limits.size() > 0) {
    line = yaml_line(limits);
    return true;
  }
  for (const char* key : {"mem_limit", "cpus", "cpu_quota", "memswap_limit"}) {
    YAML::Node v = yaml_get(svc, key);
    if (v && v.IsScalar()) {
      line = yaml_line(v);
      return true;
    }
  }
  return false;
}

// `networks: [a, b]` or `networks: {a: {aliases: ...}, b: null}`.
std::vector<std::string> names_of(const YAML::Node& node) {
  if (node && node.IsMap()) {
    std::vector<std::string> out;
    for (const auto& kv : node)
      if (kv.first.IsScalar()) out.push_back(kv.first.Scalar());
    return out;
  }
  return yaml_strings(node);
}

std::vector<std::string> env_files_of(const YAML::Node& node) {
  auto out = yaml_strings(node);
  if (node && node.IsSequence())
    for (const auto& item : node)
      if (item.IsMap()) out.push_back(yaml_str(yaml_get(item, "path")));
  return out;
}

std::string extends_of(const YAML::Node& node) {
  if (node && node.IsScalar()) return node.Scalar();
  return yaml_str(yaml_get(node, "service"));
}

ComposeService read_service(const std::string& name, const YAML::Node& svc, const Evidence& at,
                            std::string_view dir) {
  ComposeService s;
  s.name = name;
  s.at = at;
  YAML::Node image = yaml_get(svc, "image");
  s.image = yaml_str(image);
  if (!s.image.empty()) {
    s.image_ref = parse_image_ref(s.image);
    s.image_ref.at = {at.path, yaml_line(image), ""};
  }
  YAML::Node build = yaml_get(svc, "build");
  s.build = static_cast<bool>(build);
  if (s.build) s.dockerfile = dockerfile_of(build, dir);
  YAML::Node hc = yaml_get(svc, "healthcheck");
  s.healthcheck = healthcheck_enabled(hc);
  if (s.healthcheck) s.healthcheck_at = {at.path, yaml_line(hc), ""};
  int line = 0;
  s.resource_limits = has_limits(svc, line);
  if (s.resource_limits) s.limits_at = {at.path, line, ""};
  s.networks = names_of(yaml_get(svc, "networks"));
  s.env_files = env_files_of(yaml_get(svc, "env_file"));
  s.extends = extends_of(yaml_get(svc, "extends"));
  return s;
}

void read_networks(const YAML::Node& networks, ComposeFile& file) {
  if (!networks || !networks.IsMap()) return;
  for (const auto& kv : networks) {
    if (!kv.first.IsScalar()) continue;
    file.networks.push_back(kv.first.Scalar());
    if (text::lower(yaml_str(yaml_get(kv.second, "internal"))) == "true")
      file.internal_networks.push_back(kv.first.Scalar());
  }
}

// Excerpts come from the file's own lines, so they show what a reader sees.
void fill_excerpts(ComposeFile& file, std::string_view text) {
  auto lines = text::lines(text);
  auto fill = [&](Evidence& e) {
    if (e.line > 0 && static_cast<std::size_t>(e.line) <= lines.size())
      e.excerpt = text::excerpt(lines[static_cast<std::size_t>(e.line) - 1]);
  };
  fill(file.at);
  for (auto& s : file.services) {
    fill(s.at);
    fill(s.image_ref.at);
    fill(s.healthcheck_at);
    fill(s.limits_at);
  }
}

}  // namespace

std::optional<ComposeFile> parse_compose(const ScanContext& ctx, std::string_view path,
                                         std::string_view text) {
  auto doc = parse_yaml(text);
  if (!doc) {
    warn_parse_error(ctx, std::string(path), doc.error());
    return std::nullopt;
  }
  ComposeFile file;
  file.path = std::string(path);
  YAML::Node services = yaml_get(*doc, "services");
  if (!services || !services.IsMap()) return file;
  file.at = {file.path, text::find_line(text, "services:"), ""};
  std::string dir(text::dirname(path));
  for (const auto& kv : services) {
    if (!kv.first.IsScalar()) continue;
    Evidence at{file.path, yaml_line(kv.first), ""};
    file.services.push_back(read_service(kv.first.Scalar(), kv.second, at, dir));
  }
  read_networks(yaml_get(*doc, "networks"), file);
  fill_excerpts(file, text);
  return file;
}

void probe_compose(const ScanContext& ctx, RepoFacts& facts) {
  // Indexed globs (by extension), not a walk of every file. Parsing YAML
  // is the costly part, so files are parsed on worker threads, into one
  // slot each, and kept in path order.
  auto files = ctx.glob_any(kComposeGlobs);
  std::erase_if(files, [](const FileEntry* f) {
    return in_sample_folder(f->path) || dev_environment(f->path);
  });
  std::vector<std::optional<ComposeFile>> parsed(files.size());
  std::vector<char> read(files.size(), 0);
  parallel_for(files.size(), [&](std::size_t i) {
    if (auto content = ctx.read_text(*files[i])) {
      read[i] = 1;
      parsed[i] = parse_compose(ctx, files[i]->path, *content);
    }
  });
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (read[i] && !parsed[i])
      facts.containers.unparsed_compose.push_back({files[i]->path, 0, "malformed YAML"});
    if (parsed[i] && !parsed[i]->services.empty())
      facts.containers.compose_files.push_back(std::move(*parsed[i]));
  }
}

}  // namespace practrack::container
