#include "render/document/document_data.h"

#include <algorithm>
#include <map>

#include "render/document/cost_tables.h"
#include "render/cost_text.h"
#include "render/document_parts.h"
#include "render/figure_text.h"
#include "figures/doctor_figures.h"
#include "render/document/doctors_table.h"
#include "render/document/goal_sections.h"
#include "render/document/key_figure_tables.h"
#include "render/document/measure_block.h"
#include "render/document/plan_text.h"
#include "render/plan_status.h"
#include "rules/rule_check.h"

namespace legeplan {

namespace {

using kainjow::mustache::data;

data list() { return data(data::type::list); }

class DocumentBuilder {
public:
    DocumentBuilder(const Plan& plan, const Figures& figures, const std::vector<RuleResult>& rules,
                    const Labels& labels)
        : plan_(plan), rules_(rules), parts_(plan, figures, labels) {
        // Grouped once, so building the document stays linear in the plan's size.
        for (const KeyFigure& k : plan.key_figures) figures_by_place_[k.section ? k.section->id : ""].push_back(&k);
        for (const SectionEstimate& e : figures.section_estimates) {
            estimate_figures_[&plan.chapters[e.chapter].sections[e.section].estimates[e.estimate]] = &e.figure;
        }
        views_ = lsu_views(plan);
    }

    void set_charts(ChartSet* charts) { parts_.charts = charts; }

    data build() {
        data d;
        d.set("label", label_data(labels()));
        d.set("meta", meta_data());
        // The cost tables first: every measure's block links to their measure table.
        const Chapter* cost_chapter = nullptr;
        for (const Chapter& c : plan_.chapters) {
            if (c.cost_table && !cost_chapter) cost_chapter = &c;
        }
        CostChapterPlace place;
        if (cost_chapter) {
            place.chapter_number = cost_chapter->numbered ? std::to_string(cost_chapter->number) : "";
            place.sections_before = cost_chapter->sections.size();
        } else {
            place.chapter_number = std::to_string(next_chapter_number());
        }
        costs_ = cost_tables(parts_, place);
        d.set("costs", costs_.data);
        d.set("own_cost_chapter", cost_chapter == nullptr);
        d.set("cost_chapter_number", place.chapter_number);
        d.set("cost_chapter_id", cost_chapter ? cost_chapter->id : parts_.claim_id("kostnader"));
        d.set("has_goals", !plan_.goals.empty());
        d.set("goals_id", parts_.claim_id("mal"));
        d.set("goals", goal_sections(parts_));
        // The goals open the plan proper: after a foreword or summary, before the first
        // numbered chapter (before the first chapter when none is numbered).
        for (const Chapter& c : plan_.chapters) {
            if (c.numbered && !goals_chapter_) goals_chapter_ = &c;
        }
        if (!goals_chapter_ && !plan_.chapters.empty()) goals_chapter_ = &plan_.chapters.front();
        // The doctors' table ends the text of the chapter that asks for it or speaks of GPs;
        // without one, a plan with doctors shows it in a section of its own after the chapters.
        doctors_chapter_ = doctors_chapter(plan_);
        bool own_doctors_section = !plan_.doctors.empty() && !doctors_chapter_;
        d.set("doctors", doctors_table(parts_));
        d.set("own_doctors_section", own_doctors_section);
        d.set("doctors_section_id", own_doctors_section ? parts_.claim_id("legehjemler") : "");
        data chapters = list();
        for (const Chapter& c : plan_.chapters) chapters.push_back(chapter_data(c));
        d.set("chapters", chapters);
        d.set("unplaced_key_figures", key_figures_for(""));
        d.set("has_unplaced_key_figures", figures_by_place_.count("") > 0);
        data appendices = list();
        int n = 1;
        for (const Appendix& a : plan_.appendices) {
            data ad;
            ad.set("number", std::to_string(n++));
            ad.set("title", a.title);
            ad.set("id", a.id);
            ad.set("text", plan_text_markdown(a.text));
            ad.set("has_rule_check", a.rule_check);
            if (a.rule_check) ad.set("rule_check", rule_check_data());
            appendices.push_back(ad);
        }
        d.set("appendices", appendices);
        d.set("has_appendices", !plan_.appendices.empty());
        d.set("lsu", lsu_data());
        d.set("has_lsu", plan_.lsu.has_value());
        return d;
    }

private:
    const std::string& label(const std::string& key) const { return parts_.label(key); }

