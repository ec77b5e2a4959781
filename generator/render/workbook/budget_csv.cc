#include "render/workbook/budget_csv.h"

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

std::string budget_csv(const Plan& plan, const Figures& figures, const Labels& labels) {
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
