// Model → template data → Pandoc Markdown, through the Mustache templates in templates/.
#pragma once

#include <string>

#include "plan/diag.h"
#include "render/labels.h"
#include "plan/model.h"

namespace legeplan {

// Where templates come from: a municipality's own folder first (may be empty), then ours.
struct TemplateDirs {
    std::string custom;
    std::string standard;

    // The path of a template file: custom/name when it exists, else standard/name.
    std::string find(const std::string& name) const;
};

// Renders the whole document. Template syntax errors, tags naming data legeplan does not
// provide, and missing labels are reported against the template file (E040–E042).
bool render_markdown(const Plan& plan, const Labels& labels, const TemplateDirs& dirs,
                     std::string& out, SourceFiles& files, Diagnostics& diags);

}  // namespace legeplan
