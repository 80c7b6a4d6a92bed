#include "parse/yaml.h"

#include <optional>
#include <unordered_set>

namespace practrack {
namespace {

std::string describe(const YAML::Exception& e, std::string_view text) {
  if (!e.mark.is_null())
    return "malformed YAML: " + error_line_prefix(text, e.mark.line + 1) + e.msg;
  return "malformed YAML: " + e.msg;
}

Error too_deep() {
  return Error{"malformed YAML: nested more than " + std::to_string(kMaxNesting) +
               " levels deep; not parsed"};
}

// Aliases make the loaded document a graph: `&a [*a]` is a node that
// contains itself, and a walk of it never ends. The check walks the graph
// with the path of open collections and refuses a cycle. A collection
// walked to the end before (another alias to it) is not walked again, so
// aliases of aliases ("billion laughs") cost one visit per node; nodes are
// told apart by their position in the text, which aliases share.
constexpr long kMaxCollections = 1'000'000;

struct AliasWalk {
  std::vector<YAML::Node> open;          // collections from the root to here
  std::unordered_set<std::size_t> done;  // text positions of collections walked
  std::string error;

  bool fail(const YAML::Node& node, const std::string& what) {
    YAML::Mark m = node.Mark();
    error = "malformed YAML: " +
            (m.is_null() ? std::string() : "line " + std::to_string(m.line + 1) + ": ") + what;
    return false;
  }

  bool walk(const YAML::Node& node) {
    if (!node.IsSequence() && !node.IsMap()) return true;
    YAML::Mark m = node.Mark();
    if (!m.is_null() && done.count(static_cast<std::size_t>(m.pos))) return true;
    for (const auto& o : open)
      if (o.is(node))
        return fail(node,
                    "self-referencing alias: this node contains an alias to itself; not "
                    "parsed");
    if (static_cast<long>(done.size()) > kMaxCollections ||
        static_cast<int>(open.size()) > 2 * kMaxNesting)
      return fail(node, "aliases nest more than " + std::to_string(2 * kMaxNesting) +
                            " levels deep; not parsed");
    open.push_back(node);
    for (const auto& item : node) {
      bool ok = node.IsMap() ? walk(item.first) && walk(item.second) : walk(item);
      if (!ok) return false;
    }
    open.pop_back();
    if (!m.is_null()) done.insert(static_cast<std::size_t>(m.pos));
    return true;
  }
};

std::optional<Error> alias_error(const YAML::Node& doc) {
  AliasWalk w;
  if (w.walk(doc)) return std::nullopt;
  return Error{w.error};
}

}  // namespace

Result<YAML::Node> parse_yaml(std::string_view text) {
  if (bracket_depth(text) > kMaxNesting || indent_depth(text) > kMaxNesting) return too_deep();
  try {
    YAML::Node doc = YAML::Load(std::string(text));
    if (auto e = alias_error(doc)) return *e;
    return doc;
  } catch (const YAML::Exception& e) {
    return Error{describe(e, text)};
  } catch (const std::exception& e) {
    return Error{std::string("malformed YAML: ") + e.what()};
  }
}

Result<std::vector<YAML::Node>> parse_yaml_all(std::string_view text) {
  if (bracket_depth(text) > kMaxNesting || indent_depth(text) > kMaxNesting) return too_deep();
  try {
    std::vector<YAML::Node> docs = YAML::LoadAll(std::string(text));
    for (const auto& doc : docs)
      if (auto e = alias_error(doc)) return *e;
    return docs;
  } catch (const YAML::Exception& e) {
    return Error{describe(e, text)};
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
