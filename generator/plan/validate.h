// Rules across the model: unique ids, references, measure numbering, years inside the period,
// list ceilings, sums that overflow, and the plan's own assertions.
#pragma once

#include "plan/diag.h"
#include "plan/model.h"

namespace legeplan {

// partial: the model has gaps left by shape errors; the checks that would report those gaps
// again (numbering gaps, sums, assertions) are skipped.
void validate(const Plan& plan, Diagnostics& diags, bool partial = false);

}  // namespace legeplan
