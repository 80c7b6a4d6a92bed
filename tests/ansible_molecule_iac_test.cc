// Regression (trial 10, nginxinc/ansible-role-nginx): infrastructure as
// code cited the plays of Molecule's test scenarios
// (molecule/*/converge.yml, verify.yml), not the role itself.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

TEST(AnsibleMoleculeIac, TheRoleIsTheIacNotItsTestScenarios) {
  MemoryTree t;
  t.add("meta/main.yml", "galaxy_info:\n  role_name: nginx\n  author: nginxinc\n");
  t.add("tasks/main.yml", "- name: Install NGINX\n  ansible.builtin.include_tasks: install.yml\n");
  t.add("defaults/main.yml", "nginx_enable: true\n");
  t.add("molecule/default/molecule.yml", "driver:\n  name: docker\n");
  t.add("molecule/default/converge.yml",
        "- name: Converge\n  hosts: all\n  tasks:\n    - name: Install\n      "
        "ansible.builtin.include_role:\n"
        "        name: nginxinc.nginx\n");
  t.add("molecule/default/verify.yml",
        "- name: Verify\n  hosts: all\n  tasks:\n    - name: Check\n      ansible.builtin.uri:\n"
        "        url: http://localhost\n");
  Assessment a = assess(t, "iac");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  EXPECT_FALSE(text::contains(a.note, "molecule/")) << a.note;
  EXPECT_TRUE(text::contains(a.note, "tasks/main.yml")) << a.note;
  for (const Evidence& e : a.evidence)
    EXPECT_FALSE(text::starts_with(e.path, "molecule/")) << e.path;
}

}  // namespace
}  // namespace practrack
