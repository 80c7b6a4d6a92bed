// Regressions from terraform-aws-modules/terraform-aws-vpc (new-user trial
// 7): a reusable Terraform module. It declares inputs and outputs, no state
// backend and no provider settings; its examples/ configure providers. The
// security groups, network ACLs and IAM roles it declares are built for
// its users, and nothing is deployed from the repository.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "tree/tree.h"

namespace practrack {
namespace {

using test_support::assess;

bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

MemoryTree vpc_module() {
  MemoryTree t;
  t.add("versions.tf",
        "terraform {\n  required_version = \">= 1.5.7\"\n  required_providers {\n"
        "    aws = {\n      source  = \"hashicorp/aws\"\n      version = \">= 6.0\"\n    }\n"
        "  }\n}\n");
  t.add("variables.tf", "variable \"name\" {\n  type    = string\n  default = \"\"\n}\n");
  t.add("outputs.tf", "output \"vpc_id\" {\n  value = aws_vpc.this[0].id\n}\n");
  t.add("main.tf",
        "resource \"aws_vpc\" \"this\" {\n  cidr_block = var.cidr\n}\n"
        "resource \"aws_subnet\" \"public\" {\n  vpc_id = aws_vpc.this[0].id\n}\n"
        "resource \"aws_default_security_group\" \"this\" {\n  vpc_id = aws_vpc.this[0].id\n}\n"
        "resource \"aws_network_acl\" \"public\" {\n  vpc_id = aws_vpc.this[0].id\n}\n");
  t.add("vpc-flow-logs.tf", "resource \"aws_iam_role\" \"vpc_flow_log\" {\n  name = \"x\"\n}\n");
  t.add("examples/simple/main.tf",
        "provider \"aws\" {\n  region = \"eu-west-1\"\n}\nmodule \"vpc\" {\n  source = \"../../\"\n}\n");
  return t;
}

TEST(TerraformModule, ResourcesBuiltForUsersAreNotTheProjectsOwn) {
  MemoryTree t = vpc_module();
  auto access = assess(t, "access-control");
  EXPECT_NE(access.status, Status::adopted) << access.note;
  EXPECT_TRUE(has(access.note, "a reusable Terraform module (`outputs.tf:1`)")) << access.note;
  auto policies = assess(t, "network-policies");
  EXPECT_EQ(policies.status, Status::not_applicable) << policies.note;
  EXPECT_TRUE(has(policies.note, "built for its users")) << policies.note;
  EXPECT_EQ(assess(t, "network-segmentation").status, Status::not_applicable);
  auto iac = assess(t, "iac");
  EXPECT_EQ(iac.status, Status::adopted) << iac.note;
  EXPECT_TRUE(has(iac.note, "reusable Terraform module")) << iac.note;
  for (auto id : {"automated-deploy", "declarative-stack", "progressive-delivery", "rollback",
                  "deploy-notifications", "environment-promotion"}) {
    auto a = assess(t, id);
    EXPECT_EQ(a.status, Status::not_applicable) << id << ": " << a.note;
    EXPECT_TRUE(has(a.note, "which its users deploy")) << id << ": " << a.note;
  }
  EXPECT_EQ(assess(t, "dependency-pinning").status, Status::not_applicable)
      << assess(t, "dependency-pinning").note;
}

TEST(TerraformModule, RootWithBackendOrProviderIsADeployment) {
  for (std::string_view extra : {"terraform {\n  backend \"s3\" {\n    bucket = \"b\"\n  }\n}\n",
                                 "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n"}) {
    MemoryTree t = vpc_module();
    t.add("backend.tf", std::string(extra));
    EXPECT_EQ(assess(t, "access-control").status, Status::adopted) << extra;
    EXPECT_EQ(assess(t, "network-policies").status, Status::adopted) << extra;
    EXPECT_NE(assess(t, "automated-deploy").status, Status::not_applicable) << extra;
  }
}

}  // namespace
}  // namespace practrack
