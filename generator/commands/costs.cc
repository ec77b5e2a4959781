#include "commands/costs.h"

#include "commands/check.h"
#include "render/cost_listing.h"
#include "render/summary.h"
#include "render/workbook/cost_listing_csv.h"

namespace legeplan {

Outcome run_costs(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    CheckedPlan checked = check_plan(arguments.plan);
    if (Outcome outcome = report_checked(checked, arguments.strict, err); outcome != Outcome::ok) return outcome;
    CostListing listing = cost_listing(checked.plan, checked.figures);
    if (arguments.csv) {
        out << cost_listing_csv(listing);
        return Outcome::ok;
    }
    // The summary under the table is validate's: its totals, and the estimates kept outside them.
    out << cost_listing_text(listing) << "\n" << summary_text(checked.figures);
    return Outcome::ok;
}

}  // namespace legeplan
