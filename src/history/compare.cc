#include "history/compare.h"

#include <cctype>
#include <set>
#include <string_view>
#include <utility>

#include "gate/gate.h"

namespace practrack {
namespace {

using EvidenceKey = std::pair<std::string, std::string>;  // path, excerpt

std::set<EvidenceKey> keys_of(const std::vector<Evidence>& items) {
  std::set<EvidenceKey> out;
  for (const auto& e : items) out.emplace(e.path, e.excerpt);
  return out;
}

// Items of `from` whose key is not in `other`.
std::vector<Evidence> missing_from(const std::vector<Evidence>& from,
                                   const std::set<EvidenceKey>& other) {
  std::vector<Evidence> out;
  std::set<EvidenceKey> seen;
  for (const auto& e : from) {
    EvidenceKey k{e.path, e.excerpt};
    if (!other.count(k) && seen.insert(k).second) out.push_back(e);
  }
  return out;
}

// A status's rank, or -1 for absent and not-applicable (plain ints keep
// GCC's maybe-uninitialized analysis of nested optionals quiet).
int rank_of(std::optional<Status> s) {
  if (!s) return -1;
  return status_rank(*s).value_or(-1);
}

PracticeChange::Kind classify(std::optional<Status> before, std::optional<Status> after) {
  int rb = rank_of(before), ra = rank_of(after);
  if (rb >= 0 && ra >= 0 && ra != rb)
    return ra > rb ? PracticeChange::Kind::gained : PracticeChange::Kind::lost;
  // Becoming applicable and started is a gain; becoming not-applicable (or
  // leaving the report) is never a loss: N/A has no rank.
  if (rb < 0 && ra > 0) return PracticeChange::Kind::gained;
  return PracticeChange::Kind::changed;
}

std::optional<PracticeChange> compare_one(const Assessment* b, const Assessment* a) {
  const Assessment& any = a ? *a : *b;
  PracticeChange c;
  c.id = any.id;
  c.name = any.name;
  c.category = any.category;
  if (b) c.before = b->status, c.note_before = b->note;
  if (a) c.after = a->status, c.note_after = a->note;
  static const std::vector<Evidence> none;
  const auto& eb = b ? b->evidence : none;
  const auto& ea = a ? a->evidence : none;
  c.appeared = missing_from(ea, keys_of(eb));
  c.disappeared = missing_from(eb, keys_of(ea));
  bool same = c.before == c.after && c.note_before == c.note_after && c.appeared.empty() &&
              c.disappeared.empty();
  if (same) return std::nullopt;
  c.kind = classify(c.before, c.after);
  return c;
}

// The note with every run of digits (and the separators inside a number,
// "1,234", "85.5") as one '#'.
std::string without_numbers(std::string_view note) {
  std::string out;
  for (std::size_t i = 0; i < note.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(note[i]))) {
      out += note[i];
      continue;
    }
    while (i + 1 < note.size() &&
           (std::isdigit(static_cast<unsigned char>(note[i + 1])) ||
            ((note[i + 1] == ',' || note[i + 1] == '.') && i + 2 < note.size() &&
             std::isdigit(static_cast<unsigned char>(note[i + 2])))))
      ++i;
    out += '#';
  }
  return out;
}

}  // namespace

bool same_status(const PracticeChange& c) {
  return c.kind == PracticeChange::Kind::changed && c.before && c.after && *c.before == *c.after;
}

bool count_only(const PracticeChange& c) {
  return c.kind == PracticeChange::Kind::changed && c.before && c.after && *c.before == *c.after &&
         c.appeared.empty() && c.disappeared.empty() && c.note_before != c.note_after &&
         without_numbers(c.note_before) == without_numbers(c.note_after);
}

std::string_view change_kind_id(PracticeChange::Kind k) {
  switch (k) {
    case PracticeChange::Kind::gained: return "gained";
    case PracticeChange::Kind::lost: return "lost";
    case PracticeChange::Kind::changed: return "changed";
    case PracticeChange::Kind::initial: return "initial";
  }
  return "changed";
}

std::vector<PracticeChange> compare_reports(const Report& before, const Report& after) {
  std::vector<PracticeChange> out;
  for (const auto& a : after.assessments)
    if (auto c = compare_one(before.find(a.id), &a)) out.push_back(std::move(*c));
  for (const auto& b : before.assessments)
    if (!after.find(b.id))
      if (auto c = compare_one(&b, nullptr)) out.push_back(std::move(*c));
  return out;
}

bool is_regression(const PracticeChange& change) {
  return change.kind == PracticeChange::Kind::lost;
}

}  // namespace practrack
