// Fuzz targets written in the project's own source. Only files whose path
// mentions fuzzing, and Go test files (Go keeps fuzz tests beside unit
// tests), are read.
#include <re2/re2.h>

#include "probes/security/security_probes.h"
#include "util/text.h"

namespace practrack::security {
namespace {

constexpr std::size_t kMaxTargets = 50;  // enough for a note; a fuzzing farm has hundreds

// Source files only: documentation about fuzzing is not a fuzz target.
bool candidate(std::string_view path) {
  std::string ext = text::lower(text::extension(path));
  if (ext == ".md" || ext == ".rst" || ext == ".txt" || ext == ".adoc" || ext == ".html")
    return false;
  return text::icontains(path, "fuzz") || text::ends_with(path, "_test.go");
}

}  // namespace

void probe_fuzz_targets(const ScanContext& ctx, RepoFacts& facts) {
  // JavaScript: Jazzer.js exports `fuzz`; a fast-check run inside a fuzz
  // harness (undici's test/fuzzing) feeds random bytes the same way.
  static const RE2 target_re(
      R"((?m)^(.*(?:\bLLVMFuzzerTestOneInput\s*\(|\bfunc\s+Fuzz\w*\s*\(\s*\w+\s+\*testing\.F\)|)"
      R"(\bfuzz_target!\s*\(|\batheris\.Setup\s*\(|\bfuzzerTestOneInput\s*\(|)"
      R"(\bmodule\.exports\.fuzz\s*=|\bfc\.assert\s*\(|)"
      R"(^\s*@FuzzTest\b).*)$)");
  auto& targets = facts.security.fuzz_targets;
  for (const FileEntry* f : ctx.own_files()) {
    if (!candidate(f->path) || targets.size() >= kMaxTargets) continue;
    if (ctx.larger_than(*f, ctx.limits().source_bytes)) continue;
    auto content = ctx.read_quiet(*f, ctx.limits().source_bytes);
    if (!content || text::looks_binary(*content)) continue;
    re2::StringPiece in(content->data(), content->size());
    re2::StringPiece line;
    if (!RE2::FindAndConsume(&in, target_re, &line)) continue;
    auto at = static_cast<std::size_t>(line.data() - content->data());
    targets.push_back({f->path, text::line_of(*content, at),
                       text::excerpt(std::string_view(line.data(), line.size()))});
  }
}

void reset_fuzz_targets(RepoFacts& facts) { facts.security.fuzz_targets.clear(); }

}  // namespace practrack::security
