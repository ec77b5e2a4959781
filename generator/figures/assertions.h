// The plan's own assertions (`assertions:`), checked against the computed figures the way an
// accountant's balance assertions are: each that does not hold is a located error (E030).
#pragma once

#include "figures/figures.h"

namespace legeplan {

// For a valid plan: its references and years have been checked by validate.
void check_assertions(const Plan& plan, const PlanIndex& index, const Figures& figures,
                      Diagnostics& diags);

}  // namespace legeplan
