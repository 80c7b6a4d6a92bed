// trivy-action does what its inputs say: `scan-type: fs` scans the
// dependencies (and, asked by `scanners:`, secrets), not an image; without
// `scan-type` it scans an image (gin, trial 12).
#include <gtest/gtest.h>

#include "support/assess.h"

namespace practrack {
namespace {

using test_support::scan_memory;

constexpr const char* kFsScan = R"(name: Trivy Security Scan
on:
  push:
    branches: [master]
  pull_request:
  schedule:
    - cron: '0 0 * * *'
jobs:
  trivy-scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Run Trivy vulnerability scanner (source code)
        uses: aquasecurity/trivy-action@0.28.0
        with:
          scan-type: 'fs'
          scan-ref: '.'
          scanners: 'vuln,secret,misconfig'
          format: 'sarif'
          output: 'trivy-results.sarif'
)";

constexpr const char* kImageScan = R"(name: image
on: [push]
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t app:ci .
      - uses: aquasecurity/trivy-action@0.28.0
        with:
          image-ref: app:ci
)";

MemoryTree go_module() {
  MemoryTree tree;
  tree.add("go.mod", "module example.com/gin\n\ngo 1.22\n");
  tree.add("gin.go", "package gin\n\nfunc New() int { return 1 }\n");
  tree.add("Dockerfile", "FROM golang:1.22 AS build\nRUN go build ./...\nFROM scratch\n");
  return tree;
}

TEST(TrivyAction, AFilesystemScanIsVulnerabilityAndSecretScanningNotImageScanning) {
  MemoryTree tree = go_module();
  tree.add(".github/workflows/trivy-scan.yml", kFsScan);
  Report report = scan_memory(tree);
  const Assessment* vuln = report.find("vulnerability-scanning");
  ASSERT_NE(vuln, nullptr);
  EXPECT_EQ(vuln->status, Status::adopted) << vuln->note;
  EXPECT_NE(vuln->note.find("trivy"), std::string::npos) << vuln->note;
  const Assessment* secrets = report.find("secret-scanning");
  ASSERT_NE(secrets, nullptr);
  EXPECT_EQ(secrets->status, Status::adopted) << secrets->note;
  const Assessment* image = report.find("image-scanning");
  ASSERT_NE(image, nullptr);
  EXPECT_EQ(image->note.find("trivy"), std::string::npos) << image->note;
}

TEST(TrivyAction, WithoutAScanTypeItScansAnImage) {
  MemoryTree tree = go_module();
  tree.add(".github/workflows/image.yml", kImageScan);
  Report report = scan_memory(tree);
  const Assessment* image = report.find("image-scanning");
  ASSERT_NE(image, nullptr);
  EXPECT_EQ(image->status, Status::adopted) << image->note;
  const Assessment* vuln = report.find("vulnerability-scanning");
  ASSERT_NE(vuln, nullptr);
  EXPECT_NE(vuln->status, Status::adopted) << vuln->note;
  const Assessment* secrets = report.find("secret-scanning");
  ASSERT_NE(secrets, nullptr);
  EXPECT_EQ(secrets->note.find("trivy"), std::string::npos) << secrets->note;
}

TEST(TrivyAction, ImportmapAuditScansRailsPins) {
  MemoryTree tree;
  tree.add("Gemfile", "source 'https://rubygems.org'\ngem 'rails'\ngem 'importmap-rails'\n");
  tree.add("config/importmap.rb", "pin \"application\"\n");
  tree.add(".github/workflows/ci.yml",
           "on: [push, pull_request]\njobs:\n  scan_js:\n    runs-on: ubuntu-latest\n"
           "    steps:\n      - uses: actions/checkout@v4\n      - run: bin/importmap audit\n");
  const Assessment a = test_support::assess(tree, "vulnerability-scanning");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_NE(a.note.find("importmap audit"), std::string::npos) << a.note;
}

}  // namespace
}  // namespace practrack
