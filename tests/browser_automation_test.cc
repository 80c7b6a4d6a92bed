// Regression (fastapi): Playwright scripts under scripts/playwright take the
// docs' screenshots, and pyproject.toml lists playwright for them; that is
// browser automation, not end-to-end testing.
#include <gtest/gtest.h>

#include "scan/scanner.h"

namespace practrack {
namespace {

constexpr const char* kPyproject = R"([project]
name = "webfw"
version = "1.0"

[dependency-groups]
dev = ["playwright >=1.57.0", "pytest"]
)";

constexpr const char* kScreenshot =
    "from playwright.sync_api import Playwright, sync_playwright\n\n"
    "def run(playwright: Playwright) -> None:\n"
    "    page = playwright.chromium.launch().new_page()\n"
    "    page.screenshot(path='docs/img/tutorial/image01.png')\n";

Assessment e2e(const MemoryTree& tree) {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  return *scan_tree(ctx).find("e2e-tests");
}

}  // namespace

TEST(BrowserAutomation, DocScreenshotScriptsAreNoEndToEndTests) {
  MemoryTree t;
  t.add("pyproject.toml", kPyproject);
  t.add("scripts/playwright/query_params/image01.py", kScreenshot);
  auto a = e2e(t);
  EXPECT_EQ(a.status, Status::not_started) << a.note;
  EXPECT_EQ(a.note,
            "No end-to-end tests: Playwright in 1 file "
            "(`scripts/playwright/query_params/image01.py`) drives a browser outside tests "
            "(screenshots, rendering)");
  // A test that drives the same browser is one.
  t.add("tests/e2e/test_docs_ui.py",
        "from playwright.sync_api import Page\n\ndef test_docs(page: Page):\n    page.goto('/')\n");
  EXPECT_EQ(e2e(t).status, Status::adopted);
}

}  // namespace practrack
