#include "commands/validate.h"

#include "commands/check.h"
#include "render/summary.h"

namespace legeplan {

Outcome run_validate(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    CheckedPlan checked = check_plan(arguments.plan);
    Outcome outcome = report_checked(checked, arguments.strict, err);
    if (outcome == Outcome::ok) out << summary_text(checked.figures);
    return outcome;
}

}  // namespace legeplan
