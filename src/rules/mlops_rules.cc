// The MLOps practices apply only where the repository works with models:
// an ML/LLM library imported, model files kept, an experiment tracker or
// dataset versioning set up. Elsewhere every practice is not-applicable.
#include "rules/rule.h"
#include "rules/rule_kit.h"
#include "rules/source_notes.h"
#include "util/text.h"

namespace practrack {
namespace {

bool ml_work(const RepoFacts& facts) {
  if (!uses_of(facts, {"ml", "experiment-tracking", "llm-eval"}).empty())
    return true;
  if (!facts.source.model_files.empty()) return true;
  for (std::string_view p : {"experiment-tracking", "dataset-management", "model-regression",
                             "eval-rubrics"})
    if (!facts.tools_for(p).empty()) return true;
  return false;
}

using Decide = Assessment (*)(const RepoFacts&);

// Wraps a decision with the applicability test.
template <Decide decide>
Assessment when_ml(const RepoFacts& facts) {
  if (!ml_work(facts))
    return not_applicable(
        "The repository shows no model or ML work (no ML/LLM library imported, no model "
        "files, no experiment tracker)");
  return decide(facts);
}

Assessment model_discovery(const RepoFacts& facts) {
  return decide_by_code_or_tools(facts, "model-discovery", {"model-discovery"},
                                 UnrunPolicy::adopted, "No code enumerates available models");
}

bool mentions_model(std::string_view s) { return text::icontains(s, "model"); }

// A CI job fanned out over models, or generated per-model jobs.
const CiJob* model_matrix_job(const RepoFacts& facts, const CiPipeline** in) {
  for (const auto& p : facts.ci.pipelines)
    for (const auto& job : p.jobs) {
      bool model = mentions_model(job.name);
      for (const auto& line : job.script) model = model || mentions_model(line);
      if (model && (job.parallel || p.generated_config || p.child_pipelines)) {
        *in = &p;
        return &job;
      }
    }
  return nullptr;
}

Assessment model_matrix(const RepoFacts& facts) {
  const CiPipeline* p = nullptr;
  if (const CiJob* job = model_matrix_job(facts, &p)) {
    std::string how = job->parallel ? "matrix" : "generated jobs";
    return adopted("CI job " + job->name + " runs across models (" + how + ", " +
                       code(p->path) + ")",
                   {job->at});
  }
  auto uses = uses_of(facts, {"model-matrix"});
  if (!uses.empty()) return adopted(uses_note(uses), uses_evidence(uses));
  return not_started("Tests do not run across several models");
}

Assessment eval_results_db(const RepoFacts& facts) {
  auto uses = uses_of(facts, {"results-db"});
  if (!uses.empty())
    return adopted("Results stored in a database (" + uses_note(uses) + ")",
                   uses_evidence(uses));
  return not_started("Evaluation results are not stored in a database");
}

Assessment model_comparison(const RepoFacts& facts) {
  const auto& d = facts.source.dashboards;
  if (!d.empty() && facts.source.dashboards_mention_models)
    return adopted("Dashboards over model results (" + code(d.front().path) + ")", {d.front()});
  if (!facts.tools_for("model-comparison").empty())
    return decide_by_tools(facts, "model-comparison", UnrunPolicy::adopted, "");
  if (!d.empty())
    return partial("Dashboards exist (" + code(d.front().path) + "); none compares models",
                   {d.front()});
  auto trackers = uses_of(facts, {"experiment-tracking"});
  if (!trackers.empty())
    return partial("Runs compared in the experiment tracker only (" + uses_note(trackers) + ")",
                   uses_evidence(trackers));
  return not_started("No dashboards compare models");
}

Assessment model_regression(const RepoFacts& facts) {
  return decide_by_code_or_tools(facts, "model-regression", {"eval-threshold"},
                                 UnrunPolicy::partial,
                                 "No automated pass-rate thresholds or alerts on evaluations");
}

Assessment prompt_versioning(const RepoFacts& facts) {
  const auto& p = facts.source.prompt_files;
  if (!p.empty())
    return adopted(plural(static_cast<long>(p.size()), "prompt file") + " kept apart from code (" +
                       code(p.front().path) + ")",
                   {p.front()});
  return not_started("Prompts are not kept in versioned files of their own");
}

Assessment eval_rubrics(const RepoFacts& facts) {
  auto rubrics = uses_of(facts, {"eval-rubric"});
  if (!rubrics.empty()) return adopted(uses_note(rubrics), uses_evidence(rubrics));
  if (!facts.tools_for("eval-rubrics").empty())
    return decide_by_tools(facts, "eval-rubrics", UnrunPolicy::adopted, "");
  auto evals = uses_of(facts, {"model-test", "llm-eval"});
  if (!evals.empty())
    return partial("Model tests found (" + code(evals.front()->first.path) +
                       "); binary pass/fail grading only, no graded rubric",
                   uses_evidence(evals, 1));
  return not_started("No model evaluation rubrics");
}

Assessment ab_testing(const RepoFacts& facts) {
  return decide_by_code_or_tools(facts, "ab-testing", {"ab-testing"}, UnrunPolicy::adopted,
                                 "No A/B comparison of models or prompts");
}

Assessment dataset_management(const RepoFacts& facts) {
  Assessment a = decide_by_code_or_tools(facts, "dataset-management", {"dataset"},
                                         UnrunPolicy::adopted, "No formal dataset versioning");
  const auto& lfs = facts.source.lfs_datasets;
  if (a.status == Status::adopted || lfs.empty()) return a;
  return adopted("Datasets in Git LFS (" + code(lfs.front().path) + ": " + lfs.front().excerpt +
                     ")",
                 {lfs.front()});
}

Assessment experiment_tracking(const RepoFacts& facts) {
  return decide_by_code_or_tools(facts, "experiment-tracking", {"experiment-tracking"},
                                 UnrunPolicy::partial,
                                 "No experiment tracking platform (MLflow, W&B, Neptune, ClearML)");
}

}  // namespace

std::vector<RuleRow> mlops_rules() {
  return {
      {"model-discovery", when_ml<model_discovery>},
      {"model-matrix", when_ml<model_matrix>},
      {"eval-results-db", when_ml<eval_results_db>},
      {"model-comparison", when_ml<model_comparison>},
      {"model-regression", when_ml<model_regression>},
      {"prompt-versioning", when_ml<prompt_versioning>},
      {"eval-rubrics", when_ml<eval_rubrics>},
      {"ab-testing", when_ml<ab_testing>},
      {"dataset-management", when_ml<dataset_management>},
      {"experiment-tracking", when_ml<experiment_tracking>},
  };
}

}  // namespace practrack
