// The plan format (plan/format_spec.h) as a JSON Schema (draft-07), for editors that complete,
// explain and check YAML against one (yaml-language-server, VS Code's YAML extension).
#pragma once

#include <string>

#include "text/json_text.h"

namespace legeplan {

// One schema for both a plan file and a file it includes: a map naming 'legeplan' or 'plan' is a
// plan file, any other an included file.
Json plan_json_schema();

// plan_json_schema() as text: what `legeplan schema` prints and schema/legeplan.schema.json holds.
std::string plan_json_schema_text();

}  // namespace legeplan
