#include <gtest/gtest.h>

#include "probes/probe.h"
#include "tree/tree.h"

namespace practrack {
namespace {

struct Scan {
  MemoryTree tree;
  Diagnostics diags;
  RepoFacts facts;
  void run() {
    ScanContext ctx(tree, diags);
    for (const auto& row : manifest_probes()) row.run(ctx, facts);
  }
  const Manifest* manifest(std::string_view path) const {
    for (const auto& m : facts.manifests.manifests)
      if (m.path == path) return &m;
    return nullptr;
  }
  const Dependency* dep(std::string_view name) const {
    for (const auto& d : facts.dependencies)
      if (d.name == name) return &d;
    return nullptr;
  }
  bool section(std::string_view key) const {
    for (const auto& s : facts.config_sections)
      if (s.key == key) return true;
    return false;
  }
};

constexpr const char* kPyproject = R"([project]
name = "demo"
version = "1.4.0"
requires-python = ">=3.11"
dependencies = [
  "Requests[socks]==2.31.0",
  "fastapi>=0.110",
]

[project.optional-dependencies]
dev = ["pytest==8.1.1"]

[project.scripts]
demo = "demo.cli:main"

[dependency-groups]
lint = ["ruff>=0.4"]

[tool.ruff]
line-length = 100

[tool.ruff.lint]
select = ["E", "C90"]

[tool.mypy]
strict = true

[tool.poe.tasks]
lint = "ruff check ."
)";

TEST(ManifestPyproject, DependenciesPinsSectionsAndTasks) {
  Scan s;
  s.tree.add("pyproject.toml", kPyproject);
  s.run();
  const Manifest* m = s.manifest("pyproject.toml");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "demo");
  EXPECT_EQ(m->version, "1.4.0");
  EXPECT_EQ(m->language_version, "python >=3.11");
  EXPECT_EQ(m->dependencies, 4);
  EXPECT_EQ(m->pinned, 2);
  EXPECT_FALSE(m->has_lock);
  EXPECT_EQ(m->entry_points, std::vector<std::string>{"demo"});
  const Dependency* req = s.dep("requests");
  ASSERT_NE(req, nullptr);
  EXPECT_TRUE(req->pinned);
  EXPECT_EQ(req->spec, "==2.31.0");
  EXPECT_EQ(req->at.line, 6);
  EXPECT_FALSE(req->dev);
  ASSERT_NE(s.dep("ruff"), nullptr);
  EXPECT_TRUE(s.dep("ruff")->dev);
  EXPECT_FALSE(s.dep("fastapi")->pinned);
  EXPECT_TRUE(s.section("tool.ruff"));
  EXPECT_TRUE(s.section("tool.ruff.lint"));
  EXPECT_TRUE(s.section("tool.mypy"));
  EXPECT_TRUE(s.section("ruff:complexity"));  // C90 selected
  ASSERT_EQ(s.facts.commands.size(), 1u);
  EXPECT_EQ(s.facts.commands[0].origin, Origin::package_script);
  EXPECT_EQ(s.facts.commands[0].system, "poe");
  EXPECT_EQ(s.facts.commands[0].text, "ruff check .");
  EXPECT_EQ(s.facts.commands[0].at.line, 29);
}

TEST(ManifestPyproject, LockFileBesideItPinsEverything) {
  Scan s;
  s.tree.add("pyproject.toml", kPyproject);
  s.tree.add("uv.lock", "version = 1\n");
  s.run();
  const Manifest* m = s.manifest("pyproject.toml");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->has_lock);
  EXPECT_EQ(m->lock_path, "uv.lock");
  EXPECT_EQ(m->pinned, 4);
  EXPECT_EQ(s.facts.manifests.lock_files, std::vector<std::string>{"uv.lock"});
}

TEST(ManifestPyproject, PoetryTablesAndGroups) {
  Scan s;
  s.tree.add("svc/pyproject.toml", R"([tool.poetry]
name = "svc"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.10"
Django = "4.2.1"
celery = { version = "^5.3", extras = ["redis"] }

[tool.poetry.group.dev.dependencies]
black = "^24.1"
)");
  s.tree.add("poetry.lock", "");  // a workspace lock above it
  s.run();
  const Manifest* m = s.manifest("svc/pyproject.toml");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "svc");
  EXPECT_EQ(m->language_version, "python ^3.10");
  EXPECT_EQ(m->dependencies, 3);
  EXPECT_EQ(m->lock_path, "poetry.lock");
  EXPECT_EQ(s.dep("django")->spec, "4.2.1");
  EXPECT_EQ(s.dep("celery")->spec, "^5.3");
  EXPECT_TRUE(s.dep("black")->dev);
  EXPECT_TRUE(s.section("tool.poetry"));
}

