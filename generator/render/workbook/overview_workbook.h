// The regional overview as a workbook: a sheet with a row per plan counted, its own costs in the
// overview's year and the region's sums and averages as live SUM and AVERAGE formulas with
// stored values, then the plans set apart; and a sheet of key figures, each with its year in
// print, and the region's figure of each kind as a formula.
#pragma once

#include <ctime>
#include <string>

#include "render/labels.h"
#include "figures/region_sums.h"

namespace legeplan {

// The row of the first municipality; the rows of the others follow in the overview's order.
inline constexpr int kOverviewFirstRow = 4;
// The column holding each municipality's total.
inline constexpr int kOverviewTotalCol = 8;

// Writes the workbook to path; false with error on any libxlsxwriter failure. Throws MissingLabel.
// created: the workbook's time, fixed so the same plans give the same bytes.
bool render_overview_workbook(const Overview& overview, const Labels& labels, std::time_t created,
                              const std::string& path, std::string& error);

}  // namespace legeplan
