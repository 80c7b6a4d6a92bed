// Reads .practrack.yml into ProjectConfig, collecting every problem.
#include <re2/re2.h>

#include <set>

#include "catalog/catalog.h"
#include "config/project_config.h"
#include "parse/yaml.h"
#include "util/text.h"

namespace practrack {
namespace {

class Parser {
 public:
  explicit Parser(std::vector<ConfigIssue>& issues) : issues_(issues) {}

  void top(const YAML::Node& root, ProjectConfig& cfg) {
    if (!root || root.IsNull()) return;
    if (!root.IsMap()) return issue(root, "the file must be a mapping of keys");
    static const std::vector<std::string> keys = {"version", "packs", "attest", "not_applicable",
                                                  "practices", "decisions", "weights",
                                                  "required", "policy", "coverage"};
    check_keys(root, keys, "");
    if (auto v = yaml_get(root, "version"); v && yaml_str(v) != std::to_string(kConfigVersion))
      issue(v, "version " + yaml_str(v) + " is not supported; this practrack reads version " +
                   std::to_string(kConfigVersion));
    // Custom practices first: other sections may name them.
    practices(yaml_get(root, "practices"), cfg);
    packs(yaml_get(root, "packs"), cfg);
    attest(yaml_get(root, "attest"), cfg);
    not_applicable(yaml_get(root, "not_applicable"), cfg);
    decisions(yaml_get(root, "decisions"), cfg);
    weights(yaml_get(root, "weights"), cfg);
    required(yaml_get(root, "required"), cfg);
    policy(yaml_get(root, "policy"), cfg);
    coverage(yaml_get(root, "coverage"), cfg);
  }

 private:
  std::vector<ConfigIssue>& issues_;
  std::set<std::string> custom_ids_;
  std::set<std::string> custom_categories_;

  void issue(const YAML::Node& at, std::string message) {
    issues_.push_back({yaml_line(at), std::move(message)});
  }

