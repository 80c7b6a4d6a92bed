// The tables that name what the source scan looks for, and analyse(),
// which applies them to one file. Library use comes from imports
// (kImportRows); code patterns from literal needles, confirmed by an RE2
// pattern on the candidate line only where the literal is ambiguous.
#include <re2/re2.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstring>
#include <iterator>
#include <memory>

#include "probes/sample_paths.h"
#include "probes/source/file_analysis.h"
#include "probes/source/multi_find.h"
#include "probes/source/py_strings.h"
#include "probes/source/scan_text.h"
#include "probes/source/test_mapping.h"
#include "util/text.h"

namespace practrack::source {
namespace {

constexpr unsigned kAll = ~0u;
constexpr unsigned kCode = kAll & ~static_cast<unsigned>(kRobot) & ~static_cast<unsigned>(kShell);

// A module imported by a file means the library is used. A module ending
// in a separator ('.', '/', '\', '-', '_') matches as a prefix; otherwise
// it matches itself and its submodules.
struct ImportRow {
  unsigned langs;
  std::string_view module;
  std::string_view kind;
  std::string_view name;
};

// clang-format off
const ImportRow kImportRows[] = {
    // logging
    {kPython, "logging", "logging", "logging"},
    {kPython, "loguru", "logging", "loguru"},
    {kPython, "structlog", "logging", "structlog"},
    {kJs, "winston", "logging", "winston"},
    {kJs, "pino", "logging", "pino"},
    {kJs, "bunyan", "logging", "bunyan"},
    {kJs, "log4js", "logging", "log4js"},
    {kJs, "loglevel", "logging", "loglevel"},
    {kGo, "log", "logging", "log"},
    {kGo, "log/slog", "logging", "slog"},
    {kGo, "go.uber.org/zap", "logging", "zap"},
    {kGo, "github.com/rs/zerolog", "logging", "zerolog"},
    {kGo, "github.com/sirupsen/logrus", "logging", "logrus"},
    {kGo, "github.com/prometheus/common/promslog", "logging", "promslog"},
    {kGo, "github.com/go-kit/log", "logging", "go-kit log"},
    {kGo, "github.com/go-kit/kit/log", "logging", "go-kit log"},
    {kGo, "github.com/charmbracelet/log", "logging", "charmbracelet/log"},
    {kGo, "github.com/hashicorp/go-hclog", "logging", "hclog"},
    {kGo, "k8s.io/klog", "logging", "klog"},
    {kGo, "github.com/golang/glog", "logging", "glog"},
    {kGo, "github.com/apex/log", "logging", "apex/log"},
    {kRust, "log", "logging", "log"},
    {kRust, "tracing", "logging", "tracing"},
    {kRust, "env_logger", "logging", "env_logger"},
    {kRust, "slog", "logging", "slog"},
    {kJava, "org.slf4j", "logging", "slf4j"},
    {kJava, "org.apache.logging.log4j", "logging", "log4j"},
    {kJava, "org.apache.log4j", "logging", "log4j"},
    {kJava, "java.util.logging", "logging", "java.util.logging"},
    {kJava, "mu.KotlinLogging", "logging", "kotlin-logging"},
    {kJava, "io.github.oshai.kotlinlogging", "logging", "kotlin-logging"},
    {kCpp, "spdlog/", "logging", "spdlog"},
    {kCpp, "glog/logging.h", "logging", "glog"},
    {kCpp, "boost/log/", "logging", "Boost.Log"},
    {kCpp, "log4cplus/", "logging", "log4cplus"},
    {kCpp, "plog/", "logging", "plog"},
    {kCpp, "quill/", "logging", "quill"},
    {kCpp, "easylogging++.h", "logging", "easylogging++"},
    {kRuby, "logger", "logging", "Logger"},
    {kRuby, "semantic_logger", "logging", "semantic_logger"},
    {kPhp, "Psr\\Log\\", "logging", "PSR-3"},
    {kPhp, "Monolog\\", "logging", "Monolog"},
    {kCs, "Microsoft.Extensions.Logging", "logging", "Microsoft.Extensions.Logging"},
    {kCs, "Serilog", "logging", "Serilog"},
    {kCs, "NLog", "logging", "NLog"},
    {kCs, "log4net", "logging", "log4net"},
    {kElixir, "Logger", "logging", "Logger"},
    // structured logging
    {kPython, "structlog", "structured-logging", "structlog"},
    {kPython, "pythonjsonlogger", "structured-logging", "python-json-logger"},
    {kPython, "json_log_formatter", "structured-logging", "json-log-formatter"},
    {kPython, "ecs_logging", "structured-logging", "ecs-logging"},
    {kJs, "pino", "structured-logging", "pino"},
    {kJs, "bunyan", "structured-logging", "bunyan"},
    {kGo, "go.uber.org/zap", "structured-logging", "zap"},
    {kGo, "github.com/rs/zerolog", "structured-logging", "zerolog"},
    // slog records are key/value pairs whatever the handler (logfmt or
    // JSON); promslog and go-kit log are Prometheus' slog and logfmt loggers.
    {kGo, "log/slog", "structured-logging", "log/slog"},
    {kGo, "github.com/prometheus/common/promslog", "structured-logging", "promslog"},
    {kGo, "github.com/go-kit/log", "structured-logging", "go-kit log"},
    {kGo, "github.com/go-kit/kit/log", "structured-logging", "go-kit log"},
    {kJava, "net.logstash.logback", "structured-logging", "logstash-logback-encoder"},
    {kRuby, "lograge", "structured-logging", "lograge"},
    {kCs, "Serilog.Formatting.Json", "structured-logging", "Serilog JSON"},
    {kCs, "Serilog.Formatting.Compact", "structured-logging", "Serilog compact JSON"},
    {kElixir, "LoggerJSON", "structured-logging", "logger_json"},
    // tracing / APM
    {kPython, "opentelemetry", "tracing", "OpenTelemetry"},
    {kJs, "@opentelemetry/", "tracing", "OpenTelemetry"},
    {kGo, "go.opentelemetry.io/", "tracing", "OpenTelemetry"},
    {kRust, "opentelemetry", "tracing", "OpenTelemetry"},
    {kRust, "tracing_opentelemetry", "tracing", "OpenTelemetry"},
    {kJava, "io.opentelemetry", "tracing", "OpenTelemetry"},
    {kCs, "OpenTelemetry", "tracing", "OpenTelemetry"},
    {kCpp, "opentelemetry/", "tracing", "OpenTelemetry"},
    {kPython, "jaeger_client", "tracing", "Jaeger"},
    {kJs, "jaeger-client", "tracing", "Jaeger"},
    {kGo, "github.com/uber/jaeger-client-go", "tracing", "Jaeger"},
    {kPython, "ddtrace", "tracing", "Datadog APM"},
    {kJs, "dd-trace", "tracing", "Datadog APM"},
    {kGo, "gopkg.in/DataDog/dd-trace-go", "tracing", "Datadog APM"},
    {kGo, "github.com/DataDog/dd-trace-go", "tracing", "Datadog APM"},
    {kPython, "newrelic", "tracing", "New Relic"},
    {kJs, "newrelic", "tracing", "New Relic"},
    {kGo, "github.com/newrelic/go-agent", "tracing", "New Relic"},
    {kPython, "elasticapm", "tracing", "Elastic APM"},
    {kJs, "elastic-apm-node", "tracing", "Elastic APM"},
    {kGo, "go.elastic.co/apm", "tracing", "Elastic APM"},
    {kPython, "py_zipkin", "tracing", "Zipkin"},
    {kJava, "brave", "tracing", "Zipkin Brave"},
    {kPython, "aws_xray_sdk", "tracing", "AWS X-Ray"},
    {kJs, "aws-xray-sdk", "tracing", "AWS X-Ray"},
    // error tracking
    {kPython, "sentry_sdk", "error-tracking", "Sentry"},
    {kPython, "raven", "error-tracking", "Sentry"},
    {kJs, "@sentry/", "error-tracking", "Sentry"},
    {kGo, "github.com/getsentry/sentry-go", "error-tracking", "Sentry"},
    {kRust, "sentry", "error-tracking", "Sentry"},
    {kJava, "io.sentry", "error-tracking", "Sentry"},
    {kCs, "Sentry", "error-tracking", "Sentry"},
    {kRuby, "sentry-ruby", "error-tracking", "Sentry"},
    {kPhp, "Sentry\\", "error-tracking", "Sentry"},
    {kCpp, "sentry.h", "error-tracking", "Sentry"},
    {kPython, "rollbar", "error-tracking", "Rollbar"},
    {kJs, "rollbar", "error-tracking", "Rollbar"},
    {kGo, "github.com/rollbar/rollbar-go", "error-tracking", "Rollbar"},
    {kPython, "bugsnag", "error-tracking", "Bugsnag"},
    {kJs, "@bugsnag/", "error-tracking", "Bugsnag"},
    {kGo, "github.com/bugsnag/bugsnag-go", "error-tracking", "Bugsnag"},
    {kPython, "honeybadger", "error-tracking", "Honeybadger"},
    {kJs, "@honeybadger-io/", "error-tracking", "Honeybadger"},
    {kPython, "airbrake", "error-tracking", "Airbrake"},
    // metrics
    {kPython, "prometheus_client", "metrics", "prometheus_client"},
    {kJs, "prom-client", "metrics", "prom-client"},
    {kGo, "github.com/prometheus/client_golang", "metrics", "Prometheus client_golang"},
    {kRust, "prometheus", "metrics", "prometheus"},
    {kRust, "metrics", "metrics", "metrics"},
    {kJava, "io.micrometer", "metrics", "Micrometer"},
    {kJava, "io.prometheus", "metrics", "Prometheus simpleclient"},
    {kCpp, "prometheus/", "metrics", "prometheus-cpp"},
    {kPython, "statsd", "metrics", "StatsD"},
    {kPython, "datadog", "metrics", "DogStatsD"},
    {kJs, "hot-shots", "metrics", "StatsD"},
    // configuration validation
    {kPython, "pydantic_settings", "config-validation", "pydantic-settings"},
    {kPython, "environs", "config-validation", "environs"},
    {kJs, "envalid", "config-validation", "envalid"},
    {kJs, "env-schema", "config-validation", "env-schema"},
    {kJs, "@t3-oss/env-", "config-validation", "t3-env"},
    {kGo, "github.com/kelseyhightower/envconfig", "config-validation", "envconfig"},
    {kGo, "github.com/caarlos0/env", "config-validation", "caarlos0/env"},
    {kRust, "envy", "config-validation", "envy"},
    // model / ML work
    {kPython, "ollama", "ml", "Ollama"},
    {kPython, "openai", "ml", "OpenAI"},
    {kPython, "anthropic", "ml", "Anthropic"},
    {kPython, "transformers", "ml", "Transformers"},
    {kPython, "sentence_transformers", "ml", "sentence-transformers"},
    {kPython, "huggingface_hub", "ml", "Hugging Face Hub"},
    {kPython, "litellm", "ml", "LiteLLM"},
    {kPython, "langchain", "ml", "LangChain"},
    {kPython, "langchain_", "ml", "LangChain"},
    {kPython, "llama_index", "ml", "LlamaIndex"},
    {kPython, "vllm", "ml", "vLLM"},
    {kPython, "torch", "ml", "PyTorch"},
    {kPython, "tensorflow", "ml", "TensorFlow"},
    {kPython, "keras", "ml", "Keras"},
    {kPython, "jax", "ml", "JAX"},
    {kPython, "sklearn", "ml", "scikit-learn"},
    {kPython, "xgboost", "ml", "XGBoost"},
    {kPython, "lightgbm", "ml", "LightGBM"},
    {kPython, "google.generativeai", "ml", "Gemini"},
    {kPython, "google.genai", "ml", "Gemini"},
    {kPython, "cohere", "ml", "Cohere"},
    {kPython, "mistralai", "ml", "Mistral"},
    {kPython, "groq", "ml", "Groq"},
    {kJs, "openai", "ml", "OpenAI"},
    {kJs, "@anthropic-ai/sdk", "ml", "Anthropic"},
    {kJs, "ollama", "ml", "Ollama"},
    {kJs, "langchain", "ml", "LangChain"},
    {kJs, "@langchain/", "ml", "LangChain"},
    {kJs, "@huggingface/", "ml", "Hugging Face"},
    {kJs, "@tensorflow/tfjs", "ml", "TensorFlow.js"},
    {kJs, "@google/generative-ai", "ml", "Gemini"},
    {kGo, "github.com/sashabaranov/go-openai", "ml", "OpenAI"},
    {kGo, "github.com/openai/openai-go", "ml", "OpenAI"},
    {kGo, "github.com/anthropics/anthropic-sdk-go", "ml", "Anthropic"},
    {kGo, "github.com/ollama/ollama/api", "ml", "Ollama"},
    {kGo, "github.com/tmc/langchaingo", "ml", "LangChainGo"},
    {kRust, "candle_core", "ml", "Candle"},
    {kRust, "tch", "ml", "tch (PyTorch)"},
    {kRust, "ort", "ml", "ONNX Runtime"},
    {kRust, "async_openai", "ml", "OpenAI"},
    {kRust, "ollama_rs", "ml", "Ollama"},
    {kJava, "dev.langchain4j", "ml", "LangChain4j"},
    {kJava, "ai.djl", "ml", "DJL"},
    {kJava, "com.openai", "ml", "OpenAI"},
    {kCpp, "llama.h", "ml", "llama.cpp"},
    {kCpp, "onnxruntime_cxx_api.h", "ml", "ONNX Runtime"},
    {kCpp, "torch/", "ml", "LibTorch"},
    // experiment tracking, evaluation, datasets
    {kPython, "mlflow", "experiment-tracking", "MLflow"},
    {kPython, "wandb", "experiment-tracking", "Weights & Biases"},
    {kPython, "neptune", "experiment-tracking", "Neptune"},
    {kPython, "clearml", "experiment-tracking", "ClearML"},
    {kPython, "comet_ml", "experiment-tracking", "Comet"},
    {kPython, "aim", "experiment-tracking", "Aim"},
    {kPython, "dvclive", "experiment-tracking", "DVCLive"},
    {kJs, "mlflow", "experiment-tracking", "MLflow"},
    {kPython, "deepeval", "llm-eval", "DeepEval"},
    {kPython, "ragas", "llm-eval", "Ragas"},
    {kPython, "trulens", "llm-eval", "TruLens"},
    {kPython, "trulens_eval", "llm-eval", "TruLens"},
    {kPython, "lm_eval", "llm-eval", "lm-evaluation-harness"},
    {kPython, "inspect_ai", "llm-eval", "Inspect"},
    {kPython, "promptfoo", "llm-eval", "promptfoo"},
    {kJs, "promptfoo", "llm-eval", "promptfoo"},
    {kPython, "dvc.api", "dataset", "DVC"},
    {kPython, "datasets", "dataset", "Hugging Face Datasets"},
    {kPython, "growthbook", "ab-testing", "GrowthBook"},
    {kJs, "@growthbook/", "ab-testing", "GrowthBook"},
    {kPython, "statsig", "ab-testing", "Statsig"},
    {kJs, "statsig-node", "ab-testing", "Statsig"},
    {kPython, "planout", "ab-testing", "PlanOut"},
    // testing libraries seen in code
    {kPython, "testcontainers", "integration-test", "Testcontainers"},
    {kJs, "testcontainers", "integration-test", "Testcontainers"},
    {kJs, "@testcontainers/", "integration-test", "Testcontainers"},
    {kGo, "github.com/testcontainers/testcontainers-go", "integration-test", "Testcontainers"},
    {kJava, "org.testcontainers", "integration-test", "Testcontainers"},
    {kCs, "Testcontainers", "integration-test", "Testcontainers"},
    {kPython, "playwright", "e2e-test", "Playwright"},
    {kJs, "@playwright/test", "e2e-test", "Playwright"},
    {kJs, "playwright", "e2e-test", "Playwright"},
    {kJava, "com.microsoft.playwright", "e2e-test", "Playwright"},
    {kCs, "Microsoft.Playwright", "e2e-test", "Playwright"},
    {kPython, "selenium", "e2e-test", "Selenium"},
    {kJs, "selenium-webdriver", "e2e-test", "Selenium"},
    {kJava, "org.openqa.selenium", "e2e-test", "Selenium"},
    {kCs, "OpenQA.Selenium", "e2e-test", "Selenium"},
    {kJs, "puppeteer", "e2e-test", "Puppeteer"},
    {kJs, "cypress", "e2e-test", "Cypress"},
    {kJs, "webdriverio", "e2e-test", "WebdriverIO"},
    {kJs, "@wdio/", "e2e-test", "WebdriverIO"},
    {kPython, "splinter", "e2e-test", "Splinter"},
    {kRobot, "Browser", "e2e-test", "robotframework-browser"},
    {kRobot, "SeleniumLibrary", "e2e-test", "SeleniumLibrary"},
    {kPython, "hypothesis", "property-test", "Hypothesis"},
    {kJs, "fast-check", "property-test", "fast-check"},
    {kRust, "proptest", "property-test", "proptest"},
    {kRust, "quickcheck", "property-test", "quickcheck"},
    {kCpp, "rapidcheck.h", "property-test", "RapidCheck"},
    {kCpp, "rapidcheck/", "property-test", "RapidCheck"},
    {kJava, "net.jqwik", "property-test", "jqwik"},
    // Scala: ScalaCheck's `forAll`, and typeclass laws checked with it
    // through Discipline (cats-effect's `checkAll(..., laws)`).
    {kJava, "org.scalacheck", "property-test", "ScalaCheck"},
    {kJava, "org.typelevel.discipline", "property-test", "Discipline (ScalaCheck laws)"},
    {kJava, "io.kotest.property", "property-test", "Kotest property testing"},
    {kGo, "pgregory.net/rapid", "property-test", "rapid"},
    {kGo, "testing/quick", "property-test", "testing/quick"},
    {kCs, "FsCheck", "property-test", "FsCheck"},
    {kPython, "locust", "load-test", "Locust"},
    {kJs, "k6", "load-test", "k6"},
    {kJs, "k6/", "load-test", "k6"},
    {kJs, "mitata", "load-test", "mitata"},
    {kJs, "tinybench", "load-test", "tinybench"},
    {kJs, "benchmark", "load-test", "Benchmark.js"},
    {kJs, "cronometro", "load-test", "cronometro"},
    {kJs, "autocannon", "load-test", "autocannon"},
    {kRust, "criterion", "load-test", "criterion"},
    {kCpp, "benchmark/benchmark.h", "load-test", "Google Benchmark"},
    {kCpp, "nanobench.h", "load-test", "nanobench"},
    {kJava, "org.openjdk.jmh", "load-test", "JMH"},
    {kJava, "com.google.caliper", "load-test", "Caliper"},
    {kCs, "BenchmarkDotNet", "load-test", "BenchmarkDotNet"},
    {kPython, "pact", "contract-test", "Pact"},
    {kJs, "@pact-foundation/", "contract-test", "Pact"},
    {kGo, "github.com/pact-foundation/pact-go", "contract-test", "Pact"},
    {kJava, "au.com.dius.pact", "contract-test", "Pact"},
    {kJava, "org.springframework.cloud.contract", "contract-test", "Spring Cloud Contract"},
    {kPython, "schemathesis", "contract-test", "Schemathesis"},
    {kPython, "pdpyras", "alerting", "PagerDuty"},
};

// A literal that marks a code pattern; `confirm` (RE2, optional) must
// match the candidate line. Comment lines never count.
struct NeedleRow {
  unsigned langs;
  std::string_view needle;
  std::string_view kind;
  std::string_view name;
  std::string_view confirm = {};
  // Searched (with memmem, apart from the one-pass finder) only when the
  // file imports what the pattern needs: "ml" (a model library), "http"
  // (an HTTP client) or "logrus". Keeps short needles out of the finder,
  // whose speed grows with the shortest needle.
  std::string_view gate = {};
};

constexpr unsigned kPy = kPython;
// A line that requests a health endpoint, not one that serves it.
constexpr std::string_view kHealthCall =
    R"((?i)((requests|httpx|session|client|axios|urllib|aiohttp)\.\w+\()"
    R"(|fetch\(|curl\s|wget\s|urlopen\(|http\.Get\(|poll).*/health)";

const NeedleRow kNeedleRows[] = {
    // environment reads: every place counts
    {kPython, "os.environ", "env-read", "os.environ"},
    {kPython, "os.getenv(", "env-read", "os.getenv"},
    {kJs, "process.env", "env-read", "process.env"},
    {kJs, "import.meta.env", "env-read", "import.meta.env"},
    {kCpp, "getenv(", "env-read", "getenv"},
    {kGo, "os.Getenv(", "env-read", "os.Getenv"},
    {kGo, "os.LookupEnv(", "env-read", "os.LookupEnv"},
    {kRust, "env::var", "env-read", "std::env::var"},
    {kJava, "System.getenv(", "env-read", "System.getenv"},
    {kRuby, "ENV[", "env-read", "ENV"},
    {kRuby, "ENV.fetch(", "env-read", "ENV"},
    {kPhp, "getenv(", "env-read", "getenv"},
    {kPhp, "$_ENV[", "env-read", "$_ENV"},
    {kCs, "Environment.GetEnvironmentVariable(", "env-read", "Environment.GetEnvironmentVariable"},
    {kRobot, "Get Environment Variable", "env-read", "Get Environment Variable"},
    {kElixir, "System.get_env(", "env-read", "System.get_env"},
    {kElixir, "System.fetch_env", "env-read", "System.fetch_env", R"(System\.fetch_env!?\()"},
    // logging without an import of its own
    {kPython, "getLogger(", "logging", "logging"},
    {kCpp, "spdlog::", "logging", "spdlog"},
    {kCpp, "LOG(INFO)", "logging", "glog"},
    {kRust, "log::", "logging", "log", R"(\blog::\w+!)"},
    {kRust, "tracing::", "logging", "tracing", R"(\btracing::\w+!)"},
    // Elixir's Logger is a macro module: `require Logger` comes first, but
    // a call names it in full all the same.
    {kElixir, "Logger.", "logging", "Logger", R"(\bLogger\.[a-z]\w*)"},
    // Rails loads its logger and the Sentry gem itself: no require names
    // them (a Rails app's app/ and config/initializers/).
    {kRuby, "Rails.logger", "logging", "Rails.logger", R"(\bRails\.logger\.\w+)"},
    {kRuby, "Sentry.init", "error-tracking", "Sentry"},
    // Bundler loads the gems of a Rails app: an LLM client is named in
    // code, not required (maybe's `::OpenAI::Client.new`).
    {kRuby, "OpenAI::Client", "ml", "OpenAI (ruby-openai)"},
    {kRuby, "Anthropic::Client", "ml", "Anthropic"},
    {kRuby, "Langchain::LLM", "ml", "LangChain.rb"},
    {kRuby, "RubyLLM.", "ml", "RubyLLM", R"(\bRubyLLM\.(chat|embed|configure|paint)\b)"},
    // Rails runs its tests in parallel processes when the test helper
    // asks (`parallelize(workers: :number_of_processors)`).
    {kRuby, "parallelize(", "parallel-test", "Rails parallelize",
     R"(\bparallelize\s*\(\s*workers:)"},
    // A rake task that runs the specs through test-queue's workers
    // (rubocop's tasks/spec_runner.rake).
    {kRuby, "test_queue", "parallel-test", "test-queue", R"(\brequire\s*\(?\s*['"]test_queue['"/])"},
    // ExUnit runs the cases marked async side by side.
    {kElixir, "async: true", "parallel-test", "ExUnit async cases",
     R"(\buse\s+ExUnit\.Case\b.*\basync:\s*true)"},
    // Rails system tests drive a browser through Capybara.
    {kRuby, "ActionDispatch::SystemTestCase", "e2e-test", "Rails system tests"},
    {kRuby, "driven_by", "e2e-test", "Rails system tests",
     R"(\bdriven_by\s+:(selenium|cuprite|playwright|apparition|webkit|selenium_chrome))"},
    // structured logging spelled in code
    {kPython, "JsonFormatter", "structured-logging", "JSON formatter"},
    {kPython, "JSONFormatter", "structured-logging", "JSON formatter"},
    {kGo, "slog.NewJSONHandler(", "structured-logging", "slog JSON handler"},
    // Only logrus's: alertmanager's amtool has a JSONFormatter of its own.
    {kGo, "JSONFormatter{", "structured-logging", "logrus JSON formatter", {}, "logrus"},
    {kJs, "format.json(", "structured-logging", "winston JSON format"},
    {kRust, ".json()", "structured-logging", "tracing-subscriber JSON",
     R"(fmt\(\)|tracing_subscriber|subscriber)"},
    {kCpp, "set_pattern(", "structured-logging", "spdlog JSON pattern", R"(set_pattern\(.*\{)"},
    {kJava, "LogstashEncoder", "structured-logging", "logstash-logback-encoder"},
    {kCs, "JsonFormatter", "structured-logging", "JSON formatter"},
    {kCode, "pydantic import BaseSettings", "config-validation", "pydantic BaseSettings"},
    {kJs, ".parse(process.env", "config-validation", "schema-validated process.env"},
    {kPython, "jsonschema.validate(", "config-validation", "jsonschema"},
    // model discovery and model work
    {kCode | kShell | kRobot, "/api/tags", "model-discovery", "Ollama /api/tags"},
    {kCode, "models.list(", "model-discovery", "models.list()"},
    {kCode, "/v1/models", "model-discovery", "/v1/models"},
    {kPython, "ollama.list(", "model-discovery", "ollama.list()"},
    {kPython, "list_models(", "model-discovery", "list_models()"},
    {kPython, "parametrize(\"model", "model-matrix", "pytest parametrize over models"},
    {kPython, "parametrize('model", "model-matrix", "pytest parametrize over models"},
    {kJs | kRobot, "rubric", "eval-rubric", "rubric"},
    {kJs | kRobot, "Rubric", "eval-rubric", "rubric"},
    {kPython, "rubric", "eval-rubric", "rubric", {}, "ml"},
    {kPython, "Rubric", "eval-rubric", "rubric", {}, "ml"},
    {kPython, "GEval(", "eval-rubric", "DeepEval G-Eval", {}, "ml"},
    {kCode | kRobot | kShell, "pass_rate", "eval-threshold", "pass-rate threshold",
     R"((?i)pass_rate.*(<|>|threshold|min_)|(<|>|threshold|min_).*pass_rate)"},
    {kCode & ~kPy, "ab_test", "ab-testing", "A/B test", R"(\bab_test)"},
    {kPython, "ab_test", "ab-testing", "A/B test", R"(\bab_test)", "ml"},
    // monitoring
    {(kCode & ~kPy) | kShell | kRobot, "/api/ps", "health-polling", "Ollama /api/ps"},
    {kPython, "/api/ps", "health-polling", "Ollama /api/ps", {}, "http"},
    {(kCode & ~kPy) | kShell | kRobot, "/health", "health-polling", "health endpoint",
     kHealthCall},
    {kPython, "/health", "health-polling", "health endpoint", kHealthCall, "http"},
    {kCode | kShell, "hc-ping.com", "uptime", "Healthchecks.io"},
    {kCode | kShell, "/pipelines", "pipeline-monitoring", "GitLab pipelines API",
     R"(projects/.*/pipelines|\.pipelines\.(list|get))"},
    {kCode, ".pipelines.list(", "pipeline-monitoring", "python-gitlab pipelines"},
    // The REST path (`repos/{owner}/{repo}/actions/runs`), not a link to
    // the web page of the current run (poetry's backport script puts
    // `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`
    // in a PR comment).
    {kCode | kShell, "actions/runs", "pipeline-monitoring", "GitHub Actions runs API",
     R"(\brepos/\S*actions/runs)"},
    {kCode, "get_workflow_runs(", "pipeline-monitoring", "PyGithub workflow runs"},
    {kCode | kShell, "events.pagerduty.com", "alerting", "PagerDuty"},
    {kCode | kShell, "api.opsgenie.com", "alerting", "Opsgenie"},
    // repository metrics
    {kShell | kCode, "--numstat", "repo-metrics", "git log --numstat"},
    {kShell | kCode, "git shortlog", "repo-metrics", "git shortlog"},
    {kShell, "cloc ", "repo-metrics", "cloc", R"(\bcloc\s)"},
    {kShell, "tokei", "repo-metrics", "tokei", R"(\btokei\b)"},
    {kShell, "scc ", "repo-metrics", "scc", R"(^\s*scc\s|[|;&(]\s*scc\s)"},
    {kShell | kCode, "merge_requests", "repo-metrics", "report posted to the MR",
     R"(merge_requests/.*/notes)"},
    // test-result storage and benchmarks
    {kPython, "ROBOT_LISTENER_API_VERSION", "test-listener", "Robot listener"},
    {kPython, "def pytest_runtest_logreport", "test-listener", "pytest report hook"},
    {kGo, "func Benchmark", "load-test", "Go benchmarks", R"(^func Benchmark\w*\(b \*testing\.B)"},
    {kRust, "#[bench]", "load-test", "Rust #[bench]"},
    {kCpp, "BENCHMARK(", "load-test", "Google Benchmark"},
    {kPython, "benchmark(", "load-test", "pytest-benchmark",
     R"(def test\w*\(.*\bbenchmark\b|^\s*(result\s*=\s*)?benchmark\()"},
    // Tests marked to be rerun when they fail: pytest-rerunfailures' and
    // flaky's markers, the flaky package's decorator.
    {kPython, "mark.flaky", "flaky-test", "pytest flaky marker",
     R"(^\s*@\s*pytest\.mark\.flaky\b)"},
    {kPython, "@flaky", "flaky-test", "@flaky decorator", R"(^\s*@flaky\b)"},
    {kRust, "proptest!", "property-test", "proptest"},
    {kGo, "func Fuzz", "property-test", "Go fuzz tests", R"(^func Fuzz\w*\(f \*testing\.F)"},
};
// clang-format on

bool module_matches(std::string_view module, std::string_view row) {
  if (!starts(module, row)) return false;
  char last = row.back();
  if (last == '.' || last == '/' || last == '\\' || last == '-' || last == '_') return true;
  if (module.size() == row.size()) return true;
  char next = module[row.size()];
  return next == '.' || next == '/' || next == ':' || next == '\\';
}

bool comment_line(std::string_view line) {
  std::string_view t = ltrim(line);
  return starts(t, "#") || starts(t, "//") || starts(t, "/*") || starts(t, "* ") || t == "*";
}

// In C-family languages a needle inside a string literal is data, not
// code: tables like this file's own would otherwise match themselves. A
// URL path stays evidence inside one plain string on a line of at most
// two strings (a request, not a table row), unless it is the whole literal.
bool c_family(Lang lang) { return lang & (kCpp | kJava | kCs | kGo | kRust); }

bool string_data(std::string_view line, std::size_t col, std::string_view needle) {
  int quotes = 0;
  std::size_t open = npos;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '"' || (i > 0 && line[i - 1] == '\\')) continue;
    if (i < col) open = quotes % 2 == 0 ? i : npos;
    ++quotes;
  }
  if (open == npos) return false;  // not inside a string
  bool url = needle.find('/') != npos || needle.find(".com") != npos;
  bool raw = open > 0 && line[open - 1] == 'R';
  std::size_t end = col + needle.size();
  bool whole = open + 1 == col && end < line.size() && line[end] == '"';
  return !url || raw || whole || quotes > 4;
}

const RE2* confirm_re(std::size_t row) {
  // Compiled once; RE2 matching is thread-safe.
  static const std::vector<std::unique_ptr<RE2>> compiled = [] {
    std::vector<std::unique_ptr<RE2>> out;
    for (const auto& r : kNeedleRows)
      out.push_back(r.confirm.empty() ? nullptr : std::make_unique<RE2>(r.confirm));
    return out;
  }();
  return compiled[row].get();
}

// Import rows per language, built once.
const std::vector<const ImportRow*>& import_rows_for(Lang lang) {
  static const std::vector<std::vector<const ImportRow*>> all = [] {
    std::vector<std::vector<const ImportRow*>> out(kLangGroups);
    for (const auto& row : kImportRows)
      for (unsigned bit = 0; bit < kLangGroups; ++bit)
        if (row.langs & (1u << bit)) out[bit].push_back(&row);
    return out;
  }();
  return all[static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(lang)))];
}

