// `practrack sync`: regenerates the generated parts of a tracker document
// and keeps every byte a person wrote outside them. Generated parts sit
// between `<!-- practrack:begin NAME -->` and `<!-- practrack:end NAME -->`
// (NAME: header, category-<id>, summary, priorities, decisions). A document
// without markers gets them around the sections practrack recognises.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace practrack {

struct SyncPart {
  std::string name;
  std::string text;  // without a trailing newline
};

// The parts in document order; the header's date is the report's
// scanned_at (sync sets it to the commit's time so reruns agree).
std::vector<SyncPart> sync_parts(const Report& report);

struct SyncResult {
  std::string text;
  int replaced = 0;  // parts written in place of earlier ones
  int added = 0;     // parts the document did not have
};

SyncResult sync_document(std::string_view document, const std::vector<SyncPart>& parts);

}  // namespace practrack
