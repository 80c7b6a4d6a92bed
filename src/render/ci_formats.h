// Formats other tools read: JUnit XML for CI test reports, SARIF 2.1.0 for
// code-scanning views, and an SVG adoption badge.
#pragma once

#include <string>

#include "render/render.h"

namespace practrack {

// A testsuite per category, a testcase per practice; failures for required
// practices not adopted, skipped for not-applicable.
std::string render_junit(const Report& report, const RenderOptions& options);
// One rule per practice; a result per practice not adopted, at the file and
// line of its evidence or at the repository root; level by weight.
std::string render_sarif(const Report& report, const RenderOptions& options);
// "devops | 62%" in the common flat style, coloured by adoption.
std::string render_badge(const Report& report, const RenderOptions& options);
std::string adoption_badge(const Report& report, const std::string& label);
std::string badge_svg(const std::string& label, const std::string& message, const std::string& color);
// Width in pixels of `text` in 11px Verdana, rounded up; never less than
// the real width for ASCII (unknown characters count as the widest).
int verdana11_width(const std::string& text);

}  // namespace practrack
