// A regional overview: one row per municipality's plan with its own figures, the region's sums
// and averages, and the plans that failed validation with their errors, as Pandoc Markdown.
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
