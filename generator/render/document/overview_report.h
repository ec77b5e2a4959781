// A regional overview for one year, as Pandoc Markdown: on the cover the region, the year, the
// date and the plans in and out; then one row per municipality's plan with its own figures for
// the year, the region's sums, the plans whose period does not cover the year, the key figures
// with each figure's year and the region's figure of each kind with how it is formed, and the
// plans that failed validation with their errors.
#pragma once

#include <string>
#include <vector>

#include "figures/figures.h"
#include "figures/region_sums.h"
#include "plan/model.h"
#include "render/charts/charts.h"
#include "render/labels.h"

namespace legeplan {

// The most municipalities the overview draws a chart of; beyond them the table alone.
inline constexpr std::size_t kMaxChartedPlans = 40;

// The overview as Markdown; every text from a plan is escaped. With charts (and at most
// kMaxChartedPlans plans), the costs per municipality (recurring and one-time stacked) and each
// kind of key figure per municipality are drawn under their tables and added there.
// Throws MissingLabel.
std::string overview_markdown(const Overview& overview, const Labels& labels, ChartSet* charts = nullptr);

}  // namespace legeplan
