// Which documents a project has, by full path (matched lower-cased).
// Documents count in the project's own folders only: the root, docs/,
// doc/, .github/, ai/, humans/ ... never vendored folders (own_files()).
#include "probes/doc/doc_files.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "util/glob.h"
#include "util/text.h"

namespace practrack::doc {
namespace {

// The folders that hold a project's own documents, as a glob prefix.
#define DOC_DIRS "{,docs/,doc/,.github/,.gitlab/,ai/,humans/,documentation/,.docs/,dev-docs/}"
#define TEXT_EXT "{,.md,.markdown,.rst,.txt,.adoc,.org}"

struct KindRow {
  std::string_view kind;
  std::string_view detail;
  std::string_view globs;  // '|'-separated, matched against the lower-cased path
  std::string_view unless = "";  // paths the globs match that are not of this kind
};

// Rows for kinds found by content (OpenAPI specs, CI sections, practices
// tables, javadoc) live in doc_family.cc.
const std::vector<KindRow> kKinds = {{
    {"readme", "", "readme" TEXT_EXT "|{.github,docs,doc}/readme" TEXT_EXT},
    {"license", "",
     "{license,licence,copying,unlicense}" TEXT_EXT
     "|{license,licence}-*|{license,licence,copying}.*|licenses/*"},
    // AGENTS.md and the like may sit in any folder an agent works in, but a
    // page inside a documentation tree (docs/api/Agent.md: an HTTP agent
    // class) documents the product, not how an AI agent should work.
    {"agents", "",
     "**/agents.md|" DOC_DIRS "agent.md|**/claude.md|**/gemini.md|**/.cursorrules"
     "|**/.cursor/rules/*|.github/copilot-instructions.md"
     "|.github/instructions/*.md|**/.windsurfrules|**/.clinerules"
     "|**/.clinerules/*|.junie/guidelines.md",
     "{docs,doc,documentation,website}/*/**"},
    {"contributing", "",
     DOC_DIRS "{contributing,contribute,hacking,development,developing,"
              "dev,developer,developers,dev_guide,dev-guide,"
              "developer-guide,developer_guide,onboarding}" TEXT_EXT
              "|{docs,doc}/{development,contributing,developer-guide,"
              "developers,dev}/**.{md,rst,adoc}"},
    {"feature-tracker", "",
     DOC_DIRS "{roadmap,features,todo,feature-tracker,feature_tracker,"
              "backlog,feature-list}" TEXT_EXT},
    {"pipeline", "",
     DOC_DIRS "{pipelines,pipeline,ci,ci-cd,cicd,ci_cd,continuous-integration,"
              "build-pipeline}{.md,.rst,.adoc,.txt}"
              // A folder named for pipelines alone may document the product's
              // own (Polly's docs/pipelines/: resilience pipelines).
              "|{docs,doc}/{ci,cicd,ci-cd}*/**.{md,rst,adoc}"
              "|{docs,doc}/{ci,pipeline}*.{md,rst,adoc}"
              "|{.github/workflows,ci,.ci,.gitlab/ci,.circleci}/readme.md"},
    {"practices-tracker", "",
     DOC_DIRS "{devops,practices,devops-practices,devops_practices,"
              "devops-tracker}.md"},
    {"api", "mkdocs", "mkdocs.{yml,yaml}|{docs,doc}/mkdocs.{yml,yaml}"},
    {"api", "sphinx", "{docs,doc}/conf.py|{docs,doc}/source/conf.py|{docs,doc}/src/conf.py"},
    {"api", "documenter", "docs/make.jl"},  // Julia's Documenter.jl
    {"api", "doxygen", "**/doxyfile|**/doxyfile.in|**/doxygen.{conf,config,cfg}|**/doxyfile.cfg"},
    {"api", "typedoc", "typedoc.json|**/typedoc.json|typedoc.config.{js,cjs,mjs}"},
    {"api", "jsdoc", "jsdoc.json|.jsdoc.json|jsdoc.conf.json"},
    {"api", "read the docs", ".readthedocs.{yml,yaml}|readthedocs.{yml,yaml}"},
    {"api", "docfx", "docfx.json|**/docfx.json"},
    {"api", "redocly", "redocly.yaml|.redocly.yaml"},
    {"api", "docusaurus",
     "docusaurus.config.{js,ts,mjs}|{docs,website}/docusaurus.config.{js,ts,mjs}"},
    {"adr", "",
     "**/adr/*.md|**/adrs/*.md|**/architecture-decisions/*.md"
     "|**/architecture/decisions/*.md|" DOC_DIRS "decisions/*.md"
     "|" DOC_DIRS "decision-records/*.md|**/.adr-dir|.log4brains.yml"},
    {"runbook", "",
     "**/runbooks/**.{md,rst,txt,adoc}|**/runbook*.{md,rst,txt,adoc}"
     // "playbook" alone names Ansible playbooks and the docs of tools for
     // them: a playbook document counts only where the project keeps docs.
     "|" DOC_DIRS "playbooks/**.{md,rst,adoc}|" DOC_DIRS "playbook*.md"
     "|**/incident*.{md,rst}|**/postmortems/**.md|**/post-mortems/**.md"
     "|**/oncall*.md|**/on-call*.md|**/disaster-recovery*.md"
     "|{docs,doc}/operations/**.md|{docs,doc}/ops/**.md"},
    {"changelog", "",
     DOC_DIRS "{changelog,changes,history,news,release-notes,release_notes,"
              "releasenotes,releases}" TEXT_EXT "|changelog/*.md"},
    {"security", "", DOC_DIRS "security" TEXT_EXT},
    {"code-of-conduct", "", DOC_DIRS "{code_of_conduct,code-of-conduct}" TEXT_EXT},
}};

bool any_glob(std::string_view globs, std::string_view lower_path) {
  if (globs.empty()) return false;
  for (auto g : text::split(globs, '|'))
    if (glob_match(g, lower_path)) return true;
  return false;
}

}  // namespace

namespace {

// ASCII case-insensitive comparisons without lower-casing a copy: these
// run for every file of the tree.
bool ieq(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (text::fold(a[i]) != lower_b[i]) return false;
  return true;
}
bool istarts_with(std::string_view s, std::string_view lower_prefix) {
  return s.size() >= lower_prefix.size() && ieq(s.substr(0, lower_prefix.size()), lower_prefix);
}

}  // namespace

// Source and data files are never documents of these kinds; skipping them
// before the glob rows keeps classification linear in large trees.
bool cannot_be_a_doc(std::string_view path) {
  static const std::vector<std::string_view> kCode = {
      ".py", ".go", ".js", ".ts", ".tsx", ".jsx", ".java", ".kt", ".c", ".cc", ".cpp", ".h",
      ".hpp", ".rs", ".rb", ".php", ".cs", ".swift", ".scala", ".json", ".yaml", ".yml",
      ".toml", ".xml", ".lock", ".sh", ".css", ".scss", ".html", ".svg", ".png", ".jpg", ".sql"};
  std::string_view ext = text::extension(path);
  if (std::none_of(kCode.begin(), kCode.end(), [&](std::string_view e) { return ieq(ext, e); }))
    return false;
  if (istarts_with(path, "licenses/") || text::icontains(path, "/.cursor/")) return false;
  // Documentation tools configured in code or data files (the "api" rows).
  static const std::vector<std::string_view> kToolConfigs = {
      "mkdocs.", "conf.py", "typedoc", "jsdoc", ".jsdoc", ".readthedocs", "readthedocs",
      "docfx", "redocly", ".redocly", "docusaurus", ".log4brains"};
  std::string_view base = text::basename(path);
  return std::none_of(kToolConfigs.begin(), kToolConfigs.end(),
                      [&](std::string_view t) { return istarts_with(base, t); });
}

std::vector<DocFile> classify(std::string_view path) {
  std::vector<DocFile> out;
  std::string lower = text::lower(path);
  if (cannot_be_a_doc(lower)) return out;
  for (const auto& row : kKinds) {
    if (!any_glob(row.globs, lower) || any_glob(row.unless, lower)) continue;
    bool seen = false;
    for (const auto& d : out) seen = seen || d.kind == row.kind;
    if (seen) continue;
    out.push_back({std::string(row.kind), std::string(path), std::string(row.detail),
                   Evidence{std::string(path), 0, ""}});
  }
  return out;
}

bool in_doc_folder(std::string_view path) {
  std::string_view ext = text::extension(path);
  if (!ieq(ext, ".md") && !ieq(ext, ".rst") && !ieq(ext, ".adoc")) return false;
  return any_glob(DOC_DIRS "*.{md,rst,adoc}|{docs,doc,documentation,ai,humans}/**.{md,rst,adoc}",
                  text::lower(path));
}

}  // namespace practrack::doc
