// Document kinds by full path: README, LICENSE, agent docs, guides,
// trackers, pipeline docs, API doc tools, ADRs, runbooks, changelogs.
#pragma once

#include <string_view>
#include <vector>

#include "facts/doc_facts.h"

namespace practrack {
struct RepoFacts;
}

namespace practrack::doc {

// Clears what the document probes write (docs but for config, and the
// security policy, which falls back on the README's section): they share
// this reset, so a history runs them again together.
void reset_documents(RepoFacts& facts);

// Every kind the path is a document of (usually none or one). Evidence
// names the whole file (line 0).
std::vector<DocFile> classify(std::string_view path);

// Whether a path is surely no document (source or data files, by
// extension, in any letter case): cheap, so it can come before a memo.
bool cannot_be_a_doc(std::string_view path);

// Whether a text document sits where a project keeps its own docs (the
// root, docs/, doc/, .github/, ai/, humans/ ...): such files are read for
// CI sections and practices tables.
bool in_doc_folder(std::string_view path);

}  // namespace practrack::doc
