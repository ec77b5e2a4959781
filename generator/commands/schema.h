// `legeplan schema`: the JSON Schema of the plan format, for editors.
#pragma once

#include <ostream>

#include "commands/command_line.h"
#include "commands/outcome.h"

namespace legeplan {

// Writes the schema to out; output_failed when out cannot be written.
Outcome run_schema(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
