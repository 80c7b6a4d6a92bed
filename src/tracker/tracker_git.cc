// Counting the commits an "Updated as of" date has missed.
#include <ctime>

#include "tracker/tracker_lint.h"
#include "util/dates.h"
#include "tree/git.h"

namespace practrack {
namespace {

// Seconds at the end of a YYYY-MM-DD day, UTC; -1 when malformed.
long long end_of_day(const std::string& date) {
  std::tm tm{};
  if (date.size() != 10 || !strptime(date.c_str(), "%Y-%m-%d", &tm)) return -1;
  return static_cast<long long>(timegm(&tm)) + 86400;
}

std::string day_of(long long t) { return dates::utc_day(t); }

}  // namespace

CommitsAfter commits_after(const GitRepo& repo, const std::string& date, int limit) {
  CommitsAfter out;
  long long cutoff = end_of_day(date);
  auto head = repo.head();
  if (cutoff < 0 || !head) return out;
  git_revwalk* raw = nullptr;
  if (git_revwalk_new(&raw, repo.get()) != 0) return out;
  GitPtr<git_revwalk> walk(raw);
  git_revwalk_sorting(walk.get(), GIT_SORT_TIME);
  git_oid start = *head;
  if (git_revwalk_push(walk.get(), &start) != 0) return out;
  git_oid oid;
  long long latest = 0;
  for (int seen = 0; seen < limit && git_revwalk_next(&oid, walk.get()) == 0; ++seen) {
    git_commit* c = nullptr;
    if (git_commit_lookup(&c, repo.get(), &oid) != 0) continue;
    long long t = static_cast<long long>(git_commit_time(c));
    git_commit_free(c);
    if (t <= cutoff) continue;
    ++out.count;
    latest = std::max(latest, t);
  }
  if (out.count) out.latest = day_of(latest);
  return out;
}

}  // namespace practrack