TEST(ManifestPyproject, MalformedTomlIsOneDiagnosticNamingTheFile) {
  Scan s;
  s.tree.add("pyproject.toml", "[project\nname = 'x'\n");
  s.run();
  auto all = s.diags.all();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].path, "pyproject.toml");
  EXPECT_NE(all[0].message.find("malformed TOML"), std::string::npos);
  EXPECT_EQ(all[0].line, 1);
  EXPECT_TRUE(s.facts.manifests.manifests.empty());
}

TEST(ManifestRequirements, PinsIncludesHashesAndContinuations) {
  Scan s;
  s.tree.add("requirements.txt",
             "# runtime\n"
             "-r requirements/base.txt\n"
             "flask==3.0.2 \\\n"
             "    --hash=sha256:abc\n"
             "gunicorn>=21  # server\n"
             "-e .\n"
             "--index-url https://pypi.org/simple\n");
  s.tree.add("requirements/base.txt", "Jinja2==3.1.3\n-r ../requirements.txt\n");
  s.tree.add("requirements-dev.txt", "pytest==8.0.0\n");
  s.run();
  const Manifest* top = s.manifest("requirements.txt");
  ASSERT_NE(top, nullptr);
  EXPECT_EQ(top->dependencies, 2);
  EXPECT_EQ(top->pinned, 1);
  const Manifest* base = s.manifest("requirements/base.txt");
  ASSERT_NE(base, nullptr);
  EXPECT_EQ(base->dependencies, 1);  // read once despite the include cycle
  EXPECT_EQ(s.dep("flask")->at.line, 3);
  EXPECT_TRUE(s.dep("flask")->pinned);
  EXPECT_TRUE(s.dep("jinja2")->pinned);
  EXPECT_TRUE(s.dep("pytest")->dev);
  EXPECT_FALSE(s.dep("gunicorn")->dev);
  EXPECT_EQ(s.facts.dependencies.size(), 4u);
}

// Regression: "file: VERSION" was taken for the version and made semver
// "not semver".
TEST(ManifestPythonIni, SetupCfgVersionFromFileOrAttr) {
  Scan s;
  s.tree.add("setup.cfg", "[metadata]\nname = a\nversion = file: VERSION\n");
  s.tree.add("VERSION", "1.4.2\n");
  s.tree.add("pkg/setup.cfg", "[metadata]\nname = b\nversion = attr: b.__version__\n");
  s.tree.add("pkg/src/b/__init__.py", "\"\"\"B.\"\"\"\n__version__ = \"0.3.1\"\n");
  s.tree.add("lib/setup.cfg", "[metadata]\nname = c\nversion = attr: c.VERSION\n");
  s.run();
  ASSERT_NE(s.manifest("setup.cfg"), nullptr);
  EXPECT_EQ(s.manifest("setup.cfg")->version, "1.4.2");
  ASSERT_NE(s.manifest("pkg/setup.cfg"), nullptr);
  EXPECT_EQ(s.manifest("pkg/setup.cfg")->version, "0.3.1");
  // Unresolvable: no version rather than "attr: c.VERSION".
  ASSERT_NE(s.manifest("lib/setup.cfg"), nullptr);
  EXPECT_EQ(s.manifest("lib/setup.cfg")->version, "");
}

TEST(ManifestPythonIni, SetupCfgToxAndToolConfigs) {
  Scan s;
  s.tree.add("setup.cfg",
             "[metadata]\nname = legacy\nversion = 2.0\n\n"
             "[options]\ninstall_requires =\n    click==8.1.7\n    attrs\n\n"
             "[flake8]\nmax-complexity = 10\n\n[tool:pytest]\naddopts = -q\n");
  s.tree.add("tox.ini",
             "[tox]\nenvlist = py311, lint\n\n[testenv]\ncommands =\n    pytest {posargs}\n\n"
             "[testenv:lint]\ncommands =\n    - flake8 src\n    mypy src\n");
  s.tree.add(".coveragerc", "[report]\nfail_under = 90\n");
  s.run();
  const Manifest* m = s.manifest("setup.cfg");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "legacy");
  EXPECT_EQ(m->dependencies, 2);
  EXPECT_EQ(m->pinned, 1);
  EXPECT_EQ(s.dep("click")->at.line, 7);
  EXPECT_TRUE(s.section("flake8"));
  EXPECT_TRUE(s.section("flake8.max-complexity"));
  EXPECT_TRUE(s.section("tool:pytest"));
  EXPECT_TRUE(s.section("coverage:report"));
  EXPECT_TRUE(s.section("testenv:lint"));
  ASSERT_EQ(s.facts.commands.size(), 3u);
  EXPECT_EQ(s.facts.commands[0].context, "testenv");
  EXPECT_EQ(s.facts.commands[1].text, "flake8 src");
  EXPECT_EQ(s.facts.commands[1].context, "lint");
  EXPECT_EQ(s.facts.commands[1].at.path, "tox.ini");
  EXPECT_EQ(s.facts.commands[1].at.line, 10);
  EXPECT_EQ(s.facts.commands[2].at.line, 11);
}

