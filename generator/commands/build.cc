#include "commands/build.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>

#include "commands/check.h"
#include "commands/document_look.h"
#include "plan/recording_reader.h"
#include "render/workbook/budget_csv.h"
#include "render/charts/charts.h"
#include "render/labels.h"
#include "publish/output.h"
#include "publish/output_format.h"
#include "publish/publish.h"
#include "render/document/plan_markdown.h"
#include "render/workbook/review_form.h"
#include "render/workbook/cost_workbook.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

std::string subtitle(const Plan& plan, const Labels& labels) {
    std::string line = std::to_string(plan.meta.period.from) + "–" + std::to_string(plan.meta.period.to);
    if (plan.meta.status != PlanStatus::adopted) {
        line += " · " + labels.get("draft") + " · " + labels.get("version") + " " + plan.meta.version;
    }
    return line;
}

// Renders and publishes a plan that has been checked; adds the templates and labels it reads to
// checked.files.
BuildStatus render_and_publish(const BuildOptions& options, CheckedPlan& checked, std::ostream& out,
                               std::ostream& err) {
    const Plan& plan = checked.plan;

    TemplateDirs dirs{options.templates_dir};
    Labels labels;
    Diagnostics render_diags;
    std::string labels_dir = labels_folder(options.templates_dir);
    std::string markdown;
    ChartSet charts;
    bool rendered = load_labels(labels_dir, plan.meta.language, labels, checked.files, render_diags) &&
                    render_markdown(plan, checked.figures, labels, dirs, markdown, checked.files, render_diags,
                                    options.no_charts ? nullptr : &charts);
    if (!rendered) {
        err << format_diagnostics(render_diags, checked.files);
        return BuildStatus::output_failed;
    }

    Publication publication;
    publication.plan = &plan;
    publication.out_dir = options.out_dir;
    publication.name = output_name(options.plan_path);
    publication.markdown = std::move(markdown);
    publication.formats = options.formats.empty() ? formats_where(&OutputFormatInfo::build_default)
                                                  : options.formats;
    publication.subtitle = subtitle(plan, labels);
    apply_look(publication, dirs, options.css, options.reference_doc, labels);
    publication.resource_dir = std::filesystem::absolute(options.plan_path).parent_path().string();
    publication.time_limit = options.time_limit;
    publication.drawn = options.drawn_charts;
    apply_charts(publication, charts);
    if (plan.meta.status != PlanStatus::adopted) {
        publication.docx_header = labels.get("draft") + " – " + labels.get("version") + " " +
                                  plan.meta.version + ", " + date_text(plan.meta.date, labels);
    }
    publication.other = [&](OutputFormat format, const std::string& tmp) -> std::string {
        std::string error;
        try {
            if (format == OutputFormat::budget) {
                // tmp is the publisher's temporary file; it renames it into place with the rest.
                std::ofstream file(tmp, std::ios::binary);
                file << budget_csv(plan, checked.figures, labels);
                if (!file.flush()) return "cannot write " + tmp;
                return {};
            }
            bool ok = format == OutputFormat::xlsx ? render_xlsx(plan, checked.figures, labels, tmp, error)
                                                   : render_review(plan, checked.figures, labels, tmp, error);
            if (!ok) return error;
        } catch (const MissingLabel& e) {
            return e.what();
        }
        return {};
    };
    for (int f = 0; f < checked.files.count(); ++f) publication.inputs.push_back(checked.files.origin(f));
    return publish(publication, out, err) ? BuildStatus::ok : BuildStatus::output_failed;
}

}  // namespace

BuildStatus build_outputs(const BuildOptions& options, std::ostream& out, std::ostream& err) {
    std::vector<std::string> read;
    return build_outputs(options, out, err, read);
}

BuildStatus build_outputs(const BuildOptions& options, std::ostream& out, std::ostream& err,
                          std::vector<std::string>& read) {
    RecordingReader reader(filesystem_reader());
    CheckedPlan checked = check_plan(options.plan_path, {}, reader);
    err << format_diagnostics(checked.diags, checked.files);
    BuildStatus status = checked.unreadable                ? BuildStatus::unreadable_plan
                         : !checked.usable(options.strict) ? BuildStatus::invalid_plan
                                                           : render_and_publish(options, checked, out, err);
    read = reader.paths();
    for (int f = 0; f < checked.files.count(); ++f) read.push_back(checked.files.origin(f));
    for (const std::string& given : {options.css, options.reference_doc}) {
        if (!given.empty()) read.push_back(given);
    }
    return status;
}

}  // namespace legeplan
