// Helpers shared by the commands: errors, "did you mean", and reading the
// history `practrack history` stored (timeline, trend).
#include "cli/commands.h"

#include <filesystem>
#include <set>
#include <vector>

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
  auto snapshots = load_commit_snapshots(**store, key, repo->get());
  if (!snapshots) {
    exit_code = fail(env, snapshots.error(), kInputError);
    return std::nullopt;
  }
  // Nothing to read is an input error for every history view alike.
  if (snapshots->empty()) {
    // Repositories are known by path: a clone of a repository whose history
    // was stored from elsewhere (its mirror) is another one. Name those the
    // store does hold, so the user can point at one.
    std::set<std::string> others;
    bool scanned = false;  // its working tree was scanned, no commit was
    if (auto listed = (*store)->list("", 0))
      for (const auto& info : *listed) {
        if (info.path == key)
          scanned = true;
        else
          others.insert(info.path);
      }
    std::string hint;
    if (scanned) {
      hint = " (the store has scans of its working tree only)";
    } else if (!others.empty()) {
      std::vector<std::string> some(others.begin(), others.end());
      if (some.size() > 3) some.resize(3);
      hint = "; the store holds " + std::to_string(others.size()) +
             (others.size() == 1 ? " other repository: " : " other repositories: ") +
             text::join(some, ", ") + (others.size() > 3 ? " …" : "");
    }
    exit_code = fail(env,
                     "no commit snapshots of " + key +
                         " in the store; run 'practrack history' first" + hint,
                     kInputError);
    return std::nullopt;
  }
  return StoredHistory{*repo, key, std::move(*snapshots)};
}

}  // namespace practrack::cli
