// `legeplan overview`: check several municipalities' plans and write one regional
// overview of them (regionoversikt.*): a row per valid plan with its own figures, the region's
// sums and averages, and the invalid plans with their errors, left out of the sums.
#pragma once

#include <ostream>

#include "commands/command_line.h"
#include "commands/outcome.h"

namespace legeplan {

// The file name of every output, before its suffix.
inline constexpr const char* kOverviewName = "regionoversikt";

// invalid_plan when any plan has errors (the overview is still written, listing them);
// bad_usage when a path names no readable plan (nothing is written).
Outcome run_overview(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