void import_hits(Lang lang, std::string_view text, const std::vector<Import>& imports,
                 FileResult& out) {
  for (const ImportRow* row : import_rows_for(lang)) {
    int count = 0;
    std::size_t first = 0;
    for (const auto& imp : imports) {
      if (imp.module[0] != row->module[0] || !module_matches(imp.module, row->module)) continue;
      if (count++ == 0) first = imp.offset;
    }
    if (count) add_hit(out, row->kind, row->name, count, text, first);
  }
}

// One finder per language over the needles of its rows, built once.
struct LangNeedles {
  std::vector<std::size_t> rows;  // index into kNeedleRows, per needle
  MultiFind finder;
};

const LangNeedles& needles_for(Lang lang) {
  static const std::vector<LangNeedles> all = [] {
    std::vector<LangNeedles> out;
    for (unsigned bit = 0; bit < kLangGroups; ++bit) {
      std::vector<std::size_t> rows;
      std::vector<std::string_view> needles;
      for (std::size_t r = 0; r < std::size(kNeedleRows); ++r)
        if ((kNeedleRows[r].langs & (1u << bit)) && kNeedleRows[r].gate.empty()) {
          rows.push_back(r);
          needles.push_back(kNeedleRows[r].needle);
        }
      out.push_back({std::move(rows), MultiFind(std::move(needles))});
    }
    return out;
  }();
  return all[static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(lang)))];
}

