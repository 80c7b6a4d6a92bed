// Facts from Dockerfiles, compose files, Kubernetes, Helm and IaC
// (probes/docker_probe, probes/compose_probe, probes/infra_probe).
#pragma once

#include <string>
#include <vector>

#include "scan/evidence.h"

namespace practrack {

struct ImageRef {
  std::string image;   // "postgres"
  std::string tag;     // "16-alpine"; empty when untagged
  bool digest = false; // pinned by @sha256
  Evidence at;
};

struct Dockerfile {
  std::string path;
  int stages = 0;
  bool healthcheck = false;
  std::vector<ImageRef> bases;
  Evidence at;
};

struct ComposeService {
  std::string name;
  std::string image;   // empty when built
  bool build = false;
  bool healthcheck = false;
  bool resource_limits = false;
  std::vector<std::string> networks;
  Evidence at;
};

struct ComposeFile {
  std::string path;
  std::vector<ComposeService> services;
  std::vector<std::string> networks;  // declared top-level networks
  Evidence at;
};

struct ContainerFacts {
  std::vector<Dockerfile> dockerfiles;
  std::vector<ComposeFile> compose_files;
};

}  // namespace practrack
