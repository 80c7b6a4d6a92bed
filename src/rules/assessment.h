// A decision about one practice: status, a note in the tracker's voice,
// and the evidence behind it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

enum class Status { adopted, partial, not_started, not_applicable };

std::string_view status_id(Status s);     // "adopted", "not-started", ...
std::string_view status_title(Status s);  // "Adopted", "Not Started", ...
std::optional<Status> parse_status(std::string_view text);  // either spelling

// What a person said about a practice in .practrack.yml.
struct Attestation {
  Status status = Status::adopted;
  std::string note;
  std::string owner;
  std::string date;     // YYYY-MM-DD
  std::string expires;  // YYYY-MM-DD, or empty
  bool stale = false;   // expired: shown, but no longer counts
  std::string source;   // "path:line" of the attestation
};

struct Assessment {
  std::string id;  // practice id
  Status status = Status::not_started;  // the status that counts
  std::string note;
  std::vector<Evidence> evidence;
  // True when no file can show this practice (server-side settings); the
  // note says so and config may attest it.
  bool needs_attestation = false;

  // Filled by decide_all() from the catalog, or from config for custom
  // practices, so a Report renders without the catalog.
  std::string name;
  std::string category;
  int weight = 1;
  std::string howto;
  bool custom = false;

  // What detection alone decided, before config overlays.
  Status detected = Status::not_started;
  std::string detected_note;
  std::optional<Attestation> attestation;
  // An attestation (or not_applicable entry) overrides a detection that
  // says otherwise; renderers show both.
  bool disagrees() const { return attestation && !attestation->stale && attestation->status != detected; }
};

}  // namespace practrack
