// `legeplan schema`: the JSON Schema of the plan format, for editors.
#pragma once

#include <ostream>

namespace legeplan {

// Writes the schema to out; returns an exit code (3 when out cannot be written).
int print_schema(std::ostream& out);

}  // namespace legeplan
