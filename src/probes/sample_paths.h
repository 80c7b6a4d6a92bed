// Folders of sample applications (examples/, example/, samples/, sample/,
// demo/, demos/ at any depth) and the templates of project generators.
#pragma once

#include <string_view>

namespace practrack {

// Whether `path` lies in a sample folder or is a generator's template.
// Their Dockerfiles, compose files and .env templates show users how to
// run an application on top of the project, or are what a generator writes
// into a new one; they are not the project's own infrastructure. The
// container, compose and env-file probes leave them out as
// ScanContext::own_files() leaves out vendored and test-data folders;
// tests and docs there still count (trpc's examples/ hold tests of the
// library).
bool in_sample_folder(std::string_view path);

// Whether `path` is a template a generator renders into a new project:
// under `priv/templates/` or `installer/templates/` (Phoenix's
// `mix phx.new` and `mix phx.gen.*`), under a `templates/` folder of a
// `generators/` tree (Rails, Yeoman), in a cookiecutter folder named with
// `{{`, or an EEx (`.eex`) or Thor (`.tt`) template such as
// `Dockerfile.eex`. Helm's `templates/` stays the project's own.
bool generator_template(std::string_view path);

// Whether `path` lies below a test folder (test/, tests/, Tests/, spec/,
// __tests__/, testdata/, fixtures/ ... any case, any depth): a binary there
// is a test input (a gzip library's sample archive), not a shipped artifact.
// Known shortcoming: ScanContext keeps its own, narrower list for what
// own_files() leaves out; the two should become one path classifier.
bool in_test_folder(std::string_view path);

// Whether `path` lies in a `.devcontainer/` folder: a developer's
// workstation image (VS Code, Codespaces), not a container the project
// builds or runs; the container and compose probes leave it out.
bool dev_environment(std::string_view path);

}  // namespace practrack