// Whether a needle hit at `pos` counts (see NeedleRow).
// Needles with a quote or a leading '/' (routes, parametrize ids) are
// written inside strings; any other needle inside a string is data.
bool string_needle(std::string_view needle) {
  return needle.find_first_of("\"'") != npos || (!needle.empty() && needle[0] == '/');
}

bool counts(Lang lang, std::string_view text, std::size_t pos, std::size_t row,
            const StringSpans& strings) {
  std::size_t b = line_start(text, pos);
  std::string_view line = line_at(text, pos);
  if (comment_line(line)) return false;
  if (strings.contains(pos) && !string_needle(kNeedleRows[row].needle)) return false;
  if (c_family(lang) && string_data(line, pos - b, kNeedleRows[row].needle)) return false;
  const RE2* re = confirm_re(row);
  return !re || RE2::PartialMatch(line, *re);
}

void needle_hits(Lang lang, std::string_view text, const StringSpans& strings, FileResult& out) {
  const LangNeedles& ln = needles_for(lang);
  std::vector<int> count(ln.rows.size(), 0);
  std::vector<std::size_t> first(ln.rows.size(), 0);
  ln.finder.scan(text, [&](std::size_t pos, std::size_t k) {
    if (!counts(lang, text, pos, ln.rows[k], strings)) return;
    first[k] = count[k]++ == 0 ? pos : std::min(first[k], pos);
  });
  for (std::size_t k = 0; k < ln.rows.size(); ++k)
    if (count[k]) {
      const NeedleRow& row = kNeedleRows[ln.rows[k]];
      add_hit(out, row.kind, row.name, count[k], text, first[k]);
    }
}

