// Everything the probes learned about one tree. Rules read only this.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "facts/ci_facts.h"
#include "facts/common_facts.h"
#include "facts/container_facts.h"
#include "facts/coverage_facts.h"
#include "facts/doc_facts.h"
#include "facts/git_facts.h"
#include "facts/hook_facts.h"
#include "facts/manifest_facts.h"
#include "facts/script_facts.h"
#include "facts/security_facts.h"
#include "facts/source_facts.h"

namespace practrack {

struct RepoFacts {
  GitFacts git;
  CiFacts ci;
  HookFacts hooks;
  ManifestFacts manifests;
  ContainerFacts containers;
  ScriptFacts scripts;
  DocFacts docs;
  SourceFacts source;
  SecurityFacts security;
  CoverageFacts coverage;

  // Shared lists, appended by several probes (see common_facts.h).
  std::vector<Command> commands;
  std::vector<Dependency> dependencies;
  std::vector<ConfigSection> config_sections;
  std::vector<ActionRef> actions;
  // Filled last, by the tool resolver.
  std::vector<ToolUse> tools;

  // Named numbers for custom rules and the store ("ci.pipelines" -> 2).
  std::map<std::string, double> metrics;

  // Every ToolUse for a practice, strongest first.
  std::vector<const ToolUse*> tools_for(std::string_view practice) const;
  // The first config section of that key, or null.
  const ConfigSection* config_section(std::string_view key) const;
};

}  // namespace practrack
