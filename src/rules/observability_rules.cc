// The observability practices: what the code does (logging, tracing,
// polling health endpoints) from the source scan, and what the repository
// configures (Prometheus, Loki, Grafana ...) from the tool table.
#include <algorithm>

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

int logging_files(const std::vector<const LibraryUse*>& uses) {
  int n = 0;
  for (const LibraryUse* u : uses) n = std::max(n, u->files);
  return n;
}

Assessment app_logging(const RepoFacts& facts) {
  auto uses = uses_of(facts, {"logging"});
  if (uses.empty()) return not_started("No logging library used in the code");
  int files = logging_files(uses);
  int modules = std::max(facts.source.main_language_modules, 1);
  double share = static_cast<double>(files) / modules;
  std::string note = uses_note(uses);
  if (!facts.source.main_language.empty())
    note += " — " + std::to_string(files) + " of " + std::to_string(modules) + " " +
            facts.source.main_language + " modules";
  bool across = (files >= kLoggingFiles && share >= kLoggingShare) ||
                (files >= 2 && share >= kSmallProjectShare);
  if (across) return adopted(note, uses_evidence(uses));
  return partial(note + "; used in a few places only", uses_evidence(uses));
}

// Code that emits structured logs adopts the practice; a library listed
// in a manifest but never imported is only partial.
Assessment code_or_listed(const RepoFacts& facts, std::string_view practice,
                          std::string_view kind, std::string none) {
  auto uses = uses_of(facts, {kind});
  if (!uses.empty()) return adopted(uses_note(uses), uses_evidence(uses));
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

Assessment alerting(const RepoFacts& facts) {
  return decide_by_code_or_tools(facts, "alerting", {"alerting"}, UnrunPolicy::adopted,
                                 "No alerting integration (Alertmanager, PagerDuty, Opsgenie)");
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
