#include "figures/region_sums.h"

#include <map>

#include "figures/checked_sum.h"
#include "text/money.h"
#include "text/translate.h"

namespace legeplan {

Amount overview_net(const Figures& figures) {
    return figures.has_grants_or_shares ? figures.overall.net_total : figures.overall.total;
}

std::vector<RegionKeyFigure> region_key_figures(const std::vector<const Plan*>& plans) {
    std::vector<RegionKeyFigure> out;
    for (const KeyFigureKind& kind : key_figure_kinds()) {
        RegionKeyFigure r;
        r.kind = &kind;
        // Validation keeps a kind's figure at most kMaxKindFigure, so fewer than 90 million plans
        // cannot overflow this sum.
        Milli sum = 0;
        for (const Plan* plan : plans) {
            std::optional<FigureValue> value;
            for (const KeyFigure& k : plan->key_figures) {
                if (k.kind == kind.id) value = latest_value(k);
            }
            if (value) {
                ++r.plans;
                sum += value->value;
            }
            r.values.push_back(value);
        }
        if (r.plans == 0) continue;
        if (kind.region == RegionRule::sum) r.sum = sum;
        // To a hundredth, half away from zero (figures are never negative), as the overview shows it.
        r.average = (2 * sum + 10 * r.plans) / (20 * r.plans) * 10;
        out.push_back(std::move(r));
    }
    return out;
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
                     fill(tr("the plans' costs add up to more than {amount} kr, the largest sum a spreadsheet holds "
                             "exactly"),
                          {{"amount", format_amount(kMaxExactFigure)}}),
                     tr("check each plan's total with 'legeplan validate'"));
    }
    return sums;
}

int common_figure_year(const Overview& overview) {
    std::map<int, int> count;
    for (const RegionKeyFigure& k : overview.key_figures) {
        for (const auto& v : k.values) {
            if (v && v->year != 0) ++count[v->year];
        }
    }
    int best = 0;
    int most = 0;
    for (const auto& [year, n] : count) {
        if (n >= most) {
            best = year;
            most = n;
        }
    }
    return best;
}

}  // namespace legeplan
