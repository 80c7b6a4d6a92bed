#include "parse/yaml.h"

namespace practrack {
namespace {

std::string describe(const YAML::Exception& e) {
  if (!e.mark.is_null()) return "malformed YAML: line " + std::to_string(e.mark.line + 1) + ": " + e.msg;
  return "malformed YAML: " + e.msg;
}

Error too_deep() {
  return Error{"nested more than " + std::to_string(kMaxNesting) + " levels deep; not parsed"};
}

}  // namespace

Result<YAML::Node> parse_yaml(std::string_view text) {
  if (bracket_depth(text) > kMaxNesting || indent_depth(text) > kMaxNesting) return too_deep();
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    return Error{describe(e)};
  } catch (const std::exception& e) {
    return Error{std::string("malformed YAML: ") + e.what()};
  }
}

Result<std::vector<YAML::Node>> parse_yaml_all(std::string_view text) {
  if (bracket_depth(text) > kMaxNesting || indent_depth(text) > kMaxNesting) return too_deep();
  try {
    return YAML::LoadAll(std::string(text));
  } catch (const YAML::Exception& e) {
    return Error{describe(e)};
  } catch (const std::exception& e) {
    return Error{std::string("malformed YAML: ") + e.what()};
  }
}

std::string yaml_str(const YAML::Node& node) {
  if (!node || !node.IsScalar()) return "";
  return node.Scalar();
}

bool yaml_has(const YAML::Node& node, const std::string& key) {
  if (!node || !node.IsMap()) return false;
  for (const auto& kv : node)
    if (kv.first.IsScalar() && kv.first.Scalar() == key) return true;
  return false;
}

YAML::Node yaml_get(const YAML::Node& node, const std::string& key) {
  if (!node || !node.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  for (const auto& kv : node)
    if (kv.first.IsScalar() && kv.first.Scalar() == key) return kv.second;
  return YAML::Node(YAML::NodeType::Undefined);
}

int yaml_line(const YAML::Node& node) {
  if (!node) return 0;
  YAML::Mark m = node.Mark();
  return m.is_null() ? 0 : m.line + 1;
}

std::vector<std::string> yaml_strings(const YAML::Node& node) {
  std::vector<std::string> out;
  if (!node) return out;
  if (node.IsScalar()) out.push_back(node.Scalar());
  if (node.IsSequence())
    for (const auto& item : node)
      if (item.IsScalar()) out.push_back(item.Scalar());
  return out;
}

}  // namespace practrack
