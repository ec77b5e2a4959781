// `legeplan costs --csv`: the cost listing (render/cost_listing.h) as CSV on standard output —
// UTF-8, ';' between fields as in the budget file, whole kroner without grouping ("0" for
// nothing), the measures' titles in full, a line feed after each row.
#pragma once

#include <string>

#include "render/cost_listing.h"

namespace legeplan {

// The header row ("No.;Measure;2027;…;Total"), a row per measure, then the sums.
std::string cost_listing_csv(const CostListing& listing);

}  // namespace legeplan
