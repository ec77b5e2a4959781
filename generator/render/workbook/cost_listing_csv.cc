#include "render/workbook/cost_listing_csv.h"

#include "render/workbook/budget_csv.h"
#include "text/translate.h"

namespace legeplan {

namespace {

std::string csv_row(const CostListingRow& row) {
    std::string out = csv_text_field(row.number) + ";" + csv_text_field(row.title);
    for (Amount a : row.years) out += ";" + std::to_string(a);
    return out + ";" + std::to_string(row.total) + "\n";
}

}  // namespace

std::string cost_listing_csv(const CostListing& listing) {
    std::string out = tr("No.") + ";" + tr("Measure");
    for (int y : listing.years) out += ";" + std::to_string(y);
    out += ";" + tr("Total") + "\n";
    for (const CostListingRow& row : listing.measures) out += csv_row(row);
    for (const CostListingRow& row : listing.sums) out += csv_row(row);
    return out;
}

}  // namespace legeplan
