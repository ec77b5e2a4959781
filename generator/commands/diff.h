// `legeplan diff`: check both versions (files or git revisions), compare them, print a summary
// and, given an output folder, write the report for LSU.
#pragma once

#include <ostream>

#include "commands/command_line.h"
#include "commands/outcome.h"

namespace legeplan {

Outcome run_diff(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
