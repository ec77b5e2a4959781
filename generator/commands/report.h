// `legeplan report`: check the plan, find its follow-up report for the year asked, and write it
// as documents and a workbook (NAME-oppfolging-YEAR.*), in the plan's language.
#pragma once

#include <ostream>

#include "commands/command_line.h"
#include "commands/outcome.h"

namespace legeplan {

// invalid_plan also when the plan has no report for the year.
Outcome run_report(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
