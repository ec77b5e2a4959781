#include "plan/validate.h"

#include <algorithm>
#include <map>
#include <set>

#include "plan/key_figure_kinds.h"
#include "plan/kostra_functions.h"
#include "plan/node_reader.h"
#include "plan/placeholders.h"
#include "plan/plan_index.h"

namespace legeplan {

namespace {

class Validator {
public:
    Validator(const Plan& plan, Diagnostics& diags, bool partial)
        : plan_(plan), index_(plan), diags_(diags), partial_(partial) {}

    void run() {
        check_unique_ids();
        check_units();
        check_places();
        check_measures();
        check_deadlines();
        check_goals();
        check_numbering();
        check_reading_order();
        check_key_figures();
        check_lsu();
        check_adoption();
        check_assertions();
        check_follow_up();
        check_kostra();
    }

private:
    // Reports every id given twice within one namespace.
    void unique(const std::string& what, const std::vector<std::pair<std::string, SourcePos>>& ids) {
        std::map<std::string, SourcePos> seen;
        for (const auto& [id, pos] : ids) {
            if (id.empty()) continue;
            auto [it, inserted] = seen.emplace(id, pos);
            if (!inserted) {
                diags_.report(DiagnosticKind::duplicate_id, pos,
                              "duplicate " + what + " id '" + id + "' (first defined on line " +
                                  std::to_string(it->second.line) + ")",
                              "every " + what + " needs an id of its own");
            }
        }
    }

    void check_unique_ids() {
        std::vector<std::pair<std::string, SourcePos>> units, services, rates, places, measures,
            figures, appendices, goals, indicators;
        for (const Unit& u : plan_.units) units.emplace_back(u.id, u.pos);
        for (const Service& s : plan_.services) services.emplace_back(s.id, s.pos);
        for (const Rate& r : plan_.rates) rates.emplace_back(r.id, r.pos);
        for (const Chapter& c : plan_.chapters) {
            places.emplace_back(c.id, c.pos);
            for (const Section& s : c.sections) places.emplace_back(s.id, s.pos);
        }
        for (const Measure& m : plan_.measures) measures.emplace_back(m.id, m.pos);
        for (const KeyFigure& k : plan_.key_figures) figures.emplace_back(k.id, k.pos);
        for (const Appendix& a : plan_.appendices) appendices.emplace_back(a.id, a.pos);
        for (const Goal& g : plan_.goals) {
            goals.emplace_back(g.id, g.pos);
            for (const Indicator& i : g.indicators) indicators.emplace_back(i.id, i.pos);
        }
        unique("unit", units);
        unique("service", services);
        unique("rate", rates);
        unique("chapter or section", places);
        unique("measure", measures);
        unique("key figure", figures);
        unique("appendix", appendices);
        unique("goal", goals);
        unique("indicator", indicators);
    }

    template <typename Map>
    void reference(const Ref& ref, const Map& known, const std::string& what,
                   const std::string& plural = {}) {
        std::string many = plural.empty() ? what + "s" : plural;
        if (ref.id.empty() || known.count(ref.id)) return;
        std::vector<std::string> ids;
        for (const auto& entry : known) ids.push_back(entry.first);
        std::string nearest = suggest_key(ref.id, ids);
        std::string hint;
        if (!nearest.empty()) {
            hint = "did you mean '" + nearest + "'?";
        } else if (ids.empty()) {
            hint = "the plan defines no " + many;
        } else {
            hint = "known " + many + ": ";
            for (std::size_t i = 0; i < ids.size() && i < 8; ++i) hint += (i ? ", " : "") + ids[i];
            if (ids.size() > 8) hint += ", …";
        }
        diags_.report(DiagnosticKind::unknown_reference, ref.pos,
                      "unknown " + what + " '" + ref.id + "'", hint);
    }

    void check_units() {
        for (const Unit& u : plan_.units) {
            if (u.parent) reference(*u.parent, index_.units, "unit");
        }
    }

