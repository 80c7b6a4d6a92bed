// The observability practices: what the code does (logging, tracing,
// polling health endpoints) from the source scan, and what the repository
// configures (Prometheus, Loki, Grafana ...) from the tool table.
#include <algorithm>
#include <map>

#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "rules/source_notes.h"
#include "util/text.h"

namespace practrack {
namespace {

// Logging is "used across the code" when at least this many files use it
// and they are a fair share of the main language's non-test modules;
// small projects qualify on the share alone.
constexpr int kLoggingFiles = 5;
constexpr double kLoggingShare = 0.10;
constexpr double kSmallProjectShare = 0.30;

Assessment dashboards(const RepoFacts& facts) {
  if (!facts.tools_for("dashboards").empty())
    return decide_by_tools(facts, "dashboards", UnrunPolicy::adopted, "");
  const auto& d = facts.source.dashboards;
  if (!d.empty())
    return adopted(plural(static_cast<long>(d.size()), "dashboard export") + " (" +
                       code(d.front().path) + ")",
                   {d.front()});
  return not_started("No dashboards kept as code (Grafana, Superset, Kibana)");
}

Assessment service_monitoring(const RepoFacts& facts) {
  return decide_by_code_or_tools(facts, "service-monitoring", {"health-polling", "metrics"},
                                 UnrunPolicy::adopted,
                                 "No health polling, scrape configs or exporters");
}

Assessment pipeline_monitoring(const RepoFacts& facts) {
  auto uses = uses_of(facts, {"pipeline-monitoring"});
  if (!uses.empty()) return adopted("Code reads CI pipeline status: " + uses_note(uses),
                                    uses_evidence(uses));
  for (const ToolUse* t : facts.tools_for("pipeline-monitoring"))
    if (t->how != ToolHow::dependency)
      return decide_by_tools(facts, "pipeline-monitoring", UnrunPolicy::adopted, "");
  return not_started("No code reads CI pipeline status");
}

Assessment repo_metrics(const RepoFacts& facts) {
  return decide_by_code_or_tools(facts, "repo-metrics", {"repo-metrics"}, UnrunPolicy::partial,
                                 "No script or job reports repository metrics");
}

// Files that log, and the non-test modules of the languages they are
// written in: a Python backend's logging is weighed against Python
// modules, not against a larger TypeScript frontend.
struct LoggingShare {
  int files = 0;
  int modules = 0;
  std::vector<std::string> languages;
};

LoggingShare logging_share(const RepoFacts& facts, const std::vector<const LibraryUse*>& uses) {
  LoggingShare s;
  std::map<std::string, int> files;  // per language: the busiest library's files
  for (const LibraryUse* u : uses) files[u->language] = std::max(files[u->language], u->files);
  for (const auto& [lang, n] : files) {
    s.files += n;
    auto it = facts.source.modules_by_language.find(lang);
    s.modules += it == facts.source.modules_by_language.end() ? 0 : it->second;
    if (!lang.empty()) s.languages.push_back(lang);
  }
  s.modules = std::max(s.modules, s.files);
  return s;
}

Assessment app_logging(const RepoFacts& facts) {
  auto uses = uses_of(facts, {"logging"});
  if (uses.empty()) return not_started("No logging library used in the code");
  LoggingShare share = logging_share(facts, uses);
  double ratio = static_cast<double>(share.files) / std::max(share.modules, 1);
  std::string note = uses_note(uses);
  if (!share.languages.empty())
    note += " — " + std::to_string(share.files) + " of " + std::to_string(share.modules) + " " +
            text::join(share.languages, "/") + " modules";
  bool across = (share.files >= kLoggingFiles && ratio >= kLoggingShare) ||
                (share.files >= 2 && ratio >= kSmallProjectShare);
  if (across) return adopted(note, uses_evidence(uses));
  return partial(note + "; used in a few places only", uses_evidence(uses));
}

// Code that emits structured logs adopts the practice; a library listed
// in a manifest but never imported is only partial.
Assessment code_or_listed(const RepoFacts& facts, std::string_view practice,
                          std::string_view kind, std::string none) {
  auto uses = uses_of(facts, {kind});
  if (!uses.empty()) return adopted(uses_note(uses), uses_evidence(uses));
  // A library that is only a dev, indirect or tools-module dependency
  // (zap required by a tool in internal/tools/go.mod) is not the app's.
  auto tools = facts.tools_for(practice);
  bool dev_only = !tools.empty() && std::all_of(tools.begin(), tools.end(), [](const ToolUse* t) {
    return t->how == ToolHow::dependency && t->detail == "dev";
  });
  if (dev_only)
    return not_started(none + "; " + tools.front()->tool + " is only a development or indirect " +
                           "dependency (" + code(tools.front()->at.path) + ")",
                       {tools.front()->at});
  Assessment a = decide_by_tools(facts, practice, UnrunPolicy::adopted, std::move(none));
  if (a.status == Status::adopted) {
    bool only_listed = true;
    for (const ToolUse* t : facts.tools_for(practice))
      only_listed = only_listed && t->how == ToolHow::dependency;
    if (only_listed) return partial(a.note + " — not seen in code", a.evidence);
  }
  return a;
}

Assessment structured_logging(const RepoFacts& facts) {
  return code_or_listed(facts, "structured-logging", "structured-logging",
                        "No structured log format (JSON formatter, structlog, zap, pino ...)");
}

Assessment log_aggregation(const RepoFacts& facts) {
  return decide_by_tools(facts, "log-aggregation", UnrunPolicy::adopted,
                         "No centralized log collection (Loki, Fluentd, Vector, Logstash)");
}

Assessment tracing(const RepoFacts& facts) {
  return code_or_listed(facts, "tracing", "tracing",
                        "No OpenTelemetry, Datadog or other APM/tracing");
}

// Code that talks to several on-call services is a product offering them
// as integrations (an alert router's notifiers and their default URLs),
// not the project paging its own people: only the tool table decides then.
Assessment alerting(const RepoFacts& facts) {
  std::string none = "No alerting integration (Alertmanager, PagerDuty, Opsgenie)";
  auto uses = uses_of(facts, {"alerting"});
  std::vector<std::string> services;
  for (const LibraryUse* u : uses)
    if (std::find(services.begin(), services.end(), u->name) == services.end())
      services.push_back(u->name);
  if (services.size() < 2)
    return decide_by_code_or_tools(facts, "alerting", {"alerting"}, UnrunPolicy::adopted, none);
  // Nor is its sample configuration (`examples/ha/alertmanager.yml`) the
  // project's own alert routing.
  auto tools = facts.tools_for("alerting");
  bool samples_only = !tools.empty() && std::all_of(tools.begin(), tools.end(), [](auto* t) {
    return t->how != ToolHow::run && beside_the_project(t->at.path);
  });
  if (samples_only)
    none += "; " + tools.front()->tool + " is configured only in a sample (" +
            code(tools.front()->at.path) + ")";
  Assessment a = samples_only ? not_started(none)
                              : decide_by_tools(facts, "alerting", UnrunPolicy::adopted, none);
  if (a.status == Status::not_started)
    a.note += "; " + text::join(services, ", ") + " in the product's code (" + uses_note(uses) +
              ") are integrations it offers, not the project's alerting";
  return a;
}

Assessment uptime_monitoring(const RepoFacts& facts) {
  Assessment a = decide_by_code_or_tools(facts, "uptime-monitoring", {"uptime"},
                                         UnrunPolicy::adopted, "");
  if (a.status != Status::not_started) return a;
  return needs_attestation(
      "No external health checks in the repository; an uptime service configured elsewhere "
      "cannot be seen from files");
}

Assessment error_tracking(const RepoFacts& facts) {
  return code_or_listed(facts, "error-tracking", "error-tracking",
                        "No error tracking service (Sentry, Rollbar, Bugsnag, Honeybadger)");
}

Assessment slos(const RepoFacts& facts) {
  return decide_by_tools(facts, "slos", UnrunPolicy::adopted,
                         "No service level objectives defined (OpenSLO, Sloth, Pyrra)");
}

}  // namespace

std::vector<RuleRow> observability_rules() {
  return {
      {"dashboards", dashboards},
      {"service-monitoring", service_monitoring},
      {"pipeline-monitoring", pipeline_monitoring},
      {"repo-metrics", repo_metrics},
      {"app-logging", app_logging},
      {"structured-logging", structured_logging},
      {"log-aggregation", log_aggregation},
      {"tracing", tracing},
      {"alerting", alerting},
      {"uptime-monitoring", uptime_monitoring},
      {"error-tracking", error_tracking},
      {"slos", slos},
  };
}

}  // namespace practrack
