#include "render/workbook/budget_lines.h"

#include <algorithm>

#include <map>
#include <tuple>

#include "plan/budget_coding.h"
#include "plan/kostra_arts.h"
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
                BudgetLine line{year, m, &c, i, unit, kostra_of(*m, c), art_of(*m, c), project_of(*m, c),
                                c.budget, effective_funding(*m, c), nullptr, false, figure.per_year[y]};
                lines.push_back(line);
                if (figure.implicit_grant) {
                    line.implicit_grant = true;
                    line.art = std::string(default_grant_art(line.funding));
                    line.amount = -figure.grants_per_year[y];
                    lines.push_back(line);
                }
                for (const Grant& g : c.grants) {
                    line.grant = &g;
                    line.funding = g.funding;
                    line.art = g.art ? g.art->id : std::string(default_grant_art(g.funding));
                    line.amount = -g.amount;
                    lines.push_back(line);
                }
            }
        }
    }
    return lines;
}

std::vector<BudgetRow> budget_rows(const std::vector<BudgetLine>& lines, const Period& period) {
    using Key = std::tuple<BudgetKind, std::string, std::string, std::string, std::string>;
    std::map<Key, BudgetRow> rows;
    auto years = static_cast<std::size_t>(period.years());
    for (const BudgetLine& line : lines) {
        std::string ansvar = line.unit ? line.unit->ansvar : std::string();
        Key key{line.budget, ansvar, line.art, line.kostra, line.project};
        auto [it, added] = rows.try_emplace(key);
        BudgetRow& row = it->second;
        if (added) row = {ansvar, line.art, line.kostra, line.project, line.budget, std::vector<Amount>(years, 0), 0};
        row.per_year[static_cast<std::size_t>(line.year - period.from)] += line.amount;
        row.total += line.amount;
    }
    std::vector<BudgetRow> out;
    for (auto& [key, row] : rows) out.push_back(std::move(row));
    return out;
}

}  // namespace legeplan
