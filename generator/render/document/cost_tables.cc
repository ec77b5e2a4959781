#include "render/document/cost_tables.h"

#include "render/charts/charts.h"
#include "render/cost_text.h"

namespace legeplan {

namespace {

using kainjow::mustache::data;

data list() { return data(data::type::list); }

data cells_of(const std::vector<std::string>& texts) {
    data cells = list();
    for (const std::string& text : texts) {
        data cell;
        cell.set("cell", text);
        cells.push_back(cell);
    }
    return cells;
}

// A row of sums: how many measures, recurring, one-time, and the two together; then the grants
// against that total and the net (shown when the plan has grants or shares).
void set_sums(data& row, const Sums& s) {
    row.set("measures", std::to_string(s.measures));
    row.set("recurring", amount_cell(s.recurring));
    row.set("one_time", amount_cell(s.one_time));
    row.set("total", amount_cell(s.total));
    row.set("grants", amount_cell(s.grants_total));
    row.set("net", amount_cell(s.net_total));
}

class CostTableBuilder {
public:
    CostTableBuilder(DocumentParts& parts, const CostChapterPlace& place) : parts_(parts), place_(place) {}

    CostTables build() {
        CostTables out;
        data& d = out.data;
        data table = section("measure_table_title", "kostnader-tiltak");
        out.measure_table_number = text_of(table, "number");
        out.measure_table_id = text_of(table, "id");
        d.set("measure_table", table);
        data total = section("total_title", "kostnader-sum");
        data phasing = section("phasing_title", "kostnader-per-ar");
        total.set("phasing_number", text_of(phasing, "number"));
        total.set("phasing_id", text_of(phasing, "id"));
        d.set("total_section", total);
        data per_unit = section("per_unit_title", "kostnader-per-enhet");
        data per_chapter = section("per_chapter_title", "kostnader-per-kapittel");
        if (parts_.charts) {
            place_chart(phasing_chart(parts_), phasing, *parts_.charts);
            place_chart(unit_chart(parts_), per_unit, *parts_.charts);
            place_chart(chapter_chart(parts_), per_chapter, *parts_.charts);
        }
        d.set("phasing", phasing);
        d.set("per_unit", per_unit);
        d.set("per_chapter", per_chapter);
        if (!parts_.plan.goals.empty()) d.set("per_goal", section("per_goal_title", "kostnader-per-mal"));
        d.set("has_goals", !parts_.plan.goals.empty());
        measure_rows(d);
        if (parts_.plan.meta.price_year) {
            d.set("price_year_note", parts_.labels.with_year("price_year_note", parts_.plan.meta.price_year));
        } else {
            d.set("price_year_note", false);
        }
        const Sums& overall = parts_.figures.overall;
        d.set("recurring", kroner(overall.recurring));
        d.set("one_time", kroner(overall.one_time));
        d.set("total", kroner(overall.total));
        d.set("has_finance", parts_.figures.has_grants_or_shares);
        d.set("grants_recurring", kroner(overall.grants_recurring));
        d.set("grants_one_time", kroner(overall.grants_one_time));
        d.set("net_total", kroner(overall.net_total));
        phasing_rows(d);
        group_rows(d);
        if (parts_.figures.has_grants_or_shares) finance_rows(d);
        estimate_rows(d);
        return out;
    }

private:
    static std::string text_of(const data& d, const std::string& key) { return d.get(key)->string_value(); }

    // The next numbered section of the cost chapter: "8.3 Innfasing i økonomiplanen".
    data section(const std::string& title_key, const std::string& id) {
        ++sections_;
        data d;
        bool numbered = !place_.chapter_number.empty();
        d.set("numbered", numbered);
        d.set("number", numbered ? place_.chapter_number + "." + std::to_string(place_.sections_before + sections_) : "");
        d.set("title", parts_.label(title_key));
        d.set("id", parts_.claim_id(id));
        return d;
    }

    // A measure's kroner of one kind (recurring or one-time), its estimates of that kind after
    // them: "1 000 000", "Anslag 300 000–600 000", "–".
    std::string money_cell(const Measure& m, const MeasureFigures& mf, CostType type) const {
        std::string out = type == CostType::yearly ? amount_cell(mf.sums.recurring) : amount_cell(mf.sums.one_time);
        for (std::size_t i = 0; i < m.costs.size(); ++i) {
            const CostFigure& c = mf.costs[i];
            if (m.costs[i].type != type || !c.value || !c.value->is_range()) continue;
            std::string range = parts_.label("estimate") + " " + amount_cell(*c.value);
            out = out == "–" ? range : out + " + " + range;
        }
        return out;
    }

