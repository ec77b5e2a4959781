#include "commands/diff.h"

#include <filesystem>
#include <memory>

#include "commands/check.h"
#include "commands/plan_side.h"
#include "compare/draft_state.h"
#include "compare/plan_diff.h"
#include "commands/publication.h"
#include "publish/output_format.h"
#include "render/document/diff_report.h"
#include "render/document/plan_markdown.h"
#include "render/output_stem.h"

namespace legeplan {

Outcome run_diff(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    OutputOptions options;
    if (!read_output(arguments, "diff", options, err)) return Outcome::bad_usage;
    std::unique_ptr<PlanSide> before = load_plan_side(arguments.before, err);
    std::unique_ptr<PlanSide> after = load_plan_side(arguments.after, err);
    if (before->checked.unreadable || after->checked.unreadable) return Outcome::bad_usage;
    // A draft with errors is what LSU needs to see, so errors are listed in the report, not a
    // reason to refuse; but a file that did not load, or is no plan at all, would show every
    // measure as removed or added.
    for (const PlanSide* side : {before.get(), after.get()}) {
        if (!plan_loaded(side->checked.diags) || side->checked.not_a_plan) return Outcome::invalid_plan;
    }
    const Plan& new_plan = after->checked.plan;
    bool sums_comparable = sums_trustworthy(before->checked.diags) && sums_trustworthy(after->checked.diags);
    PlanDiff diff = diff_plans(before->checked.plan, before->checked.figures, new_plan, after->checked.figures,
                               sums_comparable);
    diff.errors = draft_errors(before->checked.diags, before->checked.files, /*in_new_version=*/false);
    for (DraftError& e : draft_errors(after->checked.diags, after->checked.files, /*in_new_version=*/true)) {
        diff.errors.push_back(std::move(e));
    }
    SourceFiles label_files;  // the labels and templates read
    auto describe = [&](const Labels& labels, Document& document, Diagnostics& diags) {
        out << diff_summary(diff, labels);
        if (options.out_dir.empty()) return true;  // the summary alone: no report to make
        document.plan = &new_plan;
        // A draft may lack its municipality or period for now: then its file's name.
        bool named = !new_plan.meta.municipality.empty() && new_plan.meta.period.from > 0;
        std::string stem = named ? output_stem(new_plan.meta) : output_name(after->path);
        document.name = options.name.empty() ? stem + "-diff" : options.name;
        // The measures added and removed, each as its own version's document shows it.
        MeasureBlocks blocks;
        TemplateDirs dirs{options.templates_dir};
        if (!render_measure_blocks(new_plan, after->checked.figures, diff.sums_comparable, diff.added, "nytt-tiltak-",
                                   labels, dirs, blocks.added, label_files, diags) ||
            !render_measure_blocks(before->checked.plan, before->checked.figures, diff.sums_comparable, diff.removed,
                                   "fjernet-tiltak-", labels, dirs, blocks.removed, label_files, diags)) {
            return false;
        }
        document.markdown = diff_markdown(diff, labels, blocks);
        document.title = labels.get("diff_title") + ": " + new_plan.meta.title;
        document.subtitle = diff_version_line(diff, labels);
        document.contents = false;  // read from start to end, as a report is
        // The new version's pictures, when it is read from the working tree.
        if (!after->git) document.resource_dir = std::filesystem::absolute(after->path).parent_path().string();
        for (const PlanSide* side : {before.get(), after.get()}) {
            if (side->git) continue;  // read from git, not from the working tree
            for (int f = 0; f < side->checked.files.count(); ++f) document.inputs.push_back(side->checked.files.origin(f));
        }
        return true;
    };
    return publish_document(options, new_plan.meta.language, label_files, describe, nullptr, out, err);
}

}  // namespace legeplan
