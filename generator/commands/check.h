// The front half of the pipeline, for every command: load → build_model → validate → figures.
#pragma once

#include <ostream>
#include <string>

#include "commands/outcome.h"

#include "figures/figures.h"
#include "plan/diag.h"
#include "plan/load.h"
#include "plan/model.h"
#include "rules/rule_check.h"

namespace legeplan {

struct CheckedPlan {
    Plan plan;
    Figures figures;  // complete only when the plan has no errors
    std::vector<RuleResult> rules;  // the plan against the rule book, in its order
    // The plan had no errors before its sums and assertions were checked, so its figures and the
    // rule results are whole (an assertion that fails does not make them less so).
    bool complete = false;
    SourceFiles files;
    Diagnostics diags;
    // The plan file named on the command line could not be read at all (missing, no access, a
    // folder, too large): a mistake in the command rather than in the plan.
    bool unreadable = false;
    // The plan file was read, but its top level is not a map (text, a list, nothing): it is not
    // a plan, and nothing of it is in the model.
    bool not_a_plan = false;

    // True when the plan may be rendered: no errors, and no warnings if strict.
    bool usable(bool strict) const {
        return !diags.has_errors() && !(strict && diags.warning_count() > 0);
    }
};

CheckedPlan check_plan(const std::string& path, const LoadLimits& limits = {},
                       const FileReader& reader = filesystem_reader());

// What the command may do with the checked plan: ok when it is usable (strict: warnings count
// as errors), bad_usage when it could not be read at all, invalid_plan otherwise.
Outcome outcome_of(const CheckedPlan& checked, bool strict);

// Prints the checked plan's diagnostics to err, and returns outcome_of.
Outcome report_checked(const CheckedPlan& checked, bool strict, std::ostream& err);

}  // namespace legeplan
