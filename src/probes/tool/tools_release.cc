// Tools that implement the release practices: release-note generators,
// package publishers and forge release steps. The semver rows name the
// version-bumping tools so notes can mention them.
#include "probes/tool/tool_table.h"

namespace practrack {

namespace {
// `goreleaser release`, or goreleaser with options only (release is its
// default command): `$(TOOLS_DIR)/goreleaser $(FLAGS) --release-notes=x`.
constexpr std::string_view kGoreleaserRelease =
    R"(\bgoreleaser(\s+release\b|\s+--[\w-]|\s+\$[({]|\s*$))";
}  // namespace

std::vector<ToolRow> release_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
      // -- release-notes -------------------------------------------------------
      {"release-notes", "git-cliff", R"(\bgit-cliff\b)", "cliff.toml|.cliff.toml", "tool.git-cliff",
       "pypi:git-cliff|npm:git-cliff|cargo:git-cliff", "", "orhun/git-cliff-action"},
      {"release-notes", "release-please", R"(\brelease-please\b)",
       "release-please-config.json|.release-please-manifest.json", "", "npm:release-please", "",
       "googleapis/release-please-action|google-github-actions/release-please-action"},
      {"release-notes", "semantic-release", R"(\bsemantic-release\b)",
       ".releaserc|.releaserc.{json,yaml,yml,js,cjs,mjs}|release.config.{js,cjs,mjs}", "release",
       "npm:semantic-release", "", "cycjimmy/semantic-release-action"},
      {"release-notes", "python-semantic-release", R"(\bsemantic-release\s+(version|publish)\b)",
       "", "tool.semantic_release", "pypi:python-semantic-release", "",
       "python-semantic-release/python-semantic-release"},
      {"release-notes", "changesets", R"(\bchangeset\s+(version|publish)\b)",
       ".changeset/config.json", "", "npm:@changesets/cli", "", "changesets/action"},
      {"release-notes", "towncrier", R"(\btowncrier\b)", "towncrier.toml|changelog.d/*.md",
       "tool.towncrier", "pypi:towncrier", "", ""},
      {"release-notes", "release-drafter", "",
       ".github/release-drafter.yml|.github/release-drafter.yaml", "", "", "",
       "release-drafter/release-drafter"},
      {"release-notes", "GitHub generated notes", R"(\bgh\s+release\s+create\b.*--generate-notes)",
       ".github/release.yml|.github/release.yaml", "", "", "", ""},
      // The changelog's section of the release, as the GitHub release's body.
      {"release-notes", "changelog section", "", "", "", "", "",
       "ffurrer2/extract-release-notes|mindsers/changelog-reader-action"},
      {"release-notes", "conventional-changelog", R"(\bconventional-changelog\b)", "", "",
       "npm:conventional-changelog-cli|npm:conventional-changelog", "",
       "TriPSs/conventional-changelog-action"},
      {"release-notes", "standard-version", R"(\bstandard-version\b)", ".versionrc|.versionrc.json",
       "", "npm:standard-version|npm:commit-and-tag-version", "", ""},
      {"release-notes", "release-it", R"(\brelease-it\b)",
       ".release-it.json|.release-it.{js,yaml,yml}", "release-it", "npm:release-it", "", ""},
      {"release-notes", "auto-changelog", R"(\bauto-changelog\b)", ".auto-changelog", "",
       "npm:auto-changelog", "", ""},
      {"release-notes", "github-changelog-generator", R"(\bgithub_changelog_generator\b)",
       ".github_changelog_generator", "", "gem:github_changelog_generator", "", ""},
      {"release-notes", "scriv", R"(\bscriv\s+(collect|create)\b)", "changelog.d/scriv.ini",
       "tool.scriv", "pypi:scriv", "", ""},
      {"release-notes", "reno", R"(\breno\s+report\b)", "releasenotes/notes/*.yaml", "",
       "pypi:reno", "", ""},
      {"release-notes", "cocogitto", R"(\bcog\s+(bump|changelog)\b)", "cog.toml", "", "", "",
       "cocogitto/cocogitto-action"},
      {"release-notes", "commitizen", R"(\bcz\s+(bump|changelog)\b.*)", "", "", "", "",
       "commitizen-tools/commitizen-action"},
      {"release-notes", "goreleaser", kGoreleaserRelease,
       ".goreleaser.yml|.goreleaser.yaml|goreleaser.yml|goreleaser.yaml", "", "", "",
       "goreleaser/goreleaser-action"},
      // release-plz (Rust workspaces): `release-pr` opens a PR with the
      // bumped versions and changelogs, `release` tags, publishes to
      // crates.io and makes the GitHub releases (axum).
      {"release-notes", "release-plz", R"(\brelease-plz\s+(release-pr|update|release)\b)",
       "release-plz.toml|.release-plz.toml", "", "cargo:release-plz", "",
       "release-plz/action|MarcoIeni/release-plz-action"},
      // Notes GitHub writes when a script asks it to (Octokit, REST field).
      {"release-notes", "GitHub generated notes",
       R"(\.generateReleaseNotes\s*\(|\bgenerate_release_notes\s*:\s*true\b)", "", "", "", "", ""},
      // -- package-publishing ----------------------------------------------------
      {"package-publishing", "twine", R"(\btwine\s+upload\b)", "", "", "", "", ""},
      {"package-publishing", "uv publish", R"(\buv\s+publish\b)", "", "", "", "", ""},
      {"package-publishing", "poetry publish", R"(\bpoetry\s+publish\b)", "", "", "", "", ""},
      {"package-publishing", "flit publish", R"(\bflit\s+publish\b)", "", "", "", "", ""},
      {"package-publishing", "hatch publish", R"(\bhatch\s+publish\b)", "", "", "", "", ""},
      {"package-publishing", "pdm publish", R"(\bpdm\s+publish\b)", "", "", "", "", ""},
      {"package-publishing", "PyPI publish action", "", "", "", "", "",
       "pypa/gh-action-pypi-publish"},
      {"package-publishing", "npm publish",
       R"(\b(npm|yarn|pnpm)\s+(npm\s+|-r\s+|--recursive\s+|--filter[= ]\S+\s+)*publish\b)", "", "",
       "", "", "JS-DevTools/npm-publish"},
      // JSR, Deno's registry; `--dry-run` only checks the package.
      {"package-publishing", "deno publish (JSR)", R"(\b(deno|jsr)\s+publish\b)", "", "", "", "",
       "", R"(--dry-run\b)"},
      // sbt publishing to a remote repository (not publishLocal/publishM2);
      // sbt-ci-release publishes on tags, and so do sbt-typelevel's
      // `tlCiRelease`/`tlRelease` (cats-effect: to Sonatype on tags).
      {"package-publishing", "sbt publish",
       R"(\bsbt\b[^|&]*[\s"';+]publish(Signed)?([\s"';]|$)|\bsbt\b[^|&]*\bci-release\b|)"
       R"(\bsbt\b[^|&]*\btl(Ci)?Release\b)",
       "", "", "", "", ""},
      {"package-publishing", "cargo publish", R"(\bcargo\s+publish\b)", "", "", "", "", ""},
      {"package-publishing", "goreleaser", kGoreleaserRelease, "", "", "", "",
       "goreleaser/goreleaser-action"},
      {"package-publishing", "Maven deploy", R"(\b(mvn|mvnw)\b[^|;&]*\bdeploy\b)", "", "", "", "",
       ""},
      {"package-publishing", "Gradle publish", R"(\bgradlew?\b[^|;&]*\bpublish\w*)", "", "", "", "",
       ""},
      {"package-publishing", "gem push", R"(\bgem\s+push\b)", "", "", "", "",
       "rubygems/release-gem"},
      // Bundler's gem tasks: `rake release` builds, tags and pushes the gem
      // (sinatra's `rake release:sinatra` pushes each gem of the repository);
      // RubyGems' trusted-publishing step is only there to push.
      {"package-publishing", "rake release (RubyGems)", R"(\brake\s+release(\s|:|$))", "", "", "",
       "", "rubygems/configure-rubygems-credentials"},
      {"package-publishing", "NuGet push", R"(\b(dotnet\s+nuget|nuget)\s+push\b)", "", "", "", "",
       ""},
      // Images pushed with a version: a ":tag" holding a digit or a variable, or a
      // variable image reference ("$IMAGE" usually carries the tag); not ":latest".
      {"package-publishing", "docker push",
       R"(\b(docker|podman|buildah)\s+push\b(\s+-\S+)*\s+["']?(\S*:\S*[$\d]|\$))", "", "", "", "",
       ""},
      // buildx pushes what its tags (`-t`, a bake file) name.
      {"package-publishing", "docker buildx --push",
       R"(\bdocker\s+buildx\s+(build|bake)\b.*(--push\b|--output[= ]\S*push=true))", "", "", "", "",
       ""},
      {"package-publishing", "docker/build-push-action", "", "", "", "", "",
       "docker/build-push-action"},
      {"package-publishing", "kaniko", R"(/kaniko/executor\b)", "", "", "", "",
       "gcr.io/kaniko-project/executor"},
      {"package-publishing", "crane push", R"(\bcrane\s+push\b)", "", "", "", "", ""},
      {"package-publishing", "helm push", R"(\bhelm\s+push\b|\bcr\s+upload\b)", "", "", "", "",
       "helm/chart-releaser-action"},
      {"package-publishing", "semantic-release", R"(\bsemantic-release\b)", "", "", "", "",
       "cycjimmy/semantic-release-action"},
      {"package-publishing", "changesets publish", R"(\bchangeset\s+publish\b)", "", "", "", "",
       ""},
      // Monorepo publishers: `lerna publish` (trpc runs `pnpm lerna publish`).
      {"package-publishing", "lerna publish", R"(\blerna\s+publish\b)", "", "", "", "", ""},
      {"package-publishing", "release-plz", R"(\brelease-plz\s+release\b)", "", "", "", "",
       "release-plz/action|MarcoIeni/release-plz-action"},
      // cargo-release publishes every crate it releases unless told not to.
      {"package-publishing", "cargo-release", R"(\bcargo\s+release\b)", "", "", "", "", "",
       R"(--no-publish\b)"},
      // changesets/action publishes when its `publish:` input names a command.
      {"package-publishing", "changesets", "", "", "", "", "", "changesets/action?publish"},
      {"package-publishing", "composer/packagist", "", "", "", "", "", ""},
      // OS package managers' repositories: a manifest or formula submitted
      // for the release (winget-pkgs, Homebrew, Chocolatey, Snap Store, AUR).
      {"package-publishing", "winget", R"(\b(wingetcreate|komac)\b[^|;&]*\s(--submit|-s)\b)", "",
       "", "", "", "vedantmgoyal9/winget-releaser|vedantmgoyal2009/winget-releaser"},
      {"package-publishing", "Homebrew formula bump", R"(\bbrew\s+bump-(formula|cask)-pr\b)", "",
       "", "", "", "mislav/bump-homebrew-formula-action|dawidd6/action-homebrew-bump-formula"},
      {"package-publishing", "choco push", R"(\bchoco\s+push\b)", "", "", "", "", ""},
      {"package-publishing", "snapcraft upload", R"(\bsnapcraft\s+(upload|push)\b)", "", "", "", "",
       "snapcore/action-publish"},
      {"package-publishing", "AUR", "", "", "", "", "", "KSXGitHub/github-actions-deploy-aur"},
      {"package-publishing", "jreleaser", R"(\bjreleaser\b)", "jreleaser.yml|jreleaser.toml", "",
       "", "", "jreleaser/release-action"},
      // Ansible Galaxy imports a role from its repository on request
      // (geerlingguy's roles run `ansible-galaxy role import` on tag push);
      // collections are built and published.
      {"package-publishing", "Ansible Galaxy",
       R"(\bansible-galaxy\s+(role\s+import|import|collection\s+publish)\b)", "", "", "", "",
       "robertdebock/galaxy-action|artis3n/ansible_galaxy_collection"},
      // pkg.pr.new publishes a preview build of every commit or pull request
      // (pinia); the rule weighs it as a preview, not a release.
      {"package-publishing", "pkg.pr.new preview", R"(\bpkg-pr-new\s+publish\b)", "", "", "",
       "", ""},
      // -- release-automation: forge releases ----------------------------------
      // Julia: TagBot tags and releases each version the General registry
      // merges.
      {"release-automation", "TagBot", "", "", "", "", "", "JuliaRegistries/TagBot"},
      {"release-automation", "action-gh-release", "", "", "", "", "",
       "softprops/action-gh-release"},
      {"release-automation", "gh release", R"(\bgh\s+release\s+(create|upload)\b)", "", "", "", "",
       ""},
      {"release-automation", "GitLab release-cli", R"(\brelease-cli\b[^|;&]*\bcreate\b)", "", "",
       "", "", "registry.gitlab.com/gitlab-org/release-cli"},
      {"release-automation", "glab release", R"(\bglab\s+release\s+create\b)", "", "", "", "",
       "registry.gitlab.com/gitlab-org/cli"},
      {"release-automation", "goreleaser", kGoreleaserRelease, "", "", "", "",
       "goreleaser/goreleaser-action"},
      // yyx990803/release-tag makes the GitHub release of the pushed tag (pinia).
      {"release-automation", "create-release", "", "", "", "", "",
       "actions/create-release|ncipollo/release-action|marvinpinto/action-automatic-releases|"
       "yyx990803/release-tag"},
      {"release-automation", "release-please", "", "", "", "", "",
       "googleapis/release-please-action|google-github-actions/release-please-action"},
      {"release-automation", "semantic-release", R"(\bsemantic-release\b)", "", "", "", "",
       "cycjimmy/semantic-release-action"},
      {"release-automation", "jreleaser", R"(\bjreleaser\s+(release|full-release)\b)", "", "", "",
       "", "jreleaser/release-action"},
      {"release-automation", "changesets", "", "", "", "", "", "changesets/action"},
      // Drafts the next release from merged PRs; a person publishes it.
      {"release-automation", "release-drafter", "", "", "", "", "",
       "release-drafter/release-drafter"},
      {"release-automation", "release-plz", R"(\brelease-plz\s+release\b)", "", "", "", "",
       "release-plz/action|MarcoIeni/release-plz-action"},
      {"release-automation", "ghr", R"(\bghr\b\s+-)", "", "", "", "", ""},
      // A release made through the GitHub API from a script or github-script.
      {"release-automation", "GitHub releases API", R"(\.(createRelease|create_git_release)\s*\()",
       "", "", "", "", ""},
      // Hugo's release tool: `hugoreleaser release` makes the GitHub release
      // that release_settings in hugoreleaser.yaml describes.
      {"release-automation", "hugoreleaser", R"(\bhugoreleaser\s+release\b)", "", "", "", "", ""},
      // Prometheus' release tooling: promu uploads the tarballs to the
      // GitHub release; promci's composite action runs it.
      {"release-automation", "promu release", R"(\bpromu\b[^|;&]*\srelease\b)", "", "", "", "",
       "prometheus/promci/publish_release"},
      // -- semver: version bumping --------------------------------------------------
      {"semver", "bump-my-version", R"(\bbump-my-version\b)", ".bumpversion.toml|.bumpversion.cfg",
       "tool.bumpversion", "pypi:bump-my-version|pypi:bump2version|pypi:bumpversion", "", ""},
      {"semver", "setuptools-scm", "", "", "tool.setuptools_scm",
       "pypi:setuptools-scm|pypi:setuptools_scm", "", ""},
      {"semver", "hatch-vcs", "", "", "tool.hatch.version", "pypi:hatch-vcs", "", ""},
      {"semver", "cargo-release", R"(\bcargo\s+release\b)", "release.toml", "", "", "", ""},
  };
}

}  // namespace practrack
