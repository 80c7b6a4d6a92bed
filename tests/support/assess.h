// Scans a MemoryTree as `scan` would (no repository, no memo) for tests
// that want the whole report, one practice's assessment, or one rule's
// decision on facts built by hand.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "rules/rule.h"
#include "scan/scanner.h"
#include "tree/tree.h"

namespace practrack::test_support {

inline Report scan_memory(const MemoryTree& tree) {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  return scan_tree(ctx);
}

inline Assessment assess(const MemoryTree& tree, std::string_view id) {
  return *scan_memory(tree).find(id);
}

inline Assessment decide_rule(std::string_view id, const RepoFacts& facts) {
  const RuleRow* r = find_rule(id);
  if (!r) throw std::runtime_error("no rule " + std::string(id));
  return r->decide(facts);
}

}  // namespace practrack::test_support
