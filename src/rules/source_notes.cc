#include "rules/source_notes.h"

#include "util/text.h"

namespace practrack {

std::vector<const LibraryUse*> uses_of(const RepoFacts& facts,
                                       std::initializer_list<std::string_view> kinds) {
  std::vector<const LibraryUse*> out;
  for (auto kind : kinds)
    for (const LibraryUse* u : facts.source.uses(kind)) out.push_back(u);
  return out;
}

std::string uses_note(const std::vector<const LibraryUse*>& uses, std::size_t max) {
  std::vector<std::string> parts;
  for (const LibraryUse* u : uses) {
    if (parts.size() == max) {
      parts.push_back("+" + std::to_string(uses.size() - max) + " more");
      break;
    }
    // Only the first file is kept; the others are counted, not named.
    std::string more = u->files > 1 ? " and " + std::to_string(u->files - 1) + " more" : "";
    parts.push_back(u->name + " in " + plural(u->files, "file") + " (" + code(u->first.path) +
                    more + ")");
  }
  return text::join(parts, "; ");
}

std::vector<Evidence> uses_evidence(const std::vector<const LibraryUse*>& uses,
                                    std::size_t max) {
  std::vector<Evidence> out;
  for (const LibraryUse* u : uses) {
    if (out.size() == max) break;
    out.push_back(u->first);
  }
  return out;
}

Assessment decide_by_code_or_tools(const RepoFacts& facts, std::string_view practice,
                                   std::initializer_list<std::string_view> kinds,
                                   UnrunPolicy policy, std::string none) {
  auto uses = uses_of(facts, kinds);
  if (uses.empty()) return decide_by_tools(facts, practice, policy, std::move(none));
  std::string note = uses_note(uses);
  auto tools = decide_by_tools(facts, practice, policy, "");
  if (tool_run(facts, practice)) note += "; " + tools.note;
  return adopted(note, uses_evidence(uses));
}

bool tool_run(const RepoFacts& facts, std::string_view practice) {
  for (const ToolUse* t : project_tools(facts, practice))
    if (t->how == ToolHow::run) return true;
  return false;
}

}  // namespace practrack