    void check_places() {
        for (const Chapter& c : plan_.chapters) {
            for (const Ref& s : c.services) reference(s, index_.services, "service");
            for (const Section& sec : c.sections) {
                for (const Ref& s : sec.services) reference(s, index_.services, "service");
                for (const Cost& cost : sec.estimates) check_cost(cost);
            }
        }
    }

    void check_measures() {
        for (const Measure& m : plan_.measures) {
            if (!plan_.chapters.empty()) {
                reference(m.section, index_.chapter_of, "chapter or section", "chapters or sections");
            }
            for (const Ref& u : m.responsible) reference(u, index_.units, "unit");
            for (const Ref& s : m.services) reference(s, index_.services, "service");
            for (const Ref& g : m.goals) reference(g, index_.goals, "goal");
            for (const Cost& c : m.costs) check_cost(c);
        }
    }

    // A deadline before the plan starts cannot be the plan's to meet: a year mistyped or kept
    // from an older plan (E024). One after the period may be meant, a measure that runs past the
    // plan, so it is a warning (W009) that says so plainly.
    void check_deadlines() {
        const Period& period = plan_.meta.period;
        if (period.from == 0) return;  // the period itself is in error
        std::string span = std::to_string(period.from) + "–" + std::to_string(period.to);
        for (const Measure& m : plan_.measures) {
            if (!m.deadline || m.deadline->year == 0 || period.contains(m.deadline->year)) continue;
            std::string measure = "measure " + std::to_string(m.number) + " '" + m.id + "'";
            std::string year = std::to_string(m.deadline->year);
            if (m.deadline->year < period.from) {
                diags_.report(DiagnosticKind::year_outside_period, m.deadline->pos,
                              measure + " has its deadline in " + year + ", before the plan period " + span +
                                  " starts",
                              "check the year: a measure of this plan is carried out from " +
                                  std::to_string(period.from) + " on");
            } else {
                diags_.report(DiagnosticKind::deadline_after_period, m.deadline->pos,
                              measure + " has its deadline in " + year + ", after the plan period " + span +
                                  " ends",
                              "if the year is a typo, set one up to " + std::to_string(period.to) +
                                  "; a measure meant to run on past the plan may keep it");
            }
        }
    }

    // A goal is reached through measures: one without any, or a measure outside every goal,
    // is worth a second look before the council reads the plan.
    void check_goals() {
        for (const Goal& g : plan_.goals) {
            for (const Indicator& i : g.indicators) check_indicator_years(i);
        }
        if (partial_ || plan_.goals.empty()) return;
        std::set<std::string> served;
        bool unknown_named = false;  // then E021 says it, and the goal it meant is not unserved
        for (const Measure& m : plan_.measures) {
            for (const Ref& g : m.goals) {
                served.insert(g.id);
                unknown_named = unknown_named || !index_.goals.count(g.id);
            }
            if (m.goals.empty()) {
                diags_.report(DiagnosticKind::measure_without_goal, m.pos,
                              "measure " + std::to_string(m.number) + " '" + m.id +
                                  "' serves none of the plan's goals",
                              "add 'goals: ID' naming the goal it helps reach");
            }
        }
        if (unknown_named) return;
        for (const Goal& g : plan_.goals) {
            if (g.id.empty() || served.count(g.id)) continue;
            diags_.report(DiagnosticKind::goal_not_served, g.pos,
                          "no measure serves goal '" + g.id + "'",
                          "name it in the 'goals' of the measures that help reach it");
        }
    }

