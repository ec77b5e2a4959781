// Whether the plan codes its costs as the budget file needs them: an ansvar (the lead unit's),
// a KOSTRA function and a KOSTRA art on every cost the file lists. Checked when a build writes
// the budget file (W020), not by validate: a plan may well be written before finance has given
// it its codes.
#pragma once

#include "plan/diag.h"
#include "plan/model.h"

namespace legeplan {

// The KOSTRA art a cost is booked on: its own, else its measure's; "" when neither says.
std::string art_of(const Measure& measure, const Cost& cost);

// The project a cost is booked on: its own, else its measure's; "" when neither says.
std::string project_of(const Measure& measure, const Cost& cost);

// Reports W020 once, at the measure of the first cost that lacks a code, when any cost with an
// exact amount lacks its ansvar, KOSTRA function or art: how many, which codes are missing, and
// the first three such costs by measure number.
void check_budget_coding(const Plan& plan, Diagnostics& diags);

}  // namespace legeplan
