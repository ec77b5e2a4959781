#include "commands/lsu_form_reading.h"

#include <cstdio>
#include <cstdlib>
#include <vector>
#include <map>
#include <optional>
#include <set>

#include "plan/choice_keys.h"
#include "plan/dates.h"
#include "plan/lsu_form.h"
#include "plan/node_reader.h"
#include "plan/xlsx_cells.h"
#include "render/labels.h"
#include "render/template_dirs.h"
#include "text/terminal_text.h"
#include "text/translate.h"
#include "text/trim.h"

namespace legeplan {

namespace {

// A date as LSU may have entered it: a spreadsheet's day number (Excel's, from 1899-12-30),
// 2026-10-12 or 12.10.2026.
std::optional<Date> form_date(const std::string& text) {
    Date d;
    char* end = nullptr;
    double serial = std::strtod(text.c_str(), &end);
    if (!text.empty() && *end == '\0') {
        if (serial < 29221 || serial > 73050) return std::nullopt;  // 1980–2099, kFirstYear–kLastYear
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
    if (d.year < kFirstYear || d.year > kLastYear || !is_calendar_day(d.year, d.month, d.day)) return std::nullopt;
    return d;
}

}  // namespace

void FileRefusals::add(DiagnosticKind kind, const std::string& message, const std::string& hint) {
    // As format_diagnostics writes a diagnostic about a whole file: the code is the same in
    // every language.
    err_ << shown_path(file_) << ": error[" << diagnostic_info(kind).code << "]: " << terminal_safe(message) << "\n";
    if (!hint.empty()) err_ << "    " << fill(tr("hint: {hint}"), {{"hint", terminal_safe(hint)}}) << "\n";
    ++count_;
}

bool read_lsu_form(const std::string& path, const Plan& plan, LsuStatement& statement, std::ostream& err) {
    FileRefusals refuse(path, err);
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
        // Which rows: those whose digest differs from the one the hidden sheet lists for them.
        std::map<int, std::string> written;
        for (int row = 0; data->cells.count({row, kLsuFormRowNumberColumn}); ++row) {
            written[std::atoi(at(*data, row, kLsuFormRowNumberColumn).c_str()) - 1] = at(*data, row, kLsuFormRowDigestColumn);
        }
        std::map<int, std::string> now = lsu_form_row_digests(locked);
        std::vector<std::string> rows;
        for (const auto& [row, digest] : written) {
            auto found = now.find(row);
            if (found == now.end() || found->second != digest) rows.push_back(std::to_string(row + 1));
        }
        for (const auto& [row, digest] : now) {
            if (!written.count(row)) rows.push_back(std::to_string(row + 1));
        }
        if (!rows.empty() && rows.size() <= 5) {
            std::string list;
            for (std::size_t i = 0; i < rows.size(); ++i) list += (i ? ", " : "") + rows[i];
            refuse.add(DiagnosticKind::lsu_form_changed,
                       fill(tr_n("a protected cell in row {rows} of the form was changed after legeplan wrote it",
                                 "protected cells in rows {rows} of the form were changed after legeplan wrote them",
                                 rows.size()),
                            {{"rows", list}}),
                       tr("fill in only the yellow cells: take the filled cells over into a new copy of the form"));
            return false;
        }
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
            std::string word = labels.get(label_key(p));
            positions.emplace(word, p);
            if (language == plan.meta.language) shown.push_back("«" + word + "»");
        }
    }
    std::set<std::string> measures, chapters;
    for (const Measure& m : plan.measures) measures.insert(m.id);
    for (const Chapter& c : plan.chapters) chapters.insert(c.id);
    std::map<std::string, std::size_t> view_of;  // measure id → index in statement.measures
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
            view_of[input.id] = statement.measures.size();
            statement.measures.push_back(view);
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
                           tr("write the date LSU gave its statement, e.g. 12.10.2026"));
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
        statement.measures[view->second].comment = comment;
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

}  // namespace legeplan
