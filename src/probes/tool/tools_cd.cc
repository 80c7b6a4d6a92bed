// Tools that implement the cd practices: deploy commands run by CI,
// progressive delivery, rollback and deploy notifications. The cd rules
// read them through facts.tools_for() next to the CI deploy jobs.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> cd_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions

      // --- automated-deploy: commands and actions that deploy ---
      {"automated-deploy", "kubectl apply",
       R"(\bkubectl\b.*\s(apply|set\s+image|rollout\s+restart)\b)", "", "", "", "",
       "azure/k8s-deploy"},
      {"automated-deploy", "helm upgrade", R"(\bhelm\s+(upgrade|install)\b)", "", "", "", "",
       "deliverybot/helm|WyriHaximus/github-action-helm3"},
      {"automated-deploy", "helmfile", R"(\bhelmfile\b.*\s(apply|sync)\b)", "", "", "", "", ""},
      {"automated-deploy", "Argo CD", R"(\bargocd\s+app\s+sync\b)", "", "", "", "", ""},
      {"automated-deploy", "Flux", R"(\bflux\s+reconcile\b)", "", "", "", "", ""},
      {"automated-deploy", "terraform apply", R"(\b(terraform|tofu)\s+apply\b)", "", "", "", "",
       ""},
      {"automated-deploy", "pulumi up", R"(\bpulumi\s+up\b)", "", "", "", "", "pulumi/actions"},
      {"automated-deploy", "ansible-playbook", R"(\bansible-playbook\b)", "", "", "", "", ""},
      {"automated-deploy", "docker stack deploy", R"(\bdocker\s+stack\s+deploy\b)", "", "", "", "",
       ""},
      {"automated-deploy", "flyctl deploy", R"(\b(flyctl|fly)\s+deploy\b)", "", "", "", "",
       "superfly/flyctl-actions"},
      {"automated-deploy", "Vercel", R"(\bvercel\b.*(\sdeploy\b|--prod\b))", "", "", "", "",
       "amondnet/vercel-action"},
      {"automated-deploy", "Netlify", R"(\bnetlify\s+deploy\b)", "", "", "", "",
       "nwtgck/actions-netlify|netlify/actions"},
      {"automated-deploy", "gcloud deploy", R"(\bgcloud\s+(app|run|functions)\s+deploy\b)", "", "",
       "", "", "google-github-actions/deploy-cloudrun|google-github-actions/deploy-appengine"},
      {"automated-deploy", "AWS ECS deploy", R"(\baws\s+ecs\s+update-service\b|\becs-deploy\b)", "",
       "", "", "", "aws-actions/amazon-ecs-deploy-task-definition"},
      {"automated-deploy", "AWS CodeDeploy", R"(\baws\s+deploy\s+create-deployment\b)", "", "", "",
       "", ""},
      {"automated-deploy", "Elastic Beanstalk", R"(\beb\s+deploy\b)", "", "", "", "",
       "einaregilsson/beanstalk-deploy"},
      {"automated-deploy", "Serverless Framework", R"(\b(serverless|sls)\s+deploy\b)", "", "", "",
       "", "serverless/github-action"},
      {"automated-deploy", "AWS SAM", R"(\bsam\s+deploy\b)", "", "", "", "", ""},
      {"automated-deploy", "AWS CDK", R"(\bcdk\s+deploy\b)", "", "", "", "", ""},
      {"automated-deploy", "Kamal", R"(\bkamal\s+deploy\b)", "", "", "", "", ""},
      {"automated-deploy", "Capistrano", R"(\bcap\s+\S+\s+deploy\b)", "", "", "", "", ""},
      {"automated-deploy", "Heroku", R"(\bheroku\s+container:release\b|git\s+push\s+heroku\b)", "",
       "", "", "", "akhileshns/heroku-deploy"},
      {"automated-deploy", "Cloudflare Wrangler", R"(\bwrangler\s+(deploy|publish)\b)", "", "", "",
       "", "cloudflare/wrangler-action"},
      {"automated-deploy", "Firebase deploy", R"(\bfirebase\s+deploy\b)", "", "", "", "",
       "FirebaseExtended/action-hosting-deploy"},
      {"automated-deploy", "Azure deploy", R"(\baz\s+(webapp|functionapp)\s+deploy\b)", "", "", "",
       "", "azure/webapps-deploy|Azure/functions-action"},
      {"automated-deploy", "Skaffold", R"(\bskaffold\s+(run|deploy)\b)", "", "", "", "", ""},
      {"automated-deploy", "Nomad", R"(\bnomad\s+(job\s+)?run\b)", "", "", "", "", ""},
      {"automated-deploy", "GitHub Pages", R"(\bmkdocs\s+gh-deploy\b|\bghp-import\b)", "", "", "",
       "", "actions/deploy-pages|peaceiris/actions-gh-pages|JamesIves/github-pages-deploy-action"},

      // --- declarative-stack: configs that declare a deployed stack ---
      {"declarative-stack", "Helm", "", "**/Chart.yaml", "", "", "", ""},
      {"declarative-stack", "helmfile", "", "**/helmfile.{yaml,yml}", "", "", "", ""},
      {"declarative-stack", "Kustomize", "", "**/kustomization.{yaml,yml}", "", "", "", ""},
      {"declarative-stack", "Nomad", "", "**/*.nomad|**/*.nomad.hcl", "", "", "", ""},
      {"declarative-stack", "Docker Swarm stack", "", "**/docker-stack*.{yml,yaml}", "", "", "",
       ""},

      // --- progressive-delivery: canary / blue-green ---
      {"progressive-delivery", "Argo Rollouts", R"(\bkubectl[- ]argo[- ]rollouts\b)", "", "", "",
       "", ""},
      {"progressive-delivery", "Flagger", R"(\bflagger\b)", "", "", "", "", ""},
      {"progressive-delivery", "weighted traffic",
       R"(\bgcloud\s+run\s+services\s+update-traffic\b)", "", "", "", "", ""},
      {"progressive-delivery", "fly canary/bluegreen",
       R"(\b(flyctl|fly)\s+deploy\b.*--strategy[= ](canary|bluegreen))", "", "", "", "", ""},
      {"progressive-delivery", "CodeDeploy canary",
       R"(--deployment-config-name\s+\S*(Canary|Linear))", "", "", "", "", ""},

      // --- rollback: automated rollback paths ---
      {"rollback", "helm rollback",
       R"(\bhelm\s+rollback\b|\bhelm\s+upgrade\b.*--(atomic|rollback-on-failure)\b)", "", "", "",
       "", ""},
      {"rollback", "kubectl rollout undo", R"(\bkubectl\s+rollout\s+undo\b)", "", "", "", "", ""},
      {"rollback", "Argo Rollouts abort/undo", R"(\bkubectl[- ]argo[- ]rollouts\s+(undo|abort)\b)",
       "", "", "", "", ""},
      {"rollback", "argocd rollback", R"(\bargocd\s+app\s+rollback\b)", "", "", "", "", ""},
      {"rollback", "heroku rollback", R"(\bheroku\s+(releases:)?rollback\b)", "", "", "", "", ""},
      {"rollback", "kamal rollback", R"(\bkamal\s+rollback\b)", "", "", "", "", ""},
      {"rollback", "capistrano rollback", R"(\bcap\s+\S+\s+deploy:rollback\b)", "", "", "", "", ""},
      {"rollback", "vercel rollback", R"(\bvercel\s+rollback\b)", "", "", "", "", ""},
      {"rollback", "ECS circuit breaker", R"(deployment-circuit-breaker|enable=true,rollback=true)",
       "", "", "", "", ""},

      // --- deploy-notifications: chat/webhook/email steps ---
      {"deploy-notifications", "Slack", R"(hooks\.slack\.com|slack-notify|\bslack\b.*webhook)", "",
       "", "", "",
       "slackapi/slack-github-action|8398a7/action-slack|rtCamp/action-slack-notify|"
       "circleci/slack|slack"},
      {"deploy-notifications", "Discord", R"(discord(app)?\.com/api/webhooks)", "", "", "", "",
       "Ilshidur/action-discord|sarisia/actions-status-discord|tsickert/discord-webhook"},
      {"deploy-notifications", "Microsoft Teams", R"(webhook\.office\.com)", "", "", "", "",
       "aliencube/microsoft-teams-actions|jdcargile/ms-teams-notification|"
       "skitionek/notify-microsoft-teams"},
      {"deploy-notifications", "email", R"(\b(sendmail|mailx|swaks)\b)", "", "", "", "",
       "dawidd6/action-send-mail"},
      {"deploy-notifications", "Telegram", R"(api\.telegram\.org)", "", "", "", "",
       "appleboy/telegram-action"},
      {"deploy-notifications", "apprise", R"(\bapprise\b)", "", "", "", "", ""},
  };
}

}  // namespace practrack
