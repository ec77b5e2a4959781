// Rules across the model: unique ids, references, measure numbering, years inside the period,
// list ceilings, and what the plan's assertions refer to. Figures are checked in figures/.
#pragma once

#include "plan/diag.h"
#include "plan/model.h"

namespace legeplan {

// partial: the model has gaps left by shape errors; the checks that would report those gaps
// again (numbering gaps) are skipped.
void validate(const Plan& plan, Diagnostics& diags, bool partial = false);

}  // namespace legeplan
