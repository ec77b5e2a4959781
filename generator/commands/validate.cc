#include "commands/validate.h"

#include "commands/check.h"
#include "render/summary.h"

namespace legeplan {

Outcome run_validate(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    CheckedPlan checked = check_plan(arguments.plan);
    err << format_diagnostics(checked.diags, checked.files);
    if (checked.unreadable) return Outcome::bad_usage;
    if (!checked.usable(arguments.strict)) return Outcome::invalid_plan;
    out << summary_text(checked.figures);
    return Outcome::ok;
}

}  // namespace legeplan
