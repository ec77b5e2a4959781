#include "render/workbook/overview_workbook.h"

#include <cmath>
#include <map>

#include "plan/choice_keys.h"
#include "render/figure_text.h"
#include "render/overview_text.h"
#include "render/workbook/xlsx_book.h"
#include "text/translate.h"

namespace legeplan {

namespace {

enum Column { kMunicipality, kTitle, kStatus, kVersion, kPeriod, kMeasures, kRecurring, kOneTime, kTotal, kGrants, kNet };
static_assert(kTotal == kOverviewTotalCol);

constexpr int kHeaderRow = kOverviewFirstRow - 1;

// Every label the workbook writes, asked for before the file is made, so that a label missing
// from a region's own label files (MissingLabel) leaves no half-written workbook.
constexpr const char* kLabelKeys[] = {
    "overview_title", "overview_sheet", "overview_subtitle", "overview_subtitle_year", "overview_amounts_note",
    "overview_sums_note", "overview_grants_note", "overview_municipality", "overview_plan", "status",
    "overview_version", "period", "overview_measures", "overview_recurring", "overview_one_time", "overview_total",
    "overview_grants", "overview_net", "overview_sum_row", "overview_average_row", "overview_outside_title",
    "overview_outside_intro", "overview_invalid_title", "overview_invalid_intro", "overview_key_figures_sheet",
    "overview_key_figures_title", "overview_key_figures_note", "overview_key_figures_year",
    "overview_figure_no_year", "overview_figure_old", "overview_region_row", "overview_figure_plans_row",
    "overview_method_title", "overview_method_sum", "overview_method_from_counts", "overview_method_weighted",
    "overview_method_plain", "overview_method_plain_unweighted", "overview_method_plain_share", "page", "page_of",
    "xlsx_text_shortened"};

// The plan's own columns: municipality, title, status, version and date, period; text wraps in
// its column rather than run under the next or be cut in print.
void write_plan_text(xlsx::Sheet& s, int row, const OverviewPlan& p, const Labels& labels) {
    const xlsx::Formats& f = s.formats();
    const Metadata& meta = p.plan->meta;
    s.wrapped(row, kMunicipality, meta.municipality, f.wrap);
    s.wrapped(row, kTitle, meta.title, f.wrap);
    s.wrapped(row, kStatus, labels.get(label_key(meta.status)), f.wrap);
    s.wrapped(row, kVersion, version_and_date(meta, labels), f.wrap);
    s.text(row, kPeriod, period_text(meta.period), f.text);
}

void write_plan(xlsx::Sheet& s, int row, const OverviewPlan& p, bool grants, const Labels& labels) {
    const xlsx::Formats& f = s.formats();
    const YearCosts& c = p.year;
    write_plan_text(s, row, p, labels);
    s.number(row, kMeasures, c.measures, f.whole);
    s.number(row, kRecurring, static_cast<double>(c.recurring), f.kr);
    s.number(row, kOneTime, static_cast<double>(c.one_time), f.kr);
    s.number(row, kTotal, static_cast<double>(c.total), f.kr);
    if (grants) {
        s.number(row, kGrants, static_cast<double>(c.grants), f.kr);
        s.number(row, kNet, static_cast<double>(c.net), f.kr);
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
        lxw_format* sum_format = fig.col == kMeasures ? f.whole_total : f.kr_total;
        lxw_format* average_format = fig.col == kMeasures ? f.one_decimal : f.kr;
        s.formula(sum_row, fig.col, "SUM(" + range + ")", static_cast<double>(fig.sum), sum_format);
        if (fig.col == kMeasures) {
            s.formula(average_row, fig.col, "ROUND(AVERAGE(" + range + "),1)",
                      static_cast<double>(std::llround(static_cast<double>(fig.sum) * 10 / r.plans)) / 10, average_format);
        } else {
            s.formula(average_row, fig.col, "ROUND(AVERAGE(" + range + "),0)",
                      static_cast<double>(std::llround(static_cast<double>(fig.sum) / r.plans)), average_format);
        }
    }
    for (int c = kTitle; c < kMeasures; ++c) s.text(sum_row, c, "", f.total_blank);
}

// The plans whose period does not cover the year, under the table: their own columns and why.
int write_outside(xlsx::Sheet& s, int row, int columns, const Overview& overview, const Labels& labels) {
    const xlsx::Formats& f = s.formats();
    s.text(row++, 0, labels.with_year("overview_outside_title", overview.year), f.bold);
    s.merged(row++, 0, columns - 1, labels.with_year("overview_outside_intro", overview.year), f.wrap);
    for (const OverviewPlan& p : overview.outside) write_plan_text(s, row++, p, labels);
    return row;
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

// The region's figure of a kind as a formula over the municipalities' rows: a sum, a share from
// the counts in the columns of its part and whole, an average weighted by its weight's column,
// or a plain average; rounded as the document shows it. Missing figures are "–", which SUM,
// AVERAGE, COUNT, SUMIFS (">=0") and SUMPRODUCT pass over.
std::string region_formula(const RegionKeyFigure& r, int col, const std::map<std::string_view, int>& cols, int first,
                           int last) {
    std::string range = xlsx::column_range(col, first, last);
    auto range_of = [&](std::string_view id) { return xlsx::column_range(cols.at(id), first, last); };
    std::string decimals = std::to_string(r.decimals);
    switch (r.method) {
        case RegionMethod::sum: return "SUM(" + range + ")";
        case RegionMethod::from_counts: {
            std::string part = range_of(r.kind->numerator);
            std::string whole = range_of(r.kind->weight);
            return "ROUND(100*SUMIFS(" + part + "," + whole + ",\">=0\")/SUMIFS(" + whole + "," + part +
                   ",\">=0\"),1)";
        }
        case RegionMethod::weighted: {
            std::string weight = range_of(r.kind->weight);
            return "ROUND(SUMPRODUCT(" + range + "," + weight + ")/SUMIFS(" + weight + "," + range + ",\">=0\")," +
                   decimals + ")";
        }
        case RegionMethod::plain: break;
    }
    return "ROUND(AVERAGE(" + range + ")," + decimals + ")";
}

// The key figures of the standard kinds: a row per municipality, a column per kind, each figure
// with its year printed beside it when it is not the overview's (in its number format, so it
// stays a number); the region's figure and how many municipalities give it, as formulas; and
// under the table how each region figure is formed.
void write_key_figures(xlsx::Book& book, const Overview& overview, const Labels& labels) {
    xlsx::Sheet s(book, labels.get("overview_key_figures_sheet"));
    int columns = 1 + static_cast<int>(overview.key_figures.size());
    s.width(0, 0, 22);
    s.width(1, columns - 1, 18);
    if (!s.usable()) return;
    const xlsx::Formats& f = s.formats();
    s.merged(0, 0, columns - 1, labels.get("overview_key_figures_title"), f.title);
    s.merged(1, 0, columns - 1, key_figures_note(overview, labels), f.wrap);
    std::vector<std::string> headers = {labels.get("overview_municipality")};
    for (const RegionKeyFigure& k : overview.key_figures) headers.push_back(kind_heading(*k.kind, labels));
    s.headers(kHeaderRow, headers, 1, columns - 1);
    std::map<std::string_view, int> cols;
    for (std::size_t k = 0; k < overview.key_figures.size(); ++k) cols[overview.key_figures[k].kind->id] = 1 + static_cast<int>(k);
    int first = kOverviewFirstRow;
    int last = first + static_cast<int>(overview.plans.size()) - 1;
    for (std::size_t p = 0; p < overview.plans.size(); ++p) {
        int row = first + static_cast<int>(p);
        s.wrapped(row, 0, overview.plans[p].plan->meta.municipality, f.wrap);
        for (std::size_t k = 0; k < overview.key_figures.size(); ++k) {
            const auto& value = overview.key_figures[k].values[p];
            int col = 1 + static_cast<int>(k);
            if (!value) {
                s.text(row, col, "–", f.missing);
                continue;
            }
            lxw_format* format = book.figure_format(decimals_of(value->value),
                                                    overview_year_mark(*value, overview, labels), false);
            s.number(row, col, static_cast<double>(value->value) / 1000, format);
        }
    }
    int region_row = last + 1;
    int count_row = last + 2;
    s.text(region_row, 0, labels.get("overview_region_row"), f.total_label);
    s.text(count_row, 0, labels.get("overview_figure_plans_row"), f.text);
    for (std::size_t k = 0; k < overview.key_figures.size(); ++k) {
        const RegionKeyFigure& r = overview.key_figures[k];
        int col = 1 + static_cast<int>(k);
        if (r.region) {
            s.formula(region_row, col, region_formula(r, col, cols, first, last), static_cast<double>(*r.region) / 1000,
                      book.figure_format(r.decimals, "", true));
        } else {
            s.text(region_row, col, "–", f.missing);
        }
        s.formula(count_row, col, "COUNT(" + xlsx::column_range(col, first, last) + ")", r.plans, f.whole);
    }
    int row = count_row + 2;
    s.text(row++, 0, labels.get("overview_method_title"), f.bold);
    for (const RegionKeyFigure& k : overview.key_figures) s.merged(row++, 0, columns - 1, region_method_text(k, labels), f.wrap);
    s.setup_print({"&L" + xlsx::page_text(overview_title(overview, labels), 150),
                   xlsx::page_footer(labels.get("page"), labels.get("page_of")), kHeaderRow, 1});
}

}  // namespace

bool render_overview_workbook(const Overview& overview, const Labels& labels, std::time_t created,
                              const std::string& path, std::string& error) {
    for (const char* key : kLabelKeys) labels.get(key);
    bool grants = overview.sums.has_grants;
    int columns = grants ? kNet + 1 : kTotal + 1;
    std::string title = overview_title(overview, labels);
    xlsx::Book book(path, labels.get("xlsx_text_shortened"));
    if (book.get()) {
        xlsx::Sheet s(book, labels.get("overview_sheet"));
        const double widths[] = {22, 32, 18, 22, 11, 10, 16, 16, 16, 16, 16};
        for (int c = 0; c < columns; ++c) s.width(c, c, widths[c]);
        if (s.usable()) {
            const xlsx::Formats& f = s.formats();
            s.merged(0, 0, columns - 1, title, f.title);
            s.merged(1, 0, columns - 1, overview_subtitle(overview, labels) + ", " + date_text(overview.date, labels),
                     f.bold);
            std::string note = labels.with_year("overview_amounts_note", overview.year) + " " +
                               labels.get("overview_sums_note");
            if (grants) note += " " + labels.get("overview_grants_note");
            s.merged(2, 0, columns - 1, note, f.wrap);
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
            if (!overview.outside.empty()) row = write_outside(s, row + 1, columns, overview, labels);
            if (!overview.invalid.empty()) write_invalid(s, row + 1, columns, overview.invalid, labels);
            s.setup_print({"&L" + xlsx::page_text(title, 150),
                           xlsx::page_footer(labels.get("page"), labels.get("page_of")), kHeaderRow, 1});
        }
        if (!overview.key_figures.empty() && !overview.plans.empty()) write_key_figures(book, overview, labels);
        book.set_properties({title, "", "", "", created});
    }
    if (!book.close()) {
        error = book.error();
        return false;
    }
    return true;
}

}  // namespace legeplan
