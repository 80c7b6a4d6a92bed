// A git repository in a fresh temporary folder, built by the test itself
// with the git command line. Removed when the object goes away.
#pragma once

#include <string>

namespace practrack::test_support {

class TempRepo {
 public:
  TempRepo();  // git init, with a fixed identity and no signing
  ~TempRepo();
  TempRepo(const TempRepo&) = delete;
  TempRepo& operator=(const TempRepo&) = delete;

  const std::string& path() const { return path_; }
  // Writes a file (creating folders) relative to the repository root.
  void write(const std::string& rel, const std::string& content) const;
  void remove(const std::string& rel) const;
  // Runs a shell command inside the repository; fails the test on error.
  std::string sh(const std::string& command) const;
  // git add -A && git commit; returns the new commit id.
  std::string commit(const std::string& message, const std::string& date = "") const;

 private:
  std::string path_;
};

// Runs a command, capturing stdout; sets `status` to its exit code.
std::string run_command(const std::string& command, int* status = nullptr);

}  // namespace practrack::test_support