    // The target is a year of the plan; the baseline is where the plan starts from, so it may
    // lie before the period, but not after the target.
    void check_indicator_years(const Indicator& i) {
        const Period& period = plan_.meta.period;
        if (period.from == 0 || i.target.year == 0) return;
        if (!period.contains(i.target.year)) {
            diags_.report(DiagnosticKind::year_outside_period, i.target.year_pos,
                          "indicator '" + i.id + "' has its target in " +
                              std::to_string(i.target.year) + ", outside the plan period " +
                              std::to_string(period.from) + "–" + std::to_string(period.to),
                          "set the target in a year the plan covers");
            return;
        }
        if (i.baseline.year > i.target.year) {
            diags_.report(DiagnosticKind::indicator_years, i.baseline.year_pos,
                          "indicator '" + i.id + "' starts from " +
                              std::to_string(i.baseline.year) + ", after its target year " +
                              std::to_string(i.target.year),
                          "the baseline is the latest known figure before the target");
        }
    }

    void check_cost(const Cost& c) {
        if (c.rate) reference(*c.rate, index_.rates, "rate");
        const Period& period = plan_.meta.period;
        if (period.from == 0) return;  // the period itself is in error
        auto outside = [&](int year, SourcePos pos) {
            if (period.contains(year) || !pos.known()) return;
            diags_.report(DiagnosticKind::year_outside_period, pos,
                          "year " + std::to_string(year) + " is outside the plan period " +
                              std::to_string(period.from) + "–" + std::to_string(period.to),
                          "costs are phased over the plan period; change the year or the period");
        };
        outside(c.from, c.from_pos);
        if (c.to_pos.known() && !(c.to_pos.line == c.from_pos.line && c.to_pos.col == c.from_pos.col)) {
            outside(c.to, c.to_pos);
        }
    }

    void check_numbering() {
        std::map<int, const Measure*> by_number;
        for (const Measure& m : plan_.measures) {
            if (m.number == 0) continue;
            auto [it, inserted] = by_number.emplace(m.number, &m);
            if (!inserted) {
                diags_.report(DiagnosticKind::duplicate_number, m.number_pos,
                              "measure number " + std::to_string(m.number) +
                                  " is already used by measure '" + it->second->id + "' (line " +
                                  std::to_string(it->second->number_pos.line) + ")",
                              "numbers run 1, 2, 3 … without repeats");
            }
        }
        if (partial_) return;
        int expected = 1;
        for (const auto& [number, measure] : by_number) {
            if (number != expected) {
                std::string missing = number - expected == 1
                                          ? std::to_string(expected)
                                          : std::to_string(expected) + "–" + std::to_string(number - 1);
                diags_.report(DiagnosticKind::number_gap, measure->number_pos,
                              "measure numbers jump to " + std::to_string(number) + "; " + missing +
                                  (number - expected == 1 ? " is" : " are") + " missing",
                              "number the measures 1, 2, 3 … without gaps");
            }
            expected = number + 1;
        }
    }

    // Readers find measure 7 after 6: the numbers run 1, 2, 3 … in the order the document shows
    // the measures, which is the order of their chapters and sections (plan_index.h). Reported
    // once, at the first measure out of place; gaps and repeats are E022 and E023's.
    void check_reading_order() {
        if (partial_ || plan_.measures.empty()) return;
        std::set<int> numbers;
        for (const Measure& m : plan_.measures) numbers.insert(m.number);
        bool one_to_n = numbers.size() == plan_.measures.size() && *numbers.begin() == 1 &&
                        *numbers.rbegin() == static_cast<int>(numbers.size());
        std::vector<const Measure*> order = measures_in_reading_order(plan_, index_);
        if (!one_to_n || order.size() != plan_.measures.size()) return;  // E021, E022, E023 say why
        for (std::size_t i = 0; i < order.size(); ++i) {
            const Measure& m = *order[i];
            if (m.number == static_cast<int>(i) + 1) continue;
            std::string shown;
            for (std::size_t j = 0; j < order.size() && j < 10; ++j) {
                shown += (j ? ", " : "") + std::to_string(order[j]->number);
            }
            if (order.size() > 10) shown += ", …";
            std::string where =
                i == 0 ? "is the first measure the document shows, where 1 is expected"
                       : "comes after measure " + std::to_string(order[i - 1]->number) + " '" + order[i - 1]->id +
                             "' in the document, where " + std::to_string(i + 1) + " is expected";
            diags_.report(DiagnosticKind::measures_out_of_order, m.number_pos,
                          "measure " + std::to_string(m.number) + " '" + m.id + "' " + where,
                          "the document shows the measures chapter by chapter, section by section, as " + shown +
                              "; renumber them in that order");
            return;
        }
    }

