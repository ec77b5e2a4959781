#include "render/cost_listing.h"

#include <algorithm>

#include "text/terminal_text.h"
#include "text/translate.h"
#include "text/utf8.h"

namespace legeplan {

namespace {

CostListingRow sum_row(const std::string& title, const std::vector<Amount>& years, Amount total) {
    return {"", title, years, total};
}

std::string cell(Amount amount) { return amount == 0 ? "–" : format_amount(amount); }

// text cut to width characters, ending in "…" (after no space) when cut.
std::string shortened(const std::string& text, std::size_t width) {
    if (utf8::length(text) <= width) return text;
    std::vector<std::string> chars = utf8::split_chars(text);
    std::string out;
    for (std::size_t i = 0; i + 1 < width; ++i) out += chars[i];
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "…";
}

std::string padded(const std::string& text, std::size_t width, bool right) {
    std::size_t length = utf8::length(text);
    std::string pad(width > length ? width - length : 0, ' ');
    return right ? pad + text : text + pad;
}

// One line of the table: the cells, each padded to its column's width, two spaces between; the
// title column (index 1) left-aligned, the others right-aligned; no trailing spaces.
std::string line(const std::vector<std::string>& cells, const std::vector<std::size_t>& widths) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += "  ";
        out += padded(cells[i], widths[i], i != 1);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
}

std::vector<std::string> row_cells(const CostListingRow& row, std::size_t title_width) {
    std::string title = terminal_safe(row.title);
    if (row.estimated) title = shortened(title, title_width - 2) + " *";
    std::vector<std::string> cells = {row.number, shortened(title, title_width)};
    for (Amount a : row.years) cells.push_back(cell(a));
    cells.push_back(cell(row.total));
    return cells;
}

}  // namespace

CostListing cost_listing(const Plan& plan, const Figures& figures) {
    CostListing listing;
    const Period& period = plan.meta.period;
    for (int y = period.from; y <= period.to; ++y) listing.years.push_back(y);
    std::vector<const Measure*> measures;
    for (const Measure& m : plan.measures) measures.push_back(&m);
    std::stable_sort(measures.begin(), measures.end(),
                     [](const Measure* a, const Measure* b) { return a->number < b->number; });
    for (const Measure* m : measures) {
        const Sums& s = figures.of(plan, *m).sums;
        listing.measures.push_back({std::to_string(m->number), m->title, s.per_year, s.period_total, s.has_estimates});
    }
    const Sums& t = figures.overall;
    listing.sums.push_back(sum_row(tr("Total"), t.per_year, t.period_total));
    if (figures.has_grants_or_shares) {
        listing.sums.push_back(sum_row(tr("Grants"), t.grants_per_year, t.period_grants));
        listing.sums.push_back(sum_row(tr("Net"), t.net_per_year, t.period_net));
    }
    return listing;
}

std::string cost_listing_text(const CostListing& listing, std::size_t title_width) {
    // TRANSLATORS: the heads of the cost table's columns: the measure's number and its title.
    std::vector<std::string> header = {tr("No."), tr("Measure")};
    for (int y : listing.years) header.push_back(std::to_string(y));
    header.push_back(tr("Total"));
    std::vector<std::vector<std::string>> body;
    for (const CostListingRow& row : listing.measures) body.push_back(row_cells(row, title_width));
    std::vector<std::vector<std::string>> sums;
    for (const CostListingRow& row : listing.sums) sums.push_back(row_cells(row, title_width));

    std::vector<std::size_t> widths(header.size(), 0);
    for (const auto* rows : {&body, &sums}) {
        for (const auto& cells : *rows) {
            for (std::size_t i = 0; i < cells.size(); ++i) widths[i] = std::max(widths[i], utf8::length(cells[i]));
        }
    }
    for (std::size_t i = 0; i < header.size(); ++i) widths[i] = std::max(widths[i], utf8::length(header[i]));

    std::size_t full = 2 * (widths.size() - 1);
    for (std::size_t w : widths) full += w;
    std::string out = line(header, widths);
    for (const auto& cells : body) out += line(cells, widths);
    std::string rule;
    for (std::size_t i = 0; i < full; ++i) rule += "-";
    out += rule + "\n";
    for (const auto& cells : sums) out += line(cells, widths);
    bool estimates = std::any_of(listing.measures.begin(), listing.measures.end(),
                                 [](const CostListingRow& row) { return row.estimated; });
    if (estimates) out += tr("* has an estimate (a range), outside the totals") + "\n";
    return out;
}

}  // namespace legeplan
