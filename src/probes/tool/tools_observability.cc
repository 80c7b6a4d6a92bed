// Tools that implement the observability practices. Most are recognised
// by the configuration files they keep in the repository.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> observability_tools() {
  // clang-format off
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
      // --- dashboards as code
      {"dashboards", "Grafana", R"(\bgrafana-cli\b|\bgrizzly\b|\bgrr\s+apply\b)",
       "**/grafana/**/*.json|**/grafana/provisioning/**/*.{yml,yaml}|**/dashboards/**/*.json|"
       "**/*.dashboard.json", "", "", "", ""},
      {"dashboards", "Grafana as code", "", "", "",
       "go:github.com/grafana/grafana-foundation-sdk*|pypi:grafanalib", "", ""},
      {"dashboards", "Superset", R"(\bsuperset\s+(import-dashboards|load-examples|init)\b)",
       "**/superset/**/dashboards/*.{yaml,yml}|**/superset_config.py", "", "pypi:apache-superset",
       "", ""},
      {"dashboards", "Kibana", "", "**/kibana/**/*.ndjson", "", "", "", ""},
      {"dashboards", "Metabase", "", "**/metabase/**/*.{json,yaml,yml}", "", "", "", ""},
      {"dashboards", "Streamlit/Dash app", R"(\bstreamlit\s+run\b)", "", "",
       "pypi:streamlit|pypi:dash|pypi:panel", "", ""},
      // --- service monitoring
      {"service-monitoring", "Prometheus", R"(\bprometheus\b.*--config\.file|\bpromtool\b)",
       "**/prometheus.{yml,yaml}|**/prometheus/**/*.{yml,yaml}", "", "", "", "prom/prometheus"},
      {"service-monitoring", "Prometheus exporter", "",
       "**/*exporter*.{yml,yaml}", "", "pypi:prometheus-client|npm:prom-client|"
       "go:github.com/prometheus/client_golang|maven:io.micrometer:micrometer-registry-prometheus",
       "", ""},
      {"service-monitoring", "ServiceMonitor/PodMonitor", "",
       "**/*servicemonitor*.{yml,yaml}|**/*podmonitor*.{yml,yaml}", "", "", "", ""},
      {"service-monitoring", "Datadog agent", "", "**/datadog.yaml|**/datadog-agent/**", "", "",
       "", "datadog/agent"},
      {"service-monitoring", "Zabbix/Nagios/Icinga", "",
       "**/zabbix/**|**/nagios/**/*.cfg|**/icinga2/**/*.conf", "", "", "", ""},
      {"service-monitoring", "Netdata/Telegraf", "", "**/telegraf.conf|**/netdata/**/*.conf", "",
       "", "", "telegraf|netdata/netdata"},
      {"service-monitoring", "cAdvisor/node-exporter", "", "", "", "", "",
       "gcr.io/cadvisor/cadvisor|prom/node-exporter|quay.io/prometheus/node-exporter"},
      // --- pipeline monitoring and repository metrics
      {"pipeline-monitoring", "python-gitlab", "", "", "", "pypi:python-gitlab", "", ""},
      {"pipeline-monitoring", "PyGithub", "", "", "", "pypi:pygithub", "", ""},
      {"pipeline-monitoring", "workflow-telemetry", "", "", "", "", "",
       "catchpoint/workflow-telemetry-action|runforesight/workflow-telemetry-action|"
       "inception-health/otel-export-trace-action"},
      {"pipeline-monitoring", "gitlab-ci-pipelines-exporter", R"(gitlab-ci-pipelines-exporter)",
       "**/gitlab-ci-pipelines-exporter*.{yml,yaml}", "", "", "",
       "mvisonneau/gitlab-ci-pipelines-exporter"},
      {"repo-metrics", "cloc/scc/tokei", R"(\b(cloc|scc|tokei)\b\s)", "", "", "", "", ""},
      {"repo-metrics", "git statistics", R"(git\s+(shortlog\s+-s|log\b.*--numstat)|\bgitstats\b)",
       "", "", "", "", ""},
      {"repo-metrics", "repo metrics actions", "", "", "", "", "",
       "lowlighter/metrics|jgehrcke/github-repo-stats"},
      // --- logging
      {"structured-logging", "structlog", "", "", "", "pypi:structlog", "", ""},
      {"structured-logging", "python-json-logger", "", "", "", "pypi:python-json-logger", "", ""},
      {"structured-logging", "pino", "", "", "", "npm:pino", "", ""},
      {"structured-logging", "zap/zerolog", "", "", "",
       "go:go.uber.org/zap|go:github.com/rs/zerolog", "", ""},
      {"structured-logging", "logstash-logback-encoder", "", "", "",
       "maven:net.logstash.logback:logstash-logback-encoder", "", ""},
      {"structured-logging", "Serilog JSON", "", "", "", "nuget:serilog.formatting.compact", "",
       ""},
      {"log-aggregation", "Loki/Promtail", "",
       "**/loki/**/*.{yml,yaml}|**/loki*.{yml,yaml}|**/promtail*.{yml,yaml}|**/alloy/**/*.alloy|"
       "**/*.alloy", "", "", "", "grafana/loki|grafana/promtail|grafana/alloy"},
      {"log-aggregation", "Fluentd/Fluent Bit", "",
       "**/fluent.conf|**/fluentd/**/*.conf|**/fluent-bit*.{conf,yml,yaml}|**/td-agent.conf", "",
       "", "", "fluent/fluentd|fluent/fluent-bit"},
      {"log-aggregation", "Vector", "", "**/vector.{toml,yml,yaml}|**/vector/**/*.{toml,yml,yaml}",
       "", "", "", "timberio/vector"},
      {"log-aggregation", "Logstash/Filebeat", "",
       "**/logstash/**/*.conf|**/logstash.{conf,yml}|**/filebeat*.{yml,yaml}", "", "", "",
       "docker.elastic.co/logstash|docker.elastic.co/beats/filebeat"},
      {"log-aggregation", "OpenTelemetry Collector", "",
       "**/otel-collector*.{yml,yaml}|**/otelcol*.{yml,yaml}|**/otel/**/*config*.{yml,yaml}", "",
       "", "", "otel/opentelemetry-collector"},
      // --- tracing / APM
      {"tracing", "OpenTelemetry", R"(\bopentelemetry-instrument\b)", "", "",
       "pypi:opentelemetry-*|npm:@opentelemetry/*|go:go.opentelemetry.io/otel*|"
       "maven:io.opentelemetry*|cargo:opentelemetry*", "", ""},
      {"tracing", "Jaeger", "", "**/jaeger*.{yml,yaml}", "", "pypi:jaeger-client|npm:jaeger-client",
       "", "jaegertracing/all-in-one"},
      {"tracing", "Datadog APM", R"(\bddtrace-run\b)", "", "", "pypi:ddtrace|npm:dd-trace", "", ""},
      {"tracing", "New Relic", R"(\bnewrelic-admin\b)", "**/newrelic.{ini,yml,js}", "",
       "pypi:newrelic|npm:newrelic", "", ""},
      {"tracing", "Elastic APM", "", "", "", "pypi:elastic-apm|npm:elastic-apm-node", "", ""},
      {"tracing", "Zipkin/Tempo", "", "**/tempo*.{yml,yaml}", "", "", "",
       "openzipkin/zipkin|grafana/tempo"},
      // --- alerting
      {"alerting", "Alertmanager", R"(\bamtool\b)",
       "**/alertmanager*.{yml,yaml}|**/alertmanager/**/*.{yml,yaml}", "", "", "",
       "prom/alertmanager"},
      {"alerting", "Prometheus alert rules", R"(promtool\s+check\s+rules)",
       "**/*alert*.rules{,.yml,.yaml}|**/alerts/**/*.{yml,yaml}|**/*.rules.{yml,yaml}|"
       "**/prometheusrule*.{yml,yaml}", "", "", "", ""},
      {"alerting", "Grafana alerting", "", "**/grafana/provisioning/alerting/**", "", "", "", ""},
      {"alerting", "PagerDuty", "", "", "", "pypi:pdpyras|pypi:pagerduty|npm:node-pagerduty", "",
       ""},
      {"alerting", "Opsgenie", "", "", "", "pypi:opsgenie-sdk", "", ""},
      // --- uptime
      {"uptime-monitoring", "Blackbox exporter", "",
       "**/blackbox*.{yml,yaml}|**/blackbox_exporter/**", "", "", "", "prom/blackbox-exporter"},
      {"uptime-monitoring", "Upptime", "", ".upptimerc.yml", "", "", "", "upptime/"},
      {"uptime-monitoring", "Gatus", "", "**/gatus/**/*.{yml,yaml}|**/gatus.{yml,yaml}", "", "",
       "", "twinproduction/gatus"},
      {"uptime-monitoring", "Uptime Kuma", "", "", "", "", "", "louislam/uptime-kuma"},
      {"uptime-monitoring", "Checkly", R"(\bcheckly\s+(deploy|test)\b)",
       "checkly.config.{ts,js}|**/__checks__/**", "", "npm:checkly", "", ""},
      // --- error tracking
      {"error-tracking", "Sentry", R"(\bsentry-cli\b)", ".sentryclirc|**/sentry.properties", "",
       "pypi:sentry-sdk|pypi:raven|npm:@sentry/*|go:github.com/getsentry/sentry-go|"
       "cargo:sentry|maven:io.sentry:*|gem:sentry-ruby|composer:sentry/sentry",
       "", "getsentry/action-release"},
      {"error-tracking", "Rollbar", "", "", "", "pypi:rollbar|npm:rollbar", "", ""},
      {"error-tracking", "Bugsnag", "", "", "", "pypi:bugsnag|npm:@bugsnag/js", "", ""},
      {"error-tracking", "Honeybadger", "", "", "", "pypi:honeybadger|npm:@honeybadger-io/js", "",
       ""},
      // --- SLOs
      {"slos", "OpenSLO", R"(\boslo\s+(validate|convert)\b)",
       "**/openslo/**/*.{yml,yaml}|**/*.openslo.{yml,yaml}", "", "", "", ""},
      {"slos", "Sloth", R"(\bsloth\s+(generate|validate)\b)",
       "**/sloth/**/*.{yml,yaml}|**/*.sloth.{yml,yaml}", "", "", "", ""},
      {"slos", "Pyrra", "", "**/pyrra/**/*.{yml,yaml}", "", "", "", ""},
      {"slos", "SLO specs", "", "**/slos/**/*.{yml,yaml}|**/slo.{yml,yaml}|**/*.slo.{yml,yaml}",
       "", "", "", ""},
  };
  // clang-format on
}

}  // namespace practrack
