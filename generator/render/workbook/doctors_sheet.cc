#include "render/workbook/doctors_sheet.h"

#include <vector>

#include "plan/choice_keys.h"

namespace legeplan {

namespace {

using xlsx::cell;
using xlsx::Sheet;

// Rows above the table: a title, an introduction, the heading over the task columns, the header.
constexpr int kGroupRow = 2;
constexpr int kHeaderRow = 3;
constexpr int kFirstRow = kHeaderRow + 1;

// The columns: id, name and position, one column per public task the plan uses, then the derived
// columns and the notes. Built once from the tasks.
struct Columns {
    std::vector<PublicTask> tasks;
    int id = 0, name = 1, position = 2, first_task = 3;
    int public_hours = 0, curative_hours = 0, curative_days = 0, ceiling = 0, per_day = 0, per_fte = 0,
        note = 0;

    explicit Columns(std::vector<PublicTask> t) : tasks(std::move(t)) {
        public_hours = first_task + static_cast<int>(tasks.size());
        curative_hours = public_hours + 1;
        curative_days = curative_hours + 1;
        ceiling = curative_days + 1;
        per_day = ceiling + 1;
        per_fte = per_day + 1;
        note = per_fte + 1;
    }
    int last_task() const { return public_hours - 1; }
};

// Everything the writing functions share.
struct Writer {
    const Plan& plan;
    const DoctorFigures& figures;
    const Labels& labels;
    Sheet& s;
    const xlsx::Formats& f;
    Columns cols;
    int last_row = 0;   // the last doctor's row
    int total_row = 0;  // the sum row under them

