// `legeplan validate`: check a plan, report every problem, and print its summary when it is usable.
// A folder stands for its own plan.yaml and those one level down, as for build. With
// --diagnostics json or sarif, one document of every plan's diagnostics is all it prints.
#pragma once

#include <ostream>

#include "commands/command_line.h"
#include "commands/outcome.h"

namespace legeplan {

Outcome run_validate(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
