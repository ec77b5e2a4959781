// `legeplan overview`: check several municipalities' plans, named by a region file
// (plan/region_file.h) or on the command line, and write one regional overview of them for one
// year (regionoversikt.*): a row per valid plan whose period covers the year with its figures
// for that year, the region's sums and averages and key figures, the plans outside the year
// set apart, and the invalid plans with their errors, left out of the sums.
#pragma once

#include <ostream>

#include "commands/command_line.h"
#include "commands/outcome.h"

namespace legeplan {

// The file name of every output, before its suffix.
inline constexpr const char* kOverviewName = "regionoversikt";

// invalid_plan when any plan has errors (the overview is still written, listing them) or the
// region file has (nothing is written); bad_usage when a path names no readable plan (nothing
// is written).
Outcome run_overview(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
