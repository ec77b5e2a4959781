// Placeholders: the guiding texts a starter plan (`legeplan init`) leaves for the adviser to
// replace, written "[Fyll inn: …]". Each one left is a warning (W004) at its place, so that
// `validate --strict` fails until the plan is the municipality's own.
#pragma once

#include <string_view>

#include "plan/diag.h"
#include "plan/load.h"

namespace legeplan {

// True when text holds a placeholder ("[Fyll inn", in any letter case).
bool contains_placeholder(std::string_view text);

// Reports each placeholder in the scalar values of a YAML file's tree (keys included, comments
// not), at the place it is written in the file.
void report_placeholders(const YamlNode& root, const SourceFiles& files, Diagnostics& diags);

// Reports each placeholder in a whole Markdown text file.
void report_placeholders_in_file(int file, const SourceFiles& files, Diagnostics& diags);

}  // namespace legeplan
