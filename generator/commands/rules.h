// `legeplan rules [PLAN]`: the rule book — every rule with its statement and sources — and,
// given a plan, whether the plan meets each one. A plan with errors gets its diagnostics, and no
// results unless its figures are whole (only its sums or assertions are wrong).
#pragma once

#include <ostream>

#include "commands/command_line.h"
#include "commands/outcome.h"

namespace legeplan {

Outcome run_rules(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
