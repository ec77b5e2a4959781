#include "commands/overview.h"

#include <filesystem>

#include "commands/check.h"
#include "commands/plan_arguments.h"
#include "commands/publication.h"
#include "figures/region_sums.h"
#include "plan/plan_timestamp.h"
#include "plan/region_file.h"
#include "render/document/overview_report.h"
#include "render/overview_text.h"
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

// What the overview is of: a region file's plans, name, title, date and year (and plans named
// after it), or the plans named on the command line; --name and --year over either. bad_region
// when the region file has errors (reported on err), bad_usage when a path names no plan.
enum class Setup { ok, bad_region, bad_usage };

Setup read_setup(const Arguments& arguments, RegionFile& region, std::vector<std::string>& paths,
                 std::vector<std::string>& inputs, std::ostream& err) {
    std::vector<std::string> given = arguments.plans;
    std::error_code ec;
    if (!given.empty() && std::filesystem::is_regular_file(given.front(), ec) &&
        looks_like_region_file(given.front())) {
        SourceFiles files;
        Diagnostics diags;
        region = load_region_file(given.front(), files, diags);
        err << format_diagnostics(diags, files);
        if (diags.has_errors()) return Setup::bad_region;
        inputs.push_back(given.front());
        // The region file's plans, then any named after it on the command line: those the
        // user names are theirs to choose, wherever they lie.
        std::vector<std::string> named(given.begin() + 1, given.end());
        given.clear();
        for (const RegionPlanPath& p : region.plans) given.push_back(p.path);
        given.insert(given.end(), named.begin(), named.end());
    }
    if (!arguments.region.empty()) region.name = arguments.region;
    if (arguments.year != 0) region.year = arguments.year;
    return plan_files(given, paths, err) ? Setup::ok : Setup::bad_usage;
}

}  // namespace

Outcome run_overview(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    OutputOptions options;
    if (!read_output(arguments, "overview", options, err)) return Outcome::bad_usage;
    RegionFile region;
    std::vector<std::string> paths;
    std::vector<std::string> inputs;
    Setup setup = read_setup(arguments, region, paths, inputs, err);
    if (setup == Setup::bad_region) return Outcome::invalid_plan;
    if (setup == Setup::bad_usage) return Outcome::bad_usage;
    if (options.out_dir.empty()) {  // beside the region's plans: in the first folder given, or the first plan's
        options.out_dir = output_folder_of_argument(arguments.plans.front());
        options.default_folder = true;
    }
    std::vector<CheckedPlan> checked;
    checked.reserve(paths.size());  // the overview points into them
    for (const std::string& path : paths) {
        checked.push_back(check_plan(path));
        const CheckedPlan& c = checked.back();
        err << format_diagnostics(c.diags, c.files);
        if (c.unreadable) return Outcome::bad_usage;
    }
    // The year most periods cover: of the valid plans, else of any whose period could be read.
    std::vector<const Plan*> valid;
    std::vector<const Plan*> dated;
    for (const CheckedPlan& c : checked) {
        if (c.usable(false)) valid.push_back(&c.plan);
        if (c.plan.meta.period.from > 0 && c.plan.meta.period.to >= c.plan.meta.period.from) dated.push_back(&c.plan);
    }
    Overview overview;
    overview.language = arguments.language;
    overview.region = region.name;
    overview.title = region.title;
    overview.year = region.year != 0 ? region.year : overview_default_year(valid.empty() ? dated : valid);
    overview.date = region.date ? *region.date : newest_date(checked);
    std::vector<OverviewPlan> usable;
    for (std::size_t i = 0; i < checked.size(); ++i) {
        const CheckedPlan& c = checked[i];
        if (c.usable(false)) {
            usable.push_back({&c.plan, &c.figures, {}});
        } else {
            overview.invalid.push_back({paths[i], error_lines(c, paths[i])});
        }
    }
    SourceFiles files;
    Diagnostics sum_diags;
    count_plans(overview, usable, sum_diags);
    if (sum_diags.has_errors()) {
        err << format_diagnostics(sum_diags, files);
        return Outcome::invalid_plan;
    }

    Plan about;  // what Pandoc's metadata tells: the title, the author, the language and the date
    about.meta.language = arguments.language;
    about.meta.date = overview.date;
    about.meta.municipality = overview.region;  // the documents' author
    for (const CheckedPlan& c : checked) {
        for (int f = 0; f < c.files.count(); ++f) inputs.push_back(c.files.origin(f));
    }
    auto describe = [&](const Labels& labels, Document& document, Diagnostics&) {
        about.meta.title = overview_title(overview, labels);
        document.plan = &about;
        document.name = kOverviewName;
        document.subtitle = labels.with_year("overview_subtitle_year", overview.year);
        document.markdown = overview_markdown(overview, labels, options.no_charts ? nullptr : &document.charts);
        document.contents = false;  // a few tables and lists, read from start to end
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
