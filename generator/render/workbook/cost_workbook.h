// The cost workbook: the plan's measures, their phasing over the economic plan, sums per
// responsible unit and chapter, and the rates they rest on, as live formulas with their values.
#pragma once

#include <string>

#include "figures/figures.h"
#include "render/labels.h"

namespace legeplan {

// Writes the cost workbook of a valid plan to path (the caller passes a temporary path and
// renames it into place). Returns false with a reason in error on any libxlsxwriter failure,
// workbook_close included; then the file at path may be partial and the caller removes it.
// Every label is looked up before the file is created, so a MissingLabel thrown from here
// leaves no file behind.
bool render_xlsx(const Plan& plan, const Figures& figures, const Labels& labels, const std::string& path,
                 std::string& error);

}  // namespace legeplan
