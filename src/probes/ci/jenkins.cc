// Jenkins: declarative and scripted Jenkinsfiles. Groovy is not parsed;
// a line scan finds stages, `sh`/`bat` steps (single-line and
// triple-quoted), cron triggers, `when { branch … / changeRequest() }`,
// `input` gates, junit/archiveArtifacts, retry and parallel, and stages
// inside `if (env.TAG_NAME)` blocks.
#include <re2/re2.h>

#include <set>

#include "probes/ci/ci_common.h"
#include "probes/ci/ci_probes.h"
#include "util/text.h"

namespace practrack::ci {
namespace {

constexpr std::string_view kSystem = "jenkins";

struct Patterns {
  RE2 stage{R"(^\s*stage\s*\(\s*['"]([^'"]+)['"])"};
  RE2 sh_one{R"(^\s*(?:sh|bat|pwsh|powershell)\s*\(?\s*(?:script\s*:\s*)?(['"])(.*)['"])"};
  RE2 sh_block{R"(^\s*(?:sh|bat|pwsh|powershell)\s*\(?\s*(?:script\s*:\s*)?('''|""")(.*)$)"};
  RE2 cron{R"(\b(?:cron|parameterizedCron)\s*\(\s*['"]([^'"]*)['"])"};
  RE2 branch{R"((?:^|[{\s])branch\s*\(?\s*['"]([^'"]+)['"])"};
  RE2 docker_image{R"(\bimage\s+['"]([^'"]+)['"])"};
  RE2 tag_if{R"(^\s*if\s*\(\s*(?:env\.)?TAG_NAME\b)"};
};

const Patterns& patterns() {
  static const Patterns p;
  return p;
}

CiJob& current_job(CiPipeline& p, const CiFile& file, int line) {
  if (p.jobs.empty()) {
    CiJob j;
    j.name = "pipeline";
    j.stage = "pipeline";
    j.at = file.at(line);
    p.jobs.push_back(std::move(j));
  }
  return p.jobs.back();
}

void add_line(RepoFacts& facts, CiPipeline& p, const CiFile& file, const std::string& cmd,
              int line) {
  std::string t(text::trim(cmd));
  if (t.empty()) return;
  CiJob& job = current_job(p, file, line);
  add_commands(facts, job, {{t, line}}, kSystem, file);
}

void read_flags(CiPipeline& p, const CiFile& file, std::string_view l, int line) {
  const Patterns& re = patterns();
  std::string cron;
  if (RE2::PartialMatch(l, re.cron, &cron)) {
    p.triggers.schedule = true;
    p.triggers.crons.push_back(cron);
    p.triggers.at = file.at(line);
  }
  if (p.jobs.empty()) return;
  CiJob& job = p.jobs.back();
  std::string branch;
  if (RE2::PartialMatch(l, re.branch, &branch) && is_default_branch_name(branch))
    job.default_branch_only = true;
  if (text::contains(l, "changeRequest()")) job.merge_request = p.triggers.merge_request = true;
  if (text::contains(l, "buildingTag()") || text::contains(l, "tag pattern")) job.tag_only = true;
  if (text::contains(l, "input ") || text::contains(l, "input(")) job.manual = true;
  if (RE2::PartialMatch(l, R"(\bjunit\b)")) job.junit_report = job.artifacts = true;
  if (text::contains(l, "archiveArtifacts")) job.artifacts = true;
  if (RE2::PartialMatch(l, R"(\bretry\s*\()")) job.retry = true;
  if (RE2::PartialMatch(l, R"(^\s*parallel\b)")) job.parallel = true;
}

// Follows the brace depth over a line and closes the tag blocks it ends
// (`} else {` included). Strings are not skipped: a rough count that only
// scopes `if (env.TAG_NAME)` blocks.
void track_braces(std::string_view l, int& depth, std::vector<int>& tag_blocks) {
  for (char c : l) {
    if (c == '{') ++depth;
    if (c != '}') continue;
    --depth;
    while (!tag_blocks.empty() && depth <= tag_blocks.back()) tag_blocks.pop_back();
  }
}

void scan_lines(RepoFacts& facts, CiPipeline& p, const CiFile& file) {
  const Patterns& re = patterns();
  std::string block_quote;  // inside a triple-quoted sh block when non-empty
  // Scripted pipelines publish inside `if (env.TAG_NAME) { ... stage(...) }`:
  // the depths where such blocks open; stages inside them run only for tags.
  int depth = 0;
  std::vector<int> tag_blocks;
  for (std::size_t i = 0; i < file.lines.size(); ++i) {
    int line = static_cast<int>(i + 1);
    std::string_view l = file.lines[i];
    if (!block_quote.empty()) {
      auto end = l.find(block_quote);
      add_line(facts, p, file, std::string(l.substr(0, end)), line);
      if (end != std::string_view::npos) block_quote.clear();
      continue;
    }
    if (text::starts_with(text::trim(l), "//")) continue;
    if (RE2::PartialMatch(l, re.tag_if)) tag_blocks.push_back(depth);
    track_braces(l, depth, tag_blocks);
    std::string name, quote, cmd, image;
    if (RE2::PartialMatch(l, re.stage, &name) && p.jobs.size() < kMaxJobs) {
      CiJob j;
      j.name = j.stage = name;
      j.tag_only = !tag_blocks.empty();
      j.at = file.at(line);
      p.jobs.push_back(std::move(j));
      p.stages.push_back(name);
    } else if (RE2::PartialMatch(l, re.sh_block, &quote, &cmd)) {
      auto end = cmd.find(quote);
      if (end == std::string::npos) block_quote = quote;
      add_line(facts, p, file, cmd.substr(0, end), line);
    } else if (RE2::PartialMatch(l, re.sh_one, &quote, &cmd)) {
      auto end = cmd.rfind(quote);
      add_line(facts, p, file, cmd.substr(0, end), line);
    }
    if (RE2::PartialMatch(l, re.docker_image, &image))
      add_action(facts, p.jobs.empty() ? nullptr : &p.jobs.back(), kSystem, image, ':',
                 file.at(line));
    read_flags(p, file, l, line);
  }
}

void scan_jenkinsfile(const ScanContext& ctx, RepoFacts& facts, const FileEntry& f) {
  auto content = ctx.read_text(f);
  if (!content) return;
  CiFile file(f.path, std::move(*content));
  CiPipeline p;
  p.system = std::string(kSystem);
  p.path = f.path;
  p.at = Evidence{f.path, 0, ""};
  // A multibranch Jenkins job builds every pushed branch through a webhook.
  p.triggers.push = true;
  scan_lines(facts, p, file);
  if (text::contains(file.text, "pollSCM")) p.triggers.push = true;
  facts.ci.pipelines.push_back(std::move(p));
}

}  // namespace

void probe_jenkins(const ScanContext& ctx, RepoFacts& facts) {
  std::set<std::string> seen;
  for (auto pattern : {"**/Jenkinsfile", "**/Jenkinsfile.*", "**/*.jenkinsfile"})
    for (const FileEntry* f : ctx.glob(pattern)) {
      std::string_view ext = text::extension(f->path);
      if (ext == ".md" || ext == ".txt" || !seen.insert(f->path).second) continue;
      scan_jenkinsfile(ctx, facts, *f);
    }
}

}  // namespace practrack::ci
