// Tools that implement the MLOps practices: experiment trackers, dataset
// versioning, evaluation frameworks.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> mlops_tools() {
  // clang-format off
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
      {"experiment-tracking", "MLflow", R"(\bmlflow\s+(run|ui|server|models)\b)", "**/MLproject",
       "", "pypi:mlflow|pypi:mlflow-skinny", "", ""},
      {"experiment-tracking", "Weights & Biases", R"(\bwandb\s+(sweep|agent|login)\b)", "", "",
       "pypi:wandb", "", ""},
      {"experiment-tracking", "Neptune", "", "", "", "pypi:neptune|pypi:neptune-client", "", ""},
      {"experiment-tracking", "ClearML", R"(\bclearml-(agent|task)\b)", "**/clearml.conf", "",
       "pypi:clearml", "", ""},
      {"experiment-tracking", "Comet", "", "", "", "pypi:comet-ml", "", ""},
      {"experiment-tracking", "Aim", R"(\baim\s+(up|init)\b)", "", "", "pypi:aim", "", ""},
      {"experiment-tracking", "DVC experiments", R"(\bdvc\s+exp\b)", "", "", "", "", ""},
      {"experiment-tracking", "TensorBoard", R"(\btensorboard\s+--logdir\b)", "", "",
       "pypi:tensorboard", "", ""},
      {"dataset-management", "DVC", R"(\bdvc\s+(pull|push|repro|fetch|add)\b)",
       ".dvc/config|**/dvc.yaml|**/*.dvc", "", "pypi:dvc", "", "iterative/setup-dvc"},
      {"dataset-management", "Hugging Face Datasets", R"(\bhuggingface-cli\s+download\b)", "", "",
       "pypi:datasets", "", ""},
      {"dataset-management", "LakeFS/Pachyderm", R"(\blakectl\b|\bpachctl\b)", "", "",
       "pypi:lakefs|pypi:lakefs-client", "", ""},
      {"dataset-management", "Quilt", R"(\bquilt3\b)", "", "", "pypi:quilt3", "", ""},
      {"model-regression", "promptfoo assertions", R"(\bpromptfoo\s+eval\b)",
       "**/promptfooconfig.{yaml,yml,js,ts}", "", "npm:promptfoo", "", ""},
      {"model-regression", "DeepEval", R"(\bdeepeval\s+test\s+run\b)", "", "", "pypi:deepeval", "",
       ""},
      {"eval-rubrics", "Ragas", "", "", "", "pypi:ragas", "", ""},
      {"eval-rubrics", "OpenAI Evals", R"(\boaieval\b)", "", "", "pypi:evals", "", ""},
      {"eval-rubrics", "lm-evaluation-harness", R"(\blm_eval\b)", "", "", "pypi:lm-eval", "", ""},
      {"eval-rubrics", "Inspect", R"(\binspect\s+eval\b)", "", "", "pypi:inspect-ai", "", ""},
      {"model-comparison", "promptfoo view", R"(\bpromptfoo\s+view\b)", "", "", "", "", ""},
      {"ab-testing", "GrowthBook", "", "", "", "pypi:growthbook|npm:@growthbook/growthbook", "",
       ""},
      {"ab-testing", "Statsig", "", "", "", "pypi:statsig|npm:statsig-node", "", ""},
      {"prompt-versioning", "promptfoo prompts", "", "**/prompts/**/*.{txt,md,json,yaml,yml}", "",
       "", "", ""},
      {"prompt-versioning", "Prompty", "", "**/*.prompty", "", "", "", ""},
      {"model-discovery", "Ollama", R"(\bollama\s+(list|pull|ls)\b)", "", "", "", "", ""},
  };
  // clang-format on
}

}  // namespace practrack
