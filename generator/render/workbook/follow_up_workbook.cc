#include "render/workbook/follow_up_workbook.h"

#include <map>

#include "plan/choice_keys.h"
#include "plan/plan_index.h"
#include "plan/plan_timestamp.h"
#include "render/workbook/xlsx_book.h"

namespace legeplan {

namespace {

constexpr const char* kLabelKeys[] = {
    "follow_up_title", "follow_up_dated", "xlsx_follow_up_intro", "xlsx_indicators_intro",
    "xlsx_sheet_indicators", "number", "measure", "responsible", "measure_status", "comment",
    "follow_up_planned", "follow_up_spent", "follow_up_difference", "follow_up_count",
    "follow_up_grants_year", "follow_up_net_year", "follow_up_difference_own", "follow_up_difference_net",
    "follow_up_spent_meaning",
    "follow_up_not_reported_short", "follow_up_all_measures", "total", "goal", "indicator",
    "indicator_unit", "xlsx_col_baseline_year", "xlsx_col_baseline", "xlsx_col_value",
    "xlsx_col_change", "xlsx_col_target_year", "xlsx_col_target", "xlsx_col_to_target", "page",
    "page_of", "xlsx_text_shortened", "measure_status_proposed", "measure_status_planned",
    "measure_status_in_progress", "measure_status_done", "measure_status_postponed",
    "measure_status_dropped"};

const MeasureStatus kStatuses[] = {MeasureStatus::proposed,  MeasureStatus::planned,
                                   MeasureStatus::in_progress, MeasureStatus::done,
                                   MeasureStatus::postponed, MeasureStatus::dropped};

constexpr int kHeaderRow = 4;

// The measure sheet's columns; grants, net and the deviation from the net only when the plan
// has grants (-1 otherwise).
struct MeasureColumns {
    int number = 0, title = 1, responsible = 2, status = 3, planned = 4;
    int grants = -1, net = -1, spent, difference, difference_net = -1, comment, count;
    explicit MeasureColumns(bool with_grants) {
        int c = planned + 1;
        if (with_grants) {
            grants = c++;
            net = c++;
        }
        spent = c++;
        difference = c++;
        if (with_grants) difference_net = c++;
        comment = c++;
        count = c;
    }
};

void write_measures(xlsx::Sheet& s, const Plan& plan, const FollowUp& report,
                    const FollowUpFigures& figures, const Labels& labels) {
    auto word = [&](const char* key) { return labels.with_year(key, report.year); };
    const xlsx::Formats& f = s.formats();
    const MeasureColumns c(figures.shows_grants);
    PlanIndex index(plan);
    s.merged(0, 0, c.count - 1, word("follow_up_title") + " " + std::to_string(report.year) + ": " +
                 plan.meta.title, f.title);
    s.merged(1, 0, c.count - 1, plan.meta.municipality + " · " + word("follow_up_dated") + " " +
                 date_text(report.date, labels), f.wrap);
    s.merged(2, 0, c.count - 1,
             word("xlsx_follow_up_intro") +
                 (figures.shows_grants ? " " + word("follow_up_spent_meaning") : std::string()),
             f.wrap);
    std::vector<std::string> names(static_cast<std::size_t>(c.count));
    auto name = [&](int col, const std::string& text) { names[static_cast<std::size_t>(col)] = text; };
    name(c.number, word("number"));
    name(c.title, word("measure"));
    name(c.responsible, word("responsible"));
    name(c.status, word("measure_status"));
    name(c.planned, word("follow_up_planned"));
    name(c.spent, word("follow_up_spent"));
    name(c.comment, word("comment"));
    if (figures.shows_grants) {
        name(c.grants, word("follow_up_grants_year"));
        name(c.net, word("follow_up_net_year"));
        name(c.difference, word("follow_up_difference_own"));
        name(c.difference_net, word("follow_up_difference_net"));
    } else {
        name(c.difference, word("follow_up_difference"));
    }
    s.headers(kHeaderRow, names, c.planned, c.comment - 1);
    int row = kHeaderRow + 1;
    for (const FollowUpLine& line : figures.lines) {
        const Measure& m = plan.measures[line.measure];
        s.number(row, c.number, m.number, f.ordinal);
        s.wrapped(row, c.title, m.title, f.wrap);
        s.wrapped(row, c.responsible, responsible_names(index, m), f.wrap);
        s.wrapped(row, c.status, line.entry ? labels.get(label_key(line.entry->status))
                                            : labels.get("follow_up_not_reported_short"), f.wrap);
        s.number(row, c.planned, static_cast<double>(line.planned), f.kr);
        if (figures.shows_grants) {
            s.number(row, c.grants, static_cast<double>(line.grants), f.kr);
            s.formula(row, c.net, xlsx::cell(row, c.planned) + "-" + xlsx::cell(row, c.grants),
                      static_cast<double>(line.net), f.kr);
        }
        if (line.entry) s.number(row, c.spent, static_cast<double>(line.spent), f.kr);
        s.formula(row, c.difference, xlsx::cell(row, c.spent) + "-" + xlsx::cell(row, c.planned),
                  static_cast<double>(line.difference()), f.kr);
        if (figures.shows_grants) {
            s.formula(row, c.difference_net, xlsx::cell(row, c.spent) + "-" + xlsx::cell(row, c.net),
                      static_cast<double>(line.difference_from_net()), f.kr);
        }
        s.wrapped(row, c.comment, line.entry ? xlsx::cell_text(line.entry->text) : std::string(), f.wrap);
        ++row;
    }
    int first = kHeaderRow + 1;
    int last = row - 1;
    auto column_sum = [&](int col, Amount value) {
        s.formula(row, col, last < first ? std::string("0") : "SUM(" + xlsx::column_range(col, first, last) + ")",
                  static_cast<double>(value), f.kr_total);
    };
    s.text(row, c.title, word("total"), f.total_label);
    for (int col : {c.number, c.responsible, c.status, c.comment}) s.text(row, col, "", f.total_blank);
    column_sum(c.planned, figures.planned);
    if (figures.shows_grants) {
        column_sum(c.grants, figures.grants);
        column_sum(c.net, figures.net);
        column_sum(c.difference_net, figures.difference_from_net());
    }
    column_sum(c.spent, figures.spent);
    column_sum(c.difference, figures.difference());
    if (last >= first) s.autofilter(kHeaderRow, 0, last, c.count - 1);

    // How many measures reached each status: counted from the status column, so a status
    // changed in the sheet is counted again. The names wrap and the counts share the body's
    // format, so every row is as tall as its text and none is clipped under the header.
    int counts = row + 2;
    s.headers(counts, {"", word("measure_status"), "", word("follow_up_count")}, c.status, c.status);
    std::map<MeasureStatus, int> reported;
    for (const auto& [status, count] : figures.status_counts) reported[status] = count;
    std::vector<std::pair<std::string, int>> rows;
    for (MeasureStatus status : kStatuses) rows.emplace_back(labels.get(label_key(status)), reported[status]);
    rows.emplace_back(word("follow_up_not_reported_short"), figures.not_reported);
    int r = counts + 1;
    for (const auto& [status_name, count] : rows) {
        s.wrapped(r, c.title, status_name, f.wrap);
        std::string range = last < first ? std::string() : xlsx::column_range(c.status, first, last);
        s.formula(r, c.status, range.empty() ? "0" : "COUNTIF(" + range + "," + xlsx::quoted(status_name) + ")",
                  count, f.whole);
        ++r;
    }
    s.text(r, c.title, word("follow_up_all_measures"), f.total_label);
    for (int col : {c.number, c.responsible}) s.text(r, col, "", f.total_blank);
    s.formula(r, c.status, "SUM(" + xlsx::column_range(c.status, counts + 1, r - 1) + ")",
              static_cast<double>(figures.lines.size()), f.whole_total);
}

enum IndicatorColumn { kGoal, kIndicator, kUnit, kBaselineYear, kBaseline, kValue, kChange, kTargetYear, kTarget, kToTarget, kIndicatorColumns };

void write_indicators(xlsx::Sheet& s, const Plan& plan, const FollowUp& report, const Labels& labels) {
    auto word = [&](const char* key) { return labels.with_year(key, report.year); };
    const xlsx::Formats& f = s.formats();
    std::map<std::string, Milli> values;
    for (const FollowUpIndicator& v : report.indicators) values.emplace(v.indicator.id, v.value);
    s.merged(0, 0, kIndicatorColumns - 1, word("xlsx_sheet_indicators") + " " + std::to_string(report.year), f.title);
    s.merged(1, 0, kIndicatorColumns - 1, word("xlsx_indicators_intro"), f.wrap);
    int header = 3;
    s.headers(header, {word("goal"), word("indicator"), word("indicator_unit"), word("xlsx_col_baseline_year"),
                       word("xlsx_col_baseline"), word("xlsx_col_value"), word("xlsx_col_change"),
                       word("xlsx_col_target_year"), word("xlsx_col_target"), word("xlsx_col_to_target")},
              kBaselineYear, kToTarget);
    int row = header + 1;
    auto number = [](Milli v) { return static_cast<double>(v) / 1000.0; };
    for (const Goal& g : plan.goals) {
        for (const Indicator& i : g.indicators) {
            s.wrapped(row, kGoal, g.title, f.wrap);
            s.wrapped(row, kIndicator, i.title, f.wrap);
            s.text(row, kUnit, i.unit, f.text);
            s.number(row, kBaselineYear, i.baseline.year, f.year);
            s.number(row, kBaseline, number(i.baseline.value), f.quantity);
            s.number(row, kTargetYear, i.target.year, f.year);
            s.number(row, kTarget, number(i.target.value), f.quantity);
            auto v = values.find(i.id);
            if (v != values.end()) {
                s.number(row, kValue, number(v->second), f.quantity);
                s.formula(row, kChange, xlsx::cell(row, kValue) + "-" + xlsx::cell(row, kBaseline),
                          number(v->second - i.baseline.value), f.quantity);
                s.formula(row, kToTarget, xlsx::cell(row, kTarget) + "-" + xlsx::cell(row, kValue),
                          number(i.target.value - v->second), f.quantity);
            } else {
                s.text(row, kValue, word("follow_up_no_value"), f.text);
            }
            ++row;
        }
    }
}

}  // namespace

bool render_follow_up_workbook(const Plan& plan, const Figures& figures, std::size_t report,
                               const Labels& labels, const std::string& path, std::string& error) {
    for (const char* key : kLabelKeys) labels.get(key);
    labels.get("follow_up_no_value");
    const FollowUp& r = plan.follow_up.at(report);
    const Metadata& meta = plan.meta;
    xlsx::Book book(path, labels.get("xlsx_text_shortened"));
    if (book.get()) {
        std::string header = "&L" + xlsx::page_text(meta.municipality + ": " + meta.title + " – " +
                                                        labels.get("follow_up_title") + " " + std::to_string(r.year),
                                                    150);
        std::string footer = xlsx::page_footer(labels.get("page"), labels.get("page_of"));
        xlsx::Sheet s(book, labels.get("follow_up_title") + " " + std::to_string(r.year));
        const FollowUpFigures& year = figures.follow_up.at(report);
        const MeasureColumns c(year.shows_grants);
        s.width(c.number, c.number, 6);
        s.width(c.title, c.title, 34);
        s.width(c.responsible, c.responsible, 24);
        s.width(c.status, c.status, 16);
        s.width(c.planned, c.comment - 1, 16);
        s.width(c.comment, c.comment, 48);
        if (s.usable()) {
            write_measures(s, plan, r, year, labels);
            s.setup_print({header, footer, kHeaderRow, 2});
        }
        if (!plan.goals.empty()) {
            xlsx::Sheet ind(book, labels.get("xlsx_sheet_indicators"));
            const double iwidths[kIndicatorColumns] = {30, 30, 16, 12, 14, 14, 14, 10, 12, 14};
            for (int c = 0; c < kIndicatorColumns; ++c) ind.width(c, c, iwidths[c]);
            if (ind.usable()) {
                write_indicators(ind, plan, r, labels);
                ind.setup_print({header, footer, 3, 2});
            }
        }
        book.set_properties({meta.title + " – " + labels.get("follow_up_title") + " " + std::to_string(r.year), "",
                             meta.municipality, "", plan_timestamp(plan)});
    }
    if (!book.close()) {
        error = book.error();
        return false;
    }
    return true;
}

}  // namespace legeplan
