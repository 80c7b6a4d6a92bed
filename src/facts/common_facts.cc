#include "facts/common_facts.h"

namespace practrack {

const char* origin_name(Origin o) {
  switch (o) {
    case Origin::ci: return "CI";
    case Origin::hook: return "hook";
    case Origin::make: return "make";
    case Origin::package_script: return "package script";
    case Origin::script: return "script";
  }
  return "?";
}

const char* tool_how_name(ToolHow h) {
  switch (h) {
    case ToolHow::run: return "run";
    case ToolHow::configured: return "configured";
    case ToolHow::dependency: return "dependency";
  }
  return "?";
}

}  // namespace practrack
