#include "commands/diff.h"

#include <filesystem>

#include <memory>

#include "commands/check.h"
#include "compare/draft_state.h"
#include "compare/plan_diff.h"
#include "render/labels.h"
#include "publish/output_format.h"
#include "publish/publish.h"
#include "render/document/diff_report.h"
#include "render/document/plan_markdown.h"
#include "plan/revision.h"
#include "text/terminal_text.h"

namespace legeplan {

namespace {

// A plan file or REV:path, checked; its diagnostics go to err.
struct Side {
    std::unique_ptr<FileReader> git;
    std::string path;
    CheckedPlan checked;
};

std::unique_ptr<Side> load_side(const std::string& argument, std::ostream& err) {
    auto side = std::make_unique<Side>();
    side->path = argument;
    const FileReader* reader = &filesystem_reader();
    if (auto spec = parse_revision_spec(argument)) {
        side->git = std::make_unique<GitRevisionReader>(spec->revision);
        side->path = spec->path;
        reader = side->git.get();
    }
    side->checked = check_plan(side->path, {}, *reader);
    err << format_diagnostics(side->checked.diags, side->checked.files);
    return side;
}

}  // namespace

DiffStatus diff_outputs(const DiffOptions& options, std::ostream& out, std::ostream& err) {
    std::unique_ptr<Side> before = load_side(options.before, err);
    std::unique_ptr<Side> after = load_side(options.after, err);
    if (before->checked.unreadable || after->checked.unreadable) return DiffStatus::unreadable_plan;
    // A draft with errors is what LSU needs to see, so errors are listed in the report, not a
    // reason to refuse; but a file that did not load, or is no plan at all, would show every
    // measure as removed or added.
    for (const Side* side : {before.get(), after.get()}) {
        if (!plan_loaded(side->checked.diags) || side->checked.not_a_plan) return DiffStatus::invalid_plan;
    }
    const Plan& new_plan = after->checked.plan;

    Labels labels;
    Diagnostics label_diags;
    SourceFiles label_files;
    if (!load_labels(labels_folder(options.templates_dir), new_plan.meta.language, labels,
                     label_files, label_diags)) {
        err << format_diagnostics(label_diags, label_files);
        return DiffStatus::output_failed;
    }
    bool sums_comparable = sums_trustworthy(before->checked.diags) && sums_trustworthy(after->checked.diags);
    PlanDiff diff = diff_plans(before->checked.plan, before->checked.figures, new_plan, after->checked.figures,
                               sums_comparable);
    diff.errors = draft_errors(before->checked.diags, before->checked.files, /*in_new_version=*/false);
    for (DraftError& e : draft_errors(after->checked.diags, after->checked.files, /*in_new_version=*/true)) {
        diff.errors.push_back(std::move(e));
    }
    try {
        out << diff_summary(diff, labels);
        if (options.out_dir.empty()) return DiffStatus::ok;
        Publication publication;
        publication.plan = &new_plan;
        publication.out_dir = options.out_dir;
        publication.name = output_name(after->path) + "-diff";
        publication.markdown = diff_markdown(diff, labels);
        publication.formats = options.formats.empty() ? formats_where(&OutputFormatInfo::diff)
                                                      : options.formats;
        publication.title = labels.get("diff_title") + ": " + new_plan.meta.title;
        publication.subtitle = labels.get("version") + " " + before->checked.plan.meta.version +
                               " → " + new_plan.meta.version;
        publication.time_limit = options.time_limit;
        // The new version's pictures, when it is read from the working tree.
        if (!after->git) publication.resource_dir = std::filesystem::absolute(after->path).parent_path().string();
        TemplateDirs dirs{options.templates_dir};
        publication.css = dirs.locate("plan.css");
        publication.html_template = dirs.locate("plan.html5");
        for (const Side* side : {before.get(), after.get()}) {
            if (side->git) continue;  // read from git, not from the working tree
            for (int f = 0; f < side->checked.files.count(); ++f) {
                publication.inputs.push_back(side->checked.files.origin(f));
            }
        }
        return publish(publication, out, err) ? DiffStatus::ok : DiffStatus::output_failed;
    } catch (const MissingLabel& e) {
        err << "legeplan: error: " << terminal_safe(e.what()) << "\n";
        return DiffStatus::output_failed;
    }
}

}  // namespace legeplan
