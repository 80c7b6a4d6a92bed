// Where the store lives when --db is not given.
#include <cstdlib>

#include "store/store.h"

namespace practrack {

std::string default_store_path() {
  if (const char* env = std::getenv("PRACTRACK_DB"); env && *env) return env;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
    return std::string(xdg) + "/practrack/practrack.db";
  const char* home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.local/share/practrack/practrack.db";
}

}  // namespace practrack
