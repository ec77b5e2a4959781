#include "render/summary.h"

namespace legeplan {

namespace {

std::string range_text(const AmountRange& r) {
    return format_amount(r.low) + "–" + format_amount(r.high);
}

}  // namespace

std::string summary_text(const Figures& figures) {
    const Sums& t = figures.overall;
    std::string out = std::to_string(t.measures) + (t.measures == 1 ? " measure" : " measures") +
                      " · recurring " + format_amount(t.recurring) + " kr/yr · one-time " +
                      format_amount(t.one_time) + " kr · total " + format_amount(t.total) +
                      " kr\n";
    if (figures.has_grants_or_shares) {
        out += "own cost less grants: grants " + format_amount(t.grants_total) + " kr · net " +
               format_amount(t.net_total) + " kr\n";
    }
    // Estimates in sections count too: they are part of what the plan argues for.
    const AmountRange& yearly = figures.all_estimates_recurring;
    const AmountRange& once = figures.all_estimates_one_time;
    if (yearly.high > 0 || once.high > 0) {
        out += "estimates outside the total:";
        if (yearly.high > 0) out += " recurring " + range_text(yearly) + " kr/yr";
        if (yearly.high > 0 && once.high > 0) out += " ·";
        if (once.high > 0) out += " one-time " + range_text(once) + " kr";
        out += "\n";
    }
    return out;
}

}  // namespace legeplan
