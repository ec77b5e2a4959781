// Key figures as tables. The single values shown in one place form one table, with years as
// columns where a figure has values for several; each table the plan writes stays a table of its
// own. Numbers are aligned right and written the Norwegian way, and the source is said once,
// under the table.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

#include "plan/model.h"
#include "render/labels.h"

namespace legeplan {

// The tables for the key figures of one place, in the plan's order, the table of single values
// first. Each has columns, rule, rows with cells, and caption and source when there are any.
kainjow::mustache::data key_figure_tables(const std::vector<const KeyFigure*>& figures,
                                          const Labels& labels);

// A figure as written, shown the Norwegian way: "2.6" → "2,6", "50000" → "50 000" (with a
// non-breaking space), "46–47" → "46–47"; anything that is not a number or a range of numbers is
// returned as written. Four-digit numbers are grouped only when group_four_digits is set, so a
// year stays "2017".
std::string figure_text(std::string_view value, bool group_four_digits = true);

}  // namespace legeplan