  void check_keys(const YAML::Node& map, const std::vector<std::string>& allowed,
                  const std::string& where) {
    for (const auto& kv : map) {
      std::string key = yaml_str(kv.first);
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      std::string hint = text::closest(key, allowed);
      issue(kv.first, "unknown key '" + key + "'" + (where.empty() ? "" : " in " + where) +
                          (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    }
  }

  // A known practice id (catalog or custom), else an issue with a hint.
  bool known_practice(const YAML::Node& at, const std::string& id) {
    if (find_practice(id) || custom_ids_.count(id)) return true;
    std::vector<std::string> ids = practice_ids();
    ids.insert(ids.end(), custom_ids_.begin(), custom_ids_.end());
    std::string hint = text::closest(id, ids);
    issue(at, "unknown practice '" + id + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    return false;
  }

  bool known_category(const YAML::Node& at, const std::string& id) {
    if (find_category(id) || custom_categories_.count(id)) return true;
    std::vector<std::string> ids;
    for (const auto& c : categories()) ids.emplace_back(c.id);
    std::string hint = text::closest(id, ids);
    issue(at, "unknown category '" + id + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    return false;
  }

  std::optional<Status> status(const YAML::Node& node) {
    auto s = parse_status(yaml_str(node));
    if (!s) issue(node, "status '" + yaml_str(node) + "' is not one of adopted, partial, not-started, not-applicable");
    return s;
  }

  bool date(const YAML::Node& node, std::string& out) {
    out = yaml_str(node);
    bool ok = out.size() == 10 && out[4] == '-' && out[7] == '-';
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) ok = ok && i < out.size() && std::isdigit(static_cast<unsigned char>(out[i]));
    if (ok) {
      // A real calendar date: 2026-02-30 and 2026-13-01 are typos, not dates.
      int y = std::stoi(out.substr(0, 4)), m = std::stoi(out.substr(5, 2)), d = std::stoi(out.substr(8, 2));
      static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
      bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
      ok = m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] && (m != 2 || d <= (leap ? 29 : 28));
    }
    if (!ok) issue(node, "date '" + out + "' is not a date of the form YYYY-MM-DD");
    return ok;
  }

  // A key with no value (`attest:` above commented-out entries) is empty.
  bool is_map(const YAML::Node& node, const std::string& what) {
    if (node.IsMap()) return true;
    if (!node.IsNull()) issue(node, what + " must be a mapping");
    return false;
  }

  bool is_seq(const YAML::Node& node, const std::string& what) {
    if (node.IsSequence()) return true;
    if (node.IsNull()) return false;
    issue(node, what + " must be a list");
    return false;
  }

  void packs(const YAML::Node& node, ProjectConfig& cfg) {
    if (!node || !is_map(node, "packs")) return;
    for (const auto& kv : node) {
      std::string cat = yaml_str(kv.first), mode = yaml_str(kv.second);
      if (!known_category(kv.first, cat)) continue;
      if (mode != "auto" && mode != "on" && mode != "off")
        issue(kv.second, "pack '" + cat + "' must be auto, on or off, not '" + mode + "'");
      else
        cfg.packs[cat] = mode;
    }
  }

  void attest(const YAML::Node& node, ProjectConfig& cfg) {
    if (!node || !is_map(node, "attest")) return;
    for (const auto& kv : node) {
      std::string id = yaml_str(kv.first);
      if (!known_practice(kv.first, id)) continue;
      const YAML::Node& body = kv.second;
      if (!is_map(body, "attest." + id)) continue;
      check_keys(body, {"status", "note", "owner", "date", "expires"}, "attest." + id);
      AttestEntry e{id, {}, yaml_line(kv.first)};
      if (!yaml_has(body, "status")) issue(kv.first, "attest." + id + " needs a status");
      else if (auto s = status(yaml_get(body, "status"))) e.attestation.status = *s;
      e.attestation.note = yaml_str(yaml_get(body, "note"));
      e.attestation.owner = yaml_str(yaml_get(body, "owner"));
      if (e.attestation.owner.empty()) issue(kv.first, "attest." + id + " needs an owner");
      if (yaml_has(body, "date")) date(yaml_get(body, "date"), e.attestation.date);
      else issue(kv.first, "attest." + id + " needs a date (YYYY-MM-DD)");
      if (yaml_has(body, "expires") && date(yaml_get(body, "expires"), e.attestation.expires) &&
          !e.attestation.date.empty() && e.attestation.expires < e.attestation.date)
        issue(yaml_get(body, "expires"), "attest." + id + " expires before its date");
      cfg.attest.push_back(std::move(e));
    }
  }

  void not_applicable(const YAML::Node& node, ProjectConfig& cfg) {
    if (!node || !is_map(node, "not_applicable")) return;
    for (const auto& kv : node) {
      std::string id = yaml_str(kv.first);
      if (!known_practice(kv.first, id)) continue;
      std::string reason = yaml_str(kv.second);
      if (reason.empty()) issue(kv.first, "not_applicable." + id + " needs a reason");
      cfg.not_applicable.push_back({id, reason, yaml_line(kv.first)});
    }
  }

  void decisions(const YAML::Node& node, ProjectConfig& cfg) {
    if (!node || !is_seq(node, "decisions")) return;
    for (const auto& item : node) {
      if (!is_map(item, "a decision")) continue;
      check_keys(item, {"decision", "impact", "see"}, "decisions");
      DecisionEntry d{yaml_str(yaml_get(item, "decision")), yaml_str(yaml_get(item, "impact")),
                      yaml_str(yaml_get(item, "see"))};
      if (d.decision.empty()) issue(item, "a decision needs its 'decision' text");
      cfg.decisions.push_back(std::move(d));
    }
  }

  void weights(const YAML::Node& node, ProjectConfig& cfg) {
    if (!node || !is_map(node, "weights")) return;
    for (const auto& kv : node) {
      std::string id = yaml_str(kv.first);
      if (!known_practice(kv.first, id)) continue;
      std::string v = yaml_str(kv.second);
      if (v.size() != 1 || v[0] < '1' || v[0] > '5') issue(kv.second, "weight of " + id + " must be 1 to 5");
      else cfg.weights[id] = v[0] - '0';
    }
  }

  void coverage(const YAML::Node& node, ProjectConfig& cfg) {
    if (!node || !is_map(node, "coverage")) return;
    check_keys(node, {"areas"}, "coverage");
    auto areas = yaml_get(node, "areas");
    if (!areas || !is_seq(areas, "coverage.areas")) return;
    constexpr std::size_t kMaxAreas = 200;  // a map wider than this reads as noise
    if (areas.size() > kMaxAreas)
      return issue(areas, "coverage.areas holds " + std::to_string(areas.size()) +
                              " areas; at most " + std::to_string(kMaxAreas));
    for (const auto& item : areas) {
      std::string area = item.IsScalar() ? yaml_str(item) : "";
      if (area.empty() || area.front() == '/' || text::contains(area, ".."))
        issue(item, "an area is a folder or glob inside the repository, like 'src/app/' or "
                    "'dashboard/**'");
      else
        cfg.coverage_areas.push_back(area);
    }
  }

  void required(const YAML::Node& node, ProjectConfig& cfg) {
    if (!node || !is_seq(node, "required")) return;
    for (const auto& item : node)
      if (known_practice(item, yaml_str(item))) cfg.required.push_back(yaml_str(item));
  }

  std::optional<double> percent(const YAML::Node& node) {
    std::string v = yaml_str(node);
    if (!v.empty() && v.back() == '%') v.pop_back();
    char* end = nullptr;
    double d = std::strtod(v.c_str(), &end);
    if (v.empty() || *end || d < 0 || d > 100) {
      issue(node, "'" + yaml_str(node) + "' is not a percentage from 0 to 100");
      return std::nullopt;
    }
    return d;
  }

  void policy(const YAML::Node& node, ProjectConfig& cfg) {
    if (!node || !is_map(node, "policy")) return;
    check_keys(node, {"min_adoption", "min_category_adoption", "max_partial"}, "policy");
    if (auto v = yaml_get(node, "min_adoption")) cfg.policy.min_adoption = percent(v);
    if (auto m = yaml_get(node, "min_category_adoption"); m && is_map(m, "policy.min_category_adoption"))
      for (const auto& kv : m)
        if (known_category(kv.first, yaml_str(kv.first)))
          if (auto p = percent(kv.second)) cfg.policy.min_category[yaml_str(kv.first)] = *p;
    if (auto v = yaml_get(node, "max_partial")) {
      std::string s = yaml_str(v);
      if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos)
        issue(v, "max_partial must be a whole number");
      else
        cfg.policy.max_partial = std::stoi(s);
    }
  }

  void practices(const YAML::Node& node, ProjectConfig& cfg) {
    if (!node || !is_seq(node, "practices")) return;
    // Collect ids and categories first so rules may refer to each other.
    for (const auto& item : node) {
      if (!item.IsMap()) continue;
      custom_ids_.insert(yaml_str(yaml_get(item, "id")));
      std::string cat = yaml_str(yaml_get(item, "category"));
      if (!find_category(cat) && yaml_has(item, "category_title")) custom_categories_.insert(cat);
    }
    for (const auto& item : node) {
      if (!is_map(item, "a custom practice")) continue;
      check_keys(item, {"id", "name", "category", "category_title", "weight", "howto", "rules", "otherwise"},
                 "practices");
      CustomPractice p;
      p.line = yaml_line(item);
      p.id = yaml_str(yaml_get(item, "id"));
      p.name = yaml_str(yaml_get(item, "name"));
      p.category = yaml_str(yaml_get(item, "category"));
      p.category_title = yaml_str(yaml_get(item, "category_title"));
      p.howto = yaml_str(yaml_get(item, "howto"));
      p.otherwise = yaml_str(yaml_get(item, "otherwise"));
      if (p.id.empty() || p.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
        issue(item, "a custom practice needs an id of lower-case letters, digits and '-'");
      else if (find_practice(p.id))
        issue(item, "custom practice '" + p.id + "' has the id of a catalog practice");
      if (p.name.empty()) p.name = p.id;
      if (p.category.empty()) issue(item, "custom practice '" + p.id + "' needs a category");
      else if (!find_category(p.category) && p.category_title.empty())
        known_category(yaml_get(item, "category"), p.category);
      if (auto w = yaml_get(item, "weight")) {
        std::string v = yaml_str(w);
        if (v.size() != 1 || v[0] < '1' || v[0] > '5') issue(w, "weight must be 1 to 5");
        else p.weight = v[0] - '0';
      }
      auto rules = yaml_get(item, "rules");
      if (!rules || !rules.IsSequence() || rules.size() == 0)
        issue(item, "custom practice '" + p.id + "' needs a list of rules");
      else
        for (const auto& r : rules) rule(r, p);
      cfg.practices.push_back(std::move(p));
    }
  }

  void rule(const YAML::Node& node, CustomPractice& p) {
    if (!is_map(node, "a rule")) return;
    check_keys(node, {"status", "when", "note"}, "a rule of " + p.id);
    CustomRule r;
    r.line = yaml_line(node);
    if (auto s = status(yaml_get(node, "status"))) r.status = *s;
    r.note = yaml_str(yaml_get(node, "note"));
    auto when = yaml_get(node, "when");
    if (!when) issue(node, "a rule of " + p.id + " needs 'when'");
    else r.when = condition(when, 0);
    p.rules.push_back(std::move(r));
  }

  Condition condition(const YAML::Node& node, int depth) {
    Condition c;
    c.line = yaml_line(node);
    if (depth > 16) {
      issue(node, "conditions nest more than 16 levels");
      return c;
    }
    if (!is_map(node, "a condition") || node.size() != 1) {
      if (node.IsMap()) issue(node, "a condition has exactly one key (all, any, not, file_exists, "
                                   "file_count, contains, not_contains, key, fact)");
      return c;
    }
    auto kv = *node.begin();
    std::string kind = yaml_str(kv.first);
    const YAML::Node& body = kv.second;
    static const std::vector<std::string> kinds = {"all", "any", "not", "file_exists", "file_count",
                                                   "contains", "not_contains", "key", "fact"};
    if (kind == "all" || kind == "any") {
      c.kind = kind == "all" ? Condition::Kind::all : Condition::Kind::any;
      if (is_seq(body, kind))
        for (const auto& child : body) c.children.push_back(condition(child, depth + 1));
    } else if (kind == "not") {
      c.kind = Condition::Kind::negate;
      c.children.push_back(condition(body, depth + 1));
    } else if (kind == "file_exists") {
      c.kind = Condition::Kind::file_exists;
      c.glob = yaml_str(body);
      if (c.glob.empty()) issue(body, "file_exists takes a glob");
    } else if (kind == "file_count") {
      c.kind = Condition::Kind::file_count;
      if (is_map(body, "file_count")) {
        check_keys(body, {"glob", "at_least"}, "file_count");
        c.glob = yaml_str(yaml_get(body, "glob"));
        std::string n = yaml_str(yaml_get(body, "at_least"));
        if (c.glob.empty() || n.empty() || n.find_first_not_of("0123456789") != std::string::npos)
          issue(body, "file_count takes {glob: ..., at_least: N}");
        else
          c.at_least = std::stol(n);
      }
    } else if (kind == "contains" || kind == "not_contains") {
      c.kind = kind == "contains" ? Condition::Kind::contains : Condition::Kind::not_contains;
      if (is_map(body, kind)) {
        check_keys(body, {"glob", "regex"}, kind);
        c.glob = yaml_str(yaml_get(body, "glob"));
        c.regex = yaml_str(yaml_get(body, "regex"));
        RE2 re(c.regex, RE2::Quiet);
        if (c.glob.empty() || c.regex.empty()) issue(body, kind + " takes {glob: ..., regex: ...}");
        else if (!re.ok()) issue(yaml_get(body, "regex"), "bad regex '" + c.regex + "': " + re.error());
      }
    } else if (kind == "key") {
      c.kind = Condition::Kind::key;
      if (is_map(body, "key")) {
        check_keys(body, {"file", "path", "equals"}, "key");
        c.glob = yaml_str(yaml_get(body, "file"));
        c.path = yaml_str(yaml_get(body, "path"));
        if (yaml_has(body, "equals")) c.equals = yaml_str(yaml_get(body, "equals"));
        if (c.glob.empty() || c.path.empty()) issue(body, "key takes {file: ..., path: a.b.c, equals: optional}");
      }
    } else if (kind == "fact") {
      c.kind = Condition::Kind::fact;
      if (is_map(body, "fact")) {
        check_keys(body, {"name", "op", "value"}, "fact");
        c.fact = yaml_str(yaml_get(body, "name"));
        c.op = yaml_has(body, "op") ? yaml_str(yaml_get(body, "op")) : ">=";
        static const std::set<std::string> ops = {">=", ">", "<=", "<", "==", "!="};
        std::string v = yaml_str(yaml_get(body, "value"));
        char* end = nullptr;
        c.value = std::strtod(v.c_str(), &end);
        if (c.fact.empty() || v.empty() || *end) issue(body, "fact takes {name: ..., op: '>=', value: N}");
        if (!ops.count(c.op)) issue(body, "fact op must be one of >= > <= < == !=");
      }
    } else {
      std::string hint = text::closest(kind, kinds);
      issue(kv.first, "unknown condition '" + kind + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    }
    return c;
  }
};

}  // namespace

Result<ProjectConfig> parse_config(std::string_view text, const std::string& path,
                                   std::vector<ConfigIssue>& issues) {
  ProjectConfig cfg;
  cfg.path = path;
  auto root = parse_yaml(text);
  if (!root) {
    LocatedError e = locate_error(root.error());
    issues.push_back({e.line, e.message});
    return Error{path + ": " + root.error()};
  }
  std::size_t before = issues.size();
  try {
    Parser(issues).top(*root, cfg);
  } catch (const YAML::Exception& e) {
    issues.push_back({e.mark.is_null() ? 0 : e.mark.line + 1, e.msg});
  }
  if (issues.size() > before) return Error{path + ": " + std::to_string(issues.size() - before) + " problem(s)"};
  return cfg;
}

}  // namespace practrack
