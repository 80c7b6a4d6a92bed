// Writes the imported tracker as a commented .practrack.yml. We emit the
// text ourselves so comments sit next to what they explain; every string is
// double-quoted with YAML escapes, so no note can change the structure.
#include <cstdio>
#include <sstream>

#include "catalog/catalog.h"
#include "tracker/tracker_import.h"
#include "util/text.h"

namespace practrack {

std::string yaml_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

namespace {

// A comment never runs onto the next line.
std::string comment_text(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r') ? ' ' : c;
  return out;
}

std::string category_id_for(const ImportedRow& r) {
  if (!r.category.empty()) return r.category;
  std::string id;
  for (char c : text::lower(r.section)) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (ok)
      id += c;
    else if (!id.empty() && id.back() != '-')
      id += '-';
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? "imported" : id;
}

void write_practices(std::ostream& o, const ImportResult& r) {
  if (r.custom() == 0) return;
  o << "\n# Rows that name no catalog practice, as custom practices. Their rule never\n"
       "# holds, so the attested status decides until you write a real rule\n"
       "# (see docs/config.md, \"Rule conditions\").\n"
       "practices:\n";
  for (const auto& row : r.rows) {
    if (row.kind != MatchKind::custom || row.duplicate_of) continue;
    std::string cat = category_id_for(row);
    o << "  - id: " << yaml_quote(row.practice) << "  # line " << row.row.line << "\n"
      << "    name: " << yaml_quote(row.row.practice) << "\n"
      << "    category: " << yaml_quote(cat) << "\n";
    if (!find_category(cat)) o << "    category_title: " << yaml_quote(row.section) << "\n";
    o << "    weight: 2\n"
      << "    rules:\n"
      << "      - status: adopted\n"
      << "        when: {not: {file_count: {glob: \"**\", at_least: 0}}}\n"
      << "    otherwise: \"No rule yet; the attested status decides\"\n";
  }
}

void write_attest(std::ostream& o, const ImportResult& r, const ImportOptions& opt) {
  o << "\n# Every status the tracker stated, attested by its owner. practrack shows\n"
       "# its own detection beside an attestation it disagrees with.\n"
       "attest:\n";
  for (const auto& row : r.rows) {
    std::string where = "line " + std::to_string(row.row.line) + ", " + row.section;
    if (row.duplicate_of) {
      o << "  # " << comment_text(where) << ": \"" << comment_text(row.row.practice)
        << "\" is listed again (first at line " << row.duplicate_of << ") as "
        << comment_text(row.row.status_text) << "\n";
      continue;
    }
    if (!row.row.status) {
      o << "  # " << comment_text(where) << ": status \"" << comment_text(row.row.status_text)
        << "\" of \"" << comment_text(row.row.practice) << "\" is not a status; not attested\n";
      continue;
    }
    o << "  # " << comment_text(where) << ": \"" << comment_text(row.row.practice) << "\"\n"
      << "  " << row.practice << ":\n"
      << "    status: " << status_id(*row.row.status) << "\n";
    if (!row.row.notes.empty()) o << "    note: " << yaml_quote(row.row.notes) << "\n";
    o << "    owner: " << yaml_quote(opt.owner) << "\n"
      << "    date: " << yaml_quote(opt.date) << "\n";
  }
}

void write_decisions(std::ostream& o, const TrackerDoc& doc) {
  if (doc.decisions.empty()) return;
  o << "\n# Owner decisions, shown in the tracker's decisions table.\n"
       "decisions:\n";
  for (const auto& d : doc.decisions) {
    o << "  - decision: " << yaml_quote(d.decision) << "  # line " << d.line << "\n";
    if (!d.impact.empty()) o << "    impact: " << yaml_quote(d.impact) << "\n";
    if (!d.see.empty()) o << "    see: " << yaml_quote(d.see) << "\n";
  }
}

}  // namespace

std::string import_yaml(const TrackerDoc& doc, const ImportResult& result,
                        const ImportOptions& opt) {
  ImportOptions o = opt;
  if (o.date.empty()) o.date = doc.updated;
  std::ostringstream out;
  out << "# .practrack.yml written by `practrack import` from "
      << comment_text(o.source.empty() ? "a tracker document" : o.source) << "\n"
      << "# (" << result.rows.size() << " rows: " << result.mapped()
      << " mapped to catalog practices, " << result.custom() << " custom).\n"
      << "# The format is described in docs/config.md.\n"
      << "version: 1\n";
  write_practices(out, result);
  write_attest(out, result, o);
  write_decisions(out, doc);
  return out.str();
}

}  // namespace practrack