bool imports_http(const std::vector<Import>& imports) {
  for (const auto& imp : imports)
    for (std::string_view m : {"requests", "httpx", "aiohttp", "urllib", "urllib3", "http",
                               "ollama", "openai", "pycurl"})
      if (module_matches(imp.module, m)) return true;
  return false;
}

// Gated rows, searched one by one when the file passes their gate.
void gated_hits(Lang lang, std::string_view text, const std::vector<Import>& imports,
                const StringSpans& strings, FileResult& out) {
  bool ml = false;
  for (const auto& h : out.hits) ml = ml || h.kind == "ml" || h.kind == "llm-eval";
  bool http = imports_http(imports);
  bool logrus = std::any_of(imports.begin(), imports.end(), [](const Import& imp) {
    return module_matches(imp.module, "github.com/sirupsen/logrus");
  });
  for (std::size_t r = 0; r < std::size(kNeedleRows); ++r) {
    const NeedleRow& row = kNeedleRows[r];
    if (row.gate.empty() || !(row.langs & lang)) continue;
    if ((row.gate == "ml" && !ml) || (row.gate == "http" && !http) ||
        (row.gate == "logrus" && !logrus))
      continue;
    int count = 0;
    std::size_t first = 0;
    for (std::size_t pos = find(text, row.needle); pos != npos;
         pos = find(text, row.needle, pos + row.needle.size()))
      if (counts(lang, text, pos, r, strings) && count++ == 0) first = pos;
    if (count) add_hit(out, row.kind, row.name, count, text, first);
  }
}

