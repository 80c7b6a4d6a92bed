// Evaluates the declarative rules of custom practices (.practrack.yml).
#include <re2/re2.h>

#include <set>
#include <sstream>

#include "config/config_overlay.h"
#include "parse/json.h"
#include "parse/toml.h"
#include "parse/yaml.h"
#include "rules/rule_kit.h"
#include "util/text.h"

namespace practrack {
namespace {

// What a condition matched, for the note and the evidence.
struct Matches {
  std::vector<Evidence> evidence;
  std::set<std::string> files;
  void add(Evidence e) {
    if (files.insert(e.path).second && evidence.size() < 20) evidence.push_back(std::move(e));
  }
};

std::optional<std::string> key_value(const ScanContext& ctx, const FileEntry& f,
                                     const std::string& path) {
  auto content = ctx.read_text(f);
  if (!content) return std::nullopt;
  auto parts = text::split(path, '.');
  std::string_view ext = text::extension(f.path);
  if (ext == ".json") {
    auto j = parse_json(*content, true);
    if (!j) return std::nullopt;
    const nlohmann::json* node = &*j;
    for (auto part : parts) {
      if (!node->is_object() || !node->contains(std::string(part))) return std::nullopt;
      node = &(*node)[std::string(part)];
    }
    return node->is_string() ? node->get<std::string>() : node->dump();
  }
  if (ext == ".toml") {
    auto t = parse_toml(*content);
    if (!t) return std::nullopt;
    toml::node_view<const toml::node> node{*t};
    for (auto part : parts) node = node[part];
    if (!node) return std::nullopt;
    if (auto s = node.value<std::string>()) return *s;
    std::ostringstream out;
    out << node;
    return out.str();
  }
  auto y = parse_yaml(*content);
  if (!y) return std::nullopt;
  YAML::Node node = *y;
  for (auto part : parts) {
    node = yaml_get(node, std::string(part));
    if (!node) return std::nullopt;
  }
  return node.IsScalar() ? node.Scalar() : YAML::Dump(node);
}

bool compare(double a, const std::string& op, double b) {
  if (op == ">=") return a >= b;
  if (op == ">") return a > b;
  if (op == "<=") return a <= b;
  if (op == "<") return a < b;
  if (op == "==") return a == b;
  return a != b;
}

bool holds(const Condition& c, const ScanContext& ctx, const RepoFacts& facts, Matches& m) {
  using K = Condition::Kind;
  switch (c.kind) {
    case K::all:
      for (const auto& child : c.children)
        if (!holds(child, ctx, facts, m)) return false;
      return true;
    case K::any: {
      bool any = false;
      for (const auto& child : c.children) any = holds(child, ctx, facts, m) || any;
      return any;
    }
    case K::negate: {
      Matches ignored;
      return c.children.empty() || !holds(c.children[0], ctx, facts, ignored);
    }
    case K::file_exists:
    case K::file_count: {
      auto files = ctx.glob(c.glob);
      for (const auto* f : files) m.add({f->path, 0, ""});
      return static_cast<long>(files.size()) >= (c.kind == K::file_exists ? 1 : c.at_least);
    }
    case K::contains:
    case K::not_contains: {
      RE2 re(c.regex, RE2::Quiet);
      if (!re.ok()) return false;
      bool found = false;
      for (const auto* f : ctx.glob(c.glob)) {
        auto content = ctx.read_text(*f);
        if (!content) continue;
        re2::StringPiece whole(*content), hit;
        if (!re.Match(whole, 0, whole.size(), RE2::UNANCHORED, &hit, 1)) continue;
        found = true;
        if (c.kind == K::not_contains) continue;
        auto pos = static_cast<std::size_t>(hit.data() - content->data());
        int line = text::line_of(*content, pos);
        std::size_t start = content->rfind('\n', pos);
        start = start == std::string::npos ? 0 : start + 1;
        std::size_t end = content->find('\n', pos);
        m.add({f->path, line, text::excerpt(std::string_view(*content).substr(start, end - start))});
      }
      return c.kind == K::contains ? found : !found;
    }
    case K::key: {
      for (const auto* f : ctx.glob(c.glob)) {
        auto v = key_value(ctx, *f, c.path);
        if (!v || (c.equals && *v != *c.equals)) continue;
        m.add({f->path, 0, c.path + " = " + text::excerpt(*v, 60)});
        return true;
      }
      return false;
    }
    case K::fact: {
      auto it = facts.metrics.find(c.fact);
      return it != facts.metrics.end() && compare(it->second, c.op, c.value);
    }
  }
  return false;
}

std::string fill(std::string note, const Matches& m) {
  std::vector<std::string> first;
  for (const auto& e : m.evidence) {
    if (first.size() == 3) break;
    first.push_back("`" + e.path + "`");
  }
  std::string files = text::join(first, ", ");
  if (m.files.size() > first.size()) files += " …";
  for (auto [key, value] : {std::pair<std::string, std::string>{"{count}", std::to_string(m.files.size())},
                            {"{files}", files}}) {
    for (std::size_t pos; (pos = note.find(key)) != std::string::npos;) note.replace(pos, key.size(), value);
  }
  return note;
}

}  // namespace

Assessment decide_custom(const CustomPractice& practice, const ScanContext& context,
                         const RepoFacts& facts) {
  Assessment a;
  for (const auto& rule : practice.rules) {
    Matches m;
    if (!holds(rule.when, context, facts, m)) continue;
    std::string note = rule.note.empty() ? "Custom rule holds" : fill(rule.note, m);
    a = rule.status == Status::adopted   ? adopted(note, m.evidence)
        : rule.status == Status::partial ? partial(note, m.evidence)
        : rule.status == Status::not_applicable ? not_applicable(note)
                                                 : not_started(note, m.evidence);
    break;
  }
  if (a.note.empty())
    a = not_started(practice.otherwise.empty() ? "No rule of this custom practice holds" : practice.otherwise);
  a.id = practice.id;
  a.name = practice.name;
  a.category = practice.category;
  a.weight = practice.weight;
  a.howto = practice.howto;
  a.custom = true;
  a.detected = a.status;
  a.detected_note = a.note;
  return a;
}

}  // namespace practrack
