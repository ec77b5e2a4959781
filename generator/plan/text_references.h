// The links and pictures in a plan's Markdown texts, checked against the resource policy
// (resource_policy.h) with the place each is written: found by validate, before any converter
// could follow one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "plan/diag.h"
#include "plan/load.h"

namespace legeplan {

// Where a text was written: the value of a YAML key (pos is the value's start) or a whole
// Markdown file (pos is its first line).
struct TextOrigin {
    SourcePos pos;
    bool whole_file = false;
};

// Reports each link the policy refuses (E033) and each picture that cannot be used (E034).
// Picture paths are relative to the plan's folder; each usable one is added to pictures, once.
void check_text_references(std::string_view text, const TextOrigin& origin, const SourceFiles& files,
                           const std::string& plan_folder, const FileReader& reader,
                           Diagnostics& diags, std::vector<std::string>& pictures);

}  // namespace legeplan
