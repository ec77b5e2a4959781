// What `legeplan costs` shows: each measure's cost in each year of the plan period, with the
// plan's totals (own cost, and grants and net when the plan has any), as a terminal table. The
// listing holds figures from the figures stage only; nothing is added here.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "figures/figures.h"

namespace legeplan {

// One line of the listing: a measure, or one of the plan's sums.
struct CostListingRow {
    std::string number;         // the measure's number; "" for a sum
    std::string title;          // the measure's title as the plan gives it, or the sum's name
    std::vector<Amount> years;  // parallel to CostListing::years
    Amount total = 0;           // over the period
    bool estimated = false;     // a measure with an estimate (a range), which the years leave out
};

struct CostListing {
    std::vector<int> years;                // every year of the plan period
    std::vector<CostListingRow> measures;  // every measure, by number
    // "Total" (the own cost), then "Grants" and "Net" when the plan has grants or shares.
    std::vector<CostListingRow> sums;
};

// The listing of a valid plan, from its figures.
CostListing cost_listing(const Plan& plan, const Figures& figures);

// The widest a measure's title is shown in the terminal table, in characters; a longer one ends
// in "…".
constexpr std::size_t kListingTitleWidth = 32;

// The table as a terminal shows it: a header ("No.", "Measure", the years, "Total"), a row per
// measure, a rule, the sums. Columns aligned (characters counted, not bytes), amounts grouped
// with a space ("1 300 000"), "–" for nothing; plan text made safe for the terminal. A measure
// with an estimate has " *" after its title, and a line under the table says why.
std::string cost_listing_text(const CostListing& listing, std::size_t title_width = kListingTitleWidth);

}  // namespace legeplan
