#include "commands/review.h"

#include <memory>

#include "commands/check.h"
#include "commands/plan_side.h"
#include "commands/publication.h"
#include "compare/plan_diff.h"
#include "render/output_stem.h"
#include "render/workbook/review_form.h"

namespace legeplan {

Outcome run_review(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    OutputOptions options;
    if (!read_output(arguments, "review", options, err)) return Outcome::bad_usage;
    std::unique_ptr<PlanSide> before = load_plan_side(arguments.before, err);
    std::unique_ptr<PlanSide> after = load_plan_side(arguments.after, err);
    if (before->checked.unreadable || after->checked.unreadable) return Outcome::bad_usage;
    // LSU reviews the new draft as it is sent: it must be a valid plan. The old one need only
    // load; with errors that can make its sums wrong, the old costs are left out.
    if (Outcome outcome = outcome_of(after->checked, false); outcome != Outcome::ok) return outcome;
    if (!plan_loaded(before->checked.diags) || before->checked.not_a_plan) return Outcome::invalid_plan;
    if (options.out_dir.empty()) {
        options.out_dir = after->git ? output_folder_beside(".") : output_folder_beside(after->path);
        options.default_folder = true;
    }
    const Plan& plan = after->checked.plan;
    PlanDiff diff = diff_plans(before->checked.plan, before->checked.figures, plan, after->checked.figures,
                               sums_trustworthy(before->checked.diags));
    auto describe = [&](const Labels&, Document& document, Diagnostics&) {
        document.plan = &plan;
        document.name = options.name.empty() ? output_stem(plan.meta) : options.name;
        return true;
    };
    auto write = [&](const Labels& labels, OutputFormat, const std::string& path, std::string& error) {
        return render_review(plan, after->checked.figures, labels, path, error, &diff);
    };
    SourceFiles label_files;
    return publish_document(options, plan.meta.language, label_files, describe, write, out, err);
}

}  // namespace legeplan
