#include "commands/overview.h"

#include <filesystem>

#include "commands/check.h"
#include "commands/plan_arguments.h"
#include "commands/document_look.h"
#include "figures/region_sums.h"
#include "plan/plan_timestamp.h"
#include "text/terminal_text.h"
#include "publish/output.h"
#include "publish/publish.h"
#include "render/labels.h"
#include "render/document/overview_report.h"
#include "render/workbook/overview_workbook.h"
#include "render/template_dirs.h"

namespace legeplan {

namespace {

// Each error on one line: "path:line: E012 message"; without a place, "path: E012 message".
std::vector<std::string> error_lines(const CheckedPlan& checked, const std::string& path) {
    std::vector<std::string> lines;
    for (const Diagnostic& d : checked.diags.sorted()) {
        if (d.severity() != Severity::error) continue;
        std::string where = d.pos.known() ? checked.files.path(d.pos.file) + ":" + std::to_string(d.pos.line) : path;
        lines.push_back(where + ": " + std::string(d.code()) + " " + d.message);
    }
    return lines;
}

// The newest of the plans' dates: the overview's own date, which stamps its outputs (the
// same plans give the same files). 1980-01-01, the earliest a zip file holds, when no valid plan has one.
Date newest_date(const std::vector<CheckedPlan>& checked) {
    Date newest{1980, 1, 1, {}};
    auto key = [](const Date& d) { return (d.year * 100 + d.month) * 100 + d.day; };
    for (const CheckedPlan& c : checked) {
        if (c.usable(false) && key(c.plan.meta.date) > key(newest)) newest = c.plan.meta.date;
    }
    return newest;
}

}  // namespace

std::vector<OutputFormat> overview_formats() { return formats_where(&OutputFormatInfo::report); }

OverviewStatus overview_outputs(const OverviewOptions& options, std::ostream& out, std::ostream& err) {
    std::vector<CheckedPlan> checked;
    std::vector<std::string> paths;
    if (!plan_files(options.plan_paths, paths, err)) return OverviewStatus::unreadable_plan;
    checked.reserve(paths.size());  // the overview points into them
    for (const std::string& path : paths) {
        checked.push_back(check_plan(path));
        const CheckedPlan& c = checked.back();
        err << format_diagnostics(c.diags, c.files);
        if (c.unreadable) return OverviewStatus::unreadable_plan;
    }
    Overview overview;
    overview.language = options.language;
    std::vector<const Figures*> counted;
    std::vector<const Plan*> counted_plans;
    for (std::size_t i = 0; i < checked.size(); ++i) {
        if (checked[i].usable(false)) {
            overview.plans.push_back({&checked[i].plan, &checked[i].figures});
            counted.push_back(&checked[i].figures);
            counted_plans.push_back(&checked[i].plan);
        } else {
            overview.invalid.push_back({paths[i], error_lines(checked[i], paths[i])});
        }
    }
    SourceFiles files;
    Diagnostics sum_diags;
    overview.sums = compute_region_sums(counted, sum_diags);
    overview.key_figures = region_key_figures(counted_plans);
    if (sum_diags.has_errors()) {
        err << format_diagnostics(sum_diags, files);
        return OverviewStatus::invalid_plan;
    }

    TemplateDirs dirs{options.templates_dir};
    Labels labels;
    Diagnostics label_diags;
    if (!load_labels(labels_folder(options.templates_dir), options.language, labels, files, label_diags)) {
        err << format_diagnostics(label_diags, files);
        return OverviewStatus::output_failed;
    }
    try {
        Plan about;  // what Pandoc's metadata tells: the title, the language and the date
        about.meta.language = options.language;
        about.meta.title = labels.get("overview_title");
        about.meta.date = newest_date(checked);
        Publication publication;
        publication.plan = &about;
        publication.out_dir = options.out_dir;
        publication.name = kOverviewName;
        ChartSet charts;
        publication.markdown = overview_markdown(overview, labels, options.no_charts ? nullptr : &charts);
        publication.formats = options.formats.empty() ? overview_formats() : options.formats;
        apply_charts(publication, charts);
        publication.contents = false;  // two tables and a list, read from start to end
        apply_look(publication, dirs, options.css, options.reference_doc, labels);
        publication.time_limit = options.time_limit;
        std::time_t created = plan_timestamp(about);
        publication.other = [&](OutputFormat, const std::string& tmp) -> std::string {
            std::string error;
            try {
                if (!render_overview_workbook(overview, labels, created, tmp, error)) return error;
            } catch (const MissingLabel& e) {
                return e.what();
            }
            return {};
        };
        for (const CheckedPlan& c : checked) {
            for (int f = 0; f < c.files.count(); ++f) publication.inputs.push_back(c.files.origin(f));
        }
        if (!publish(publication, out, err)) return OverviewStatus::output_failed;
    } catch (const MissingLabel& e) {
        err << "legeplan: error: " << terminal_safe(e.what()) << "\n";
        return OverviewStatus::output_failed;
    }
    return overview.invalid.empty() ? OverviewStatus::ok : OverviewStatus::invalid_plan;
}

}  // namespace legeplan
