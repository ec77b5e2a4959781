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

enum MeasureColumn { kNumber, kTitle, kResponsible, kStatus, kPlanned, kSpent, kDifference, kComment, kMeasureColumns };

void write_measures(xlsx::Sheet& s, const Plan& plan, const FollowUp& report,
                    const FollowUpFigures& figures, const Labels& labels) {
    auto word = [&](const char* key) { return labels.with_year(key, report.year); };
    const xlsx::Formats& f = s.formats();
    PlanIndex index(plan);
    s.merged(0, 0, kMeasureColumns - 1, word("follow_up_title") + " " + std::to_string(report.year) + ": " +
                 plan.meta.title, f.title);
    s.merged(1, 0, kMeasureColumns - 1, plan.meta.municipality + " · " + word("follow_up_dated") + " " +
                 date_text(report.date, labels), f.wrap);
    s.merged(2, 0, kMeasureColumns - 1, word("xlsx_follow_up_intro"), f.wrap);
    s.headers(kHeaderRow, {word("number"), word("measure"), word("responsible"), word("measure_status"),
                           word("follow_up_planned"), word("follow_up_spent"), word("follow_up_difference"),
                           word("comment")},
              kPlanned, kDifference);
    int row = kHeaderRow + 1;
    for (const FollowUpLine& line : figures.lines) {
        const Measure& m = plan.measures[line.measure];
        s.number(row, kNumber, m.number, f.ordinal);
        s.wrapped(row, kTitle, m.title, f.wrap);
        s.wrapped(row, kResponsible, responsible_names(index, m), f.wrap);
        s.text(row, kStatus, line.entry ? labels.get(label_key(line.entry->status))
                                        : labels.get("follow_up_not_reported_short"), f.text);
        s.number(row, kPlanned, static_cast<double>(line.planned), f.kr);
        if (line.entry) s.number(row, kSpent, static_cast<double>(line.spent), f.kr);
        s.formula(row, kDifference, xlsx::cell(row, kSpent) + "-" + xlsx::cell(row, kPlanned),
                  static_cast<double>(line.difference()), f.kr);
        s.wrapped(row, kComment, line.entry ? xlsx::cell_text(line.entry->text) : std::string(), f.wrap);
        ++row;
    }
    int first = kHeaderRow + 1;
    int last = row - 1;
    auto column_sum = [&](int col) {
        return last < first ? std::string("0") : "SUM(" + xlsx::column_range(col, first, last) + ")";
    };
    s.text(row, kTitle, word("total"), f.total_label);
    s.text(row, kNumber, "", f.total_blank);
    s.text(row, kResponsible, "", f.total_blank);
    s.text(row, kStatus, "", f.total_blank);
    s.formula(row, kPlanned, column_sum(kPlanned), static_cast<double>(figures.planned), f.kr_total);
    s.formula(row, kSpent, column_sum(kSpent), static_cast<double>(figures.spent), f.kr_total);
    s.formula(row, kDifference, column_sum(kDifference), static_cast<double>(figures.difference()), f.kr_total);
    s.text(row, kComment, "", f.total_blank);
    if (last >= first) s.autofilter(kHeaderRow, 0, last, kMeasureColumns - 1);

    // How many measures reached each status: counted from the status column, so a status
    // changed in the sheet is counted again.
    int counts = row + 2;
    s.headers(counts, {"", word("measure_status"), "", word("follow_up_count")});
    std::map<MeasureStatus, int> reported;
    for (const auto& [status, count] : figures.status_counts) reported[status] = count;
    std::vector<std::pair<std::string, int>> rows;
    for (MeasureStatus status : kStatuses) rows.emplace_back(labels.get(label_key(status)), reported[status]);
    rows.emplace_back(word("follow_up_not_reported_short"), figures.not_reported);
    int r = counts + 1;
    for (const auto& [name, count] : rows) {
        s.text(r, kTitle, name, f.text);
        std::string range = last < first ? std::string() : xlsx::column_range(kStatus, first, last);
        s.formula(r, kStatus + 0, range.empty() ? "0" : "COUNTIF(" + range + "," + xlsx::quoted(name) + ")",
                  count, nullptr);
        ++r;
    }
    s.text(r, kTitle, word("follow_up_all_measures"), f.total_label);
    s.formula(r, kStatus, "SUM(" + xlsx::column_range(kStatus, counts + 1, r - 1) + ")",
              static_cast<double>(figures.lines.size()), f.bold);
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
        const double widths[kMeasureColumns] = {6, 34, 24, 16, 16, 16, 16, 48};
        for (int c = 0; c < kMeasureColumns; ++c) s.width(c, c, widths[c]);
        if (s.usable()) {
            write_measures(s, plan, r, figures.follow_up.at(report), labels);
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
