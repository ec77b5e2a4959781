#include "commands/rules.h"

#include "commands/check.h"
#include "render/rule_listing.h"

namespace legeplan {

Outcome run_rules(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    if (arguments.plan.empty()) {
        out << rule_listing_text(nullptr, arguments.rules);
        return Outcome::ok;
    }
    CheckedPlan checked = check_plan(arguments.plan);
    // The results of a plan whose figures are whole are shown even when an assertion fails; the
    // errors follow on standard error and set the exit code.
    if (checked.complete) out << rule_listing_text(&checked.rules, arguments.rules);
    if (checked.unreadable || checked.diags.has_errors()) {
        err << format_diagnostics(checked.diags, checked.files);
        return outcome_of(checked, false);
    }
    return Outcome::ok;
}

}  // namespace legeplan
