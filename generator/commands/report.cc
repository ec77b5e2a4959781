#include "commands/report.h"

#include <filesystem>

#include "commands/check.h"
#include "commands/document_look.h"
#include "figures/follow_up_figures.h"
#include "text/terminal_text.h"
#include "publish/output.h"
#include "publish/output_format.h"
#include "publish/publish.h"
#include "render/document/follow_up_report.h"
#include "render/workbook/follow_up_workbook.h"
#include "render/labels.h"
#include "render/template_dirs.h"

namespace legeplan {

namespace {

// "2027, 2028" — the years the plan has a report for.
std::string report_years(const Plan& plan) {
    std::string years;
    for (const FollowUp& r : plan.follow_up) years += (years.empty() ? "" : ", ") + std::to_string(r.year);
    return years;
}

}  // namespace

ReportStatus report_outputs(const ReportOptions& options, std::ostream& out, std::ostream& err) {
    CheckedPlan checked = check_plan(options.plan_path);
    err << format_diagnostics(checked.diags, checked.files);
    if (checked.unreadable) return ReportStatus::unreadable_plan;
    if (!checked.usable(false)) return ReportStatus::invalid_plan;
    const Plan& plan = checked.plan;
    std::size_t index = plan.follow_up.size();
    for (std::size_t i = 0; i < plan.follow_up.size(); ++i) {
        if (plan.follow_up[i].year == options.year) index = i;
    }
    if (index == plan.follow_up.size()) {
        err << "legeplan: error: " << shown_path(options.plan_path) << " has no follow-up report for " << options.year
            << (plan.follow_up.empty() ? std::string(" (it has none yet; add one under 'follow_up:', see docs/format.md)")
                                       : " (it has reports for " + report_years(plan) + ")")
            << "\n";
        return ReportStatus::invalid_plan;
    }

    TemplateDirs dirs{options.templates_dir};
    Labels labels;
    Diagnostics label_diags;
    if (!load_labels(labels_folder(options.templates_dir), plan.meta.language, labels, checked.files, label_diags)) {
        err << format_diagnostics(label_diags, checked.files);
        return ReportStatus::output_failed;
    }
    try {
        const FollowUp& report = plan.follow_up[index];
        Publication publication;
        publication.plan = &plan;
        publication.out_dir = options.out_dir;
        publication.name = output_name(options.plan_path) + "-oppfolging-" + std::to_string(report.year);
        publication.markdown = follow_up_markdown(plan, checked.figures, index, labels);
        publication.formats = options.formats.empty() ? formats_where(&OutputFormatInfo::report) : options.formats;
        publication.title = follow_up_title(plan, index, labels) + ": " + plan.meta.title;
        publication.subtitle = labels.get("follow_up_dated") + " " + date_text(report.date, labels);
        publication.contents = false;  // a few pages, read from start to end
        apply_look(publication, dirs, options.css, options.reference_doc, labels);
        publication.resource_dir = std::filesystem::absolute(options.plan_path).parent_path().string();
        publication.time_limit = options.time_limit;
        publication.other = [&](OutputFormat, const std::string& tmp) -> std::string {
            std::string error;
            try {
                if (!render_follow_up_workbook(plan, checked.figures, index, labels, tmp, error)) return error;
            } catch (const MissingLabel& e) {
                return e.what();
            }
            return {};
        };
        for (int f = 0; f < checked.files.count(); ++f) publication.inputs.push_back(checked.files.origin(f));
        return publish(publication, out, err) ? ReportStatus::ok : ReportStatus::output_failed;
    } catch (const MissingLabel& e) {
        err << "legeplan: error: " << terminal_safe(e.what()) << "\n";
        return ReportStatus::output_failed;
    }
}

}  // namespace legeplan