    // The appendix "Sjekk mot regelverk": a row per rule with its statement in the plan's
    // language, the sources in force in the period and the result in words.
    data rule_check_data() {
        bool nynorsk = plan_.meta.language == Language::nn;
        data rows = list();
        for (const RuleResult& r : rules_) {
            data row;
            row.set("statement", std::string(nynorsk ? r.rule->nn : r.rule->nb));
            std::string sources;
            for (const RuleSource* s : r.sources) sources += (sources.empty() ? "" : "; ") + std::string(s->citation);
            if (r.sources.empty()) {
                for (const RuleSource& s : r.rule->sources) sources += (sources.empty() ? "" : "; ") + std::string(s.citation);
            }
            row.set("sources", sources);
            row.set("result", rule_result_text(r));
            rows.push_back(row);
        }
        data d;
        d.set("rows", rows);
        return d;
    }

    std::string rule_result_text(const RuleResult& r) const {
        // "AA, BB": each once, in the order found.
        auto joined = [](const std::vector<std::string>& items) {
            std::vector<std::string> seen;
            std::string out;
            for (const std::string& item : items) {
                if (std::find(seen.begin(), seen.end(), item) != seen.end()) continue;
                seen.push_back(item);
                out += (out.empty() ? "" : ", ") + item;
            }
            return out;
        };
        std::string comparison;
        if (const auto& c = r.comparison) {
            comparison = label("rule_plan_figure") + " " + figure_text(point_text(c->plan, 2, false)) + ", " +
                         label("rule_reference_figure") + " " + figure_text(point_text(c->reference, 2, false)) +
                         " (" + std::to_string(c->reference_year) + ")";
        }
        switch (r.verdict) {
            case Verdict::met: return comparison.empty() ? label("rule_met") : label("rule_met") + ": " + comparison;
            case Verdict::not_in_force: return label("rule_not_in_force");
            case Verdict::not_assessable:
                return r.missing.empty() ? label("rule_not_assessable")
                                         : label("rule_not_assessable") + " (" + label("rule_missing") + " " +
                                               joined(r.missing) + ")";
            case Verdict::not_met: {
                std::vector<std::string> subjects;
                for (const RuleFinding& f : r.findings) subjects.push_back(f.subject);
                std::string out = label("rule_not_met") + ": " + (comparison.empty() ? joined(subjects) : comparison);
                if (r.note) out += ". " + label("rule_note") + " " + r.note->note;
                return out;
            }
        }
        return {};
    }
    const Labels& labels() const { return parts_.labels; }

