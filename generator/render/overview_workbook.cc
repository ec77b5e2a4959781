#include "render/overview_workbook.h"

#include "plan/choice_keys.h"
#include "render/xlsx_book.h"

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
        s.formula(sum_row, fig.col, "=SUM(" + range + ")", static_cast<double>(fig.sum), sum_format);
        s.formula(average_row, fig.col, "=AVERAGE(" + range + ")", static_cast<double>(fig.sum) / r.plans,
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
        book.set_properties({labels.get("overview_title"), "", "", "", created});
    }
    if (!book.close()) {
        error = book.error();
        return false;
    }
    return true;
}

}  // namespace legeplan
