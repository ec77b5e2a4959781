#include "render/overview_report.h"

#include <cmath>

#include "plan/choice_keys.h"
#include "render/cost_text.h"
#include "render/document_data.h"
#include "render/markdown_escape.h"

namespace legeplan {

namespace {

// An average in whole kroner, rounded half away from zero, as a table cell.
std::string average_cell(double value) {
    return amount_cell(static_cast<Amount>(std::llround(value)));
}

// "2,5" — an average count with the Norwegian decimal comma, one decimal.
std::string average_count(double value) {
    long tenths = std::lround(value * 10);
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10 != 0) text += "," + std::to_string(tenths % 10);
    return text;
}

std::string plans_table(const Overview& overview, const Labels& labels) {
    std::string md = "| " + labels.get("overview_municipality") + " | " + labels.get("overview_plan") + " | " +
                     labels.get("status") + " | " + labels.get("overview_version") + " | " +
                     labels.get("period") + " |\n|:--|:--|:--|:--|:--|\n";
    for (const OverviewPlan& p : overview.plans) {
        const Metadata& meta = p.plan->meta;
        md += "| " + escape_inline(meta.municipality) + " | " + escape_inline(meta.title) + " | " +
              labels.get(label_key(meta.status)) + " | " + escape_inline(version_and_date(meta, labels)) +
              " | " + period_text(meta.period) + " |\n";
    }
    return md;
}

std::string costs_table(const Overview& overview, const Labels& labels) {
    bool grants = overview.sums.has_grants;
    std::string md = "| " + labels.get("overview_municipality") + " | " + labels.get("overview_measures") + " | " +
                     labels.get("overview_recurring") + " | " + labels.get("overview_one_time") + " | " +
                     labels.get("overview_total") + " |";
    std::string rule = "|:--|--:|--:|--:|--:|";
    if (grants) {
        md += " " + labels.get("overview_grants") + " | " + labels.get("overview_net") + " |";
        rule += "--:|--:|";
    }
    md += "\n" + rule + "\n";
    for (const OverviewPlan& p : overview.plans) {
        const Sums& s = p.figures->overall;
        md += "| " + escape_inline(p.plan->meta.municipality) + " | " + std::to_string(s.measures) + " | " +
              amount_cell(s.recurring) + " | " + amount_cell(s.one_time) + " | " + amount_cell(s.total) + " |";
        if (grants) {
            Amount own_grants = p.figures->has_grants_or_shares ? s.grants_total : 0;
            md += " " + amount_cell(own_grants) + " | " + amount_cell(overview_net(*p.figures)) + " |";
        }
        md += "\n";
    }
    const RegionSums& r = overview.sums;
    md += "| **" + labels.get("overview_sum_row") + "** | **" + std::to_string(r.measures) + "** | **" +
          amount_cell(r.recurring) + "** | **" + amount_cell(r.one_time) + "** | **" + amount_cell(r.total) + "** |";
    if (grants) md += " **" + amount_cell(r.grants_total) + "** | **" + amount_cell(r.net_total) + "** |";
    md += "\n| " + labels.get("overview_average_row") + " | " + average_count(r.average_measures()) + " | " +
          average_cell(static_cast<double>(r.recurring) / r.plans) + " | " +
          average_cell(static_cast<double>(r.one_time) / r.plans) + " | " + average_cell(r.average_total()) + " |";
    if (grants) {
        md += " " + average_cell(static_cast<double>(r.grants_total) / r.plans) + " | " +
              average_cell(r.average_net()) + " |";
    }
    return md + "\n";
}

std::string invalid_section(const Overview& overview, const Labels& labels) {
    std::string md = "## " + labels.get("overview_invalid_title") + "\n\n" + labels.get("overview_invalid_intro") + "\n\n";
    for (const InvalidPlan& p : overview.invalid) {
        md += "- " + escape_inline(p.path) + "\n";
        for (const std::string& e : p.errors) md += "    - " + escape_inline(e) + "\n";
    }
    return md + "\n";
}

}  // namespace

std::string version_and_date(const Metadata& meta, const Labels& labels) {
    return meta.version + ", " + date_text(meta.date, labels);
}

std::string period_text(const Period& period) {
    return std::to_string(period.from) + "–" + std::to_string(period.to);
}

std::string overview_markdown(const Overview& overview, const Labels& labels) {
    std::string md = labels.get("overview_intro") + "\n\n";
    if (overview.plans.empty()) {
        md += labels.get("overview_no_valid") + "\n\n";
    } else {
        md += "## " + labels.get("overview_plans_title") + "\n\n" + plans_table(overview, labels) + "\n";
        md += "## " + labels.get("overview_costs_title") + "\n\n" + labels.get("overview_amounts_note") + " " +
              labels.get("overview_sums_note");
        if (overview.sums.has_grants) md += " " + labels.get("overview_grants_note");
        md += "\n\n" + costs_table(overview, labels) + "\n";
    }
    if (!overview.invalid.empty()) md += invalid_section(overview, labels);
    return md;
}

}  // namespace legeplan
