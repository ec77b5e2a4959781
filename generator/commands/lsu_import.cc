#include "commands/lsu_import.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include <yaml-cpp/yaml.h>

#include "commands/check.h"
#include "plan/diagnostic_codes.h"
#include "plan/lsu_form.h"
#include "plan/xlsx_cells.h"
#include "publish/output.h"
#include "publish/stop.h"
#include "render/labels.h"
#include "render/summary.h"
#include "render/template_dirs.h"
#include "text/terminal_text.h"
#include "text/translate.h"

namespace fs = std::filesystem;

namespace legeplan {

namespace {

constexpr const char* kLsuFile = "lsu.yaml";

// The form's (or the plan's) problems, printed as diagnostics are: "FORM: error[E053]: …" and a hint.
class Refusals {
public:
    Refusals(std::string form, std::ostream& err) : form_(std::move(form)), err_(err) {}
    void add(DiagnosticKind kind, const std::string& message, const std::string& hint = {}) {
        // As format_diagnostics writes a diagnostic about a whole file: the code is the same in
        // every language.
        err_ << shown_path(form_) << ": error[" << diagnostic_info(kind).code << "]: " << terminal_safe(message) << "\n";
        if (!hint.empty()) err_ << "    " << fill(tr("hint: {hint}"), {{"hint", terminal_safe(hint)}}) << "\n";
        ++count_;
    }
    bool any() const { return count_ > 0; }

private:
    std::string form_;
    std::ostream& err_;
    int count_ = 0;
};

std::string trimmed(const std::string& text) {
    std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    std::size_t last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// A date as LSU may have entered it: a spreadsheet's day number (Excel's, from 1899-12-30),
// 2026-10-12 or 12.10.2026.
std::optional<Date> form_date(const std::string& text) {
    Date d;
    char* end = nullptr;
    double serial = std::strtod(text.c_str(), &end);
    if (!text.empty() && *end == '\0') {
        if (serial < 29221 || serial > 73050) return std::nullopt;  // 1980–2099
        long z = static_cast<long>(serial) - 25569 + 719468;     // days from 1970, then from 0000-03-01
        long era = z / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
        d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
        d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
        return d;
    }
    int a = 0, b = 0, c = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &a, &b, &c, &tail) == 3) {
        d = {a, b, c, {}};
    } else if (std::sscanf(text.c_str(), "%2d.%2d.%4d%c", &a, &b, &c, &tail) == 3) {
        d = {c, b, a, {}};
    } else {
        return std::nullopt;
    }
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.year < 1980 || d.year > 2099 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days[d.month - 1]) {
        return std::nullopt;
    }
    if (d.month == 2 && d.day == 29 && !(d.year % 4 == 0 && (d.year % 100 != 0 || d.year % 400 == 0))) return std::nullopt;
    return d;
}

std::string iso(const Date& d) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buffer;
}

const char* position_word(LsuPosition p) {
    switch (p) {
        case LsuPosition::supports: return "supports";
        case LsuPosition::supports_with_changes: return "supports_with_changes";
        case LsuPosition::does_not_support: return "does_not_support";
    }
    return "supports";
}

// What the form says, once read and checked.
struct FormStatement {
    Date date;
    std::string text;
    std::vector<LsuMeasureView> views;
    std::vector<LsuChapterComment> chapters;
};

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

