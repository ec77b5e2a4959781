// libFuzzer target: a plan that loads, valid or not, is diffed against itself as `diff` does
// for a draft with errors; a plan that validates is also rendered to Markdown through the real
// templates with its charts' gnuplot script, and so are each of its follow-up reports and a
// regional overview of it. Renderers may assume a valid model, and
// must not crash on any valid one; the diff report must not crash on any loaded one.
#include <cstddef>
#include <cstdint>
#include <string>

#include "commands/check.h"
#include "compare/draft_state.h"
#include "compare/plan_diff.h"
#include "render/labels.h"
#include "memory_reader.h"
#include "render/charts/charts.h"
#include "render/document/diff_report.h"
#include "render/document/follow_up_report.h"
#include "render/document/overview_report.h"
#include "render/document/plan_markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    legeplan::fuzz::MemoryReader reader("plan.yaml", std::string(reinterpret_cast<const char*>(data), size));
    legeplan::CheckedPlan checked = legeplan::check_plan("plan.yaml", {}, reader);
    if (!legeplan::plan_loaded(checked.diags)) return 0;
    legeplan::Labels labels;
    legeplan::Diagnostics diags;
    if (!legeplan::load_labels(LEGEPLAN_TEMPLATES_DIR, checked.plan.meta.language, labels, checked.files, diags)) {
        __builtin_trap();  // our own label files must always load
    }
    legeplan::PlanDiff diff = legeplan::diff_plans(checked.plan, checked.figures, checked.plan, checked.figures,
                                                   legeplan::sums_trustworthy(checked.diags));
    diff.errors = legeplan::draft_errors(checked.diags, checked.files, true);
    std::string report = legeplan::diff_markdown(diff, labels, {}) + legeplan::diff_summary(diff, labels);
    if (!checked.usable(false)) return 0;
    // Only a valid plan's measures are matched one to one (an invalid one may repeat an id).
    if (!diff.empty()) __builtin_trap();  // a plan never differs from itself
    std::string markdown;
    legeplan::TemplateDirs dirs{"", LEGEPLAN_TEMPLATES_DIR};
    legeplan::ChartSet charts;
    if (!legeplan::render_markdown(checked.plan, checked.figures, checked.rules, labels, dirs, markdown, checked.files, diags,
                                   &charts)) {
        __builtin_trap();  // our own templates must render every valid plan
    }
    std::string script = legeplan::gnuplot_script(charts);
    legeplan::Overview overview;
    overview.year = checked.plan.meta.period.from;
    legeplan::Diagnostics sum_diags;
    legeplan::count_plans(overview, {{&checked.plan, &checked.figures, {}}}, sum_diags);
    legeplan::ChartSet overview_charts;
    markdown = legeplan::overview_markdown(overview, labels, &overview_charts);
    script = legeplan::gnuplot_script(overview_charts);
    for (std::size_t r = 0; r < checked.plan.follow_up.size(); ++r) {
        markdown = legeplan::follow_up_markdown(checked.plan, checked.figures, r, labels);
    }
    return 0;
}
