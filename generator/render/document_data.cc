#include "render/document_data.h"

#include <algorithm>
#include <map>

#include "plan/plan_index.h"
#include "render/markdown_escape.h"
#include "render/plan_text.h"

namespace legeplan {

namespace {

using kainjow::mustache::data;

constexpr const char* kNbsp = "\xC2\xA0";

data list() { return data(data::type::list); }

std::string range_text(AmountRange r) {
    return format_amount(r.low, kNbsp) + "–" + format_amount(r.high, kNbsp) + kNbsp + "kr";
}

class DocumentBuilder {
public:
    DocumentBuilder(const Plan& plan, const Figures& figures, const Labels& labels)
        : plan_(plan), figures_(figures), labels_(labels), index_(plan) {
        // Sorted and grouped once, so building the document stays linear in the plan's size.
        for (const Measure& m : plan.measures) sorted_.push_back(&m);
        std::stable_sort(sorted_.begin(), sorted_.end(),
                         [](const Measure* a, const Measure* b) { return a->number < b->number; });
        for (const Measure* m : sorted_) by_place_[m->section.id].push_back(m);
        for (const KeyFigure& k : plan.key_figures) figures_by_place_[k.section ? k.section->id : ""].push_back(&k);
        for (const SectionEstimate& e : figures.section_estimates) {
            estimate_figures_[&plan.chapters[e.chapter].sections[e.section].estimates[e.estimate]] = &e.figure;
        }
        if (plan.lsu && plan.lsu->statement) {
            for (const LsuMeasureView& v : plan.lsu->statement->measures) views_.emplace(v.measure.id, &v);
        }
    }

    data build() {
        data d;
        d.set("label", label_data());
        d.set("meta", meta_data());
        const Chapter* cost_chapter = nullptr;
        data chapters = list();
        for (const Chapter& c : plan_.chapters) {
            chapters.push_back(chapter_data(c));
            if (c.cost_table && !cost_chapter) cost_chapter = &c;
        }
        d.set("chapters", chapters);
        d.set("own_cost_chapter", cost_chapter == nullptr);
        d.set("cost_chapter_number", std::to_string(next_chapter_number()));
        d.set("costs", costs_data());
        d.set("unplaced_key_figures", key_figures_for(""));
        d.set("has_unplaced_key_figures", has_key_figures_for(""));
        data appendices = list();
        int n = 1;
        for (const Appendix& a : plan_.appendices) {
            data ad;
            ad.set("number", std::to_string(n++));
            ad.set("title", a.title);
            ad.set("id", a.id);
            ad.set("text", plan_text_markdown(a.text));
            appendices.push_back(ad);
        }
        d.set("appendices", appendices);
        d.set("has_appendices", !plan_.appendices.empty());
        d.set("lsu", lsu_data());
        d.set("has_lsu", plan_.lsu.has_value());
        return d;
    }

    // LSU's view on one measure, as shown in the measure's block: "Støtter – comment".
    std::string lsu_view_text(const Measure& m) const {
        auto it = views_.find(m.id);
        if (it == views_.end()) return {};
        std::string text = label(label_key(it->second->position));
        if (!it->second->comment.empty()) text += " – " + it->second->comment;
        return text;
    }

    data lsu_data() const {
        data d;
        data meetings = list();
        if (plan_.lsu) {
            for (const LsuMeeting& m : plan_.lsu->meetings) {
                data md;
                md.set("date", date_text(m.date, labels_));
                md.set("note", m.note);
                md.set("has_note", !m.note.empty());
                meetings.push_back(md);
            }
        }
        d.set("meetings", meetings);
        d.set("has_meetings", plan_.lsu && !plan_.lsu->meetings.empty());
        bool has_statement = plan_.lsu && plan_.lsu->statement;
        d.set("has_statement", has_statement);
        data views = list();
        if (has_statement) {
            const LsuStatement& st = *plan_.lsu->statement;
            d.set("date", date_text(st.date, labels_));
            d.set("text", plan_text_markdown(st.text));
            for (const Measure* m : sorted_measures()) {
                std::string view = lsu_view_text(*m);
                if (view.empty()) continue;
                data vd;
                vd.set("number", std::to_string(m->number));
                vd.set("title", m->title);
                const LsuMeasureView& v = *views_.at(m->id);
                vd.set("position", label(label_key(v.position)));
                vd.set("comment", v.comment);
                views.push_back(vd);
            }
        }
        d.set("views", views);
        d.set("has_views", !views.is_empty_list());
        return d;
    }

private:
    const std::string& label(const std::string& key) const { return labels_.get(key); }

