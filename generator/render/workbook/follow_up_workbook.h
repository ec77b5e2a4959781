// The yearly follow-up report as a workbook: a sheet of the measures with status, planned,
// spent and the difference, the year's totals and the count per status as live formulas with
// their values stored; and a sheet of the indicators from baseline through the year to target.
#pragma once

#include <string>

#include "figures/figures.h"
#include "render/labels.h"

namespace legeplan {

// Writes the workbook of plan.follow_up[report] to path (a temporary path the caller renames).
// Returns false with a reason in error on any libxlsxwriter failure. Looks up every label before
// the file is created, so a MissingLabel leaves no file behind.
bool render_follow_up_workbook(const Plan& plan, const Figures& figures, std::size_t report,
                               const Labels& labels, const std::string& path, std::string& error);

}  // namespace legeplan
