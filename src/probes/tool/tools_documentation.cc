// Tools that implement the documentation practices: API doc generators
// (run or configured) and ADR tooling. Documents themselves (README,
// LICENSE, runbooks ...) are found by path in the doc probes.
#include "probes/tool/tool_table.h"

namespace practrack {

std::vector<ToolRow> documentation_tools() {
  return {
      // practice, tool, command, configs, sections, deps, hooks, actions
      {"api-docs", "Sphinx", R"(\bsphinx-(build|apidoc|autobuild)\b)", "", "",
       "pypi:sphinx|pypi:sphinx-autoapi", "", ""},
      {"api-docs", "MkDocs", R"(\bmkdocs\s+(build|serve|gh-deploy)\b)", "", "",
       "pypi:mkdocs|pypi:mkdocs-material|pypi:mkdocstrings*", "", ""},
      {"api-docs", "pdoc", R"(\bpdoc3?\s)", "", "", "pypi:pdoc|pypi:pdoc3", "", ""},
      {"api-docs", "Doxygen", R"(\bdoxygen\b)", "", "", "", "", "mattnotmitt/doxygen-action"},
      {"api-docs", "TypeDoc", R"(\btypedoc\b)", "", "", "npm:typedoc", "", ""},
      {"api-docs", "JSDoc", R"(\bjsdoc\s)", "", "", "npm:jsdoc", "", ""},
      {"api-docs", "rustdoc", R"(\bcargo\s+doc\b)", "", "", "", "", ""},
      {"api-docs", "javadoc", R"(\bjavadoc\b|\bmvnw?\s.*javadoc:)", "", "", "", "", ""},
      {"api-docs", "Dokka", R"(\bdokka(Html|Gfm|Javadoc)\b)", "", "", "", "", ""},
      {"api-docs", "godoc", R"(\b(godoc|pkgsite)\b)", "", "", "", "", ""},
      {"api-docs", "DocFX", R"(\bdocfx\b)", "", "", "", "", ""},
      {"api-docs", "Redocly", R"(\b(redocly|redoc-cli)\b)", "", "", "npm:@redocly/cli|npm:redoc*",
       "", ""},
      {"api-docs", "Swagger UI", "", "", "",
       "npm:swagger-ui*|npm:swagger-jsdoc|npm:@nestjs/swagger|pypi:drf-spectacular|"
       "pypi:drf-yasg|pypi:flasgger|pypi:apispec|pypi:flask-smorest|"
       "maven:org.springdoc:springdoc-openapi*|maven:io.springfox:*|cargo:utoipa*|"
       "go:github.com/swaggo/swag*|nuget:Swashbuckle.AspNetCore*",
       "", ""},
      {"api-docs", "Docusaurus", R"(\bdocusaurus\s+(build|start|deploy)\b)", "", "",
       "npm:@docusaurus/core", "", ""},
      {"adrs", "adr-tools", R"(\badr\s+(new|init|generate|link)\b)", "**/.adr-dir", "", "", "", ""},
      {"adrs", "log4brains", R"(\blog4brains\b)", ".log4brains.yml", "", "npm:log4brains", "", ""},
      {"adrs", "adr-log", R"(\badr-log\b)", "", "", "npm:adr-log", "", ""},
  };
}

}  // namespace practrack
