// A README that is a link to a file of the same repository (axum's
// README.md -> axum/README.md) is that file; a link out of the tree, or
// to another link, is still not followed (trial 12).
#include <gtest/gtest.h>

#include "scan/links.h"
#include "scan/scanner.h"
#include "support/temp_repo.h"
#include "util/text.h"

namespace practrack {
namespace {

TEST(InTreeLinks, TargetsResolveAgainstTheLinksFolder) {
  EXPECT_EQ(resolve_link_path("README.md", "axum/README.md"), "axum/README.md");
  EXPECT_EQ(resolve_link_path("docs/README.md", "../axum/./README.md"), "axum/README.md");
  EXPECT_EQ(resolve_link_path("README.md", "../outside/README.md"), "");
  EXPECT_EQ(resolve_link_path("a/b/README.md", "../../../etc/passwd"), "");
  EXPECT_EQ(resolve_link_path("README.md", "/etc/passwd"), "");
  EXPECT_EQ(resolve_link_path("README.md", ""), "");
}

Report scan_at(const std::string& path, std::optional<std::string> rev) {
  ScanRequest request;
  request.path = path;
  request.rev = std::move(rev);
  request.no_config = true;
  auto report = scan(request);
  EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error());
  return report.ok() ? std::move(*report) : Report{};
}

bool warned(const Report& r, const std::string& path) {
  for (const auto& d : r.diagnostics)
    if (d.path == path && text::contains(d.message, "not followed")) return true;
  return false;
}

TEST(InTreeLinks, ALinkedReadmeIsReadInBothTrees) {
  test_support::TempRepo repo;
  repo.write("axum/README.md",
             "# axum\n\n## Install\n\n```\ncargo add axum\n```\n\n## Usage\n\nRun `cargo run`.\n\n"
             "## Testing\n\n`cargo test`\n");
  repo.write("axum/Cargo.toml", "[package]\nname = \"axum\"\nversion = \"0.8.0\"\n");
  repo.sh("ln -s axum/README.md README.md && ln -s ../elsewhere/LICENSE LICENSE");
  repo.commit("links");
  for (const auto& rev : {std::optional<std::string>(), std::optional<std::string>("HEAD")}) {
    Report r = scan_at(repo.path(), rev);
    const Assessment* readme = r.find("readme");
    ASSERT_NE(readme, nullptr);
    EXPECT_EQ(readme->status, Status::adopted) << readme->note;
    EXPECT_TRUE(text::contains(readme->note, "axum/README.md")) << readme->note;
    EXPECT_FALSE(warned(r, "README.md"));
    EXPECT_TRUE(warned(r, "LICENSE"));  // points out of the tree
  }
}

}  // namespace
}  // namespace practrack
