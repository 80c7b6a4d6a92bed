// Dockerfiles and Containerfiles, read instruction by instruction. The
// format is line-based (not YAML): an instruction continues onto the next
// line when it ends with the escape character, comments and blank lines
// inside a continuation are dropped.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "probes/container/container_probes.h"
#include "probes/parse_warning.h"
#include "probes/sample_paths.h"
#include "util/glob.h"
#include "util/text.h"

namespace practrack::container {
namespace {

// Which files are Dockerfiles: full-path globs over own files.
constexpr std::string_view kDockerfileGlobs[] = {
    "**/Dockerfile", "**/*.Dockerfile", "**/Dockerfile.*", "**/*.dockerfile",
    "**/Containerfile", "**/Containerfile.*",
};

struct Instruction {
  std::string keyword;  // upper case: "FROM", "ARG", ...
  std::string args;     // the rest, continuation lines joined with a space
  int line = 0;         // where the instruction starts
  std::string raw;      // the first physical line, for evidence
};

// `# escape=`` ` switches the continuation character (Windows images).
char escape_char(const std::vector<std::string_view>& lines) {
  for (auto l : lines) {
    auto t = text::trim(l);
    if (t.empty() || t[0] != '#') break;  // directives come first
    std::string low = text::lower(t);
    auto at = low.find("escape=");
    if (at != std::string::npos && at + 7 < t.size()) return t[at + 7];
  }
  return '\\';
}

std::vector<Instruction> instructions(std::string_view text) {
  auto lines = text::lines(text);
  char esc = escape_char(lines);
  std::vector<Instruction> out;
  Instruction cur;
  bool open = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view t = text::trim(lines[i]);
    if (t.empty() || t[0] == '#') continue;  // also inside a continuation
    bool more = t.back() == esc;
    if (more) t = text::trim(t.substr(0, t.size() - 1));
    if (!open) {
      cur = Instruction{};
      cur.line = static_cast<int>(i) + 1;
      cur.raw = std::string(lines[i]);
      auto sp = t.find_first_of(" \t");
      cur.keyword = std::string(t.substr(0, sp));
      std::transform(cur.keyword.begin(), cur.keyword.end(), cur.keyword.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      cur.args = sp == std::string_view::npos ? "" : std::string(text::trim(t.substr(sp)));
    } else {
      cur.args += " " + std::string(t);
    }
    open = more;
    if (!open) out.push_back(cur);
  }
  if (open) out.push_back(cur);
  return out;
}

// Substitutes $VAR, ${VAR}, ${VAR:-default} from `args`; unknown names
// are left in place so the caller can tell the reference is variable.
std::string substitute(std::string_view s, const std::map<std::string, std::string>& args) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '$' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    std::size_t start = i + 1, end = start;
    std::string name, fallback;
    if (s[start] == '{') {
      end = s.find('}', start);
      if (end == std::string_view::npos) { out += s.substr(i); break; }
      std::string_view inner = s.substr(start + 1, end - start - 1);
      auto dash = inner.find(":-");
      name = std::string(inner.substr(0, dash));
      if (dash != std::string_view::npos) fallback = std::string(inner.substr(dash + 2));
      ++end;
    } else {
      while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '_'))
        ++end;
      name = std::string(s.substr(start, end - start));
    }
    auto it = args.find(name);
    if (it != args.end() && !it->second.empty()) out += it->second;
    else if (!fallback.empty()) out += fallback;
    else out += s.substr(i, end - i);
    i = end - 1;
  }
  return out;
}

void read_arg(std::string_view args, std::map<std::string, std::string>& into) {
  for (auto part : text::split(args, ' ')) {
    part = text::trim(part);
    if (part.empty()) continue;
    auto eq = part.find('=');
    std::string name(part.substr(0, eq));
    std::string value = eq == std::string_view::npos ? "" : std::string(part.substr(eq + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\''))
      value = value.substr(1, value.size() - 2);
    into[name] = substitute(value, into);  // ARG B=${A}-x refers to earlier ARGs
  }
}

