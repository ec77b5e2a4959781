#include "render/document/follow_up_report.h"

#include <map>

#include "plan/choice_keys.h"
#include "render/cost_text.h"
#include "render/document/goal_sections.h"
#include "render/figure_text.h"
#include "text/markdown_escape.h"
#include "render/document/plan_text.h"

namespace legeplan {

namespace {

const char* const kNbsp = "\xC2\xA0";
const char* const kMinus = "\xE2\x88\x92";  // U+2212, the sign a printed minus takes

class ReportWriter {
public:
    ReportWriter(const Plan& plan, const Figures& figures, std::size_t report, const Labels& labels)
        : plan_(plan),
          report_(plan.follow_up.at(report)),
          figures_(figures.follow_up.at(report)),
          labels_(labels),
          year_(std::to_string(report_.year)) {}

    std::string write() {
        totals();
        text();
        goals();
        measures();
        comments();
        not_reported();
        return out_;
    }

private:
    std::string label(const std::string& key) const { return labels_.get(key); }

    std::string with_year(const std::string& key) const { return labels_.with_year(key, report_.year); }

    void heading(const std::string& key) { out_ += "# " + escape_inline(with_year(key)) + " {.unnumbered}\n\n"; }

    void totals() {
        heading("follow_up_totals_title");
        out_ += escape_text(with_year("follow_up_totals_intro"), true) + "\n\n";
        out_ += "| " + label("follow_up_figure") + " | " + label("follow_up_kroner") + " |\n|:---|--:|\n";
        row(with_year(figures_.shows_grants ? "follow_up_planned_own_in" : "follow_up_planned_in"), amount(figures_.planned));
        if (figures_.shows_grants) {
            row(with_year("follow_up_grants_in"), amount(figures_.grants));
            row(with_year("follow_up_net_in"), amount(figures_.net));
        }
        row(with_year("follow_up_spent_in"), amount(figures_.spent));
        if (figures_.shows_grants) {
            row(label("follow_up_difference_own_long"), signed_amount_cell(figures_.difference()));
            row(label("follow_up_difference_net_long"), signed_amount_cell(figures_.difference_from_net()));
            out_ += "\n" + escape_text(label("follow_up_spent_meaning"), true) + "\n\n";
        } else {
            row(label("follow_up_difference_long"), signed_amount_cell(figures_.difference()));
            out_ += "\n";
        }
        out_ += "| " + label("measure_status") + " | " + label("follow_up_count") + " |\n|:---|--:|\n";
        for (const auto& [status, count] : figures_.status_counts) {
            out_ += "| " + escape_inline(label(label_key(status))) + " | " + std::to_string(count) + " |\n";
        }
        if (figures_.not_reported > 0) {
            out_ += "| " + escape_inline(label("follow_up_not_reported")) + " | " +
                    std::to_string(figures_.not_reported) + " |\n";
        }
        out_ += "| **" + label("follow_up_all_measures") + "** | **" +
                std::to_string(figures_.lines.size()) + "** |\n\n";
    }

    void row(const std::string& name, const std::string& kroner) {
        out_ += "| " + escape_inline(name) + " | " + kroner + " |\n";
    }

    void text() {
        if (report_.text.empty()) return;
        heading("follow_up_text_title");
        out_ += plan_text_markdown(report_.text) + "\n";
    }

    void goals() {
        if (plan_.goals.empty()) return;
        std::map<std::string, const FollowUpIndicator*> values;
        for (const FollowUpIndicator& v : report_.indicators) values.emplace(v.indicator.id, &v);
        heading("follow_up_goals_title");
        out_ += escape_text(with_year("follow_up_goals_intro"), true) + "\n\n";
        for (const Goal& g : plan_.goals) {
            out_ += "## " + escape_inline(g.title) + " {.unnumbered}\n\n";
            if (g.indicators.empty()) {
                out_ += escape_text(label("follow_up_no_indicators"), true) + "\n\n";
                continue;
            }
            out_ += "| " + label("indicator") + " | " + label("indicator_unit") + " | " +
                    label("indicator_baseline") + " | " + escape_inline(year_) + " | " +
                    label("indicator_target") + " |\n"
                    "|:----------------------------|:--------------|-------------:|--------:|------------:|\n";
            for (const Indicator& i : g.indicators) {
                auto v = values.find(i.id);
                std::string now = v == values.end() ? escape_inline(label("follow_up_no_value"))
                                                    : milli_figure_text(v->second->value);
                out_ += "| " + escape_inline(i.title) + " | " + escape_inline(i.unit) + " | " +
                        milli_figure_text(i.baseline.value) + " (" + std::to_string(i.baseline.year) +
                        ") | " + now + " | " + milli_figure_text(i.target.value) + " (" +
                        std::to_string(i.target.year) + ") |\n";
            }
            out_ += "\n";
        }
    }