// Reads the form and checks it against the plan; false (with each problem on err) to refuse.
bool read_form(const std::string& path, const Plan& plan, FormStatement& statement, std::ostream& err) {
    Refusals refuse(path, err);
    std::vector<XlsxSheet> sheets;
    std::string error;
    if (!read_xlsx_cells(path, sheets, error)) {
        refuse.add(DiagnosticKind::lsu_form_unreadable, fill(tr("the form cannot be read: {reason}"), {{"reason", error}}),
                   tr("give the review form legeplan wrote (NAME-lsu.xlsx), filled in and saved as .xlsx"));
        return false;
    }
    const XlsxSheet* data = nullptr;
    for (const XlsxSheet& s : sheets) {
        if (s.name == kLsuFormDataSheet) data = &s;
    }
    auto at = [](const XlsxSheet& s, int row, int col) {
        auto found = s.cells.find({row, col});
        return found == s.cells.end() ? std::string() : found->second;
    };
    if (!data) {
        refuse.add(DiagnosticKind::lsu_form_changed,
                   fill(tr("the form has no sheet '{sheet}', where legeplan notes which plan it is for"),
                        {{"sheet", kLsuFormDataSheet}}),
                   tr("give a review form that legeplan review or legeplan build wrote, with its sheets as they were"));
        return false;
    }
    std::string identifier = lsu_form_identifier(plan.meta);
    if (at(*data, kLsuFormPlanRow, 1) != identifier) {
        refuse.add(DiagnosticKind::lsu_form_other_plan,
                   fill(tr("the form is for «{form}», not for this plan, «{plan}»"),
                        {{"form", at(*data, kLsuFormPlanRow, 1)}, {"plan", identifier}}),
                   tr("give the form made for this plan, or the plan the form was made for"));
        return false;
    }
    if (at(*data, kLsuFormVersionRow, 1) != plan.meta.version) {
        refuse.add(DiagnosticKind::lsu_form_other_plan,
                   fill(tr("the form was made for version {form} of the plan, which is now version {plan}"),
                        {{"form", at(*data, kLsuFormVersionRow, 1)}, {"plan", plan.meta.version}}),
                   tr("make a new form for this version with legeplan review, or import the form into the "
                      "version it was made for"));
        return false;
    }
    std::string review_name = at(*data, kLsuFormSheetRow, 1);
    bool sheets_as_written = sheets.size() == 2 && sheets[0].name == review_name && &sheets[1] == data;
    if (!sheets_as_written) {
        std::string names;
        for (const XlsxSheet& s : sheets) names += (names.empty() ? "«" : ", «") + s.name + "»";
        refuse.add(DiagnosticKind::lsu_form_changed,
                   fill(tr("the form's sheets are {names}; legeplan wrote «{review}», «{data}»"),
                        {{"names", names}, {"review", review_name}, {"data", kLsuFormDataSheet}}),
                   tr("give the sheets back their names, or fill in a new copy of the form"));
        return false;
    }
    const XlsxSheet& review = sheets[0];
    // The inputs the hidden sheet lists; every other cell of the review sheet is protected.
    struct Input {
        int row = 0, col = 0;
        std::string cell, kind, id;
    };
    std::vector<Input> inputs;
    std::set<std::pair<int, int>> input_cells;
    for (int row = kLsuFormFirstInputRow; data->cells.count({row, 0}); ++row) {
        Input input;
        input.cell = at(*data, row, 0);
        input.kind = at(*data, row, 1);
        input.id = at(*data, row, 2);
        if (!lsu_form_parse_cell(input.cell, input.row, input.col)) break;
        input_cells.insert({input.row, input.col});
        inputs.push_back(std::move(input));
    }
    FormCells locked;
    for (const auto& [where, value] : review.cells) {
        if (!input_cells.count(where)) locked.emplace(where, value);
    }
    if (lsu_form_digest(locked, data->cells) != at(*data, kLsuFormDigestRow, 1)) {
        refuse.add(DiagnosticKind::lsu_form_changed,
                   tr("a protected cell of the form was changed after legeplan wrote it (a measure's text, a cost, "
                      "a heading, or the hidden sheet)"),
                   tr("fill in only the yellow cells: take the filled cells over into a new copy of the form"));
        return false;
    }
    // The positions, in either written standard: LSU may have typed the other one's words.
    std::map<std::string, LsuPosition> positions;
    std::vector<std::string> shown;
    for (Language language : {plan.meta.language, plan.meta.language == Language::nn ? Language::nb : Language::nn}) {
        Labels labels;
        SourceFiles files;
        Diagnostics diags;
        if (!load_labels(labels_folder(""), language, labels, files, diags)) continue;
        for (LsuPosition p : {LsuPosition::supports, LsuPosition::supports_with_changes, LsuPosition::does_not_support}) {
            std::string word = labels.get(std::string("lsu_position_") + position_word(p));
            positions.emplace(word, p);
            if (language == plan.meta.language) shown.push_back("«" + word + "»");
        }
    }
    std::set<std::string> measures, chapters;
    for (const Measure& m : plan.measures) measures.insert(m.id);
    for (const Chapter& c : plan.chapters) chapters.insert(c.id);
    std::map<std::string, std::size_t> view_of;  // measure id → index in statement.views
    std::map<std::string, std::string> comments;  // measure id → comment
    std::string date_cell, text_cell;
    for (const Input& input : inputs) {
        std::string value = trimmed(at(review, input.row, input.col));
        if (input.kind == kLsuInputPosition || input.kind == kLsuInputComment) {
            if (!measures.count(input.id)) {
                if (input.kind == kLsuInputPosition) {
                    refuse.add(DiagnosticKind::lsu_form_stale,
                               fill(tr("the form names measure '{id}' (cell {cell}), which the plan no longer has"),
                                    {{"id", input.id}, {"cell", input.cell}}),
                               tr("make a new form for the plan as it is with legeplan review"));
                }
                continue;
            }
            if (input.kind == kLsuInputComment) {
                if (!value.empty()) comments[input.id] = value;
                continue;
            }
            if (value.empty()) continue;
            auto p = positions.find(value);
            if (p == positions.end()) {
                shown.resize(3);
                refuse.add(DiagnosticKind::lsu_form_value,
                           fill(tr("'{value}' in cell {cell} is not one of LSU's positions"), {{"value", value}, {"cell", input.cell}}),
                           fill(tr("choose {supports}, {with_changes} or {against} from the cell's list"),
                                {{"supports", shown[0]}, {"with_changes", shown[1]}, {"against", shown[2]}}));
                continue;
            }
            LsuMeasureView view;
            view.measure.id = input.id;
            view.position = p->second;
            view_of[input.id] = statement.views.size();
            statement.views.push_back(view);
        } else if (input.kind == kLsuInputChapter) {
            if (!chapters.count(input.id)) {
                refuse.add(DiagnosticKind::lsu_form_stale,
                           fill(tr("the form names chapter '{id}' (cell {cell}), which the plan no longer has"),
                                {{"id", input.id}, {"cell", input.cell}}),
                           tr("make a new form for the plan as it is with legeplan review"));
                continue;
            }
            if (value.empty()) continue;
            LsuChapterComment comment;
            comment.chapter.id = input.id;
            comment.comment = value;
            statement.chapters.push_back(comment);
        } else if (input.kind == kLsuInputText) {
            statement.text = value;
            text_cell = input.cell;
        } else if (input.kind == kLsuInputDate) {
            date_cell = input.cell;
            if (auto d = form_date(value)) {
                statement.date = *d;
            } else {
                refuse.add(DiagnosticKind::lsu_form_value,
                           value.empty() ? fill(tr("the statement's date (cell {cell}) is empty"), {{"cell", input.cell}})
                                         : fill(tr("'{value}' in cell {cell} is not a date"), {{"value", value}, {"cell", input.cell}}),
                           tr("write the date LSU gave its statement, e.g. 2026-10-12"));
            }
        }
    }
    for (const auto& [id, comment] : comments) {
        auto view = view_of.find(id);
        if (view == view_of.end()) {
            refuse.add(DiagnosticKind::lsu_form_value,
                       fill(tr("measure '{id}' has LSU's comment but no position"), {{"id", id}}),
                       tr("choose a position for the measure, or leave its comment empty"));
            continue;
        }
        statement.views[view->second].comment = comment;
    }
    if (text_cell.empty() || date_cell.empty()) {
        refuse.add(DiagnosticKind::lsu_form_changed, tr("the form has no cells for the statement's text and date"));
    } else if (statement.text.empty()) {
        refuse.add(DiagnosticKind::lsu_form_value,
                   fill(tr("the statement's text (cell {cell}) is empty"), {{"cell", text_cell}}),
                   tr("write LSU's statement in the large yellow cell"));
    }
    return !refuse.any();
}

