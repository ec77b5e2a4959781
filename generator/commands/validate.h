// `legeplan validate`: check a plan, report every problem, and print its summary when it is usable.
#pragma once

#include <ostream>

#include "commands/command_line.h"
#include "commands/outcome.h"

namespace legeplan {

Outcome run_validate(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
