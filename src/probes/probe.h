// A probe gathers typed facts with their evidence from one kind of file.
// Probes never decide a status; rules do (rules/). Probes are rows in
// tables, one table per family file; probe_table() joins them in order.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "facts/repo_facts.h"
#include "scan/context.h"

namespace practrack {

using ProbeFn = void (*)(const ScanContext&, RepoFacts&);
using ResetFn = void (*)(RepoFacts&);
// Updates the facts of the scan carried over for the changed files only;
// false when it cannot (then the probe is reset and runs in full).
using UpdateFn = bool (*)(const ScanContext&, RepoFacts&, std::span<const FileChange>);
// Whether the changed files give the probe what their old blobs gave it
// (most often: nothing, before and after), so its facts stand as they are.
using SameFn = bool (*)(const ScanContext&, std::span<const FileChange>);
// Moves the facts the probe writes (what its reset clears) to other facts.
using KeepFn = void (*)(RepoFacts& from, RepoFacts& to);

struct ProbeRow {
  std::string_view name;   // short and stable: shown by --debug timings
  ProbeFn run;
  std::string_view reads;  // what it reads, one line
  // Reads no other probe's facts and writes facts no other probe touches,
  // so it runs on its own thread beside the others (a long content pass
  // overlaps the many short config probes).
  bool alongside = false;
  // Clears every fact the probe writes, so a history scan can keep the
  // facts of the commit before and run just this probe again when only
  // files it read have changed (history/incremental_scan.h). Set only for
  // probes whose facts no other probe reads and that read none of the
  // facts a later probe writes; null: a change to its files means a full scan.
  // Rows that share a reset write the same facts: they run again together.
  ResetFn reset = nullptr;
  // Reads the commit itself (its history, tags), not files: runs again on
  // every commit of a history, whatever changed.
  bool reads_commit = false;
  // Adds to the shared lists (commands ...): when it runs again, so does
  // every probe that resolves them (`resolves_lists`, the tool resolver).
  bool feeds_lists = false;
  bool resolves_lists = false;
  // Set for probes that sum per-file results over the whole tree: in a
  // history, a commit that changed a few files takes those files' old
  // results out of the facts and puts their new ones in, instead of
  // summing 10,000 files again. Needs a reset (the fallback).
  UpdateFn update = nullptr;
  // Set for probes that read many files of which few matter (YAML files
  // that are no manifests, sources without a version flag): in a history,
  // a change to files that matter to it neither before nor after does not
  // run it again. Needs a reset; asked before any probe runs.
  SameFn same = nullptr;
  // Set for probes with an update: when a probe without a reset must run
  // again, a history starts from fresh facts, keeps these probes' facts
  // and updates them, and runs every other probe in full.
  KeepFn keep = nullptr;
};

// One function per family (probes/<family>/...). Order matters: families
// that feed the shared lists (commands, dependencies, config sections,
// actions) run before tool_probes(), which resolves them into tool uses;
// file_pass_probes() (those that wait for the file pass) run last.
std::vector<ProbeRow> git_probes();
std::vector<ProbeRow> doc_probes();
std::vector<ProbeRow> script_probes();
std::vector<ProbeRow> hook_probes();
std::vector<ProbeRow> ci_probes();
std::vector<ProbeRow> manifest_probes();
std::vector<ProbeRow> container_probes();
std::vector<ProbeRow> security_probes();
std::vector<ProbeRow> source_probes();
std::vector<ProbeRow> tool_probes();
std::vector<ProbeRow> file_pass_probes();

const std::vector<ProbeRow>& probe_table();

// Builds what the probes compile on first use (the tool table's hundreds
// of patterns, the secret patterns), so that a caller can have it done on
// a core the tree's listing leaves idle instead of in the file pass.
void prepare_probes();

// The per-file analyses that share one read of each file (scan/file_pass.h):
// the content sniff, the source scan, the version-flag search and the
// fuzz-target search.
std::vector<FileAnalysis> file_analyses();

}  // namespace practrack
