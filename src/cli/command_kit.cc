// Helpers shared by the commands: errors, "did you mean", and reading the
// history `practrack history` stored (timeline, trend).
#include "cli/commands.h"

#include <filesystem>

#include "cli/exit_codes.h"
#include "cli/open_error.h"
#include "history/history_scan.h"
#include "util/text.h"

namespace practrack::cli {

int fail(const Env& env, const std::string& message, int code) {
  env.printer.error(message);
  return code;
}

std::string unknown(const std::string& what, const std::string& value,
                    const std::vector<std::string>& known, const std::string& where) {
  std::string hint = text::closest(value, known);
  return "unknown " + what + " '" + value + "'" + (where.empty() ? "" : " " + where) +
         (hint.empty() ? "" : "; did you mean '" + hint + "'?");
}

Result<std::unique_ptr<Store>> open_existing_store(const std::string& db) {
  std::string where = db.empty() ? default_store_path() : db;
  std::error_code ec;
  if (!std::filesystem::exists(where, ec))
    return Error{where + ": no store there yet: run 'practrack history' first"};
  return open_store_at(where);
}

std::optional<StoredHistory> load_stored_history(const Env& env, const std::string& path,
                                                 const std::string& db, int& exit_code) {
  auto repo = GitRepo::open(path);
  if (!repo) {
    exit_code = fail(env, open_error(path, repo.error()), kInputError);
    return std::nullopt;
  }
  // Here the store is what is read: one that cannot be is an input error
  // (kStoreError means a report was made but could not be saved).
  auto store = open_existing_store(db);
  if (!store) {
    exit_code = fail(env, store.error(), kInputError);
    return std::nullopt;
  }
  std::string key = store_path_of(**repo);
  auto snapshots = load_commit_snapshots(**store, key);
  if (!snapshots) {
    exit_code = fail(env, snapshots.error(), kInputError);
    return std::nullopt;
  }
  // Nothing to read is an input error for every history view alike.
  if (snapshots->empty()) {
    exit_code = fail(env,
                     "no commit snapshots of " + key +
                         " in the store; run 'practrack history' first",
                     kInputError);
    return std::nullopt;
  }
  return StoredHistory{*repo, key, std::move(*snapshots)};
}

}  // namespace practrack::cli
