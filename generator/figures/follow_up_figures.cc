#include "figures/follow_up_figures.h"

#include <algorithm>
#include <map>

#include "figures/figures.h"

namespace legeplan {

namespace {

FollowUpFigures report_figures(const Plan& plan, std::size_t r,
                               const std::vector<MeasureFigures>& measures, CheckedSum& sum) {
    const FollowUp& report = plan.follow_up[r];
    const Period& period = plan.meta.period;
    FollowUpFigures f;
    f.report = r;
    std::map<std::string, const FollowUpMeasure*> entries;  // the first entry per measure
    for (const FollowUpMeasure& e : report.measures) entries.emplace(e.measure.id, &e);
    std::map<MeasureStatus, int> counts;
    for (std::size_t i = 0; i < plan.measures.size(); ++i) {
        FollowUpLine line;
        line.measure = i;
        auto found = entries.find(plan.measures[i].id);
        if (found != entries.end()) {
            line.entry = found->second;
            line.spent = found->second->spent;
            ++counts[found->second->status];
        } else {
            ++f.not_reported;
        }
        if (period.contains(report.year) && i < measures.size()) {
            const Sums& sums = measures[i].sums;
            const auto y = static_cast<std::size_t>(report.year - period.from);
            line.planned = sums.per_year[y];
            line.grants = sums.grants_per_year[y];
            line.net = sums.net_per_year[y];
        }
        sum.add(f.planned, line.planned, plan.measures[i].pos);
        sum.add(f.grants, line.grants, plan.measures[i].pos);
        sum.add(f.net, line.net, plan.measures[i].pos);
        sum.add(f.spent, line.spent, line.entry ? line.entry->spent_pos : report.pos);
        f.lines.push_back(line);
    }
    std::stable_sort(f.lines.begin(), f.lines.end(), [&](const FollowUpLine& a, const FollowUpLine& b) {
        return plan.measures[a.measure].number < plan.measures[b.measure].number;
    });
    f.shows_grants = f.grants != 0;
    for (const auto& [status, count] : counts) f.status_counts.emplace_back(status, count);
    return f;
}

}  // namespace

std::vector<FollowUpFigures> follow_up_figures(const Plan& plan,
                                               const std::vector<MeasureFigures>& measures,
                                               CheckedSum& sum) {
    std::vector<FollowUpFigures> out;
    for (std::size_t r = 0; r < plan.follow_up.size(); ++r) {
        out.push_back(report_figures(plan, r, measures, sum));
    }
    return out;
}

const FollowUp* report_for(const Plan& plan, int year) {
    for (const FollowUp& r : plan.follow_up) {
        if (r.year == year) return &r;
    }
    return nullptr;
}

}  // namespace legeplan
