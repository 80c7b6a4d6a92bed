#include <gtest/gtest.h>

#include "probes/doc/doc_files.h"
#include "probes/doc/doc_text.h"
#include "probes/probe.h"
#include "scan/context.h"
#include "tree/tree.h"
#include "util/text.h"

namespace practrack {
namespace {

RepoFacts run_docs(const MemoryTree& tree) {
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts facts;
  for (const auto& row : doc_probes()) row.run(ctx, facts);
  return facts;
}

std::vector<std::string> kinds_of(std::string_view path) {
  std::vector<std::string> out;
  for (const auto& d : doc::classify(path)) out.push_back(d.kind);
  return out;
}

using Kinds = std::vector<std::string>;

}  // namespace

TEST(DocFiles, EachKindByFullPath) {
  EXPECT_EQ(kinds_of("README.md"), Kinds{"readme"});
  EXPECT_EQ(kinds_of("Readme.rst"), Kinds{"readme"});
  EXPECT_EQ(kinds_of("LICENSE"), Kinds{"license"});
  EXPECT_EQ(kinds_of("COPYING"), Kinds{"license"});
  EXPECT_EQ(kinds_of("LICENSE-APACHE"), Kinds{"license"});
  EXPECT_EQ(kinds_of("LICENSES/MIT.txt"), Kinds{"license"});
  EXPECT_EQ(kinds_of("ai/AGENTS.md"), Kinds{"agents"});
  EXPECT_EQ(kinds_of("CLAUDE.md"), Kinds{"agents"});
  EXPECT_EQ(kinds_of(".cursorrules"), Kinds{"agents"});
  EXPECT_EQ(kinds_of(".github/copilot-instructions.md"), Kinds{"agents"});
  EXPECT_EQ(kinds_of("CONTRIBUTING.md"), Kinds{"contributing"});
  EXPECT_EQ(kinds_of(".github/CONTRIBUTING.md"), Kinds{"contributing"});
  EXPECT_EQ(kinds_of("ai/DEV.md"), Kinds{"contributing"});
  EXPECT_EQ(kinds_of("HACKING"), Kinds{"contributing"});
  EXPECT_EQ(kinds_of("ai/FEATURES.md"), Kinds{"feature-tracker"});
  EXPECT_EQ(kinds_of("ROADMAP.md"), Kinds{"feature-tracker"});
  EXPECT_EQ(kinds_of("ai/PIPELINES.md"), Kinds{"pipeline"});
  EXPECT_EQ(kinds_of("docs/ci.md"), Kinds{"pipeline"});
  EXPECT_EQ(kinds_of("docs/ci/release.md"), Kinds{"pipeline"});
  // Polly's docs/pipelines/ document its resilience pipelines (trial 16).
  EXPECT_EQ(kinds_of("docs/pipelines/index.md"), Kinds{});
  EXPECT_EQ(kinds_of("ai/DEVOPS.md"), Kinds{"practices-tracker"});
  EXPECT_EQ(kinds_of("mkdocs.yml"), Kinds{"api"});
  EXPECT_EQ(kinds_of("docs/conf.py"), Kinds{"api"});
  EXPECT_EQ(kinds_of("Doxyfile"), Kinds{"api"});
  EXPECT_EQ(kinds_of("docs/adr/0001-use-postgres.md"), Kinds{"adr"});
  EXPECT_EQ(kinds_of("doc/architecture/decisions/0002-x.md"), Kinds{"adr"});
  EXPECT_EQ(kinds_of(".adr-dir"), Kinds{"adr"});
  EXPECT_EQ(kinds_of("docs/runbooks/db-failover.md"), Kinds{"runbook"});
  EXPECT_EQ(kinds_of("RUNBOOK.md"), Kinds{"runbook"});
  EXPECT_EQ(kinds_of("CHANGELOG.md"), Kinds{"changelog"});
  EXPECT_EQ(kinds_of("HISTORY.rst"), Kinds{"changelog"});
  EXPECT_EQ(kinds_of("NEWS"), Kinds{"changelog"});
  EXPECT_EQ(kinds_of("SECURITY.md"), Kinds{"security"});
}

TEST(DocFiles, NotByBasenameAlone) {
  EXPECT_TRUE(kinds_of("src/pkg/README.md").empty());
  EXPECT_TRUE(kinds_of("src/LICENSE").empty());
  EXPECT_TRUE(kinds_of("lib/CHANGELOG.md").empty());
  EXPECT_TRUE(kinds_of("src/conf.py").empty());
  EXPECT_TRUE(kinds_of("ansible/playbooks/site.yml").empty());
  EXPECT_TRUE(kinds_of("src/contributing.py").empty());
}

// Regressions: undici's docs/docs/api/Agent.md documents its HTTP Agent
// class; ansible-lint's playbook_extension.md documents a lint rule.
TEST(DocFiles, ProductPagesNamedAgentOrPlaybookAreNeither) {
  EXPECT_TRUE(kinds_of("docs/docs/api/Agent.md").empty());
  EXPECT_TRUE(kinds_of("docs/api/agents.md").empty());
  EXPECT_TRUE(kinds_of("lib/dispatcher/agent.md").empty());
  EXPECT_TRUE(kinds_of("src/ansiblelint/rules/playbook_extension.md").empty());
  EXPECT_TRUE(kinds_of("docs/rules/playbook-extension.md").empty());
  // What agents and people do read is kept.
  EXPECT_EQ(kinds_of("AGENTS.md"), Kinds{"agents"});
  EXPECT_EQ(kinds_of("docs/AGENTS.md"), Kinds{"agents"});
  EXPECT_EQ(kinds_of("packages/server/AGENTS.md"), Kinds{"agents"});
  EXPECT_EQ(kinds_of("packages/server/CLAUDE.md"), Kinds{"agents"});
  EXPECT_EQ(kinds_of("PLAYBOOK.md"), Kinds{"runbook"});
  EXPECT_EQ(kinds_of("docs/playbooks/outage.md"), Kinds{"runbook"});
  EXPECT_EQ(kinds_of("docs/playbook.md"), Kinds{"runbook"});
}

TEST(DocFiles, VendoredDocsDoNotCount) {
  MemoryTree tree;
  tree.add("vendor/lib/AGENTS.md", "# agents\n");
  tree.add("node_modules/x/docs/adr/0001.md", "# ADR\n");
  tree.add("node_modules/x/LICENSE", "MIT\n");
  tree.add("third_party/y/runbooks/r.md", "# r\n");
  RepoFacts f = run_docs(tree);
  EXPECT_TRUE(f.docs.files.empty());
  tree.add("AGENTS.md", "# agents\n");
  f = run_docs(tree);
  ASSERT_EQ(f.docs.files.size(), 1u);
  EXPECT_EQ(f.docs.files[0].path, "AGENTS.md");
}

TEST(DocText, SpdxRecognition) {
  EXPECT_EQ(doc::spdx_id("MIT License\n\nCopyright (c) 2024 X\n\nPermission is hereby granted, "
                         "free of charge, to any person obtaining a copy\nof this software ... "
                         "The above copyright notice and this permission notice shall be "
                         "included in all copies or substantial portions of the Software."),
            "MIT");
  EXPECT_EQ(doc::spdx_id("                                 Apache License\n"
                         "                           Version 2.0, January 2004\n"),
            "Apache-2.0");
  EXPECT_EQ(doc::spdx_id("                    GNU GENERAL PUBLIC LICENSE\n"
                         "                       Version 3, 29 June 2007\n ... GNU Lesser "
                         "General Public License instead"),
            "GPL-3.0");
  EXPECT_EQ(doc::spdx_id("GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n ... the GNU "
                         "Library General Public License instead.)"),
            "GPL-2.0");
  EXPECT_EQ(doc::spdx_id("GNU LESSER GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n"),
            "LGPL-3.0");
  EXPECT_EQ(doc::spdx_id("GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007"),
            "AGPL-3.0");
  EXPECT_EQ(doc::spdx_id("Copyright x\nRedistribution and use in source and binary forms, "
                         "with or without\nmodification ... 3. Neither the name of the "
                         "copyright holder"),
            "BSD-3-Clause");
  EXPECT_EQ(doc::spdx_id("Redistribution and use in source and binary forms, with or without "
                         "modification, are permitted"),
            "BSD-2-Clause");
  EXPECT_EQ(doc::spdx_id("Mozilla Public License Version 2.0\n==================\n1.12. "
                         "\"Secondary License\" means either the GNU General Public License, "
                         "Version 2.0, the GNU Lesser General Public License"),
            "MPL-2.0");
  EXPECT_EQ(doc::spdx_id("ISC License\nPermission to use, copy, modify, and/or distribute this "
                         "software for any purpose with or without fee is hereby granted"),
            "ISC");
  EXPECT_EQ(doc::spdx_id("This is free and unencumbered software released into the public "
                         "domain."),
            "Unlicense");
  EXPECT_EQ(doc::spdx_id("// SPDX-License-Identifier: MIT OR Apache-2.0\n"), "MIT OR Apache-2.0");
  EXPECT_EQ(doc::spdx_id("All rights reserved. Ask us."), "");
}

TEST(DocText, ReadmeSections) {
  auto full = doc::analyse_readme("README.md",
                                  "# Tool\n\n## Installation\n\n```\npip install tool\n```\n\n"
                                  "## Usage\n\nrun it\n\n## Running tests\n\n    pytest\n");
  EXPECT_TRUE(full.install);
  EXPECT_TRUE(full.run);
  EXPECT_TRUE(full.test);
  EXPECT_EQ(full.install_at.line, 3);
  EXPECT_EQ(full.test_at.line, 13);

  // Commands alone count too; headings inside code fences do not.
  auto cmds =
      doc::analyse_readme("README.md", "Tool\n====\n\n```\n# Test\nnpm install\nnpm start\n```\n");
  EXPECT_TRUE(cmds.install);
  EXPECT_TRUE(cmds.run);
  EXPECT_FALSE(cmds.test);

  auto bench = doc::analyse_readme("README.md",
                                   "# Lib\n## Compile time and code bloat\n## Speed tests\n"
                                   "## Build status\nA comprehensive test suite.\n");
  EXPECT_FALSE(bench.install);
  EXPECT_FALSE(bench.test);
  // Tool names in prose are not commands; in code they are.
  auto prose = doc::analyse_readme("README.md", "Used by pytest, tox and Django.\n");
  EXPECT_FALSE(prose.test);
  auto span = doc::analyse_readme("README.md", "Run `tox -e py312` before sending.\n");
  EXPECT_TRUE(span.test);
  EXPECT_EQ(span.test_at.line, 1);

  auto rst = doc::analyse_readme("README.rst", "Tool\n====\n\nTesting\n-------\n\nRun tox.\n");
  EXPECT_TRUE(rst.test);
  EXPECT_EQ(rst.test_at.line, 4);
}

TEST(DocText, CiHeading) {
  auto hs = doc::headings("# App\n## Data pipeline\n## CI/CD\n");
  ASSERT_NE(doc::ci_heading(hs), nullptr);
  EXPECT_EQ(doc::ci_heading(hs)->line, 3);
  EXPECT_EQ(doc::ci_heading(doc::headings("# App\n## Data pipeline\n## Circles\n")), nullptr);
  // Titles and changelog "Ci" sections are not pipeline docs.
  EXPECT_EQ(doc::ci_heading(doc::headings("# Tool - Continuous Delivery\n## Usage\n")), nullptr);
  EXPECT_EQ(doc::ci_heading(doc::headings("# Changes\n## 1.0\n### Ci\n- bump\n")), nullptr);
  EXPECT_EQ(doc::ci_heading(doc::headings("---\ntitle: \"CI\"\n---\n\nText\n")), nullptr);
}

TEST(DocText, ChangelogNewestEntry) {
  auto kac = doc::parse_changelog("CHANGELOG.md",
                                  "# Changelog\n\n## [Unreleased]\n\n## [1.4.0] - 2024-05-01\n"
                                  "### Added\n\n## [1.3.2] - 2024-03-01\n");
  EXPECT_EQ(kac.newest_version, "1.4.0");
  EXPECT_EQ(kac.newest_date, "2024-05-01");
  EXPECT_EQ(kac.entries, 2);
  EXPECT_EQ(kac.at.line, 5);

  auto rst = doc::parse_changelog("HISTORY.rst",
                                  "History\n=======\n\n2.0.1 (May 3, 2023)\n"
                                  "-------------------\n\n* fix\n");
  EXPECT_EQ(rst.newest_version, "2.0.1");
  EXPECT_EQ(rst.newest_date, "2023-05-03");

  auto gnome = doc::parse_changelog("NEWS",
                                    "Overview of changes in calc 51.beta\n    * 0.00012 fix\n\n"
                                    "Overview of changes in calc 50.1\n");
  EXPECT_EQ(gnome.newest_version, "51.beta");
  EXPECT_EQ(gnome.entries, 2);

  auto headed = doc::parse_changelog("RELEASE-NOTES.txt",
                                     "The ASF licenses this file under the Apache License, "
                                     "Version 2.0\n\nLang 3.20.0 Release Notes\n---\n");
  EXPECT_EQ(headed.newest_version, "3.20.0");

  auto none = doc::parse_changelog("NEWS", "Nothing here yet.\n");
  EXPECT_EQ(none.newest_version, "");
  EXPECT_EQ(none.entries, 0);
}

TEST(DocText, VersionsAndDates) {
  EXPECT_GT(compare_versions("1.10.0", "1.9.3"), 0);
  EXPECT_EQ(compare_versions("2.0", "2.0.0"), 0);
  EXPECT_LT(compare_versions("0.9", "1.0.0-rc1"), 0);
  EXPECT_EQ(doc::date_seconds("1970-01-02"), 86400);
  EXPECT_EQ(doc::date_seconds("2026-02-17"), 1771286400);
  EXPECT_EQ(doc::date_seconds("not a date"), 0);
}

TEST(DocText, PracticesTracker) {
  auto t = doc::parse_tracker("ai/DEVOPS.md",
                              "# DevOps Practices Tracker\n\nUpdated as of 2026-02-17.\n\n"
                              "| Practice | Status | Notes |\n|---|---|---|\n"
                              "| Git | Adopted | x |\n| Signed commits | Not Started | y |\n");
  EXPECT_EQ(t.path, "ai/DEVOPS.md");
  EXPECT_EQ(t.updated_as_of, "2026-02-17");
  EXPECT_EQ(t.rows, 2);
  EXPECT_EQ(t.at.line, 3);
  EXPECT_TRUE(doc::parse_tracker("x.md", "| Name | Value |\n|---|---|\n").path.empty());
  // Regression (trial 12): the summary's header reads like a practice row
  // ("| Category | Adopted |"); only rows of practice tables count.
  auto with_summary = doc::parse_tracker(
      "DEVOPS.md",
      "| Practice | Status | Notes |\n|---|---|---|\n| Git | Adopted | x |\n\n## Summary\n\n"
      "| Category | Adopted | Partial | Not Started | Total |\n|---|---|---|---|---|\n"
      "| Source Control | 1 | 0 | 0 | 1 |\n");
  EXPECT_EQ(with_summary.rows, 1);
}

TEST(DocProbe, ReadmeLicenseChangelogAndApiSpecs) {
  MemoryTree tree;
  tree.add("README.md", "# App\n## Getting started\nnpm install\n## CI\nGitHub Actions.\n");
  tree.add("LICENSE", "Apache License\nVersion 2.0, January 2004\n");
  tree.add("CHANGELOG.md", "# Changes\n## v0.3.0 (2025-01-02)\n");
  tree.add("api/openapi.yaml", "openapi: 3.0.1\ninfo:\n  title: x\n");
  tree.add("api/other.yaml", "name: not a spec\n");
  tree.add("tests/data/petstore-openapi.yaml", "openapi: 3.0.0\n");
  tree.add("examples/api/openapi.json", "{\"openapi\": \"3.1.0\"}\n");
  tree.add("docs/dev/notes.md", "# Notes\n## Continuous Integration\n");
  tree.add("docs/blob.md", std::string("\0\1\2binary", 9));
  tree.add("CHANGELOG.rst", "Changes\n=======\n\n1.0\n---\n\nCI\n~~\n* bump actions\n");
  RepoFacts f = run_docs(tree);
  EXPECT_EQ(f.docs.readme.path, "README.md");
  EXPECT_TRUE(f.docs.readme.install);
  EXPECT_FALSE(f.docs.readme.test);
  ASSERT_EQ(f.docs.licenses.size(), 1u);
  EXPECT_EQ(f.docs.licenses[0].spdx, "Apache-2.0");
  EXPECT_EQ(f.docs.changelog.newest_version, "0.3.0");
  auto api = f.docs.of_kind("api");
  ASSERT_EQ(api.size(), 1u);
  EXPECT_EQ(api[0]->path, "api/openapi.yaml");
  EXPECT_EQ(api[0]->at.line, 1);
  auto pipeline = f.docs.of_kind("pipeline");
  ASSERT_EQ(pipeline.size(), 2u);
  EXPECT_EQ(pipeline[0]->path, "README.md");
  EXPECT_EQ(pipeline[0]->at.line, 4);
  EXPECT_EQ(pipeline[1]->path, "docs/dev/notes.md");
}

TEST(DocProbe, ConductFilesAreNeverPipelineDocs) {
  MemoryTree tree;
  tree.add("CONDUCT.md", "## Cobra User Contract\n### CI Testing\nMaintainers test Go.\n");
  tree.add(".github/CODE_OF_CONDUCT.md", "# Conduct\n## Continuous Integration\nBe kind.\n");
  tree.add("docs/code-of-conduct.rst", "Conduct\n=======\n\nCI\n--\nBe kind.\n");
  RepoFacts f = run_docs(tree);
  EXPECT_TRUE(f.docs.of_kind("pipeline").empty());
}

}  // namespace practrack

namespace practrack {

TEST(DocProbe, SurvivesInvalidUtf8OversizeAndSymlinks) {
  MemoryTree tree;
  tree.add("README.md", "# T\xff\xfe\n## Install\xc3\n    pip install t\n## Tests\npytest\n");
  tree.add("LICENSE", std::string(3 << 20, 'x'));
  tree.add("CHANGELOG.md", "../elsewhere", FileKind::symlink);
  Diagnostics diags;
  ScanContext ctx(tree, diags);
  RepoFacts f;
  for (const auto& row : doc_probes()) row.run(ctx, f);
  EXPECT_TRUE(f.docs.readme.install);
  EXPECT_TRUE(f.docs.readme.test);
  EXPECT_TRUE(text::valid_utf8(f.docs.readme.install_at.excerpt));
  ASSERT_EQ(f.docs.licenses.size(), 1u);
  EXPECT_EQ(f.docs.licenses[0].spdx, "");
  // A symlink is never evidence (it may point out of the tree).
  EXPECT_EQ(f.docs.changelog.path, "");
  bool warned = false;
  for (const auto& d : diags.all()) warned = warned || d.path == "LICENSE";
  EXPECT_TRUE(warned);
}

}  // namespace practrack
