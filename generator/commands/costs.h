// `legeplan costs`: what each measure costs in each year of the plan period, without building a
// document — a terminal table with the plan's summary under it, or (--csv) the table as CSV.
// An invalid plan gets its diagnostics and no table, as validate gives them.
#pragma once

#include <ostream>

#include "commands/command_line.h"
#include "commands/outcome.h"

namespace legeplan {

Outcome run_costs(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