    data label_data() const {
        data d;
        for (const auto& [key, value] : labels_.all()) d.set(key, value);
        return d;
    }

    data meta_data() const {
        const Metadata& m = plan_.meta;
        data d;
        d.set("municipality", m.municipality);
        d.set("title", m.title);
        d.set("period", std::to_string(m.period.from) + "–" + std::to_string(m.period.to));
        d.set("version", m.version);
        d.set("date", date_text(m.date, labels_));
        d.set("status", label(label_key(m.status)));
        d.set("is_draft", m.status != PlanStatus::adopted);
        d.set("adopted_by", m.adopted_by);
        d.set("has_adopted_by", !m.adopted_by.empty());
        d.set("adopted_date", m.adopted_date ? date_text(*m.adopted_date, labels_) : "");
        d.set("has_adopted_date", m.adopted_date.has_value());
        d.set("summary", plan_text_markdown(m.summary));
        d.set("has_summary", !m.summary.empty());
        d.set("language", language_code(m.language));
        return d;
    }

    data chapter_data(const Chapter& c) const {
        data d;
        d.set("id", c.id);
        d.set("title", c.title);
        d.set("numbered", c.numbered);
        d.set("number", std::to_string(c.number));
        d.set("text", plan_text_markdown(c.text));
        d.set("measures", measures_in(c.id));
        d.set("key_figures", key_figures_for(c.id));
        d.set("is_cost_chapter", c.cost_table);
        data sections = list();
        int n = 1;
        for (const Section& s : c.sections) {
            data sd;
            sd.set("id", s.id);
            sd.set("title", s.title);
            sd.set("number", c.numbered ? std::to_string(c.number) + "." + std::to_string(n++) : "");
            sd.set("numbered", c.numbered);
            sd.set("text", plan_text_markdown(s.text));
            sd.set("measures", measures_in(s.id));
            sd.set("key_figures", key_figures_for(s.id));
            data estimates = list();
            for (const Cost& e : s.estimates) estimates.push_back(estimate_data(e));
            sd.set("estimates", estimates);
            sd.set("has_estimates", !s.estimates.empty());
            sections.push_back(sd);
        }
        d.set("sections", sections);
        return d;
    }

    int next_chapter_number() const {
        int n = 0;
        for (const Chapter& c : plan_.chapters) n = std::max(n, c.number);
        return n + 1;
    }

    const std::vector<const Measure*>& sorted_measures() const { return sorted_; }

    data measures_in(const std::string& place) const {
        data out = list();
        auto it = by_place_.find(place);
        if (it == by_place_.end()) return out;
        for (const Measure* m : it->second) out.push_back(measure_data(*m));
        return out;
    }

    std::string unit_names(const Measure& m) const {
        std::string names = responsible_names(index_, m);
        return names.empty() ? label("none") : names;
    }

    // "1 000 000 kr pr. år fra 2018", "1 300 000 kr engangsutgift i 2017", "2 årsverk × 770 000 kr".
    std::string cost_text(const Cost& c, const CostFigure& figure) const {
        const std::optional<AmountRange>& value = figure.value;
        std::string amount = value ? (value->is_range() ? range_text(*value)
                                                        : kroner(value->low))
                                   : "";
        std::string out = amount;
        if (c.basis == CostBasis::fte && c.rate) {
            auto rate = index_.rates.find(c.rate->id);
            std::string q = c.quantity.is_range()
                                ? format_milli(c.quantity.low) + "–" + format_milli(c.quantity.high)
                                : format_milli(c.quantity.low);
            if (rate != index_.rates.end()) {
                out += " (" + q + " " + label("fte") + " × " + kroner(rate->second->amount) + ")";
            }
        }
        const Period& p = plan_.meta.period;
        if (c.type == CostType::yearly) {
            out += " " + label("per_year");
            if (c.from != p.from || c.to != p.to) {
                out += " " + std::to_string(c.from) + "–" + std::to_string(c.to);
            }
        } else {
            out += ", " + label("one_time") + " " + label("in_year") + " " + std::to_string(c.from);
        }
        if (!c.note.empty()) out += " (" + c.note + ")";
        return out;
    }

