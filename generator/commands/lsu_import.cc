#include "commands/lsu_import.h"

#include <filesystem>

#include "commands/check.h"
#include "commands/lsu_form_reading.h"
#include "plan/dates.h"
#include "publish/output.h"
#include "publish/stop.h"
#include "render/labels.h"
#include "render/lsu_yaml.h"
#include "render/summary.h"
#include "render/template_dirs.h"
#include "text/terminal_text.h"
#include "text/translate.h"

namespace fs = std::filesystem;

namespace legeplan {

namespace {

constexpr const char* kLsuFile = "lsu.yaml";

// The include: line the plan needs, as its hint shows it.
std::string include_line(const std::vector<PlanSources::Include>& includes) {
    std::string list;
    for (const PlanSources::Include& i : includes) list += i.path + ", ";
    return "include: [" + list + kLsuFile + "]";
}

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec1, ec2;
    return fs::weakly_canonical(a, ec1) == fs::weakly_canonical(b, ec2) && !ec1 && !ec2;
}

}  // namespace

Outcome run_lsu_import(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    const std::string& plan_path = arguments.plan;
    CheckedPlan checked = check_plan(plan_path);
    if (checked.unreadable || checked.not_a_plan) {
        err << format_diagnostics(checked.diags, checked.files);
        return checked.unreadable ? Outcome::bad_usage : Outcome::invalid_plan;
    }
    const Plan& plan = checked.plan;
    fs::path folder = fs::path(plan_path).parent_path();
    fs::path target = folder / kLsuFile;
    FileRefusals refuse(plan_path, err);
    // The plan must include lsu.yaml, and keep no statement of its own, before anything is read.
    {
        SourceFiles files;
        Diagnostics diags;
        PlanSources sources = load_plan(plan_path, files, diags);
        bool included = false;
        for (const PlanSources::Include& i : sources.includes) {
            if (fs::path(i.path).lexically_normal() == fs::path(kLsuFile)) included = true;
        }
        if (!included) {
            refuse.add(DiagnosticKind::lsu_not_included,
                       fill(tr("the plan does not include {file}, where lsu import writes LSU's statement"),
                            {{"file", kLsuFile}}),
                       sources.includes.empty()
                           ? fill(tr("add this line to the plan file: {line}"), {{"line", include_line(sources.includes)}})
                           : fill(tr("add {file} to the plan file's include list: {line}"),
                                  {{"file", kLsuFile}, {"line", include_line(sources.includes)}}));
            return Outcome::invalid_plan;
        }
    }
    int lsu_file = -1;
    for (int f = 0; f < checked.files.count(); ++f) {
        if (same_file(checked.files.origin(f).empty() ? checked.files.path(f) : checked.files.origin(f), target)) lsu_file = f;
    }
    std::vector<LsuMeeting> meetings;
    if (plan.lsu) {
        if (plan.lsu->statement && plan.lsu->statement->pos.file != lsu_file) {
            const SourcePos& pos = plan.lsu->statement->pos;
            refuse.add(DiagnosticKind::lsu_not_included,
                       fill(tr("{file} already holds LSU's statement, on line {line}"),
                            {{"file", checked.files.path(pos.file)}, {"line", pos.line}}),
                       fill(tr("remove the statement there: lsu import writes it into {lsu}"), {{"lsu", kLsuFile}}));
            return Outcome::invalid_plan;
        }
        for (const LsuMeeting& m : plan.lsu->meetings) {
            if (m.pos.file == lsu_file) meetings.push_back(m);
        }
    }
    LsuStatement statement;
    if (!read_lsu_form(arguments.form, plan, statement, err)) return Outcome::invalid_plan;
    std::string text = lsu_yaml(statement, meetings, plan.meta.language, fs::path(arguments.form).filename().string());
    std::string error;
    {
        StopDeferral deferral;
        if (!write_file_atomically(target.string(), text, error)) {
            err << fill(tr("legeplan: error: {message}"), {{"message", terminal_safe(error)}}) << "\n";
            return Outcome::output_failed;
        }
    }
    Labels labels;
    SourceFiles label_files;
    Diagnostics label_diags;
    std::string date = iso_date(statement.date);
    if (load_labels(labels_folder(""), plan.meta.language, labels, label_files, label_diags)) {
        date = date_text(statement.date, labels);
    }
    out << fill(tr("Took over LSU's statement of {date}: {positions}, {chapters} → {file}"),
                {{"date", date},
                 {"positions", fill(tr_n("{n} position on a measure", "{n} positions on measures", statement.measures.size()),
                                    {{"n", static_cast<unsigned long long>(statement.measures.size())}})},
                 {"chapters", fill(tr_n("{n} comment on a chapter", "{n} comments on chapters", statement.chapters.size()),
                                   {{"n", static_cast<unsigned long long>(statement.chapters.size())}})},
                 {"file", shown_path(target.string())}})
        << "\n";
    // The plan file says where the plan is in its process; lsu import does not rewrite it.
    if (plan.meta.status == PlanStatus::draft || plan.meta.status == PlanStatus::sent_to_lsu) {
        out << fill(tr("The plan's status is still '{status}': with LSU's statement on record, set 'status: "
                       "lsu_statement' in {file}, so its documents say so"),
                    {{"status", plan.meta.status == PlanStatus::draft ? "draft" : "sent_to_lsu"},
                     {"file", shown_path(plan_path)}})
            << "\n";
    }
    // And the plan as it now is, checked as validate checks it.
    CheckedPlan after = check_plan(plan_path);
    Outcome outcome = report_checked(after, false, err);
    if (outcome == Outcome::ok) out << summary_text(after.figures);
    return outcome;
}

}  // namespace legeplan