// lsu.yaml: the statement, and the meetings it held before.
std::string lsu_yaml(const FormStatement& statement, const std::vector<LsuMeeting>& meetings, Language language,
                     const std::string& form) {
    YAML::Emitter e;
    e.SetIndent(2);
    e << YAML::Comment(language == Language::nn
                           ? "Fråsegna frå LSU, henta frå skjemaet " + fs::path(form).filename().string() +
                                 " med legeplan lsu import. Fila kan redigerast."
                           : "LSUs uttalelse, hentet fra skjemaet " + fs::path(form).filename().string() +
                                 " med legeplan lsu import. Filen kan redigeres.");
    e << YAML::Newline << YAML::BeginMap << YAML::Key << "lsu" << YAML::Value << YAML::BeginMap;
    if (!meetings.empty()) {
        e << YAML::Key << "meetings" << YAML::Value << YAML::BeginSeq;
        for (const LsuMeeting& m : meetings) {
            e << YAML::BeginMap << YAML::Key << "date" << YAML::Value << iso(m.date);
            if (!m.note.empty()) e << YAML::Key << "note" << YAML::Value << m.note;
            e << YAML::EndMap;
        }
        e << YAML::EndSeq;
    }
    e << YAML::Key << "statement" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "date" << YAML::Value << iso(statement.date);
    e << YAML::Key << "text" << YAML::Value;
    if (statement.text.find('\n') != std::string::npos) e << YAML::Literal;
    e << statement.text;
    if (!statement.views.empty()) {
        e << YAML::Key << "measures" << YAML::Value << YAML::BeginSeq;
        for (const LsuMeasureView& v : statement.views) {
            e << YAML::BeginMap << YAML::Key << "measure" << YAML::Value << v.measure.id;
            e << YAML::Key << "position" << YAML::Value << position_word(v.position);
            if (!v.comment.empty()) {
                e << YAML::Key << "comment" << YAML::Value;
                if (v.comment.find('\n') != std::string::npos) e << YAML::Literal;
                e << v.comment;
            }
            e << YAML::EndMap;
        }
        e << YAML::EndSeq;
    }
    if (!statement.chapters.empty()) {
        e << YAML::Key << "chapters" << YAML::Value << YAML::BeginSeq;
        for (const LsuChapterComment& c : statement.chapters) {
            e << YAML::BeginMap << YAML::Key << "chapter" << YAML::Value << c.chapter.id;
            e << YAML::Key << "comment" << YAML::Value;
            if (c.comment.find('\n') != std::string::npos) e << YAML::Literal;
            e << c.comment << YAML::EndMap;
        }
        e << YAML::EndSeq;
    }
    e << YAML::EndMap << YAML::EndMap << YAML::EndMap;
    return std::string(e.c_str()) + "\n";
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
    Refusals refuse(plan_path, err);
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
    FormStatement statement;
    if (!read_form(arguments.form, plan, statement, err)) return Outcome::invalid_plan;
    std::string text = lsu_yaml(statement, meetings, plan.meta.language, arguments.form);
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
    std::string date = iso(statement.date);
    if (load_labels(labels_folder(""), plan.meta.language, labels, label_files, label_diags)) {
        date = date_text(statement.date, labels);
    }
    out << fill(tr("Took over LSU's statement of {date}: {positions}, {chapters} → {file}"),
                {{"date", date},
                 {"positions", fill(tr_n("{n} position on a measure", "{n} positions on measures", statement.views.size()),
                                    {{"n", static_cast<unsigned long long>(statement.views.size())}})},
                 {"chapters", fill(tr_n("{n} comment on a chapter", "{n} comments on chapters", statement.chapters.size()),
                                   {{"n", static_cast<unsigned long long>(statement.chapters.size())}})},
                 {"file", shown_path(target.string())}})
        << "\n";
    // And the plan as it now is, checked as validate checks it.
    CheckedPlan after = check_plan(plan_path);
    Outcome outcome = report_checked(after, false, err);
    if (outcome == Outcome::ok) out << summary_text(after.figures);
    return outcome;
}

}  // namespace legeplan
