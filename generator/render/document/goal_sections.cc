#include "render/document/goal_sections.h"

#include "render/figure_text.h"
#include "render/document/plan_text.h"

namespace legeplan {

using kainjow::mustache::data;

namespace {

data indicator_data(const Indicator& i) {
    data d;
    d.set("title", i.title);
    d.set("unit", i.unit);
    d.set("baseline", milli_figure_text(i.baseline.value));
    d.set("baseline_year", std::to_string(i.baseline.year));
    d.set("target", milli_figure_text(i.target.value));
    d.set("target_year", std::to_string(i.target.year));
    return d;
}

bool serves(const Measure& m, const std::string& goal) {
    for (const Ref& g : m.goals) {
        if (g.id == goal) return true;
    }
    return false;
}

}  // namespace

data goal_sections(const DocumentParts& parts) {
    data goals(data::type::list);
    for (const Goal& g : parts.plan.goals) {
        data d;
        d.set("anchor", parts.goal_id(g));
        d.set("title", g.title);
        d.set("text", plan_text_markdown(g.text));
        data indicators(data::type::list);
        for (const Indicator& i : g.indicators) indicators.push_back(indicator_data(i));
        d.set("indicators", indicators);
        d.set("has_indicators", !g.indicators.empty());
        data measures(data::type::list);
        for (const Measure* m : parts.measures()) {
            if (!serves(*m, g.id)) continue;
            data md;
            md.set("number", std::to_string(m->number));
            md.set("title", m->title);
            md.set("anchor", parts.measure_id(*m));
            measures.push_back(md);
        }
        d.set("has_measures", !measures.is_empty_list());
        d.set("measures", measures);
        goals.push_back(d);
    }
    return goals;
}

}  // namespace legeplan