// Test code that polls a health endpoint waits for a fixture; it does not
// monitor a service, and a test that sets up logging is no application
// logging. Kinds that describe what the product does are kept only from
// code outside tests.
bool test_code(std::string_view path, Lang lang, bool has_tests) {
  if (has_tests || is_test_path(path, lang)) return true;
  return in_any_dir(path, {"test", "tests", "atest", "utest", "spec", "e2e", "__tests__", "testing",
                           "integration_tests", "integration_test", "mocks"});
}

// So is a sample application or a generator's output (operator-sdk's
// hack/generate/samples/ import client_golang): it is not the product.
void drop_product_hits_from_tests(std::string_view path, Lang lang, FileResult& out) {
  static constexpr std::string_view kProductKinds[] = {
      "health-polling", "uptime",  "pipeline-monitoring", "alerting",       "model-discovery",
      "repo-metrics",   "logging", "structured-logging",  "error-tracking", "tracing",
      "metrics",        "config-validation"};
  auto product = [](const Hit& h) {
    return std::find(std::begin(kProductKinds), std::end(kProductKinds), h.kind) !=
           std::end(kProductKinds);
  };
  // The path is looked at only when there is something to drop.
  if (std::none_of(out.hits.begin(), out.hits.end(), product)) return;
  // Rust keeps unit tests inside the module they test (#[cfg(test)]).
  if (!test_code(path, lang, !out.tests.empty() && lang != kRust) && !in_sample_folder(path))
    return;
  std::erase_if(out.hits, product);
}