// FROM [--platform=...] image [AS name]: the image word and the stage name.
std::pair<std::string, std::string> from_words(std::string_view args) {
  std::vector<std::string_view> words;
  for (auto w : text::split(args, ' '))
    if (!text::trim(w).empty()) words.push_back(text::trim(w));
  std::size_t i = 0;
  while (i < words.size() && text::starts_with(words[i], "--")) ++i;
  if (i >= words.size()) return {"", ""};
  std::string image(words[i]);
  std::string stage;
  if (i + 2 < words.size() && text::lower(words[i + 1]) == "as") stage = text::lower(words[i + 2]);
  return {image, stage};
}

void add_from(Dockerfile& df, const Instruction& ins,
              const std::map<std::string, std::string>& global_args, std::string_view path) {
  auto [word, stage] = from_words(ins.args);
  Evidence at{std::string(path), ins.line, text::excerpt(ins.raw)};
  if (df.stages++ == 0) df.at = at;
  std::string image = substitute(word, global_args);
  std::string low = text::lower(image);
  bool earlier_stage =
      std::find(df.stage_names.begin(), df.stage_names.end(), low) != df.stage_names.end();
  if (!stage.empty()) df.stage_names.push_back(stage);
  if (low == "scratch") {
    df.scratch = true;
  } else if (!earlier_stage && !image.empty()) {
    ImageRef ref = parse_image_ref(image);
    ref.at = at;
    df.bases.push_back(ref);
  }
}

}  // namespace

ImageRef parse_image_ref(std::string_view ref) {
  ImageRef out;
  std::string_view s = text::trim(ref);
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'')) s = s.substr(1, s.size() - 2);
  // ${VAR}, {{ .Values.image }}, [[ var ]], <image_url>: not a reference yet.
  out.variable = s.find_first_of("${[<") != std::string_view::npos;
  auto at = s.find('@');
  if (at != std::string_view::npos) {
    out.digest = true;
    s = s.substr(0, at);
  }
  auto slash = s.rfind('/');
  auto colon = s.rfind(':');
  // A colon before the last slash is a registry port, not a tag.
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
    out.tag = std::string(s.substr(colon + 1));
    s = s.substr(0, colon);
  }
  out.image = std::string(s);
  return out;
}

Dockerfile parse_dockerfile(std::string_view path, std::string_view text) {
  Dockerfile df;
  df.path = std::string(path);
  std::map<std::string, std::string> global_args;  // ARG before the first FROM
  for (const Instruction& ins : instructions(text)) {
    if (ins.keyword == "ARG" && df.stages == 0) {
      read_arg(ins.args, global_args);
    } else if (ins.keyword == "FROM") {
      add_from(df, ins, global_args, path);
    } else if (ins.keyword == "HEALTHCHECK") {
      bool none = text::lower(text::trim(ins.args)) == "none";
      df.healthcheck_none = df.healthcheck_none || none;
      if (!none && !df.healthcheck) {
        df.healthcheck = true;
        df.healthcheck_at = {df.path, ins.line, text::excerpt(ins.raw)};
      }
    } else if (ins.keyword == "EXPOSE") {
      df.exposes = true;
    } else if (ins.keyword == "USER") {
      df.user = ins.args;
    }
  }
  return df;
}

void probe_dockerfiles(const ScanContext& ctx, RepoFacts& facts) {
  // Links are no own files: glob_any never lists them.
  auto dockerfile_path = [](std::string_view path) {
    return !in_sample_folder(path) && !dev_environment(path) &&
           !text::ends_with(path, ".dockerignore") &&
           std::any_of(std::begin(kDockerfileGlobs), std::end(kDockerfileGlobs),
                       [&](std::string_view g) { return glob_match(g, path); });
  };
  for (const FileEntry* f : ctx.files(dockerfile_path))
    if (f->kind == FileKind::symlink) warn_symlink_not_followed(ctx, f->path, "a Dockerfile");
  for (const FileEntry* f : ctx.glob_any(kDockerfileGlobs)) {
    // "Dockerfile.dockerignore" and friends are not Dockerfiles.
    if (text::ends_with(f->path, ".dockerignore") || in_sample_folder(f->path) ||
        dev_environment(f->path))
      continue;
    auto content = ctx.read_text(*f);
    if (!content) continue;
    Dockerfile df = parse_dockerfile(f->path, *content);
    if (df.stages == 0) continue;  // not a Dockerfile after all (no FROM)
    facts.containers.dockerfiles.push_back(std::move(df));
  }
}

}  // namespace practrack::container
