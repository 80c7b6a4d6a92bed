// Regressions (trial 9, geerlingguy/ansible-role-docker): an Ansible role
// tested with Molecule had no integration tests, and the role imported into
// Ansible Galaxy on tag push was "nothing publishes it" while
// automated-deploy said its release job publishes a package.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

constexpr const char* kCi = R"(name: CI
'on':
  pull_request:
  push:
    branches:
      - master
jobs:
  molecule:
    name: Molecule
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip3 install ansible molecule molecule-plugins[docker] docker
      - name: Run Molecule tests.
        run: molecule test
)";

constexpr const char* kRelease = R"(name: Release
'on':
  push:
    tags:
      - '*'
jobs:
  release:
    name: Release
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip3 install ansible-core
      - name: Trigger a new import on Galaxy.
        run: >-
          ansible-galaxy role import --api-key ${{ secrets.GALAXY_API_KEY }}
          $(echo ${{ github.repository }} | cut -d/ -f1) docker
)";

MemoryTree role() {
  MemoryTree t;
  t.add(".github/workflows/ci.yml", kCi);
  t.add(".github/workflows/release.yml", kRelease);
  t.add("meta/main.yml", "galaxy_info:\n  role_name: docker\n  author: geerlingguy\n");
  t.add("tasks/main.yml", "- name: Install Docker.\n  package:\n    name: docker-ce\n");
  t.add("molecule/default/molecule.yml", "role_name_check: 1\ndriver:\n  name: docker\n");
  t.add("molecule/default/converge.yml", "- name: Converge\n  hosts: all\n");
  return t;
}

TEST(AnsibleRole, MoleculeScenariosAreIntegrationTests) {
  Assessment a = assess(role(), "integration-tests");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_TRUE(text::contains(a.note, "Molecule: 1 scenario (default)")) << a.note;
  EXPECT_TRUE(text::contains(a.note, "run by Molecule")) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence.front().path, "molecule/default/molecule.yml");
}

TEST(AnsibleRole, GalaxyImportIsPackagePublishing) {
  MemoryTree t = role();
  Assessment pub = assess(t, "package-publishing");
  EXPECT_EQ(pub.status, Status::adopted) << pub.note;
  EXPECT_TRUE(text::contains(pub.note, "Ansible Galaxy")) << pub.note;
  // automated-deploy calls the release job publishing, and now agrees.
  Assessment deploy = assess(t, "automated-deploy");
  EXPECT_EQ(deploy.status, Status::not_applicable) << deploy.note;
  EXPECT_TRUE(text::contains(deploy.note, "publishes a package")) << deploy.note;
}

}  // namespace
}  // namespace practrack
