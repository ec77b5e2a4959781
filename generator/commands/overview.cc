#include "commands/overview.h"

#include <filesystem>

#include "commands/check.h"
#include "commands/plan_arguments.h"
#include "commands/publication.h"
#include "figures/region_sums.h"
#include "plan/plan_timestamp.h"
#include "render/document/overview_report.h"
#include "render/workbook/overview_workbook.h"

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

Outcome run_overview(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    OutputOptions options;
    if (!read_output(arguments, "overview", options, err)) return Outcome::bad_usage;
    std::vector<CheckedPlan> checked;
    std::vector<std::string> paths;
    if (!plan_files(arguments.plans, paths, err)) return Outcome::bad_usage;
    if (options.out_dir.empty()) {  // beside the region's plans: in the first folder given, or the first plan's
        options.out_dir = output_folder_of_argument(arguments.plans.front());
        options.default_folder = true;
    }
    checked.reserve(paths.size());  // the overview points into them
    for (const std::string& path : paths) {
        checked.push_back(check_plan(path));
        const CheckedPlan& c = checked.back();
        err << format_diagnostics(c.diags, c.files);
        if (c.unreadable) return Outcome::bad_usage;
    }
    Overview overview;
    overview.language = arguments.language;
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
        return Outcome::invalid_plan;
    }

    Plan about;  // what Pandoc's metadata tells: the title, the language and the date
    about.meta.language = arguments.language;
    about.meta.date = newest_date(checked);
    std::vector<std::string> inputs;
    for (const CheckedPlan& c : checked) {
        for (int f = 0; f < c.files.count(); ++f) inputs.push_back(c.files.origin(f));
    }
    auto describe = [&](const Labels& labels, Document& document, Diagnostics&) {
        about.meta.title = labels.get("overview_title");
        document.plan = &about;
        document.name = kOverviewName;
        document.markdown = overview_markdown(overview, labels, options.no_charts ? nullptr : &document.charts);
        document.contents = false;  // two tables and a list, read from start to end
        document.inputs = inputs;
        return true;
    };
    std::time_t created = plan_timestamp(about);
    auto write = [&](const Labels& labels, OutputFormat, const std::string& path, std::string& error) {
        return render_overview_workbook(overview, labels, created, path, error);
    };
    Outcome outcome = publish_document(options, arguments.language, files, describe, write, out, err);
    return outcome == Outcome::ok && !overview.invalid.empty() ? Outcome::invalid_plan : outcome;
}

}  // namespace legeplan
