// Facts from CI configuration (probes/ci_*).
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

// What starts a pipeline or job.
struct CiTriggers {
  bool push = false;
  bool merge_request = false;
  bool schedule = false;
  bool manual = false;  // workflow_dispatch, `when: manual`, web
  bool tag = false;
  std::vector<std::string> branches;  // push limited to these; empty = all
};

struct CiJob {
  std::string name;
  std::string stage;
  std::vector<std::string> script;  // command lines
  bool manual = false;               // needs a human to start
  bool default_branch_only = false;  // rules/only limit it to main/master
  bool merge_request = false;        // runs on MR/PR events
  bool schedule = false;             // runs on schedules
  bool artifacts = false;
  bool junit_report = false;
  bool cache = false;
  bool retry = false;
  bool parallel = false;             // parallel:/matrix
  std::string environment;           // deploy environment name
  Evidence at;
};

struct CiPipeline {
  std::string system;  // "gitlab-ci", "github-actions", "jenkins", "circleci", ...
  std::string path;    // config file
  std::vector<std::string> stages;
  std::vector<CiJob> jobs;
  CiTriggers triggers;
  bool child_pipelines = false;    // trigger/include: artifact, dynamic config
  bool generated_config = false;   // config produced by a job or script
  Evidence at;
};

struct CiFacts {
  std::vector<CiPipeline> pipelines;
};

}  // namespace practrack
