#include "commands/report.h"

#include <filesystem>

#include "commands/check.h"
#include "commands/publication.h"
#include "render/document/follow_up_report.h"
#include "render/workbook/follow_up_workbook.h"
#include "render/output_stem.h"
#include "text/terminal_text.h"
#include "text/translate.h"

namespace legeplan {

namespace {

// "2027, 2028" — the years the plan has a report for.
std::string report_years(const Plan& plan) {
    std::string years;
    for (const FollowUp& r : plan.follow_up) years += (years.empty() ? "" : ", ") + std::to_string(r.year);
    return years;
}

}  // namespace

Outcome run_report(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    OutputOptions options;
    if (!read_output(arguments, "report", options, err)) return Outcome::bad_usage;
    if (options.out_dir.empty()) {
        options.out_dir = output_folder_beside(arguments.plan);
        options.default_folder = true;
    }
    CheckedPlan checked = check_plan(arguments.plan);
    if (Outcome outcome = report_checked(checked, false, err); outcome != Outcome::ok) return outcome;
    const Plan& plan = checked.plan;
    std::size_t index = plan.follow_up.size();
    for (std::size_t i = 0; i < plan.follow_up.size(); ++i) {
        if (plan.follow_up[i].year == arguments.year) index = i;
    }
    if (index == plan.follow_up.size()) {
        const std::string message =
            plan.follow_up.empty()
                ? tr("legeplan: error: {plan} has no follow-up report for {year} (it has none yet; add one under "
                     "'follow_up:', see docs/format.md)")
                : tr("legeplan: error: {plan} has no follow-up report for {year} (it has reports for {years})");
        err << fill(message, {{"plan", shown_path(arguments.plan)}, {"year", arguments.year}, {"years", report_years(plan)}})
            << "\n";
        return Outcome::invalid_plan;
    }
    auto describe = [&](const Labels& labels, Document& document, Diagnostics&) {
        const FollowUp& report = plan.follow_up[index];
        document.plan = &plan;
        document.name = options.name.empty() ? output_stem(plan.meta) + "-oppfolging-" + std::to_string(report.year)
                                             : options.name;
        document.markdown = follow_up_markdown(plan, checked.figures, index, labels);
        document.title = follow_up_title(plan, index, labels) + ": " + plan.meta.title;
        document.subtitle = labels.get("follow_up_dated") + " " + date_text(report.date, labels);
        document.contents = false;  // a few pages, read from start to end
        document.resource_dir = std::filesystem::absolute(arguments.plan).parent_path().string();
        return true;
    };
    auto write = [&](const Labels& labels, OutputFormat, const std::string& path, std::string& error) {
        return render_follow_up_workbook(plan, checked.figures, index, labels, path, error);
    };
    return publish_document(options, plan.meta.language, checked.files, describe, write, out, err);
}

}  // namespace legeplan
