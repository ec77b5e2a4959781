// libFuzzer target: a plan that validates is rendered to Markdown through the real templates,
// and its diff against itself is computed. Renderers may assume a valid model, and must not
// crash on any valid one.
#include <cstddef>
#include <cstdint>
#include <string>

#include "commands/check.h"
#include "compare/plan_diff.h"
#include "render/labels.h"
#include "memory_reader.h"
#include "render/diff_report.h"
#include "render/plan_markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    legeplan::fuzz::MemoryReader reader("plan.yaml", std::string(reinterpret_cast<const char*>(data), size));
    legeplan::CheckedPlan checked = legeplan::check_plan("plan.yaml", {}, reader);
    if (!checked.usable(false)) return 0;
    legeplan::Labels labels;
    legeplan::Diagnostics diags;
    if (!legeplan::load_labels(LEGEPLAN_TEMPLATES_DIR, checked.plan.meta.language, labels, checked.files, diags)) {
        __builtin_trap();  // our own label files must always load
    }
    std::string markdown;
    legeplan::TemplateDirs dirs{"", LEGEPLAN_TEMPLATES_DIR};
    if (!legeplan::render_markdown(checked.plan, checked.figures, labels, dirs, markdown, checked.files, diags)) {
        __builtin_trap();  // our own templates must render every valid plan
    }
    legeplan::PlanDiff diff = legeplan::diff_plans(checked.plan, checked.figures, checked.plan, checked.figures);
    if (!diff.empty()) __builtin_trap();  // a plan never differs from itself
    std::string report = legeplan::diff_markdown(diff, labels) + legeplan::diff_summary(diff, labels);
    return 0;
}
