// The tracker as one self-contained HTML page (styles inline, no script,
// nothing fetched): to open in a browser or publish as a CI artifact.
#pragma once

#include <string>

#include "render/render.h"

namespace practrack {

std::string render_html(const Report& report, const RenderOptions& options);

}  // namespace practrack
