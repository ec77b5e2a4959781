#include "render/summary.h"

#include "text/translate.h"

namespace legeplan {

namespace {

std::string range_text(const AmountRange& r) {
    return format_amount(r.low) + "–" + format_amount(r.high);
}

}  // namespace

std::string summary_text(const Figures& figures) {
    const Sums& t = figures.overall;
    std::string out = fill(tr_n("{count} measure · recurring {recurring} kr/yr · one-time {one_time} kr · total {total} kr",
                                "{count} measures · recurring {recurring} kr/yr · one-time {one_time} kr · total {total} kr",
                                static_cast<std::uint64_t>(t.measures)),
                           {{"count", static_cast<long long>(t.measures)},
                            {"recurring", format_amount(t.recurring)},
                            {"one_time", format_amount(t.one_time)},
                            {"total", format_amount(t.total)}}) +
                      "\n";
    if (figures.has_grants_or_shares) {
        out += fill(tr("own cost less grants: grants {grants} kr · net {net} kr"),
                    {{"grants", format_amount(t.grants_total)}, {"net", format_amount(t.net_total)}}) +
               "\n";
    }
    // Estimates in sections count too: they are part of what the plan argues for.
    const AmountRange& yearly = figures.all_estimates_recurring;
    const AmountRange& once = figures.all_estimates_one_time;
    if (yearly.high > 0 && once.high > 0) {
        out += fill(tr("estimates outside the total: recurring {recurring} kr/yr · one-time {one_time} kr"),
                    {{"recurring", range_text(yearly)}, {"one_time", range_text(once)}}) +
               "\n";
    } else if (yearly.high > 0) {
        out += fill(tr("estimates outside the total: recurring {recurring} kr/yr"), {{"recurring", range_text(yearly)}}) +
               "\n";
    } else if (once.high > 0) {
        out += fill(tr("estimates outside the total: one-time {one_time} kr"), {{"one_time", range_text(once)}}) + "\n";
    }
    return out;
}

}  // namespace legeplan
