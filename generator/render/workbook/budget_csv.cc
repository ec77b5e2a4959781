#include "render/workbook/budget_csv.h"

#include <vector>

#include "render/workbook/budget_lines.h"

namespace legeplan {

namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";
constexpr const char* kLineEnd = "\r\n";

}  // namespace

std::string csv_text_field(const std::string& text) {
    std::string out = text;
    if (!out.empty() && std::string("=+-@\t\r").find(out.front()) != std::string::npos) out = "'" + out;
    if (out.find_first_of(";\"\r\n") == std::string::npos) return out;
    std::string quoted = "\"";
    for (char c : out) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string csv_code_field(const std::string& code) {
    std::string field = csv_text_field(code);
    return !field.empty() && field.front() == '"' ? field : "\"" + field + "\"";
}

namespace {

// One row per coding, a column per year; the first columns name the price year and the codes.
std::string wide_csv(const Plan& plan, const Figures& figures, const Labels& labels) {
    const Period& period = plan.meta.period;
    std::string out = kBom;
    std::vector<std::string> headers = {labels.get("budget_ansvar"), labels.get("budget_art"),
                                        labels.get("budget_kostra"), labels.get("budget_project"),
                                        labels.get("budget_kind"),   labels.get("budget_price_year")};
    for (int year = period.from; year <= period.to; ++year) headers.push_back(std::to_string(year));
    headers.push_back(labels.get("xlsx_col_period_sum"));
    for (std::size_t i = 0; i < headers.size(); ++i) out += (i ? ";" : "") + csv_text_field(headers[i]);
    out += kLineEnd;
    const std::string price_year = plan.meta.price_year ? std::to_string(plan.meta.price_year) : std::string();
    for (const BudgetRow& row : budget_rows(budget_lines(plan, figures), period)) {
        std::vector<std::string> fields = {
            csv_code_field(row.ansvar), csv_code_field(row.art), csv_code_field(row.kostra),
            csv_code_field(row.project),
            csv_text_field(labels.get(row.budget == BudgetKind::investment ? "budget_investment" : "budget_operating")),
            price_year};
        for (Amount amount : row.per_year) fields.push_back(std::to_string(amount));
        fields.push_back(std::to_string(row.total));
        for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? ";" : "") + fields[i];
        out += kLineEnd;
    }
    return out;
}

}  // namespace

std::string budget_csv(const Plan& plan, const Figures& figures, const Labels& labels, BudgetLayout layout) {
    if (layout == BudgetLayout::wide) return wide_csv(plan, figures, labels);
    const char* headers[] = {"budget_year",  "budget_ansvar",  "unit",          "budget_kostra",
                             "budget_number", "measure",       "funding",       "budget_grant",
                             "budget_amount"};
    std::string out = kBom;
    for (std::size_t i = 0; i < std::size(headers); ++i) {
        out += (i ? ";" : "") + csv_text_field(labels.get(headers[i]));
    }
    out += kLineEnd;
    for (const BudgetLine& line : budget_lines(plan, figures)) {
        std::string grant;
        if (line.grant) grant = line.grant->name;
        if (line.implicit_grant) grant = labels.text(label_key(line.funding));
        const std::string fields[] = {
            std::to_string(line.year),
            csv_text_field(line.unit ? line.unit->ansvar : std::string()),
            csv_text_field(line.unit ? line.unit->name : std::string()),
            csv_text_field(line.kostra),
            std::to_string(line.measure->number),
            csv_text_field(line.measure->title),
            csv_text_field(labels.text(label_key(line.funding))),
            csv_text_field(grant),
            std::to_string(line.amount)};
        for (std::size_t i = 0; i < std::size(fields); ++i) out += (i ? ";" : "") + fields[i];
        out += kLineEnd;
    }
    return out;
}

}  // namespace legeplan
