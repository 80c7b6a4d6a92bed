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

struct Assessment {
  std::string id;  // practice id
  Status status = Status::not_started;
  std::string note;
  std::vector<Evidence> evidence;
  // True when no file can show this practice (server-side settings); the
  // note says so and config may attest it.
  bool needs_attestation = false;
};

}  // namespace practrack