    void measure_rows(data& d) const {
        data rows = list();
        for (const Measure* m : parts_.measures()) {
            const MeasureFigures& mf = parts_.figures_of(*m);
            data r;
            r.set("number", std::to_string(m->number));
            r.set("anchor", parts_.measure_id(*m));
            r.set("title", m->title);
            r.set("responsible", parts_.unit_names(*m));
            std::string reason = no_cost_text(*m, mf, parts_.labels);
            r.set("recurring", reason.empty() ? money_cell(*m, mf, CostType::yearly) : reason);
            r.set("one_time", reason.empty() ? money_cell(*m, mf, CostType::one_time) : "");
            rows.push_back(r);
        }
        d.set("measure_rows", rows);
        data total;
        set_sums(total, parts_.figures.overall);
        d.set("measure_total", total);
    }

    data year_cells(const std::vector<Amount>& per_year, Amount period) const {
        std::vector<std::string> texts;
        for (Amount a : per_year) texts.push_back(amount_cell(a));
        texts.push_back(amount_cell(period));
        return cells_of(texts);
    }

    // The economic plan year by year, with the period's sum last.
    void phasing_rows(data& d) const {
        const Period& p = parts_.plan.meta.period;
        std::vector<std::string> headers;
        std::string rule = "|:-----------------------------|";
        for (int y = p.from; y <= p.to; ++y) {
            headers.push_back(std::to_string(y));
            rule += "------------:|";
        }
        headers.push_back(parts_.label("total") + " " + std::to_string(p.from) + "–" + std::to_string(p.to));
        rule += "------------:|";
        d.set("years", cells_of(headers));
        d.set("phasing_rule", rule);
        data rows = list();
        for (const Measure* m : parts_.measures()) {
            const Sums& s = parts_.figures_of(*m).sums;
            if (s.costs_nothing()) continue;
            data r;
            r.set("number", std::to_string(m->number));
            r.set("title", m->title);
            r.set("anchor", parts_.measure_id(*m));
            r.set("cells", year_cells(s.per_year, s.period_total));
            rows.push_back(r);
        }
        d.set("phasing_rows", rows);
        const Sums& t = parts_.figures.overall;
        d.set("phasing_total", year_cells(t.per_year, t.period_total));
        d.set("phasing_one_time", year_cells(t.per_year_one_time, t.period_one_time));
        d.set("has_phasing_one_time", t.period_one_time > 0);
        d.set("phasing_grants", year_cells(t.grants_per_year, t.period_grants));
        d.set("phasing_net", year_cells(t.net_per_year, t.period_net));
        // The split between the operating and the investment budget, when the plan has both.
        const Figures& f = parts_.figures;
        d.set("has_investment", f.has_investment);
        d.set("phasing_operating", year_cells(f.operating.net, f.operating.net_total));
        d.set("phasing_investment", year_cells(f.investment.net, f.investment.net_total));
    }

    // The joint services the plan pays a share of, and every grant (those the funding implies
    // too), measure by measure.
    void finance_rows(data& d) {
        d.set("finance", section("finance_title", "kostnader-tilskudd"));
        data shares = list();
        data grants = list();
        for (const Measure* m : parts_.measures()) {
            const MeasureFigures& mf = parts_.figures_of(*m);
            for (std::size_t i = 0; i < m->costs.size(); ++i) {
                const Cost& c = m->costs[i];
                const CostFigure& f = mf.costs[i];
                if (!f.exact()) continue;
                data row;
                row.set("number", std::to_string(m->number));
                row.set("title", m->title);
                row.set("anchor", parts_.measure_id(*m));
                std::string per = c.type == CostType::yearly ? " " + parts_.label("per_year") : "";
                if (c.share && f.gross) {
                    data r = row;
                    r.set("gross", amount_cell(f.gross->low) + per);
                    r.set("percent", format_milli(c.share->percent) + "\xC2\xA0%");
                    r.set("key", c.share->key);
                    r.set("own", amount_cell(f.value->low) + per);
                    shares.push_back(r);
                }
                if (f.implicit_grant) {
                    data r = row;
                    std::string funding = parts_.labels.text(label_key(effective_funding(*m, c)));
                    r.set("name", funding);
                    r.set("funding", funding);
                    r.set("amount", amount_cell(f.grants) + per);
                    grants.push_back(r);
                }
                for (const Grant& g : c.grants) {
                    data r = row;
                    r.set("name", g.name);
                    r.set("funding", parts_.labels.text(label_key(g.funding)));
                    r.set("amount", amount_cell(g.amount) + per);
                    grants.push_back(r);
                }
            }
        }
        d.set("has_shares", !shares.is_empty_list());
        d.set("has_grant_rows", !grants.is_empty_list());
        d.set("share_rows", shares);
        d.set("grant_rows", grants);
    }

