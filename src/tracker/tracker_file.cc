// Reading the tracker a person points us at: bounded, and never through a
// symlink, like every other file practrack reads.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "tracker/tracker_doc.h"

namespace practrack {

Result<std::string> read_tracker_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return Error{path + ": cannot read: " + std::strerror(errno)};
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Error{path + ": not a regular file"};
  }
  if (static_cast<std::size_t>(st.st_size) > kTrackerMaxBytes) {
    ::close(fd);
    return Error{path + ": larger than " + std::to_string(kTrackerMaxBytes >> 20) + " MiB"};
  }
  std::string out;
  char buf[65536];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0 && out.size() <= kTrackerMaxBytes)
    out.append(buf, static_cast<std::size_t>(n));
  ::close(fd);
  if (n < 0) return Error{path + ": cannot read: " + std::strerror(errno)};
  return out;
}

}  // namespace practrack