// Browser automation outside test code (a script that takes screenshots
// for the docs, a PDF renderer) drives a browser but tests nothing: kept
// as its own kind. Robot Framework files are test code wherever they sit
// (resources/ keywords).
void browser_automation_outside_tests(std::string_view path, Lang lang, FileResult& out) {
  auto e2e = [](const Hit& h) { return h.kind == "e2e-test"; };
  if (lang == kRobot || std::none_of(out.hits.begin(), out.hits.end(), e2e) ||
      test_code(path, lang, !out.tests.empty()))
    return;
  for (Hit& h : out.hits)
    if (e2e(h)) h.kind = "browser-automation";
}

// Code kept with the documentation (fastapi's docs_src/, snippets under
// docs/) shows users how to use the product: what it imports is not the
// project's own logging, config validation or monitoring. In Go a folder
// is a package: cobra's doc/ is code.
void drop_hits_from_doc_code(std::string_view path, Lang lang, FileResult& out) {
  if (in_dir(path, "docs_src")) return out.hits.clear();
  if (lang == kGo) return;
  for (std::string_view dir : {"docs", "doc", "documentation"})
    if (in_dir(path, dir)) return out.hits.clear();
}

// Cargo builds each file directly in a crate's tests/ folder as an
// integration test, whether its tests are written as #[test] functions or
// through a macro (ripgrep's `rgtest!`); deeper files hold their tests'
// modules. One use per crate, the root crate's first, so the note names
// each tests/ folder.
void cargo_integration_tests(std::string_view path, bool has_tests, std::string_view text,
                             FileResult& out) {
  if (!in_dir(path, "tests")) return;
  std::string_view dir = text::dirname(path);
  if (!has_tests && text::basename(dir) != "tests") return;
  std::string_view crate = dir;
  while (!crate.empty() && text::basename(crate) != "tests") crate = text::dirname(crate);
  crate = text::dirname(crate);
  // A tests/ folder inside src/ is a module of the crate (axum's
  // src/routing/tests/, reached by `mod tests;`): unit tests, compiled
  // into the library, not Cargo's integration tests beside src/.
  for (std::string_view up = crate; !up.empty(); up = text::dirname(up))
    if (text::basename(up) == "src") return;
  std::string name = "Cargo tests/ integration tests";
  if (!crate.empty()) name += " (" + std::string(crate) + ")";
  add_hit(out, "integration-test", name, 1, text, 0);
}

