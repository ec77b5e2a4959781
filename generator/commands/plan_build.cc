#include "commands/plan_build.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "commands/check.h"
#include "commands/publication.h"
#include "plan/budget_coding.h"
#include "plan/recording_reader.h"
#include "render/document/plan_markdown.h"
#include "render/output_stem.h"
#include "render/plan_status.h"
#include "render/summary.h"
#include "render/workbook/budget_csv.h"
#include "render/workbook/cost_workbook.h"
#include "render/workbook/review_form.h"
#include "text/terminal_text.h"
#include "text/translate.h"

namespace legeplan {

namespace {

// The formats of our own renderers: the workbook, the budget file and LSU's review form.
bool write_format(const CheckedPlan& checked, const OutputOptions& options, const Labels& labels, OutputFormat format,
                  const std::string& path, std::string& error) {
    switch (format) {
        case OutputFormat::xlsx: return render_xlsx(checked.plan, checked.figures, labels, path, error);
        case OutputFormat::review: return render_review(checked.plan, checked.figures, labels, path, error);
        case OutputFormat::budget: {
            std::ofstream file(path, std::ios::binary);
            file << budget_csv(checked.plan, checked.figures, labels, options.budget_long ? BudgetLayout::long_lines : BudgetLayout::wide);
            if (file.flush()) return true;
            error = fill(tr("cannot write {file}"), {{"file", path}});
            return false;
        }
        default: return false;
    }
}

// Renders and publishes a plan that has been checked; adds the templates and labels it reads to
// checked.files.
Outcome render_and_publish(const BuildOptions& options, CheckedPlan& checked, std::ostream& out, std::ostream& err) {
    const Plan& plan = checked.plan;
    auto describe = [&](const Labels& labels, Document& document, Diagnostics& diags) {
        document.plan = &plan;
        document.name = output_name_of(options.output, plan);
        // Under the title the period, unless the title gives it; the cover states status and version.
        std::string period = period_text(plan.meta.period);
        if (plan.meta.title.find(period) == std::string::npos) document.subtitle = period;
        document.resource_dir = std::filesystem::absolute(options.plan_path).parent_path().string();
        if (marked_as_draft(plan.meta.status)) {
            document.docx_header = status_mark(plan.meta.status, labels) + " – " + labels.get("version") + " " +
                                   plan.meta.version + ", " + date_text(plan.meta.date, labels);
        }
        return render_markdown(plan, checked.figures, checked.rules, labels, TemplateDirs{options.output.templates_dir},
                               document.markdown, checked.files, diags,
                               options.output.no_charts ? nullptr : &document.charts);
    };
    auto write = [&checked, &options](const Labels& labels, OutputFormat format, const std::string& path,
                                      std::string& error) {
        return write_format(checked, options.output, labels, format, path, error);
    };
    return publish_document(options.output, plan.meta.language, checked.files, describe, write, out, err,
                            options.drawn_charts);
}

}  // namespace

BuildOptions for_plan(const BuildOptions& each, const std::string& plan_path) {
    BuildOptions one = each;
    one.plan_path = plan_path;
    if (one.output.out_dir.empty()) {
        one.output.out_dir = output_folder_beside(plan_path);
        one.output.default_folder = true;
    }
    return one;
}

std::string output_name_of(const OutputOptions& options, const Plan& plan) {
    return options.name.empty() ? output_stem(plan.meta) : options.name;
}

Outcome build_outputs(const BuildOptions& options, std::ostream& out, std::ostream& err) {
    std::vector<std::string> read;
    return build_outputs(options, out, err, read);
}

Outcome build_outputs(const BuildOptions& given, std::ostream& out, std::ostream& err,
                      std::vector<std::string>& read, std::string* summary, std::string* name) {
    BuildOptions options = for_plan(given, given.plan_path);
    RecordingReader reader(filesystem_reader());
    CheckedPlan checked = check_plan(options.plan_path, {}, reader);
    // What the budget file will hold is checked when it is written (W020), not by validate.
    const std::vector<OutputFormat>& formats = options.output.formats;
    if (checked.complete && std::find(formats.begin(), formats.end(), OutputFormat::budget) != formats.end()) {
        check_budget_coding(checked.plan, checked.diags);
    }
    Outcome outcome = report_checked(checked, options.strict, err);
    if (name && checked.usable(options.strict)) *name = output_name_of(options.output, checked.plan);
    // In the default folder publish_document says where the files went; watch says it once.
    if (!options.tell_folder) options.output.default_folder = false;
    if (outcome == Outcome::ok) outcome = render_and_publish(options, checked, out, err);
    if (summary && outcome == Outcome::ok) *summary = summary_text(checked.figures);
    read = reader.paths();
    for (int f = 0; f < checked.files.count(); ++f) read.push_back(checked.files.origin(f));
    for (const std::string& given : {options.output.css, options.output.reference_doc}) {
        if (!given.empty()) read.push_back(given);
    }
    return outcome;
}

}  // namespace legeplan
