#include "plan/budget_coding.h"

#include <algorithm>

#include "plan/plan_index.h"
#include "text/translate.h"

namespace legeplan {

std::string art_of(const Measure& measure, const Cost& cost) {
    if (cost.art) return cost.art->id;
    return measure.art ? measure.art->id : std::string();
}

std::string project_of(const Measure& measure, const Cost& cost) {
    return cost.project.empty() ? measure.project : cost.project;
}

void check_budget_coding(const Plan& plan, Diagnostics& diags) {
    PlanIndex index(plan);
    std::vector<const Measure*> measures;
    for (const Measure& m : plan.measures) measures.push_back(&m);
    std::stable_sort(measures.begin(), measures.end(),
                     [](const Measure* a, const Measure* b) { return a->number < b->number; });
    int lacking = 0;
    bool no_ansvar = false, no_function = false, no_art = false;
    std::vector<const Measure*> named;  // the measures of the first three costs lacking a code
    for (const Measure* m : measures) {
        std::string ansvar;
        if (!m->responsible.empty()) {
            auto unit = index.units.find(m->responsible.front().id);
            if (unit != index.units.end()) ansvar = unit->second->ansvar;
        }
        for (const Cost& c : m->costs) {
            // Estimates (ranges) stay out of the budget file, and so out of this check.
            if (c.amount.is_range() || c.quantity.is_range()) continue;
            bool a = ansvar.empty(), f = !c.kostra && !m->kostra, r = art_of(*m, c).empty();
            if (!a && !f && !r) continue;
            ++lacking;
            no_ansvar = no_ansvar || a;
            no_function = no_function || f;
            no_art = no_art || r;
            if (named.size() < 3) named.push_back(m);
        }
    }
    if (lacking == 0) return;
    std::vector<std::string> missing;
    // TRANSLATORS: the codes a budget line may lack, joined into {missing}.
    if (no_ansvar) missing.push_back(tr("ansvar"));
    if (no_function) missing.push_back(tr("KOSTRA function"));
    if (no_art) missing.push_back(tr("KOSTRA art"));
    std::string missing_text, first;
    for (std::size_t i = 0; i < missing.size(); ++i) {
        missing_text += (i == 0 ? "" : i + 1 == missing.size() ? tr(" and ") : ", ") + missing[i];
    }
    for (std::size_t i = 0; i < named.size(); ++i) {
        first += (i ? ", " : "") + fill(tr("measure {number} «{title}»"),
                                        {{"number", std::to_string(named[i]->number)}, {"title", named[i]->title}});
    }
    std::vector<std::string> keys;
    if (no_ansvar) keys.push_back(tr("'ansvar' on the units that lead the measures"));
    if (no_function) keys.push_back(tr("'kostra' on the measures or costs"));
    if (no_art) keys.push_back(tr("'art' on the measures or costs"));
    std::string keys_text;
    for (std::size_t i = 0; i < keys.size(); ++i) keys_text += (i ? "; " : "") + keys[i];
    diags.report(DiagnosticKind::budget_coding_incomplete, named.front()->pos,
                 fill(tr("{count} of the costs in the budget file lack {missing}; the first: {first}"),
                      {{"count", std::to_string(lacking)}, {"missing", missing_text}, {"first", first}}),
                 fill(tr("finance books every line on an ansvar, a function and an art; give {keys}"),
                      {{"keys", keys_text}}));
}

}  // namespace legeplan