TEST(ManifestSetupPy, InstallRequiresByPatternOnly) {
  Scan s;
  s.tree.add(
      "setup.py",
      "from setuptools import setup\n"
      "setup(\n    name='old',\n    version='0.3',\n"
      "    install_requires=[\n        'six==1.16.0',\n        \"requests>=2\",\n    ],\n)\n");
  s.run();
  const Manifest* m = s.manifest("setup.py");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "old");
  EXPECT_EQ(m->dependencies, 2);
  EXPECT_EQ(m->pinned, 1);
  EXPECT_EQ(s.dep("six")->at.line, 6);
  EXPECT_EQ(s.dep("requests")->at.line, 7);
}

TEST(ManifestPipfileAndNox, PackagesScriptsAndSessions) {
  Scan s;
  s.tree.add("Pipfile",
             "[packages]\nrequests = \"==2.31.0\"\n\n[dev-packages]\npytest = \"*\"\n\n"
             "[scripts]\ntest = \"pytest -q\"\n");
  s.tree.add("Pipfile.lock", "{}");
  s.tree.add("noxfile.py",
             "import nox\n\n@nox.session\ndef lint(session):\n"
             "    session.install('ruff')\n    session.run('ruff', 'check', '.')\n");
  s.run();
  const Manifest* m = s.manifest("Pipfile");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->has_lock);
  EXPECT_EQ(m->pinned, 2);
  EXPECT_TRUE(s.dep("pytest")->dev);
  ASSERT_EQ(s.facts.commands.size(), 2u);
  EXPECT_EQ(s.facts.commands[0].system, "pipenv");
  EXPECT_EQ(s.facts.commands[1].system, "nox");
  EXPECT_EQ(s.facts.commands[1].context, "lint");
  EXPECT_EQ(s.facts.commands[1].text, "ruff check .");
  EXPECT_EQ(s.facts.commands[1].at.line, 6);
}

TEST(ManifestPython, VendoredManifestsAreNotTheProjects) {
  Scan s;
  s.tree.add("vendor/lib/pyproject.toml", kPyproject);
  s.tree.add(".venv/lib/requirements.txt", "x==1\n");
  s.run();
  EXPECT_TRUE(s.facts.manifests.manifests.empty());
  EXPECT_TRUE(s.facts.dependencies.empty());
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ManifestTox, TomlEnvsInPyprojectAndToxToml) {
  Scan s;
  s.tree.add("pyproject.toml",
             "[tool.tox.env_run_base]\ncommands = [[\"pytest\", \"-q\", {replace = \"posargs\"}]]\n"
             "[tool.tox.env.typing]\ncommands = [\n  [\"mypy\", \"src\"],\n]\n");
  s.tree.add("pkg/tox.toml", "[env.lint]\ncommands = [[\"ruff\", \"check\", \".\"]]\n");
  s.run();
  ASSERT_EQ(s.facts.commands.size(), 3u);
  EXPECT_EQ(s.facts.commands[0].text, "pytest -q");
  EXPECT_EQ(s.facts.commands[0].context, "testenv");
  EXPECT_EQ(s.facts.commands[1].text, "mypy src");
  EXPECT_EQ(s.facts.commands[1].context, "typing");
  EXPECT_EQ(s.facts.commands[1].at.line, 5);
  EXPECT_EQ(s.facts.commands[2].at.path, "pkg/tox.toml");
  EXPECT_EQ(s.facts.commands[2].system, "tox");
}

}  // namespace
}  // namespace practrack

namespace practrack {
namespace {

TEST(ManifestPyproject, CompiledRequirementsLockIt) {
  Scan s;
  s.tree.add("pyproject.toml", "[project]\nname = 'a'\ndependencies = ['flask>=3']\n");
  s.tree.add("requirements.txt",
             "#\n# This file is autogenerated by pip-compile with Python 3.12\n#\nflask==3.0.2\n");
  s.run();
  const Manifest* m = s.manifest("pyproject.toml");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->has_lock);
  EXPECT_EQ(m->lock_path, "requirements.txt");
  EXPECT_EQ(m->pinned, 1);

  Scan hand;
  hand.tree.add("pyproject.toml", "[project]\nname = 'a'\ndependencies = ['flask>=3']\n");
  hand.tree.add("requirements.txt", "flask\n");
  hand.run();
  EXPECT_FALSE(hand.manifest("pyproject.toml")->has_lock);
}

}  // namespace
}  // namespace practrack