    // A table of sums: a row per group, named by name_row(id, row), then its total row.
    template <typename NameRow>
    void sum_table(data& d, const std::string& key, const std::vector<GroupSums>& groups, const Sums& total,
                   NameRow name_row) const {
        data rows = list();
        for (const GroupSums& g : groups) {
            data r;
            name_row(g.id, r);
            set_sums(r, g.sums);
            rows.push_back(r);
        }
        d.set(key + "_rows", rows);
        data total_row;
        set_sums(total_row, total);
        d.set(key + "_total", total_row);
    }

    // Sums per lead unit and per chapter, each with its total row.
    void group_rows(data& d) const {
        const Figures& f = parts_.figures;
        sum_table(d, "unit", f.by_unit, f.units_total,
                  [&](const std::string& id, data& r) { r.set("name", parts_.unit_name(id)); });
        sum_table(d, "chapter", f.by_chapter, f.chapters_total, [&](const std::string& id, data& r) {
            const Chapter& c = *parts_.index.chapters.at(id);
            r.set("name", parts_.chapter_name(c));
            r.set("id", c.id);
        });
        // A measure serving two goals is in both rows; the total counts it once (overall).
        sum_table(d, "goal", f.by_goal, f.overall, [&](const std::string& id, data& r) {
            auto found = parts_.index.goals.find(id);
            bool known = found != parts_.index.goals.end();
            r.set("name", known ? found->second->title : parts_.label("no_goal"));
            r.set("has_anchor", known);
            r.set("anchor", known ? parts_.goal_id(*found->second) : "");
        });
    }

    data estimate_row(const std::string& title, const std::string& place, const std::string& place_id,
                      const std::string& text) const {
        data r;
        r.set("title", title);
        r.set("place", place);
        r.set("place_id", place_id);
        r.set("text", text);
        return r;
    }

    // Every estimate, of sections and of measures, with where the plan argues it.
    void estimate_rows(data& d) {
        const Plan& plan = parts_.plan;
        data rows = list();
        for (const SectionEstimate& e : parts_.figures.section_estimates) {
            const Chapter& c = plan.chapters[e.chapter];
            const Section& s = c.sections[e.section];
            const Cost& cost = s.estimates[e.estimate];
            std::string number = DocumentParts::section_number(c, e.section);
            std::string place = number.empty() ? s.title : number + " " + s.title;
            rows.push_back(estimate_row(cost.title, place, s.id,
                                        cost_text(cost, e.figure, plan, parts_.index, parts_.labels)));
        }
        for (const Measure* m : parts_.measures()) {
            const MeasureFigures& mf = parts_.figures_of(*m);
            for (std::size_t i = 0; i < m->costs.size(); ++i) {
                if (!mf.costs[i].value || !mf.costs[i].value->is_range()) continue;
                rows.push_back(estimate_row(m->title, parts_.label("measure") + " " + std::to_string(m->number),
                                            parts_.measure_id(*m),
                                            cost_text(m->costs[i], mf.costs[i], plan, parts_.index, parts_.labels)));
            }
        }
        bool any = !rows.is_empty_list();
        d.set("estimate_rows", rows);
        d.set("has_estimates", any);
        if (any) d.set("estimates", section("estimates_title", "kostnader-anslag"));
    }

    DocumentParts& parts_;
    CostChapterPlace place_;
    int sections_ = 0;
};

}  // namespace

CostTables cost_tables(DocumentParts& parts, const CostChapterPlace& place) {
    return CostTableBuilder(parts, place).build();
}

}  // namespace legeplan