// Hints that depend on the file as a whole rather than one line.
void file_hints(std::string_view path, Lang lang, const std::vector<Import>& imports,
                std::string_view text, FileResult& out) {
  bool has_tests = !out.tests.empty();
  if (has_tests) {
    std::string lowered = text::lower(path);
    for (std::string_view dir : {"integration", "acceptance", "e2e", "end_to_end", "end-to-end"}) {
      if (!text::contains(lowered, dir)) continue;
      // A name says what the tests aim at, not that they drive the
      // product end to end: e2e names are a weaker kind the rule weighs.
      bool e2e = dir != "integration" && dir != "acceptance";
      std::string_view kind = e2e ? "e2e-path" : "integration-test";
      std::string name = std::string(text::dirname(path));
      add_hit(out, kind, name.empty() ? "tests" : name, 1, text, 0);
      break;
    }
  }
  if (has_tests && lang == kJava && text::ends_with(path, "IT.java"))
    add_hit(out, "integration-test", "Failsafe *IT classes", 1, text, 0);
  if (lang == kRust) cargo_integration_tests(path, has_tests, text, out);
  bool ml = false;
  for (const auto& h : out.hits)
    ml = ml || h.kind == "ml" || h.kind == "model-discovery" || h.kind == "llm-eval";
  if (has_tests &&
      (ml || (lang == kRobot && (find(text, "model") != npos || find(text, "Model") != npos))))
    add_hit(out, "model-test", "tests that exercise models", 1, text, 0);
  // A listener or report hook that writes to a database keeps results.
  bool listener = false;
  for (const auto& h : out.hits) listener = listener || h.kind == "test-listener";
  if (!listener) return;
  for (const auto& imp : imports)
    for (std::string_view db : {"sqlite3", "psycopg", "psycopg2", "sqlalchemy", "pymongo",
                                "asyncpg", "mysql", "pymysql", "influxdb", "influxdb_client"})
      if (module_matches(imp.module, db)) {
        add_hit(out, "results-db", std::string(db), 1, text, imp.offset);
        return;
      }
}

}  // namespace