    void check_key_figures() {
        std::map<std::string, const KeyFigure*> of_kind;
        for (const KeyFigure& k : plan_.key_figures) {
            if (!k.kind.empty() && !of_kind.emplace(k.kind, &k).second) {
                const KeyFigure& first = *of_kind.at(k.kind);
                diags_.report(DiagnosticKind::key_figure_repeated, k.kind_pos,
                              "key figures '" + first.id + "' (line " + std::to_string(first.kind_pos.line) +
                                  ") and '" + k.id + "' are both of kind " + k.kind,
                              "a plan gives each standard kind once, so that plans can be compared; "
                              "leave out the kind of one of them");
            }
            if (k.section) {
                reference(*k.section, index_.chapter_of, "chapter or section", "chapters or sections");
            }
            check_series(k);
            check_key_figure_year(k);
            const KeyFigureKind* kind = find_key_figure_kind(k.kind);
            if (kind && k.table) {
                diags_.report(DiagnosticKind::conflicting_keys, k.kind_pos,
                              "a key figure of a standard kind is one number to compare across plans; a "
                              "table cannot have a kind",
                              "give the kind to a key figure with a value or a series");
                continue;
            }
            if (kind) check_kind_unit(k, *kind);
            // A kind's value is compared across plans, and a value with comparisons is drawn beside
            // them: both must be numbers. One still to fill in is a placeholder (W004), not a bad number.
            bool needs_number = kind || !k.comparisons.empty();
            if (needs_number && !k.value.empty() && !contains_placeholder(k.value)) {
                if (auto v = key_figure_number(k.value)) {
                    if (kind) check_kind_value(k, *kind, *v, k.value_pos);
                } else {
                    diags_.report(DiagnosticKind::invalid_number, k.value_pos,
                                  (kind ? "a key figure of kind " + k.kind + " is compared across plans"
                                        : std::string("a key figure with comparisons is drawn beside them")) +
                                      " and must be a number, found '" + k.value + "'",
                                  value_hint(k.value));
                }
            }
            if (!kind) continue;
            for (const KeyFigurePoint& p : k.series) check_kind_value(k, *kind, p.value, p.value_pos);
        }
    }

    // A figure is true at some time; one without it shows as "uten år" beside other plans'
    // figures in the overview, and the reader of the plan cannot tell how old it is. A figure
    // still to fill in (W004, as `legeplan init` writes them) gets its year with its value.
    void check_key_figure_year(const KeyFigure& k) {
        bool shows_nothing = k.value.empty() && !k.table && k.comparisons.empty();  // E012 says so
        if (k.date || !k.series.empty() || shows_nothing || still_to_fill_in(k)) return;
        int year = plan_.meta.date.year != 0 ? plan_.meta.date.year : plan_.meta.period.from - 1;
        diags_.report(DiagnosticKind::key_figure_without_year, k.pos,
                      "key figure '" + k.id + "' does not say which year it holds for",
                      "add the year (or the date) its source gives, e.g. date: " + std::to_string(year));
    }

    static bool still_to_fill_in(const KeyFigure& k) {
        if (contains_placeholder(k.value)) return true;
        if (!k.table) return false;
        for (const auto& row : k.table->rows) {
            for (const std::string& cell : row) {
                if (contains_placeholder(cell)) return true;
            }
        }
        return false;
    }

    // What to write instead of a value that is no number.
    static std::string value_hint(const std::string& value) {
        std::string pointed = value;
        std::replace(pointed.begin(), pointed.end(), ',', '.');
        if (key_figure_number(pointed)) return "write " + pointed + " with a decimal point";
        if (!value.empty() && value.front() == '-') return "a key figure is 0 or more";
        return "write the number alone; say more in the title or the source";
    }

