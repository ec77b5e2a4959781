#include "figures/region_sums.h"

#include "figures/checked_sum.h"
#include "plan/money.h"

namespace legeplan {

Amount overview_net(const Figures& figures) {
    return figures.has_grants_or_shares ? figures.overall.net_total : figures.overall.total;
}

RegionSums compute_region_sums(const std::vector<const Figures*>& plans, Diagnostics& diags) {
    RegionSums sums;
    CheckedSum checked;
    for (const Figures* figures : plans) {
        const Sums& s = figures->overall;
        ++sums.plans;
        sums.measures += s.measures;
        checked.add(sums.recurring, s.recurring, {});
        checked.add(sums.one_time, s.one_time, {});
        checked.add(sums.total, s.total, {});
        checked.add(sums.net_total, overview_net(*figures), {});
        if (figures->has_grants_or_shares) {
            sums.has_grants = true;
            checked.add(sums.grants_total, s.grants_total, {});
        }
    }
    if (checked.exceeded()) {
        diags.report(DiagnosticKind::amount_overflow, {},
                     "the plans' costs add up to more than " + format_amount(kMaxExactFigure) +
                         " kr, the largest sum a spreadsheet holds exactly",
                     "check each plan's total with 'legeplan validate'");
    }
    return sums;
}

}  // namespace legeplan