    const std::string& word(const std::string& key) const { return labels.get(key); }
};

double hours(Hundredths h) { return static_cast<double>(h) / 100.0; }

double decimal_value(const Decimal& d) {
    double scale = 1;
    for (int i = 0; i < d.decimals; ++i) scale *= 10;
    return static_cast<double>(d.value) / scale;
}

// The tasks some doctor does, in the order of PublicTask; "other" alone when none does any, so
// that the public hours have a column to be entered in.
std::vector<PublicTask> used_tasks(const DoctorFigures& figures) {
    std::vector<PublicTask> tasks;
    for (const auto& [task, sum] : figures.task_hours) tasks.push_back(task);
    if (tasks.empty()) tasks.push_back(PublicTask::other);
    return tasks;
}

// The notes a doctor's public hours carry: "Andre oppgaver: kommunale oppgaver; …".
std::string notes_text(const Writer& w, const Doctor& d) {
    std::string out;
    for (const PublicHours& h : d.public_hours) {
        if (h.note.empty()) continue;
        out += (out.empty() ? "" : "; ") + w.labels.text("xlsx_" + label_key(h.task)) + ": " + h.note;
    }
    return out;
}

// A figure whose formula may have nothing to divide by: its number, or the text for none.
void guarded(Writer& w, int row, int col, const std::string& expression, const std::optional<std::int64_t>& value,
             lxw_format* format) {
    if (value) w.s.formula(row, col, expression, static_cast<double>(*value), format);
    else w.s.formula(row, col, expression, w.word("none"), format);
}

void write_headers(Writer& w) {
    const Columns& c = w.cols;
    std::vector<std::string> h(static_cast<std::size_t>(c.note + 1));
    auto at = [&h](int col) -> std::string& { return h[static_cast<std::size_t>(col)]; };
    at(c.id) = w.word("xlsx_col_doctor_id");
    at(c.name) = w.word("xlsx_col_doctor");
    at(c.position) = w.word("xlsx_col_position");
    for (std::size_t i = 0; i < c.tasks.size(); ++i) {
        at(c.first_task + static_cast<int>(i)) = w.labels.text("xlsx_" + label_key(c.tasks[i]));
    }
    at(c.public_hours) = w.word("xlsx_col_public_hours");
    at(c.curative_hours) = w.word("xlsx_col_curative_hours");
    at(c.curative_days) = w.word("xlsx_col_curative_days");
    at(c.ceiling) = w.word("xlsx_col_list_ceiling");
    at(c.per_day) = w.word("xlsx_col_list_per_day");
    at(c.per_fte) = w.word("xlsx_col_list_per_fte");
    at(c.note) = w.word("xlsx_col_public_note");
    w.s.headers(kHeaderRow, h, c.position, c.per_fte);
    // Centred, without the amounts' indent, so that the longest task's one word has its whole width.
    for (int col = c.first_task; col <= c.last_task(); ++col) w.s.wrapped(kHeaderRow, col, at(col), w.f.header_centre);
    w.s.merged(kGroupRow, c.first_task, c.public_hours, w.word("xlsx_doctors_public_hours"), w.f.header);
}

void write_doctor(Writer& w, int row, const Doctor& d, const DoctorFigure& figure) {
    const Columns& c = w.cols;
    const xlsx::Formats& f = w.f;
    Sheet& s = w.s;
    s.text(row, c.id, d.id, f.key);
    s.wrapped(row, c.name, d.name, f.wrap);
    s.number(row, c.position, static_cast<double>(d.position) / 1000.0, f.decimal_input);
    for (std::size_t i = 0; i < c.tasks.size(); ++i) {
        int col = c.first_task + static_cast<int>(i);
        auto task = figure.task_hours.find(c.tasks[i]);
        if (task == figure.task_hours.end()) s.text(row, col, "", f.decimal_input);
        else s.number(row, col, hours(task->second), f.decimal_input);
    }
    // Hours are given with two decimals at most, so the sums are rounded to two: a spreadsheet's
    // binary fractions would otherwise leave 42.000000000000007 where the plan has 42.
    std::string public_cell = cell(row, c.public_hours);
    s.formula(row, c.public_hours,
              "ROUND(SUM(" + cell(row, c.first_task) + ":" + cell(row, c.last_task()) + "),2)",
              hours(figure.public_hours), f.decimal);
    std::string curative = cell(row, c.curative_hours);
    if (d.curative_hours) {
        s.number(row, c.curative_hours, hours(*d.curative_hours), f.decimal_input);
    } else {
        // The position's hours rounded half up to hundredths, less the public hours, never below 0.
        s.formula(row, c.curative_hours,
                  "MAX(0,ROUND(ROUND(" + cell(row, c.position) + "*37.5/100,2)-" + public_cell + ",2))",
                  hours(figure.curative_hours), f.decimal);
    }
    s.formula(row, c.curative_days, "ROUND(" + curative + "/7.5,2)", hours(figure.curative_days), f.two_decimals);
    if (d.list_ceiling) s.number(row, c.ceiling, *d.list_ceiling, f.whole_input);
    else s.text(row, c.ceiling, "", f.whole_input);
    std::string ceiling = cell(row, c.ceiling);
    std::string listed = "AND(ISNUMBER(" + ceiling + ")," + curative + ">0)";
    std::string none = xlsx::quoted(w.word("none"));
    guarded(w, row, c.per_day, "IF(" + listed + ",ROUND(" + ceiling + "/(" + curative + "/7.5),0)," + none + ")",
            figure.list_per_curative_day, f.whole);
    guarded(w, row, c.per_fte, "IF(" + listed + ",ROUND(" + ceiling + "/(" + curative + "/37.5),0)," + none + ")",
            figure.list_per_curative_fte, f.whole);
    s.wrapped(row, c.note, notes_text(w, d), f.wrap);
}

std::string column_sum(const Writer& w, int col) {
    return "SUM(" + cell(kFirstRow, col) + ":" + cell(w.last_row, col) + ")";
}

void write_total_row(Writer& w) {
    const Columns& c = w.cols;
    const xlsx::Formats& f = w.f;
    Sheet& s = w.s;
    int r = w.total_row;
    for (int col = 0; col <= c.note; ++col) s.text(r, col, "", f.total_blank);
    s.text(r, c.name, w.word("total"), f.total_label);
    for (std::size_t i = 0; i < c.tasks.size(); ++i) {
        int col = c.first_task + static_cast<int>(i);
        auto task = w.figures.task_hours.find(c.tasks[i]);
        Hundredths sum = task == w.figures.task_hours.end() ? 0 : task->second;
        s.formula(r, col, "ROUND(" + column_sum(w, col) + ",2)", hours(sum), f.decimal_total);
    }
    s.formula(r, c.public_hours, "ROUND(" + column_sum(w, c.public_hours) + ",2)", hours(w.figures.public_hours),
              f.decimal_total);
    s.formula(r, c.curative_hours, "ROUND(" + column_sum(w, c.curative_hours) + ",2)",
              hours(w.figures.curative_hours), f.decimal_total);
    s.formula(r, c.ceiling, column_sum(w, c.ceiling), static_cast<double>(w.figures.list_ceilings), f.whole_total);
}

// One of the municipality's figures: its name across the first columns, the value, and how it is
// computed beside it.
void write_figure_label(Writer& w, int row, const std::string& name, const std::string& how) {
    w.s.merged(row, w.cols.id, w.cols.position, name, w.f.wrap);
    w.s.merged(row, w.cols.first_task + 1, w.cols.note, how, w.f.wrap);
}

// The municipality's figures under the table, each a formula over the table's columns.
void write_figures(Writer& w) {
    const Columns& c = w.cols;
    const xlsx::Formats& f = w.f;
    const DoctorFigures& fig = w.figures;
    Sheet& s = w.s;
    const int value = c.first_task;
    int r = w.total_row + 2;
    s.text(r++, c.id, w.word("xlsx_doctors_figures"), f.bold);

    write_figure_label(w, r, w.word("xlsx_doctors_gp_fte"), w.word("xlsx_doctors_gp_fte_how"));
    s.formula(r, value, "ROUND(" + column_sum(w, c.position) + "/100,2)", decimal_value(fig.gp_fte), f.two_decimals);
    ++r;
    write_figure_label(w, r, w.word("xlsx_doctors_curative_fte"), w.word("xlsx_doctors_curative_fte_how"));
    std::string curative_total = cell(w.total_row, c.curative_hours);
    s.formula(r, value, "ROUND(" + curative_total + "/37.5,1)", decimal_value(fig.curative_fte), f.one_decimal);
    ++r;
    std::string ceilings = cell(kFirstRow, c.ceiling, true, true) + ":" + cell(w.last_row, c.ceiling, true, true);
    write_figure_label(w, r, w.word("xlsx_doctors_lists"), w.word("xlsx_doctors_lists_how"));
    std::string lists = cell(r, value);
    s.formula(r, value, "COUNTIF(" + ceilings + ",\">0\")", static_cast<double>(fig.lists), f.whole);
    ++r;
    if (!fig.listed_patients) return;

    write_figure_label(w, r, w.word("kind_listed_patients"), w.word("xlsx_doctors_listed_patients_how"));
    std::string patients = cell(r, value);
    s.number(r, value, static_cast<double>(*fig.listed_patients), f.whole_input);
    ++r;
    std::string none = xlsx::quoted(w.word("none"));
    write_figure_label(w, r, w.word("xlsx_doctors_per_fte"), w.word("xlsx_doctors_per_fte_how"));
    guarded(w, r, value,
            "IF(" + curative_total + ">0,ROUND(" + patients + "/(" + curative_total + "/37.5),0)," + none + ")",
            fig.patients_per_curative_fte, f.whole);
    ++r;
    // SSB: the public hours of the doctors with a list, as FTE of 37.5 hours, count 1 500 patients each.
    std::string list_public = "SUMIF(" + ceilings + ",\">0\"," + cell(kFirstRow, c.public_hours, true, true) + ":" +
                              cell(w.last_row, c.public_hours, true, true) + ")";
    write_figure_label(w, r, w.word("xlsx_doctors_corrected"), w.word("xlsx_doctors_corrected_how"));
    guarded(w, r, value,
            "IF(" + lists + ">0,ROUND((" + patients + "+" + list_public + "/37.5*1500)/" + lists + ",0)," + none + ")",
            fig.corrected_list_length, f.whole);
}

void set_widths(Writer& w) {
    const Columns& c = w.cols;
    Sheet& s = w.s;
    // Seven tasks, the most there are, keep the printed width under xlsx::kMaxPrintedChars.
    s.width(c.id, c.id, 14);
    s.width(c.name, c.name, 16);
    s.width(c.position, c.position, 10);
    s.width(c.first_task, c.last_task(), 15);
    s.width(c.public_hours, c.public_hours, 12);
    s.width(c.curative_hours, c.curative_hours, 11);
    s.width(c.curative_days, c.curative_days, 10);
    s.width(c.ceiling, c.ceiling, 10);
    s.width(c.per_day, c.per_day, 11);
    s.width(c.per_fte, c.per_fte, 12);
    s.width(c.note, c.note, 24);
}

}  // namespace

void write_doctors_sheet(const Plan& plan, const DoctorFigures& figures, const Labels& labels, xlsx::Sheet& s,
                         const std::string& page_header, const std::string& page_footer) {
    if (!s.usable() || plan.doctors.empty()) return;
    Writer w{plan, figures, labels, s, s.formats(), Columns(used_tasks(figures))};
    set_widths(w);
    s.merged(0, 0, w.cols.note, w.word("xlsx_doctors_title"), w.f.title);
    s.merged(1, 0, w.cols.note, w.word("xlsx_doctors_intro"), w.f.wrap);
    write_headers(w);
    int row = kFirstRow;
    for (std::size_t i = 0; i < plan.doctors.size(); ++i) write_doctor(w, row++, plan.doctors[i], figures.doctors[i]);
    w.last_row = row - 1;
    w.total_row = row;
    write_total_row(w);
    write_figures(w);
    s.setup_print({page_header, page_footer, kHeaderRow, w.cols.name + 1, w.cols.note});
}

}  // namespace legeplan
