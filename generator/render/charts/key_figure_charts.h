// The charts of a key figure: its series year by year (columns) and its comparisons (lying
// bars, the plan's own municipality first and dark, what it is compared with light). The
// numbers come from the plan as written and are also in the table each chart follows.
#pragma once

#include <optional>
#include <string>

#include "render/charts/charts.h"
#include "render/document_parts.h"

namespace legeplan {

// A chart of one number per bar, in thousandths, on an axis of unit, without a legend: a bar's
// first part dark (the municipality's own), the rest light. The caption and the alt text say
// "TITLE (UNIT), WHAT."; the alt text also gives every bar's number.
Chart figure_chart(const Labels& labels, const std::string& name, const std::string& title, const std::string& unit,
                   ChartShape shape, std::vector<ChartBar> bars, const std::string& what);

// nullopt for a figure without a series (or comparisons).
std::optional<Chart> series_chart(const KeyFigure& figure, const DocumentParts& parts);
std::optional<Chart> comparison_chart(const KeyFigure& figure, const DocumentParts& parts);

}  // namespace legeplan