    // Years in order, each once, none after the plan period; each comparison's label once.
    void check_series(const KeyFigure& k) {
        for (std::size_t i = 0; i < k.series.size(); ++i) {
            const KeyFigurePoint& p = k.series[i];
            if (p.year > plan_.meta.period.to) {
                diags_.report(DiagnosticKind::year_outside_period, p.pos,
                              "key figure '" + k.id + "' has a value for " + std::to_string(p.year) +
                                  ", after the plan period ends (" + std::to_string(plan_.meta.period.to) + ")",
                              "a series holds what has been measured; a forecast is a key figure of its own");
            }
            if (i > 0 && p.year <= k.series[i - 1].year) {
                bool twice = p.year == k.series[i - 1].year;
                diags_.report(DiagnosticKind::key_figure_repeated, p.pos,
                              "key figure '" + k.id + "' " +
                                  (twice ? "has " + std::to_string(p.year) + " twice in its series"
                                         : "lists " + std::to_string(p.year) + " after " +
                                               std::to_string(k.series[i - 1].year)),
                              "list each year once, the oldest first");
            }
        }
        std::set<std::string> labels;
        for (const KeyFigureComparison& c : k.comparisons) {
            if (!labels.insert(c.label).second) {
                diags_.report(DiagnosticKind::key_figure_repeated, c.pos,
                              "key figure '" + k.id + "' compares with '" + c.label + "' twice",
                              "give each place or group once");
            }
        }
    }

    void check_kind_unit(const KeyFigure& k, const KeyFigureKind& kind) {
        if (k.unit.empty()) return;
        bool percent = kind.measure == FigureMeasure::percent;
        if (percent == is_percent_unit(k.unit)) return;
        diags_.report(DiagnosticKind::key_figure_unit, k.unit_pos,
                      percent ? "kind " + k.kind + " is a share in percent, but the unit is '" + k.unit + "'"
                              : "kind " + k.kind + " is not a share in percent, but the unit is '" + k.unit + "'",
                      percent ? "write unit: \"%\", or leave unit out" : "leave unit out to use the kind's own unit");
    }

