// Maps a tracker document onto the catalog and writes a .practrack.yml that
// keeps every human status as an attestation.
#pragma once

#include <string>
#include <vector>

#include "tracker/tracker_doc.h"

namespace practrack {

enum class MatchKind { id, name, fuzzy, custom };

struct ImportedRow {
  TrackerRow row;
  std::string section;   // the section title as written
  std::string category;  // catalog category id of the section, or ""
  std::string practice;  // catalog id, or the custom id
  MatchKind kind = MatchKind::custom;
  int duplicate_of = 0;  // line of the first row mapped to the same id
};

struct ImportResult {
  std::vector<ImportedRow> rows;
  std::size_t mapped() const;
  std::size_t custom() const;
};

// The catalog category a section title names ("AI/ML-Specific DevOps
// (MLOps)" -> "mlops"), or "".
std::string category_for_title(std::string_view title);
// The catalog practice a row names, or "" when nothing is close enough.
std::string match_practice(std::string_view name, std::string_view category, MatchKind& kind);

ImportResult import_tracker(const TrackerDoc& doc);

struct ImportOptions {
  std::string owner = "unknown";
  std::string date;    // YYYY-MM-DD; default: the document's "Updated as of"
  std::string source;  // the file name, for the header comment
};
// A commented .practrack.yml; every string double-quoted.
std::string import_yaml(const TrackerDoc& doc, const ImportResult& result,
                        const ImportOptions& options);

// "\"...\"" with YAML escapes.
std::string yaml_quote(std::string_view s);

}  // namespace practrack
