#include "render/workbook/budget_lines.h"

#include <algorithm>

#include "plan/plan_index.h"

namespace legeplan {

std::vector<BudgetLine> budget_lines(const Plan& plan, const Figures& figures) {
    PlanIndex index(plan);
    std::vector<const Measure*> measures;
    for (const Measure& m : plan.measures) measures.push_back(&m);
    std::stable_sort(measures.begin(), measures.end(),
                     [](const Measure* a, const Measure* b) { return a->number < b->number; });
    const Period& period = plan.meta.period;
    std::vector<BudgetLine> lines;
    for (int year = period.from; year <= period.to; ++year) {
        auto y = static_cast<std::size_t>(year - period.from);
        for (const Measure* m : measures) {
            const MeasureFigures& mf = figures.of(plan, *m);
            const Unit* unit = nullptr;
            if (!m->responsible.empty()) {
                auto found = index.units.find(m->responsible.front().id);
                if (found != index.units.end()) unit = found->second;
            }
            for (std::size_t i = 0; i < m->costs.size(); ++i) {
                const Cost& c = m->costs[i];
                const CostFigure& figure = mf.costs[i];
                if (!figure.exact() || figure.per_year.empty() || year < c.from || year > c.to) continue;
                BudgetLine line{year, m, &c, i, unit, kostra_of(*m, c), effective_funding(*m, c),
                                nullptr, false, figure.per_year[y]};
                lines.push_back(line);
                if (figure.implicit_grant) {
                    line.implicit_grant = true;
                    line.amount = -figure.grants_per_year[y];
                    lines.push_back(line);
                }
                for (const Grant& g : c.grants) {
                    line.grant = &g;
                    line.funding = g.funding;
                    line.amount = -g.amount;
                    lines.push_back(line);
                }
            }
        }
    }
    return lines;
}

}  // namespace legeplan