    data measure_data(const Measure& m) const {
        data d;
        d.set("number", std::to_string(m.number));
        d.set("id", m.id);
        d.set("title", m.title);
        d.set("quoted_text", quote_block(plan_text_markdown(m.text)));
        d.set("responsible", unit_names(m));
        // The lines under the measure's text: responsible, each cost, funding, deadline, basis.
        data details = list();
        auto detail = [&](const std::string& key, const std::string& value) {
            data line;
            line.set("name", label(key));
            line.set("value", value);
            details.push_back(line);
        };
        detail("responsible", unit_names(m));
        const MeasureFigures& mf = figures_.of(plan_, m);
        for (std::size_t i = 0; i < m.costs.size(); ++i) detail("cost", cost_text(m.costs[i], mf.costs[i]));
        if (m.costs.empty()) detail("cost", kroner(0));
        std::string funding = label_key(m.funding);
        if (!funding.empty()) detail("funding", label(funding));
        if (m.deadline) detail("deadline", date_text(*m.deadline, labels_));
        std::string basis;
        for (const std::string& b : m.basis) basis += (basis.empty() ? "" : "; ") + b;
        if (!basis.empty()) detail("basis", basis);
        std::string view = lsu_view_text(m);
        if (!view.empty()) detail("lsu", view);
        d.set("details", details);
        return d;
    }

    // The cost column of the measure table: as the paper prints it, per year or one-time.
    std::string table_cost(const MeasureFigures& mf) const {
        std::string out = kroner(mf.sums.total);
        if (mf.sums.one_time > 0 && mf.sums.recurring == 0) out += " (" + label("one_time") + ")";
        for (const CostFigure& c : mf.costs) {
            if (c.value && c.value->is_range()) out += " + " + label("estimate") + " " + range_text(*c.value);
        }
        return out;
    }

    data estimate_data(const Cost& e) const {
        data d;
        d.set("title", e.title);
        d.set("text", cost_text(e, *estimate_figures_.at(&e)));
        return d;
    }

    bool has_key_figures_for(const std::string& place) const { return figures_by_place_.count(place) > 0; }

    data key_figures_for(const std::string& place) const {
        data out = list();
        auto found = figures_by_place_.find(place);
        if (found == figures_by_place_.end()) return out;
        for (const KeyFigure* figure : found->second) {
            const KeyFigure& k = *figure;
            data d;
            d.set("title", k.title);
            d.set("value", display_value(k.value));
            d.set("unit", k.unit);
            d.set("is_table", k.table.has_value());
            std::string source = k.source;
            if (k.date) source += (source.empty() ? "" : ", ") + date_text(*k.date, labels_);
            d.set("source", source);
            d.set("has_source", !source.empty());
            if (k.table) {
                data header = list();
                std::string rule = "|";
                for (const std::string& c : k.table->columns) {
                    data cell;
                    cell.set("cell", c);
                    header.push_back(cell);
                    rule += "---|";
                }
                d.set("columns", header);
                d.set("rule", rule);
                data rows = list();
                for (const auto& row : k.table->rows) {
                    data cells = list();
                    for (const std::string& c : row) {
                        data cell;
                        cell.set("cell", display_value(c));
                        cells.push_back(cell);
                    }
                    data rd;
                    rd.set("cells", cells);
                    rows.push_back(rd);
                }
                d.set("rows", rows);
            }
            out.push_back(d);
        }
        return out;
    }

    // Decimal numbers get the Norwegian decimal comma: 2.6 → 2,6.
    static std::string display_value(const std::string& v) {
        std::size_t dot = v.find('.');
        bool numeric = dot != std::string::npos && dot > 0 && dot + 1 < v.size() &&
                       v.find_first_not_of("0123456789.") == std::string::npos &&
                       v.find('.', dot + 1) == std::string::npos;
        if (!numeric) return v;
        std::string out = v;
        out[dot] = ',';
        return out;
    }

