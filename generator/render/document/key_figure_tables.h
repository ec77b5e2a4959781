// Key figures as tables. The single values shown in one place form one table, with years as
// columns where a figure has values for several; each table the plan writes stays a table of its
// own, and so do a figure's series and its comparisons, each with its chart. Numbers are aligned right and written the Norwegian way, and the source is said once,
// under the table.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

#include "plan/model.h"
#include "render/document_parts.h"

namespace legeplan {

// The tables for the key figures of one place, in the plan's order, the table of single values
// first. Each has columns, rule, rows with cells, and caption and source when there are any; a
// series' or comparisons' table has its chart (render/charts/charts.h) when parts has charts to draw.
kainjow::mustache::data key_figure_tables(const std::vector<const KeyFigure*>& figures,
                                          const DocumentParts& parts);

}  // namespace legeplan
