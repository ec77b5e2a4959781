#include "render/workbook/budget_import_sheet.h"

#include "render/workbook/budget_lines.h"

namespace legeplan {

namespace {

using xlsx::cell;
using xlsx::column_range;
using xlsx::quoted;

// The code columns, then the price year, then one column per year and the period's sum.
enum ImportCol { kAnsvar, kArt, kKostra, kProject, kBudget, kPriceYear, kFirstYear };

}  // namespace

void write_budget_import_sheet(const Plan& plan, const Figures& figures, const Labels& labels, xlsx::Sheet& s,
                               const std::string& page_header, const std::string& page_footer) {
    if (!s.usable()) return;
    const xlsx::Formats& f = s.formats();
    const Period& period = plan.meta.period;
    const int years = period.years();
    const int sum_col = kFirstYear + years;
    std::vector<BudgetLine> lines = budget_lines(plan, figures);
    std::vector<BudgetRow> rows = budget_rows(lines, period);

    s.width(kAnsvar, kProject, 12);
    s.width(kBudget, kBudget, 14);
    s.width(kPriceYear, kPriceYear, 9);
    s.width(kFirstYear, sum_col, 14);
    std::vector<std::string> headers = {labels.get("budget_ansvar"),  labels.get("budget_art"),
                                        labels.get("budget_kostra"),  labels.get("budget_project"),
                                        labels.get("budget_kind"),    labels.get("budget_price_year")};
    for (int year = period.from; year <= period.to; ++year) headers.push_back(std::to_string(year));
    headers.push_back(labels.get("xlsx_col_period_sum"));
    s.headers(0, headers, kFirstYear, sum_col);

    const std::string operating = labels.get("budget_operating");
    const std::string investment = labels.get("budget_investment");
    int r = 1;
    for (const BudgetRow& row : rows) {
        s.text(r, kAnsvar, row.ansvar, f.text);
        s.text(r, kArt, row.art, f.text);
        s.text(r, kKostra, row.kostra, f.text);
        s.text(r, kProject, row.project, f.text);
        s.text(r, kBudget, row.budget == BudgetKind::investment ? investment : operating, f.text);
        if (plan.meta.price_year) s.number(r, kPriceYear, plan.meta.price_year, f.year);
        for (int y = 0; y < years; ++y) {
            s.number(r, kFirstYear + y, static_cast<double>(row.per_year[static_cast<std::size_t>(y)]), f.kr);
        }
        s.formula(r, sum_col, "SUM(" + cell(r, kFirstYear) + ":" + cell(r, sum_col - 1) + ")",
                  static_cast<double>(row.total), f.kr);
        ++r;
    }
    const int last_row = r - 1;
    // The sums stand apart, a blank row under the rows, so that an import of the rows above
    // can stop at the first blank row. Each year's both-budgets sum is that year's net.
    r += 1;
    struct SumRow {
        std::string label;
        const std::string* budget;  // the rows summed: this budget's, or every row (null)
        const YearlyFinance* figures;  // their values; null: overall net
    };
    const SumRow sums[] = {{labels.get("budget_sum_operating"), &operating, &figures.operating},
                           {labels.get("budget_sum_investment"), &investment, &figures.investment},
                           {labels.get("budget_sum_all"), nullptr, nullptr}};
    for (const SumRow& sum : sums) {
        s.text(r, kAnsvar, sum.label, f.total_label);
        for (int c = kArt; c < kFirstYear; ++c) s.text(r, c, "", f.total_blank);
        for (int y = 0; y <= years; ++y) {
            int col = kFirstYear + y;
            double value = 0;
            auto yi = static_cast<std::size_t>(y);
            if (y < years) {
                value = static_cast<double>(sum.figures ? sum.figures->net[yi] : figures.overall.net_per_year[yi]);
            } else {
                value = static_cast<double>(sum.figures ? sum.figures->net_total : figures.overall.period_net);
            }
            std::string range = last_row >= 1 ? column_range(col, 1, last_row) : std::string();
            std::string formula;
            if (last_row < 1) {
                formula = "0";
            } else if (sum.budget) {
                formula = "SUMIF(" + column_range(kBudget, 1, last_row) + "," + quoted(*sum.budget) + "," + range + ")";
            } else {
                formula = "SUM(" + range + ")";
            }
            s.formula(r, col, formula, value, f.kr_total);
        }
        ++r;
    }
    s.merged(r + 1, kAnsvar, sum_col, labels.get("xlsx_budget_import_intro"), f.wrap);
    if (last_row >= 1) s.autofilter(0, kAnsvar, last_row, sum_col);
    // The codes stay in view, and on every page across when the years run wide.
    s.setup_print({page_header, page_footer, 0, kPriceYear, -1});
}

}  // namespace legeplan
