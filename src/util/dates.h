// Unix times as UTC text: dates in notes and charts, ISO 8601 in the store.
#pragma once

#include <string>

namespace practrack::dates {

// `seconds` formatted with strftime `format` in UTC.
std::string utc(long long seconds, const char* format);
// "2026-12-04".
inline std::string utc_day(long long seconds) { return utc(seconds, "%Y-%m-%d"); }
// "2026-12-04T18:30:00Z".
inline std::string utc_iso(long long seconds) { return utc(seconds, "%Y-%m-%dT%H:%M:%SZ"); }

}  // namespace practrack::dates