    void check_kind_value(const KeyFigure& k, const KeyFigureKind& kind, Milli value, const SourcePos& pos) {
        if (value > kMaxKindFigure) {
            diags_.report(DiagnosticKind::invalid_number, pos,
                          "kind " + k.kind + " is at most " + format_amount(kMaxKindFigure / 1000) + ", found " +
                              format_milli_point(value));
        } else if (kind.measure == FigureMeasure::count && value % 1000 != 0) {
            diags_.report(DiagnosticKind::invalid_number, pos,
                          "kind " + k.kind + " counts whole numbers, found " + format_milli_point(value));
        } else if (kind.measure == FigureMeasure::percent && value > 100'000) {
            diags_.report(DiagnosticKind::invalid_number, pos,
                          "kind " + k.kind + " is a share in percent, 0 to 100, found " + format_milli_point(value));
        } else if (k.kind == "list_ceiling" && (value < 500'000 || value > 2'500'000)) {
            diags_.report(DiagnosticKind::list_ceiling_out_of_range, pos,
                          "list ceiling " + format_amount(value / 1000) +
                              " is outside the 500–2 500 patients the GP regulation allows");
        }
    }

    // 2.5 as the plan writes it: a decimal point.
    static std::string format_milli_point(Milli value) {
        std::string text = format_milli(value);
        std::replace(text.begin(), text.end(), ',', '.');
        return text;
    }

    // An adoption belongs to an adopted plan, and an adopted plan says when it was adopted.
    void check_adoption() {
        const Metadata& m = plan_.meta;
        if (m.adopted && m.status != PlanStatus::adopted) {
            diags_.report(DiagnosticKind::adoption_not_adopted, m.adopted->pos,
                          "the plan says how it was adopted, but its status is not 'adopted'",
                          "set status: adopted once the council has adopted it, or leave the adoption out until then");
        } else if (m.status == PlanStatus::adopted && !(m.adopted && m.adopted->date)) {
            diags_.report(DiagnosticKind::adopted_without_date, m.status_pos,
                          "the plan is adopted, but does not say when",
                          "add adopted: with date: (and case: with the case number), e.g. adopted: {date: 2027-06-15, case: 2027/123}");
        }
    }

    // ASA 4310 point 6.2: the plan goes to LSU for its statement before the council.
    void check_lsu() {
        PlanStatus status = plan_.meta.status;
        bool past_lsu = status == PlanStatus::sent_to_council || status == PlanStatus::adopted;
        if (past_lsu && !(plan_.lsu && plan_.lsu->statement)) {
            diags_.report(DiagnosticKind::no_lsu_statement, plan_.meta.status_pos,
                          "the plan is marked as past LSU, but no LSU statement is on record",
                          "add lsu: statement: with its date and text (ASA 4310 point 6.2)");
        }
        if (!plan_.lsu || !plan_.lsu->statement) return;
        std::set<std::string> measures;
        for (const Measure& m : plan_.measures) measures.insert(m.id);
        std::map<std::string, int> seen;
        for (const LsuMeasureView& v : plan_.lsu->statement->measures) {
            if (v.measure.id.empty()) continue;
            if (!measures.count(v.measure.id)) {
                std::vector<std::string> ids(measures.begin(), measures.end());
                std::string nearest = suggest_key(v.measure.id, ids);
                diags_.report(DiagnosticKind::stray_lsu_view, v.measure.pos,
                              "LSU's statement refers to measure '" + v.measure.id +
                                  "', which the plan does not have",
                              nearest.empty() ? "it may have been removed or renamed"
                                              : "did you mean '" + nearest + "'?");
            } else if (seen.count(v.measure.id)) {
                diags_.report(DiagnosticKind::stray_lsu_view, v.measure.pos,
                              "LSU's view on measure '" + v.measure.id +
                                  "' is given twice (first on line " +
                                  std::to_string(seen[v.measure.id]) + ")");
            }
            seen.emplace(v.measure.id, v.measure.pos.line);
        }
    }

    // The figures an assertion names are checked in the figures stage; here, what it refers to.
    void check_assertions() {
        for (const Assertion& a : plan_.assertions) {
            if (a.unit) reference(*a.unit, index_.units, "unit");
            if (a.chapter) reference(*a.chapter, index_.chapters, "chapter");
            const Period& period = plan_.meta.period;
            if (a.year && period.from != 0 && !period.contains(*a.year)) {
                diags_.report(DiagnosticKind::year_outside_period, a.pos,
                              "assertion year " + std::to_string(*a.year) +
                                  " is outside the plan period " + std::to_string(period.from) +
                                  "–" + std::to_string(period.to));
            }
        }
    }

    // Each report covers one year of the period, once, and names each measure and indicator at
    // most once. A measure it leaves out is worth a warning: the council asks about every one,
    // except those an earlier report already called done or dropped.
    void check_follow_up() {
        const Period& period = plan_.meta.period;
        std::map<int, int> report_lines;  // year → the line of its first report
        std::set<std::string> finished;   // done or dropped in an earlier report
        std::vector<const FollowUp*> in_year_order;
        for (const FollowUp& r : plan_.follow_up) in_year_order.push_back(&r);
        std::stable_sort(in_year_order.begin(), in_year_order.end(),
                         [](const FollowUp* a, const FollowUp* b) { return a->year < b->year; });
        for (const FollowUp& r : plan_.follow_up) {
            if (r.year == 0) continue;
            if (period.from != 0 && !period.contains(r.year)) {
                diags_.report(DiagnosticKind::year_outside_period, r.year_pos,
                              "follow-up report for " + std::to_string(r.year) +
                                  ", outside the plan period " + std::to_string(period.from) +
                                  "–" + std::to_string(period.to),
                              "a plan reports on the years it covers");
            }
            auto [first, inserted] = report_lines.emplace(r.year, r.year_pos.line);
            if (!inserted) {
                diags_.report(DiagnosticKind::duplicate_follow_up, r.year_pos,
                              "a second follow-up report for " + std::to_string(r.year) +
                                  " (the first is on line " + std::to_string(first->second) + ")",
                              "give each year one report; merge the two");
            }
        }
        for (const FollowUp* r : in_year_order) {
            check_follow_up_entries(*r);
            if (partial_) continue;
            std::set<std::string> named;
            bool unknown_named = false;  // then E021 says it, and the measure it meant is not left out
            for (const FollowUpMeasure& m : r->measures) {
                named.insert(m.measure.id);
                unknown_named = unknown_named || !index_.measures.count(m.measure.id);
            }
            for (const Measure& m : plan_.measures) {
                if (unknown_named) break;
                if (m.id.empty() || named.count(m.id) || finished.count(m.id)) continue;
                diags_.report(DiagnosticKind::measure_not_reported, r->pos,
                              "the follow-up report for " + std::to_string(r->year) +
                                  " leaves out measure " + std::to_string(m.number) + " '" + m.id + "'",
                              "add '- measure: " + m.id + "' with its status for the year");
            }
            for (const FollowUpMeasure& m : r->measures) {
                if (m.status == MeasureStatus::done || m.status == MeasureStatus::dropped) {
                    finished.insert(m.measure.id);
                }
            }
        }
    }

    void check_follow_up_entries(const FollowUp& r) {
        std::map<std::string, int> measures, indicators;  // id → the line it was first named on
        auto twice = [&](std::map<std::string, int>& seen, const Ref& ref, const std::string& what) {
            if (ref.id.empty()) return;
            auto [first, inserted] = seen.emplace(ref.id, ref.pos.line);
            if (inserted) return;
            diags_.report(DiagnosticKind::duplicate_follow_up, ref.pos,
                          what + " '" + ref.id + "' is reported twice for " + std::to_string(r.year) +
                              " (first on line " + std::to_string(first->second) + ")",
                          "give each " + what + " one entry per report");
        };
        for (const FollowUpMeasure& m : r.measures) {
            reference(m.measure, index_.measures, "measure");
            twice(measures, m.measure, "measure");
        }
        for (const FollowUpIndicator& i : r.indicators) {
            reference(i.indicator, index_.indicators, "indicator");
            twice(indicators, i.indicator, "indicator");
        }
    }

    // Every KOSTRA code a measure or a cost names is in the list legeplan ships.
    void check_kostra() {
        for (const Measure& m : plan_.measures) {
            if (m.kostra) kostra_function(*m.kostra);
            for (const Cost& c : m.costs) {
                if (c.kostra) kostra_function(*c.kostra);
            }
        }
    }

    void kostra_function(const Ref& code) {
        if (find_kostra_function(code.id)) return;
        bool three_digits = code.id.size() == 3 && code.id.find_first_not_of("0123456789") == std::string::npos;
        std::string hint;
        for (const KostraFunction* f : kostra_functions_near(code.id)) {
            hint += (hint.empty() ? "" : ", ") + std::string(f->code);
            if (three_digits) hint += " " + std::string(f->name);
        }
        diags_.report(DiagnosticKind::unknown_kostra_function, code.pos,
                      "'" + code.id + "' is not a KOSTRA function for municipalities",
                      (three_digits ? "functions near it: " : "a function is three digits; those for health are ") +
                          hint);
    }

    const Plan& plan_;
    PlanIndex index_;
    Diagnostics& diags_;
    bool partial_;
};

}  // namespace

void validate(const Plan& plan, Diagnostics& diags, bool partial) {
    Validator(plan, diags, partial).run();
}

}  // namespace legeplan
