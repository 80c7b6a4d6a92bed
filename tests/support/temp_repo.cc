#include "support/temp_repo.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace practrack::test_support {

namespace fs = std::filesystem;

std::string run_command(const std::string& command, int* status) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) {
    if (status) *status = -1;
    return out;
  }
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  int rc = pclose(pipe);
  if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

TempRepo::TempRepo() {
  std::string tmpl = (fs::temp_directory_path() / "practrack-test-XXXXXX").string();
  char* made = mkdtemp(tmpl.data());
  if (!made) throw std::runtime_error("mkdtemp failed");
  path_ = made;
  sh("git init -q -b main . && git config user.name 'Test User' && "
     "git config user.email test@example.com && git config commit.gpgsign false && "
     "git config tag.gpgsign false");
}

TempRepo::~TempRepo() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

void TempRepo::write(const std::string& rel, const std::string& content) const {
  fs::path p = fs::path(path_) / rel;
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
}

void TempRepo::remove(const std::string& rel) const {
  std::error_code ec;
  fs::remove_all(fs::path(path_) / rel, ec);
}

std::string TempRepo::sh(const std::string& command) const {
  int status = 0;
  std::string out = run_command("cd '" + path_ + "' && (" + command + ") 2>&1", &status);
  EXPECT_EQ(status, 0) << command << "\n" << out;
  return out;
}

std::string TempRepo::commit(const std::string& message, const std::string& date) const {
  std::string env = date.empty() ? "" : "GIT_AUTHOR_DATE='" + date + "' GIT_COMMITTER_DATE='" + date + "' ";
  sh("git add -A && " + env + "git commit -q --allow-empty -m '" + message + "'");
  std::string id = sh("git rev-parse HEAD");
  while (!id.empty() && (id.back() == '\n' || id.back() == '\r')) id.pop_back();
  return id;
}

}  // namespace practrack::test_support