    data lsu_data() {
        data d;
        d.set("id", parts_.claim_id("lsu"));
        data meetings = list();
        if (plan_.lsu) {
            for (const LsuMeeting& m : plan_.lsu->meetings) {
                data md;
                md.set("date", date_text(m.date, labels()));
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
            d.set("date", date_text(st.date, labels()));
            d.set("text", plan_text_markdown(st.text));
            for (const Measure* m : parts_.measures()) {
                auto found = views_.find(m->id);
                if (found == views_.end()) continue;
                const LsuMeasureView& v = *found->second;
                data vd;
                vd.set("number", std::to_string(m->number));
                vd.set("anchor", parts_.measure_id(*m));
                vd.set("title", m->title);
                vd.set("position", label(label_key(v.position)));
                vd.set("comment", v.comment);
                views.push_back(vd);
            }
        }
        d.set("views", views);
        d.set("has_views", !views.is_empty_list());
        // LSU's comments on the chapters' text, in the chapters' order.
        data chapter_comments = list();
        if (has_statement) {
            for (const Chapter& c : plan_.chapters) {
                for (const LsuChapterComment& comment : plan_.lsu->statement->chapters) {
                    if (comment.chapter.id != c.id) continue;
                    data cd;
                    cd.set("chapter", c.number > 0 ? std::to_string(c.number) + " " + c.title : c.title);
                    cd.set("comment", comment.comment);
                    chapter_comments.push_back(cd);
                }
            }
        }
        d.set("chapter_comments", chapter_comments);
        d.set("has_chapter_comments", !chapter_comments.is_empty_list());
        return d;
    }

    data meta_data() const {
        const Metadata& m = plan_.meta;
        data d;
        d.set("municipality", m.municipality);
        d.set("title", m.title);
        d.set("period", std::to_string(m.period.from) + "–" + std::to_string(m.period.to));
        d.set("version", m.version);
        d.set("date", date_text(m.date, labels()));
        // The cover states the status once: a draft by its mark, any other plan in its status line.
        bool draft = marked_as_draft(m.status);
        d.set("status", status_line(m, labels()));
        d.set("mark", status_mark(m.status, labels()));
        d.set("is_draft", draft);
        d.set("adopted_by", m.adopted_by);
        d.set("has_adopted_by", draft && !m.adopted_by.empty());
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
        d.set("is_doctors_chapter", &c == doctors_chapter_);
        d.set("goals_before", &c == goals_chapter_ && !plan_.goals.empty());
        data sections = list();
        for (std::size_t i = 0; i < c.sections.size(); ++i) {
            const Section& s = c.sections[i];
            data sd;
            sd.set("id", s.id);
            sd.set("title", s.title);
            sd.set("number", DocumentParts::section_number(c, i));
            sd.set("numbered", c.numbered);
            sd.set("text", plan_text_markdown(s.text));
            sd.set("measures", measures_in(s.id));
            sd.set("key_figures", key_figures_for(s.id));
            data estimates = list();
            for (const Cost& e : s.estimates) {
                data ed;
                ed.set("title", e.title);
                ed.set("text", cost_text(e, *estimate_figures_.at(&e), plan_, parts_.index, labels()));
                estimates.push_back(ed);
            }
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

    data measures_in(const std::string& place) const {
        data out = list();
        // The order validate's W011 checks the numbers against (plan/plan_index.h).
        auto it = parts_.index.measures_at.find(place);
        if (it == parts_.index.measures_at.end()) return out;
        for (const Measure* m : it->second) out.push_back(measure_data(*m));
        return out;
    }

    // One measure as one block, under its chapter's heading, linking back to the measure table.
    data measure_data(const Measure& m) const {
        MeasureBlock block;
        block.anchor = parts_.measure_id(m);
        auto view = views_.find(m.id);
        if (view != views_.end()) block.lsu = view->second;
        block.table_id = costs_.measure_table_id;
        block.table_number = costs_.measure_table_number;
        return measure_block_data(m, parts_, block);
    }

    data key_figures_for(const std::string& place) const {
        auto found = figures_by_place_.find(place);
        if (found == figures_by_place_.end()) return list();
        return key_figure_tables(found->second, parts_);
    }

    const Plan& plan_;
    const std::vector<RuleResult>& rules_;  // the plan against the rule book, for the appendix
    DocumentParts parts_;
    CostTables costs_;
    const Chapter* goals_chapter_ = nullptr;  // the chapter the goals come before
    const Chapter* doctors_chapter_ = nullptr;  // the chapter the doctors' table ends the text of
    std::map<std::string, std::vector<const KeyFigure*>> figures_by_place_;
    std::map<std::string, const LsuMeasureView*> views_;  // the first view on each measure
    std::map<const Cost*, const CostFigure*> estimate_figures_;  // a section's estimate → its figure
};

}  // namespace


TemplateData label_data(const Labels& labels) {
    data d;
    for (const auto& [key, value] : labels.all()) d.set(key, value);
    return d;
}

TemplateData document_data(const Plan& plan, const Figures& figures, const std::vector<RuleResult>& rules,
                           const Labels& labels, ChartSet* charts) {
    DocumentBuilder builder(plan, figures, rules, labels);
    builder.set_charts(charts);
    return builder.build();
}

}  // namespace legeplan
