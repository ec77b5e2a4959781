// The yearly follow-up report as Pandoc Markdown, in the plan's language: the year's totals
// (planned in the economic plan, spent, the difference), how many measures reached each status,
// each goal's indicators from baseline through this year to target, every measure's status,
// planned, spent and difference, the comments, and the measures the report left out.
#pragma once

#include <string>

#include "figures/figures.h"
#include "render/labels.h"

namespace legeplan {

// report indexes plan.follow_up and figures.follow_up.
std::string follow_up_markdown(const Plan& plan, const Figures& figures, std::size_t report,
                               const Labels& labels);

// "Oppfølging 2027" — the report's title, before the plan's.
std::string follow_up_title(const Plan& plan, std::size_t report, const Labels& labels);

// A difference in kroner for a table: "+50 000", "−30 000" (a minus sign), "0".
std::string signed_amount_cell(Amount amount);

}  // namespace legeplan
