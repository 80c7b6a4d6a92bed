// Bounded YAML parsing and safe walking helpers (yaml-cpp).
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "parse/limits.h"
#include "util/result.h"

namespace practrack {

// The first YAML document.
Result<YAML::Node> parse_yaml(std::string_view text);
// Every document of a multi-document stream (Kubernetes manifests).
Result<std::vector<YAML::Node>> parse_yaml_all(std::string_view text);

// A scalar as string ("" when absent or not a scalar).
std::string yaml_str(const YAML::Node& node);
// Whether a map has the key (never inserts, unlike operator[] on non-const).
bool yaml_has(const YAML::Node& node, const std::string& key);
// The child of a map, or an undefined node; never throws.
YAML::Node yaml_get(const YAML::Node& node, const std::string& key);
// 1-based line of a node, 0 when unknown.
int yaml_line(const YAML::Node& node);
// Scalars of a scalar-or-sequence node ("a" or [a, b]).
std::vector<std::string> yaml_strings(const YAML::Node& node);

}  // namespace practrack
