#include "render/document/measure_block.h"

#include "plan/choice_keys.h"
#include "plan/plan_index.h"
#include "render/cost_text.h"
#include "render/document/plan_text.h"
#include "render/labels.h"

namespace legeplan {

namespace {

// LSU's view on one measure: "Støtter – comment".
std::string lsu_view_text(const LsuMeasureView& view, const Labels& labels) {
    std::string text = labels.get(label_key(view.position));
    if (!view.comment.empty()) text += " – " + view.comment;
    return text;
}

}  // namespace

std::map<std::string, const LsuMeasureView*> lsu_views(const Plan& plan) {
    std::map<std::string, const LsuMeasureView*> views;
    if (plan.lsu && plan.lsu->statement) {
        for (const LsuMeasureView& v : plan.lsu->statement->measures) views.emplace(v.measure.id, &v);
    }
    return views;
}

TemplateData measure_block_data(const Measure& m, const DocumentParts& parts, const MeasureBlock& block) {
    using kainjow::mustache::data;
    const Labels& labels = parts.labels;
    data d;
    d.set("number", std::to_string(m.number));
    d.set("anchor", block.anchor);
    d.set("title", m.title);
    d.set("text", plan_text_markdown(m.text));
    data details(data::type::list);
    auto detail = [&](const std::string& key, const std::string& value) {
        if (value.empty()) return;
        data line;
        line.set("name", labels.get(key));
        line.set("value", value);
        details.push_back(line);
    };
    detail("responsible", parts.unit_names(m));
    detail("chapter", block.place);
    detail("goals", goal_titles(parts.index, m));
    std::string no_cost;
    if (block.costs) {
        const MeasureFigures& mf = parts.figures_of(m);
        no_cost = no_cost_text(m, mf, labels);
        if (no_cost.empty()) {
            for (std::size_t i = 0; i < m.costs.size(); ++i) {
                detail("cost", cost_text(m.costs[i], mf.costs[i], parts.plan, parts.index, labels));
                detail("grants", grants_text(m, m.costs[i], mf.costs[i], labels));
                detail("net_cost", net_text(m.costs[i], mf.costs[i], labels));
            }
        } else {
            detail("cost", no_cost);
        }
    }
    // "Innenfor eksisterende ramme" has said the funding already.
    if (no_cost != labels.get("cost_within_budget")) detail("funding", labels.text(label_key(m.funding)));
    detail("priority", labels.text(label_key(m.priority)));
    detail("measure_status", labels.text(label_key(m.status)));
    if (m.deadline) detail("deadline", date_text(*m.deadline, labels));
    std::string basis;
    for (const std::string& b : m.basis) basis += (basis.empty() ? "" : "; ") + b;
    detail("basis", basis);
    if (block.lsu) detail("lsu", lsu_view_text(*block.lsu, labels));
    d.set("details", details);
    d.set("has_table_link", !block.table_id.empty());
    d.set("table_number", block.table_number);
    d.set("table_numbered", !block.table_number.empty());
    d.set("table_id", block.table_id);
    return d;
}

}  // namespace legeplan
