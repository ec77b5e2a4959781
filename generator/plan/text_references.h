// The links and pictures in a plan's Markdown texts, checked against the resource policy
// (resource_policy.h) with the place each is written: found by validate, before any converter
// could follow one.
#pragma once

#include <string>
#include <string_view>

#include "plan/diag.h"
#include "plan/load.h"

namespace legeplan {

// Where a text was written: the value of a YAML key (pos is the value's start) or a whole
// Markdown file (pos is its first line).
struct TextOrigin {
    SourcePos pos;
    bool whole_file = false;
};

// Reports each link the policy refuses (E043) and each picture that cannot be used (E044).
// Picture paths are relative to the folder of the plan's main file.
void check_text_references(std::string_view text, const TextOrigin& origin, const SourceFiles& files,
                           const std::string& plan_main_path, const FileReader& reader,
                           Diagnostics& diags);

}  // namespace legeplan