void add_hit(FileResult& out, std::string_view kind, std::string_view name, int count,
             std::string_view text, std::size_t offset) {
  for (auto& h : out.hits)
    if (h.kind == kind && h.name == name) {
      h.count += count;
      return;
    }
  LineCounter lines(text);
  out.hits.push_back({std::string(kind), std::string(name), count, lines.at(offset),
                      text::excerpt(line_at(text, offset))});
}

namespace {

// Lines with more than white space, counted in one pass: every source
// file of a scan is counted. Past a line's indent the rest of it is
// skipped by memchr, not looked at byte by byte.
int non_blank_lines(std::string_view text) {
  int count = 0;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v')) ++p;
    if (p == end) break;
    if (*p != '\n') ++count;
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    if (!nl) break;
    p = static_cast<const char*>(nl) + 1;
  }
  return count;
}

}  // namespace

FileResult analyse(std::string_view path, Lang lang, std::string_view text) {
  FileResult out;
  out.read = true;
  std::vector<Import> imports = imports_of(lang, text);
  // Python text inside string literals (templates a script writes out,
  // docstrings) imports and calls nothing.
  StringSpans strings = lang == kPython ? python_strings(text) : StringSpans{};
  std::erase_if(imports, [&](const Import& imp) { return strings.contains(imp.offset); });
  import_hits(lang, text, imports, out);
  needle_hits(lang, text, strings, out);
  gated_hits(lang, text, imports, strings, out);
  out.tests = count_tests(path, lang, text, imports);
  file_hints(path, lang, imports, text, out);
  drop_product_hits_from_tests(path, lang, out);
  browser_automation_outside_tests(path, lang, out);
  drop_hits_from_doc_code(path, lang, out);
  out.non_blank_lines = non_blank_lines(text);
  out.test_file = !out.tests.empty() || is_test_path(path, lang);
  // A JS/TS index re-exports the package (express: `module.exports =
  // require('./lib/express')`); tests that require its folder reach those.
  bool index = lang == kJs && text::starts_with(text::basename(path), "index.");
  if (out.test_file || index) out.import_targets = import_targets(path, text, imports);
  return out;
}

}  // namespace practrack::source
