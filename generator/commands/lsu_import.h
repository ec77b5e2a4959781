// legeplan lsu import FORM.xlsx PLAN: LSU's filled review form read back into the plan, as
// lsu.yaml beside it (which the plan includes), after checking that the form is this plan's,
// for its version, and unchanged but for its input cells. The plan file is never written.
#pragma once

#include <ostream>

#include "commands/command_line.h"
#include "commands/outcome.h"

namespace legeplan {

Outcome run_lsu_import(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