    data costs_data() const {
        data d;
        const Sums& t = figures_.overall;
        data rows = list();
        for (const Measure* m : sorted_measures()) {
            data r;
            r.set("number", std::to_string(m->number));
            r.set("title", m->title);
            r.set("responsible", unit_names(*m));
            r.set("cost", table_cost(figures_.of(plan_, *m)));
            rows.push_back(r);
        }
        d.set("measure_rows", rows);
        d.set("total", kroner(t.total));
        d.set("recurring", kroner(t.recurring));
        d.set("one_time", kroner(t.one_time));
        // Phasing over the economic plan.
        const Period& p = plan_.meta.period;
        data years = list();
        std::string rule = "|:------------------------------|";
        for (int y = p.from; y <= p.to; ++y) {
            data yd;
            yd.set("year", std::to_string(y));
            years.push_back(yd);
            rule += "------------:|";
        }
        d.set("years", years);
        d.set("phasing_rule", rule);
        data phasing = list();
        for (const Measure* m : sorted_measures()) {
            const Sums& ms = figures_.of(plan_, *m).sums;
            if (ms.costs_nothing()) continue;
            phasing.push_back(year_row(std::to_string(m->number) + " " + m->title, ms.per_year));
        }
        d.set("phasing_rows", phasing);
        d.set("phasing_total", year_row(label("total"), t.per_year));
        // Sums per lead unit, in the order units are defined; measures without a unit last.
        data units = list();
        for (const Unit& u : plan_.units) {
            const Sums* found = figures_.unit(u.id);
            if (!found) continue;
            const Sums& ut = *found;
            data ud;
            ud.set("name", u.name);
            ud.set("measures", std::to_string(ut.measures));
            ud.set("recurring", kroner(ut.recurring));
            ud.set("one_time", kroner(ut.one_time));
            ud.set("total", kroner(ut.total));
            units.push_back(ud);
        }
        d.set("unit_rows", units);
        data estimates = list();
        for (const SectionEstimate& e : figures_.section_estimates) {
            estimates.push_back(estimate_data(plan_.chapters[e.chapter].sections[e.section].estimates[e.estimate]));
        }
        for (const Measure* m : sorted_measures()) {
            const MeasureFigures& mf = figures_.of(plan_, *m);
            for (std::size_t i = 0; i < m->costs.size(); ++i) {
                if (!mf.costs[i].value || !mf.costs[i].value->is_range()) continue;
                data ed;
                ed.set("title", label("measure") + " " + std::to_string(m->number) + " " + m->title);
                ed.set("text", cost_text(m->costs[i], mf.costs[i]));
                estimates.push_back(ed);
            }
        }
        d.set("estimate_rows", estimates);
        d.set("has_estimates", !estimates.is_empty_list());
        return d;
    }

    data year_row(const std::string& title, const std::vector<Amount>& per_year) const {
        data r;
        r.set("title", title);
        data cells = list();
        for (Amount a : per_year) {
            data cell;
            cell.set("cell", kroner(a));
            cells.push_back(cell);
        }
        r.set("cells", cells);
        return r;
    }

    const Plan& plan_;
    const Figures& figures_;
    const Labels& labels_;
    PlanIndex index_;
    std::vector<const Measure*> sorted_;
    std::map<std::string, std::vector<const Measure*>> by_place_;
    std::map<std::string, std::vector<const KeyFigure*>> figures_by_place_;
    std::map<std::string, const LsuMeasureView*> views_;
    std::map<const Cost*, const CostFigure*> estimate_figures_;  // a section's estimate → its figure  // the first view on each measure
};

}  // namespace

std::string kroner(Amount amount) { return format_amount(amount, kNbsp) + kNbsp + "kr"; }

std::string date_text(const Date& date, const Labels& labels) {
    if (date.month == 0) return std::to_string(date.year);
    return std::to_string(date.day) + ". " + labels.get("month_" + std::to_string(date.month)) +
           " " + std::to_string(date.year);
}

TemplateData document_data(const Plan& plan, const Figures& figures, const Labels& labels) {
    return DocumentBuilder(plan, figures, labels).build();
}

}  // namespace legeplan