    void measures() {
        heading("follow_up_measures_title");
        out_ += escape_text(with_year("follow_up_measures_intro"), true) + "\n\n";
        out_ += "| " + label("number") + " | " + label("measure") + " | " + label("measure_status") +
                " | " + escape_inline(with_year("follow_up_planned")) + " | " +
                escape_inline(with_year("follow_up_spent")) + " | " +
                label(figures_.shows_grants ? "follow_up_difference_own" : "follow_up_difference") + " |\n"
                // Relative widths: Pandoc sizes the columns of a wide table by these dashes.
                "|---:|:----------------------------|:------------|-----------:|-----------:|----------:|\n";
        for (const FollowUpLine& line : figures_.lines) {
            const Measure& m = plan_.measures[line.measure];
            std::string status = line.entry ? label(label_key(line.entry->status))
                                            : label("follow_up_not_reported_short");
            out_ += "| " + std::to_string(m.number) + " | " + escape_inline(m.title) + " | " +
                    escape_inline(status) + " | " + amount(line.planned) + " | " +
                    (line.entry ? amount(line.spent) : std::string("–")) + " | " +
                    signed_amount_cell(line.difference()) + " |\n";
        }
        out_ += "| | **" + label("total") + "** | | **" + amount(figures_.planned) + "** | **" +
                amount(figures_.spent) + "** | **" + signed_amount_cell(figures_.difference()) + "** |\n\n";
        if (figures_.shows_grants) net_table();
    }

    // Own cost, grants and net beside what was spent: a table of its own, so that neither table
    // is wider than a portrait page.
    void net_table() {
        out_ += "## " + escape_inline(with_year("follow_up_net_title")) + " {.unnumbered}\n\n";
        out_ += escape_text(label("follow_up_net_intro"), true) + "\n\n";
        out_ += "| " + label("number") + " | " + label("measure") + " | " + label("follow_up_own") + " | " +
                label("grants") + " | " + label("follow_up_net") + " | " +
                label("follow_up_spent_field") + " | " + label("follow_up_difference_net") + " |\n"
                "|---:|:------------------------------|-----------:|---------:|---------:|-----------:|----------:|\n";
        for (const FollowUpLine& line : figures_.lines) {
            const Measure& m = plan_.measures[line.measure];
            out_ += "| " + std::to_string(m.number) + " | " + escape_inline(m.title) + " | " +
                    amount(line.planned) + " | " + amount(line.grants) + " | " + amount(line.net) + " | " +
                    (line.entry ? amount(line.spent) : std::string("–")) + " | " +
                    signed_amount_cell(line.difference_from_net()) + " |\n";
        }
        out_ += "| | **" + label("total") + "** | **" + amount(figures_.planned) + "** | **" +
                amount(figures_.grants) + "** | **" + amount(figures_.net) + "** | **" + amount(figures_.spent) +
                "** | **" + signed_amount_cell(figures_.difference_from_net()) + "** |\n\n";
    }

    void comments() {
        bool any = false;
        for (const FollowUpLine& line : figures_.lines) any = any || (line.entry && !line.entry->text.empty());
        if (!any) return;
        heading("follow_up_comments_title");
        for (const FollowUpLine& line : figures_.lines) {
            if (!line.entry || line.entry->text.empty()) continue;
            const Measure& m = plan_.measures[line.measure];
            out_ += "**" + std::to_string(m.number) + " " + escape_inline(m.title) + "** (" +
                    escape_inline(label(label_key(line.entry->status))) + ")\n\n";
            out_ += plan_text_markdown(line.entry->text) + "\n";
        }
    }

    void not_reported() {
        if (figures_.not_reported == 0) return;
        heading("follow_up_not_reported_title");
        out_ += escape_text(with_year("follow_up_not_reported_intro"), true) + "\n\n";
        for (const FollowUpLine& line : figures_.lines) {
            if (line.entry) continue;
            const Measure& m = plan_.measures[line.measure];
            out_ += "- " + std::to_string(m.number) + " " + escape_inline(m.title) + "\n";
        }
        out_ += "\n";
    }

    static std::string amount(Amount a) { return a == 0 ? "0" : format_amount(a, kNbsp); }

    const Plan& plan_;
    const FollowUp& report_;
    const FollowUpFigures& figures_;
    const Labels& labels_;
    std::string year_;
    std::string out_;
};

}  // namespace

std::string signed_amount_cell(Amount amount) {
    if (amount == 0) return "0";
    std::string out = amount > 0 ? "+" : kMinus;
    out += format_amount(amount > 0 ? amount : -amount, kNbsp);
    return out;
}

std::string follow_up_markdown(const Plan& plan, const Figures& figures, std::size_t report,
                               const Labels& labels) {
    return ReportWriter(plan, figures, report, labels).write();
}

std::string follow_up_title(const Plan& plan, std::size_t report, const Labels& labels) {
    return labels.get("follow_up_title") + " " + std::to_string(plan.follow_up.at(report).year);
}

}  // namespace legeplan
