#include "render/workbook/overview_workbook.h"

#include "plan/choice_keys.h"
#include "render/figure_text.h"
#include "render/workbook/xlsx_book.h"
#include "text/translate.h"

namespace legeplan {

namespace {

enum Column { kMunicipality, kTitle, kStatus, kVersion, kPeriod, kMeasures, kRecurring, kOneTime, kTotal, kGrants, kNet };
static_assert(kTotal == kOverviewTotalCol);

constexpr int kHeaderRow = kOverviewFirstRow - 1;

void write_plan(xlsx::Sheet& s, int row, const OverviewPlan& p, bool grants, const Labels& labels) {
    const xlsx::Formats& f = s.formats();
    const Metadata& meta = p.plan->meta;
    const Sums& sums = p.figures->overall;
    s.wrapped(row, kMunicipality, meta.municipality, f.wrap);
    s.wrapped(row, kTitle, meta.title, f.wrap);
    s.text(row, kStatus, labels.get(label_key(meta.status)), f.text);
    s.text(row, kVersion, version_and_date(meta, labels), f.text);
    s.text(row, kPeriod, period_text(meta.period), f.text);
    s.number(row, kMeasures, sums.measures, f.quantity);
    s.number(row, kRecurring, static_cast<double>(sums.recurring), f.kr);
    s.number(row, kOneTime, static_cast<double>(sums.one_time), f.kr);
    s.number(row, kTotal, static_cast<double>(sums.total), f.kr);
    if (grants) {
        s.number(row, kGrants, static_cast<double>(p.figures->has_grants_or_shares ? sums.grants_total : 0), f.kr);
        s.number(row, kNet, static_cast<double>(overview_net(*p.figures)), f.kr);
    }
}

// The sum row and the average row under the municipalities, as formulas over their rows.
void write_region_rows(xlsx::Sheet& s, int first, int last, const RegionSums& r, bool grants, const Labels& labels) {
    const xlsx::Formats& f = s.formats();
    int sum_row = last + 1;
    int average_row = last + 2;
    s.text(sum_row, kMunicipality, labels.get("overview_sum_row"), f.total_label);
    s.text(average_row, kMunicipality, labels.get("overview_average_row"), f.text);
    struct Figure {
        int col;
        Amount sum;
    };
    std::vector<Figure> figures = {{kMeasures, r.measures}, {kRecurring, r.recurring}, {kOneTime, r.one_time},
                                   {kTotal, r.total}};
    if (grants) {
        figures.push_back({kGrants, r.grants_total});
        figures.push_back({kNet, r.net_total});
    }
    for (const Figure& fig : figures) {
        std::string range = xlsx::column_range(fig.col, first, last);
        lxw_format* sum_format = fig.col == kMeasures ? f.bold : f.kr_total;
        lxw_format* average_format = fig.col == kMeasures ? f.quantity : f.kr;
        s.formula(sum_row, fig.col, "SUM(" + range + ")", static_cast<double>(fig.sum), sum_format);
        s.formula(average_row, fig.col, "AVERAGE(" + range + ")", static_cast<double>(fig.sum) / r.plans,
                  average_format);
    }
    for (int c = kTitle; c < kMeasures; ++c) s.text(sum_row, c, "", f.total_blank);
}

// The plans left out, under the table: each path, then its errors one a row.
void write_invalid(xlsx::Sheet& s, int row, int columns, const std::vector<InvalidPlan>& invalid,
                   const Labels& labels) {
    const xlsx::Formats& f = s.formats();
    s.text(row++, 0, labels.get("overview_invalid_title"), f.bold);
    s.merged(row++, 0, columns - 1, labels.get("overview_invalid_intro"), f.wrap);
    for (const InvalidPlan& p : invalid) {
        s.text(row++, 0, p.path, f.bold);
        for (const std::string& e : p.errors) s.merged(row++, 0, columns - 1, e, f.wrap);
    }
}

// The key figures of the standard kinds: a row per municipality, a column per kind, the sum
// (for kinds that add up), the average over the municipalities that give it and how many do,
// as formulas.
// A figure from another year than most, or from no year said, carries a comment saying so.
void write_key_figures(xlsx::Book& book, const Overview& overview, const Labels& labels) {
    xlsx::Sheet s(book, labels.get("overview_key_figures_sheet"));
    int columns = 1 + static_cast<int>(overview.key_figures.size());
    s.width(0, 0, 22);
    s.width(1, columns - 1, 16);
    if (!s.usable()) return;
    const xlsx::Formats& f = s.formats();
    int year = common_figure_year(overview);
    s.merged(0, 0, columns - 1, labels.get("overview_key_figures_title"), f.title);
    std::string note = labels.get("overview_key_figures_note");
    if (year != 0) note += " " + labels.with_year("overview_key_figures_year_sheet", year);
    s.merged(1, 0, columns - 1, note, f.wrap);
    std::vector<std::string> headers = {labels.get("overview_municipality")};
    for (const RegionKeyFigure& k : overview.key_figures) headers.push_back(kind_heading(*k.kind, labels));
    s.headers(kHeaderRow, headers, 1, columns - 1);
    int first = kOverviewFirstRow;
    int last = first + static_cast<int>(overview.plans.size()) - 1;
    for (std::size_t p = 0; p < overview.plans.size(); ++p) {
        int row = first + static_cast<int>(p);
        s.wrapped(row, 0, overview.plans[p].plan->meta.municipality, f.wrap);
        for (std::size_t k = 0; k < overview.key_figures.size(); ++k) {
            const auto& value = overview.key_figures[k].values[p];
            int col = 1 + static_cast<int>(k);
            if (!value) {
                s.text(row, col, "–", f.text);  // text, which SUM and AVERAGE pass over
                continue;
            }
            s.number(row, col, static_cast<double>(value->value) / 1000, f.quantity);
            if (value->year != year || year == 0) {
                std::string comment = value->year == 0 ? labels.get("overview_figure_no_year_comment")
                                                       : labels.with_year("overview_figure_year_comment", value->year);
                s.call(worksheet_write_comment(s.get(), static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                               comment.c_str()),
                       tr("a figure's year"));
            }
        }
    }
    s.text(last + 1, 0, labels.get("overview_sum_row"), f.total_label);
    s.text(last + 2, 0, labels.get("overview_average_row"), f.text);
    s.text(last + 3, 0, labels.get("overview_figure_plans_row"), f.text);
    for (std::size_t k = 0; k < overview.key_figures.size(); ++k) {
        const RegionKeyFigure& r = overview.key_figures[k];
        int col = 1 + static_cast<int>(k);
        std::string range = xlsx::column_range(col, first, last);
        if (r.sum) {
            s.formula(last + 1, col, "SUM(" + range + ")", static_cast<double>(*r.sum) / 1000, f.quantity_total);
        } else {
            s.text(last + 1, col, "", f.total_blank);
        }
        s.formula(last + 2, col, "ROUND(AVERAGE(" + range + "),2)", static_cast<double>(r.average) / 1000, f.quantity);
        s.formula(last + 3, col, "COUNT(" + range + ")", r.plans, f.quantity);
    }
    s.setup_print({"&L" + xlsx::page_text(labels.get("overview_title"), 150),
                   xlsx::page_footer(labels.get("page"), labels.get("page_of")), kHeaderRow, 1});
}

}  // namespace

bool render_overview_workbook(const Overview& overview, const Labels& labels, std::time_t created,
                              const std::string& path, std::string& error) {
    bool grants = overview.sums.has_grants;
    int columns = grants ? kNet + 1 : kTotal + 1;
    xlsx::Book book(path, labels.get("xlsx_text_shortened"));
    if (book.get()) {
        xlsx::Sheet s(book, labels.get("overview_sheet"));
        const double widths[] = {22, 32, 18, 22, 11, 10, 16, 16, 16, 16, 16};
        for (int c = 0; c < columns; ++c) s.width(c, c, widths[c]);
        if (s.usable()) {
            const xlsx::Formats& f = s.formats();
            s.merged(0, 0, columns - 1, labels.get("overview_title"), f.title);
            std::string note = labels.get("overview_amounts_note") + " " + labels.get("overview_sums_note");
            if (grants) note += " " + labels.get("overview_grants_note");
            s.merged(1, 0, columns - 1, note, f.wrap);
            std::vector<std::string> headers = {labels.get("overview_municipality"), labels.get("overview_plan"),
                                                labels.get("status"), labels.get("overview_version"),
                                                labels.get("period"), labels.get("overview_measures"),
                                                labels.get("overview_recurring"), labels.get("overview_one_time"),
                                                labels.get("overview_total")};
            if (grants) {
                headers.push_back(labels.get("overview_grants"));
                headers.push_back(labels.get("overview_net"));
            }
            s.headers(kHeaderRow, headers, kMeasures, columns - 1);
            int row = kOverviewFirstRow;
            for (const OverviewPlan& p : overview.plans) write_plan(s, row++, p, grants, labels);
            if (!overview.plans.empty()) {
                write_region_rows(s, kOverviewFirstRow, row - 1, overview.sums, grants, labels);
                row += 2;
            }
            if (!overview.invalid.empty()) write_invalid(s, row + 1, columns, overview.invalid, labels);
            s.setup_print({"&L" + xlsx::page_text(labels.get("overview_title"), 150),
                           xlsx::page_footer(labels.get("page"), labels.get("page_of")), kHeaderRow, 1});
        }
        if (!overview.key_figures.empty() && !overview.plans.empty()) write_key_figures(book, overview, labels);
        book.set_properties({labels.get("overview_title"), "", "", "", created});
    }
    if (!book.close()) {
        error = book.error();
        return false;
    }
    return true;
}

}  // namespace legeplan
