#include "plan/validate.h"

#include <algorithm>
#include <map>
#include <set>

#include "plan/key_figure_kinds.h"
#include "plan/kostra_arts.h"
#include "plan/kostra_functions.h"
#include "plan/node_reader.h"
#include "plan/placeholders.h"
#include "plan/plan_index.h"
#include "text/translate.h"

namespace legeplan {

namespace {

// What a reference may name, for messages; translated where shown.
struct RefKind {
    const char* what;
    const char* plural;
};
constexpr RefKind kUnit{gettext_noop("unit"), gettext_noop("units")};
constexpr RefKind kService{gettext_noop("service"), gettext_noop("services")};
constexpr RefKind kRate{gettext_noop("rate"), gettext_noop("rates")};
constexpr RefKind kPlace{gettext_noop("chapter or section"), gettext_noop("chapters or sections")};
constexpr RefKind kChapter{gettext_noop("chapter"), gettext_noop("chapters")};
constexpr RefKind kGoal{gettext_noop("goal"), gettext_noop("goals")};
constexpr RefKind kIndicator{gettext_noop("indicator"), gettext_noop("indicators")};
constexpr RefKind kMeasure{gettext_noop("measure"), gettext_noop("measures")};
constexpr RefKind kDoctor{gettext_noop("doctor"), gettext_noop("doctors")};

// Something a reference may name: its id, and how a hint shows it ("measure 4: Nytt
// telefonsystem"), whose words also count when guessing what a reference meant.
struct Candidate {
    std::string id;
    std::string shown;
};

std::string lowercase(std::string text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') text[i] = static_cast<char>(c - 'A' + 'a');
        // Æ, Ø, Å (U+00C6, U+00D8, U+00C5) to æ, ø, å: the same lead byte, the next one +0x20.
        if (c == 0xC3 && i + 1 < text.size()) {
            unsigned char d = static_cast<unsigned char>(text[i + 1]);
            if (d == 0x86 || d == 0x98 || d == 0x85) text[i + 1] = static_cast<char>(d + 0x20);
            ++i;
        }
    }
    return text;
}

// The words of an id or a title: split at '-', '_', spaces and punctuation, lowercase.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words(1);
    for (char c : lowercase(text)) {
        unsigned char u = static_cast<unsigned char>(c);
        bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80;
        if (letter) {
            words.back() += c;
        } else if (!words.back().empty()) {
            words.emplace_back();
        }
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

std::size_t common_prefix(const std::string& a, const std::string& b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
    return n;
}

std::size_t common_suffix(const std::string& a, const std::string& b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
    return n;
}

// The candidates a reference most likely meant, the likeliest first, at most three: those
// spelt nearly alike, and those sharing words with it in their id or title ("nytt-journalsystem"
// shares "nytt" and "…system" with "Nytt telefonsystem på legevakten").
std::vector<const Candidate*> likely_meant(const std::string& id, const std::vector<Candidate>& candidates) {
    struct Scored {
        const Candidate* candidate;
        std::size_t distance;
        int points;  // 2 for each word in common, 1 for a word sharing a stem of 5 letters
    };
    std::vector<std::string> wanted = words_of(id);
    std::size_t allowed = std::max<std::size_t>(2, id.size() / 3);
    std::vector<Scored> scored;
    for (const Candidate& c : candidates) {
        if (c.id.empty()) continue;
        std::vector<std::string> has = words_of(c.id + " " + c.shown);
        int points = 0;
        for (const std::string& w : wanted) {
            if (w.size() < 3) continue;
            int best = 0;
            for (const std::string& h : has) {
                if (h == w) best = 2;
                else if (common_prefix(h, w) >= 5 || common_suffix(h, w) >= 5) best = std::max(best, 1);
            }
            points += best;
        }
        std::size_t distance = edit_distance(id, c.id);
        if (distance <= allowed || points >= 2) scored.push_back({&c, distance, points});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        bool a_typo = a.distance <= 2, b_typo = b.distance <= 2;
        if (a_typo != b_typo) return a_typo;
        if (a.points != b.points) return a.points > b.points;
        return a.distance < b.distance;
    });
    std::vector<const Candidate*> out;
    for (std::size_t i = 0; i < scored.size() && i < 3; ++i) out.push_back(scored[i].candidate);
    return out;
}

// "'nytt-telefonsystem' (measure 4: Nytt telefonsystem)", or the id alone when it has no title.
std::string show_candidate(const Candidate& c) {
    if (c.shown.empty()) return "'" + c.id + "'";
    // TRANSLATORS: {id} is an id in the plan, {title} its number and title or its name.
    return fill(tr("'{id}' ({title})"), {{"id", c.id}, {"title", c.shown}});
}

// The hint for a reference to an id the plan does not have: the likely ones, or the known ones.
std::string unknown_hint(const std::string& id, const std::vector<Candidate>& candidates, const RefKind& kind) {
    std::vector<const Candidate*> likely = likely_meant(id, candidates);
    if (!likely.empty()) {
        std::string list;
        for (const Candidate* c : likely) list += (list.empty() ? "" : ", ") + show_candidate(*c);
        // TRANSLATORS: {candidates} lists one to three ids, each with its title in parentheses.
        return fill(tr("did you mean {candidates}?"), {{"candidates", list}});
    }
    std::vector<std::string> ids;
    for (const Candidate& c : candidates) {
        if (!c.id.empty()) ids.push_back(c.id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.empty()) return fill(tr("the plan defines no {things}"), {{"things", tr(kind.plural)}});
    std::string list;
    for (std::size_t i = 0; i < ids.size() && i < 8; ++i) list += (i ? ", " : "") + ids[i];
    if (ids.size() > 8) list += ", …";
    // TRANSLATORS: {things} is a plural noun ("units"), {ids} a list of ids.
    return fill(tr("known {things}: {ids}"), {{"things", tr(kind.plural)}, {"ids", list}});
}

class Validator {
public:
    Validator(const Plan& plan, Diagnostics& diags, bool partial)
        : plan_(plan), index_(plan), diags_(diags), partial_(partial) {
        for (const Unit& u : plan_.units) units_.push_back({u.id, u.name});
        for (const Service& s : plan_.services) services_.push_back({s.id, s.name});
        for (const Rate& r : plan_.rates) rates_.push_back({r.id, r.name});
        for (const Chapter& c : plan_.chapters) {
            chapters_.push_back({c.id, c.title});
            places_.push_back({c.id, c.title});
            for (const Section& s : c.sections) places_.push_back({s.id, s.title});
        }
        for (const Goal& g : plan_.goals) {
            goals_.push_back({g.id, g.title});
            for (const Indicator& i : g.indicators) indicators_.push_back({i.id, i.title});
        }
        for (const Measure& m : plan_.measures) {
            // TRANSLATORS: a measure as a hint shows it: its number and its title.
            measures_.push_back({m.id, fill(tr("measure {number}: {title}"), {{"number", m.number}, {"title", m.title}})});
        }
        for (const Doctor& d : plan_.doctors) {
            doctors_.push_back({d.id, d.name});
        }
    }

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
        check_doctors();
        check_lsu();
        check_adoption();
        check_assertions();
        check_follow_up();
        check_kostra();
        check_budget_kind();
    }

private:
    // Reports every id given twice within one namespace.
    void unique(const char* what, const std::vector<std::pair<std::string, SourcePos>>& ids) {
        std::map<std::string, SourcePos> seen;
        for (const auto& [id, pos] : ids) {
            if (id.empty()) continue;
            auto [it, inserted] = seen.emplace(id, pos);
            if (!inserted) {
                // TRANSLATORS: {what} is the kind of thing ("unit", "key figure").
                diags_.report(DiagnosticKind::duplicate_id, pos,
                              fill(tr("duplicate {what} id '{id}' (first defined on line {line})"),
                                   {{"what", tr(what)}, {"id", id}, {"line", it->second.line}}),
                              fill(tr("every {what} needs an id of its own"), {{"what", tr(what)}}));
            }
        }
    }

    void check_unique_ids() {
        std::vector<std::pair<std::string, SourcePos>> units, services, rates, places, measures,
            figures, appendices, goals, indicators, doctors;
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
        for (const Doctor& d : plan_.doctors) doctors.emplace_back(d.id, d.pos);
        for (const Goal& g : plan_.goals) {
            goals.emplace_back(g.id, g.pos);
            for (const Indicator& i : g.indicators) indicators.emplace_back(i.id, i.pos);
        }
        unique(kUnit.what, units);
        unique(kService.what, services);
        unique(kRate.what, rates);
        unique(kPlace.what, places);
        unique(kMeasure.what, measures);
        unique(gettext_noop("key figure"), figures);
        unique(gettext_noop("appendix"), appendices);
        unique(kGoal.what, goals);
        unique(kIndicator.what, indicators);
        unique(kDoctor.what, doctors);
    }

    template <typename Map>
    void reference(const Ref& ref, const Map& known, const RefKind& kind,
                   const std::vector<Candidate>& candidates) {
        if (ref.id.empty() || known.count(ref.id)) return;
        // The id defined as 'legevakt_en' has its E014, whose hint is to write it as this
        // reference does: the reference is right, and no second error.
        for (const Candidate& c : candidates) {
            if (!valid_id(c.id) && id_spelling(c.id) == ref.id) return;
        }
        // An id written with '_' or capitals is a mistake of spelling, said as such; one with
        // letters ids cannot have (økonomi) is simply not one of the plan's.
        if (!valid_id(ref.id) && !id_spelling(ref.id).empty()) {
            report_invalid_reference(ref, candidates);
            return;
        }
        // TRANSLATORS: {what} is what the id should name ("unit", "chapter or section").
        diags_.report(DiagnosticKind::unknown_reference, ref.pos,
                      fill(tr("unknown {what} '{id}'"), {{"what", tr(kind.what)}, {"id", ref.id}}),
                      unknown_hint(ref.id, candidates, kind));
    }

    // A reference spelt as no id can be (legevakt_en): one error, that it is not a valid id, with
    // the spelling meant when the plan has it, or the likely ones.
    void report_invalid_reference(const Ref& ref, const std::vector<Candidate>& candidates) {
        std::string meant = id_spelling(ref.id);
        std::string hint;
        for (const Candidate& c : candidates) {
            if (!meant.empty() && c.id == meant) {
                hint = fill(tr("an id is lowercase letters a-z, digits and '-': write '{id}'"), {{"id", meant}});
            }
        }
        if (hint.empty()) {
            std::vector<const Candidate*> likely = likely_meant(meant.empty() ? ref.id : meant, candidates);
            std::string list;
            for (const Candidate* c : likely) list += (list.empty() ? "" : ", ") + show_candidate(*c);
            hint = list.empty() ? tr("an id is lowercase letters a-z, digits and '-', starting with a letter "
                                     "(at most 64 characters), e.g. 'etat-helsetjenester'")
                                : fill(tr("an id is lowercase letters a-z, digits and '-'; did you mean {candidates}?"),
                                       {{"candidates", list}});
        }
        diags_.report(DiagnosticKind::invalid_id, ref.pos,
                      fill(tr("'{id}' is not a valid id"), {{"id", ref.id}}), hint);
    }

    void check_units() {
        for (const Unit& u : plan_.units) {
            if (u.parent) reference(*u.parent, index_.units, kUnit, units_);
        }
    }

    void check_places() {
        for (const Chapter& c : plan_.chapters) {
            for (const Ref& s : c.services) reference(s, index_.services, kService, services_);
            for (const Section& sec : c.sections) {
                for (const Ref& s : sec.services) reference(s, index_.services, kService, services_);
                for (const Cost& cost : sec.estimates) check_cost(cost);
            }
        }
    }

    void check_measures() {
        for (const Measure& m : plan_.measures) {
            if (!plan_.chapters.empty()) {
                reference(m.section, index_.chapter_of, kPlace, places_);
            }
            for (const Ref& u : m.responsible) reference(u, index_.units, kUnit, units_);
            for (const Ref& s : m.services) reference(s, index_.services, kService, services_);
            for (const Ref& g : m.goals) reference(g, index_.goals, kGoal, goals_);
            for (const Cost& c : m.costs) check_cost(c);
        }
    }

    // A deadline before the plan starts cannot be the plan's to meet: a year mistyped or kept
    // from an older plan (E024). One after the period may be meant, a measure that runs past the
    // plan, so it is a warning (W009) that says so plainly.
    void check_deadlines() {
        const Period& period = plan_.meta.period;
        if (period.from == 0) return;  // the period itself is in error
        for (const Measure& m : plan_.measures) {
            if (!m.deadline || m.deadline->year == 0 || period.contains(m.deadline->year)) continue;
            if (m.deadline->year < period.from) {
                // TRANSLATORS: {number} and {id} are the measure's; {from}–{to} the plan period.
                diags_.report(DiagnosticKind::year_outside_period, m.deadline->pos,
                              fill(tr("measure {number} '{id}' has its deadline in {year}, before the plan "
                                      "period {from}–{to} starts"),
                                   {{"number", m.number}, {"id", m.id}, {"year", m.deadline->year},
                                    {"from", period.from}, {"to", period.to}}),
                              fill(tr("check the year: a measure of this plan is carried out from {from} on"),
                                   {{"from", period.from}}));
            } else {
                diags_.report(DiagnosticKind::deadline_after_period, m.deadline->pos,
                              fill(tr("measure {number} '{id}' has its deadline in {year}, after the plan "
                                      "period {from}–{to} ends"),
                                   {{"number", m.number}, {"id", m.id}, {"year", m.deadline->year},
                                    {"from", period.from}, {"to", period.to}}),
                              fill(tr("if the year is a typo, set one up to {to}; a measure meant to run on "
                                      "past the plan may keep it"),
                                   {{"to", period.to}}));
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
                              fill(tr("measure {number} '{id}' serves none of the plan's goals"),
                                   {{"number", m.number}, {"id", m.id}}),
                              tr("add 'goals: ID' naming the goal it helps reach"));
            }
        }
        if (unknown_named) return;
        for (const Goal& g : plan_.goals) {
            if (g.id.empty() || served.count(g.id)) continue;
            diags_.report(DiagnosticKind::goal_not_served, g.pos,
                          fill(tr("no measure serves goal '{id}'"), {{"id", g.id}}),
                          tr("name it in the 'goals' of the measures that help reach it"));
        }
    }

    // The target is a year of the plan; the baseline is where the plan starts from, so it may
    // lie before the period, but not after the target.
    void check_indicator_years(const Indicator& i) {
        const Period& period = plan_.meta.period;
        if (period.from == 0 || i.target.year == 0) return;
        if (!period.contains(i.target.year)) {
            diags_.report(DiagnosticKind::year_outside_period, i.target.year_pos,
                          fill(tr("indicator '{id}' has its target in {year}, outside the plan period {from}–{to}"),
                               {{"id", i.id}, {"year", i.target.year}, {"from", period.from}, {"to", period.to}}),
                          tr("set the target in a year the plan covers"));
            return;
        }
        if (i.baseline.year > i.target.year) {
            diags_.report(DiagnosticKind::indicator_years, i.baseline.year_pos,
                          fill(tr("indicator '{id}' starts from {year}, after its target year {target}"),
                               {{"id", i.id}, {"year", i.baseline.year}, {"target", i.target.year}}),
                          tr("the baseline is the latest known figure before the target"));
        }
    }

    void check_cost(const Cost& c) {
        if (c.rate) reference(*c.rate, index_.rates, kRate, rates_);
        const Period& period = plan_.meta.period;
        if (period.from == 0) return;  // the period itself is in error
        auto outside = [&](int year, SourcePos pos) {
            if (period.contains(year) || !pos.known()) return;
            diags_.report(DiagnosticKind::year_outside_period, pos,
                          fill(tr("year {year} is outside the plan period {from}–{to}"),
                               {{"year", year}, {"from", period.from}, {"to", period.to}}),
                          tr("costs are phased over the plan period; change the year or the period"));
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
                              fill(tr("measure number {number} is already used by measure '{id}' (line {line})"),
                                   {{"number", m.number}, {"id", it->second->id},
                                    {"line", it->second->number_pos.line}}),
                              tr("numbers run 1, 2, 3 … without repeats"));
            }
        }
        if (partial_) return;
        int expected = 1;
        for (const auto& [number, measure] : by_number) {
            if (number != expected) {
                std::string message =
                    number - expected == 1
                        ? fill(tr("measure numbers jump to {number}; {missing} is missing"),
                               {{"number", number}, {"missing", expected}})
                        // TRANSLATORS: {first}–{last} are the missing measure numbers.
                        : fill(tr("measure numbers jump to {number}; {first}–{last} are missing"),
                               {{"number", number}, {"first", expected}, {"last", number - 1}});
                diags_.report(DiagnosticKind::number_gap, measure->number_pos, message,
                              tr("number the measures 1, 2, 3 … without gaps"));
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
            std::string message =
                i == 0 ? fill(tr("measure {number} '{id}' is the first measure the document shows, where 1 is expected"),
                              {{"number", m.number}, {"id", m.id}})
                       // TRANSLATORS: {before} and {before_id} are the measure shown just before it.
                       : fill(tr("measure {number} '{id}' comes after measure {before} '{before_id}' in the "
                                 "document, where {expected} is expected"),
                              {{"number", m.number}, {"id", m.id}, {"before", order[i - 1]->number},
                               {"before_id", order[i - 1]->id}, {"expected", i + 1}});
            // TRANSLATORS: {numbers} lists measure numbers in the order the document shows them.
            diags_.report(DiagnosticKind::measures_out_of_order, m.number_pos, message,
                          fill(tr("the document shows the measures chapter by chapter, section by section, as "
                                  "{numbers}; renumber them in that order"),
                               {{"numbers", shown}}));
            return;
        }
    }

    void check_key_figures() {
        std::map<std::string, const KeyFigure*> of_kind;
        for (const KeyFigure& k : plan_.key_figures) {
            if (!k.kind.empty() && !of_kind.emplace(k.kind, &k).second) {
                const KeyFigure& first = *of_kind.at(k.kind);
                diags_.report(DiagnosticKind::key_figure_repeated, k.kind_pos,
                              fill(tr("key figures '{first}' (line {line}) and '{id}' are both of kind {kind}"),
                                   {{"first", first.id}, {"line", first.kind_pos.line}, {"id", k.id}, {"kind", k.kind}}),
                              tr("a plan gives each standard kind once, so that plans can be compared; "
                                 "leave out the kind of one of them"));
            }
            if (k.section) {
                reference(*k.section, index_.chapter_of, kPlace, places_);
            }
            check_series(k);
            check_key_figure_year(k);
            const KeyFigureKind* kind = find_key_figure_kind(k.kind);
            if (kind && k.table) {
                diags_.report(DiagnosticKind::conflicting_keys, k.kind_pos,
                              tr("a key figure of a standard kind is one number to compare across plans; a "
                                 "table cannot have a kind"),
                              tr("give the kind to a key figure with a value or a series"));
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
                                  kind ? fill(tr("a key figure of kind {kind} is compared across plans and must "
                                                 "be a number, found '{value}'"),
                                              {{"kind", k.kind}, {"value", k.value}})
                                       : fill(tr("a key figure with comparisons is drawn beside them and must be "
                                                 "a number, found '{value}'"),
                                              {{"value", k.value}}),
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
                      fill(tr("key figure '{id}' does not say which year it holds for"), {{"id", k.id}}),
                      fill(tr("add the year (or the date) its source gives, e.g. date: {year}"), {{"year", year}}));
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
        if (key_figure_number(pointed)) return fill(tr("write {number} with a decimal point"), {{"number", pointed}});
        if (!value.empty() && value.front() == '-') return tr("a key figure is 0 or more");
        return tr("write the number alone; say more in the title or the source");
    }

    // Years in order, each once, none after the plan period; each comparison's label once.
    void check_series(const KeyFigure& k) {
        for (std::size_t i = 0; i < k.series.size(); ++i) {
            const KeyFigurePoint& p = k.series[i];
            if (p.year > plan_.meta.period.to) {
                diags_.report(DiagnosticKind::year_outside_period, p.pos,
                              fill(tr("key figure '{id}' has a value for {year}, after the plan period ends ({to})"),
                                   {{"id", k.id}, {"year", p.year}, {"to", plan_.meta.period.to}}),
                              tr("a series holds what has been measured; a forecast is a key figure of its own"));
            }
            if (i > 0 && p.year <= k.series[i - 1].year) {
                bool twice = p.year == k.series[i - 1].year;
                diags_.report(DiagnosticKind::key_figure_repeated, p.pos,
                              twice ? fill(tr("key figure '{id}' has {year} twice in its series"),
                                           {{"id", k.id}, {"year", p.year}})
                                    : fill(tr("key figure '{id}' lists {year} after {before}"),
                                           {{"id", k.id}, {"year", p.year}, {"before", k.series[i - 1].year}}),
                              tr("list each year once, the oldest first"));
            }
        }
        std::set<std::string> labels;
        for (const KeyFigureComparison& c : k.comparisons) {
            if (!labels.insert(c.label).second) {
                diags_.report(DiagnosticKind::key_figure_repeated, c.pos,
                              fill(tr("key figure '{id}' compares with '{label}' twice"), {{"id", k.id}, {"label", c.label}}),
                              tr("give each place or group once"));
            }
        }
    }

    void check_kind_unit(const KeyFigure& k, const KeyFigureKind& kind) {
        if (k.unit.empty()) return;
        bool percent = kind.measure == FigureMeasure::percent;
        if (percent == is_percent_unit(k.unit)) return;
        diags_.report(DiagnosticKind::key_figure_unit, k.unit_pos,
                      percent ? fill(tr("kind {kind} is a share in percent, but the unit is '{unit}'"),
                                     {{"kind", k.kind}, {"unit", k.unit}})
                              : fill(tr("kind {kind} is not a share in percent, but the unit is '{unit}'"),
                                     {{"kind", k.kind}, {"unit", k.unit}}),
                      percent ? tr("write unit: \"%\", or leave unit out") : tr("leave unit out to use the kind's own unit"));
    }

    void check_kind_value(const KeyFigure& k, const KeyFigureKind& kind, Milli value, const SourcePos& pos) {
        if (value > kMaxKindFigure) {
            diags_.report(DiagnosticKind::invalid_number, pos,
                          fill(tr("kind {kind} is at most {max}, found {value}"),
                               {{"kind", k.kind}, {"max", format_amount(kMaxKindFigure / 1000)},
                                {"value", format_milli_point(value)}}));
        } else if (kind.measure == FigureMeasure::count && value % 1000 != 0) {
            diags_.report(DiagnosticKind::invalid_number, pos,
                          fill(tr("kind {kind} counts whole numbers, found {value}"),
                               {{"kind", k.kind}, {"value", format_milli_point(value)}}));
        } else if (kind.measure == FigureMeasure::percent && value > 100'000) {
            diags_.report(DiagnosticKind::invalid_number, pos,
                          fill(tr("kind {kind} is a share in percent, 0 to 100, found {value}"),
                               {{"kind", k.kind}, {"value", format_milli_point(value)}}));
        }
    }

    // 2.5 as the plan writes it: a decimal point.
    static std::string format_milli_point(Milli value) {
        std::string text = format_milli(value);
        std::replace(text.begin(), text.end(), ',', '.');
        return text;
    }

    // A doctor's supervisor is one of the plan's doctors and its unit one of its units. What the
    // rules say of doctors is the rule check's (rules/rule_check.h).
    void check_doctors() {
        for (const Doctor& d : plan_.doctors) {
            if (d.supervisor) reference(*d.supervisor, index_.doctors, kDoctor, doctors_);
            if (d.unit) reference(*d.unit, index_.units, kUnit, units_);
        }
    }

    // An adoption belongs to an adopted plan, and an adopted plan says when it was adopted.
    void check_adoption() {
        const Metadata& m = plan_.meta;
        if (m.adopted && m.status != PlanStatus::adopted) {
            diags_.report(DiagnosticKind::adoption_not_adopted, m.adopted->pos,
                          tr("the plan says how it was adopted, but its status is not 'adopted'"),
                          tr("set status: adopted once the council has adopted it, or leave the adoption out until then"));
        } else if (m.status == PlanStatus::adopted && !(m.adopted && m.adopted->date)) {
            diags_.report(DiagnosticKind::adopted_without_date, m.status_pos,
                          tr("the plan is adopted, but does not say when"),
                          tr("add adopted: with date: (and case: with the case number), e.g. adopted: {date: 2027-06-15, case: 2027/123}"));
        }
    }

    // LSU's statement names measures the plan has (whether there must be a statement is the
    // rule check's: rules/rule_check.h, lsu-statement).
    void check_lsu() {
        if (!plan_.lsu || !plan_.lsu->statement) return;
        std::set<std::string> measures;
        for (const Measure& m : plan_.measures) measures.insert(m.id);
        std::map<std::string, int> seen;
        for (const LsuMeasureView& v : plan_.lsu->statement->measures) {
            if (v.measure.id.empty()) continue;
            if (!measures.count(v.measure.id)) {
                std::vector<const Candidate*> likely = likely_meant(v.measure.id, measures_);
                diags_.report(DiagnosticKind::stray_lsu_view, v.measure.pos,
                              fill(tr("LSU's statement refers to measure '{id}', which the plan does not have"),
                                   {{"id", v.measure.id}}),
                              likely.empty() ? tr("it may have been removed or renamed")
                                             : unknown_hint(v.measure.id, measures_, kMeasure));
            } else if (seen.count(v.measure.id)) {
                diags_.report(DiagnosticKind::stray_lsu_view, v.measure.pos,
                              fill(tr("LSU's view on measure '{id}' is given twice (first on line {line})"),
                                   {{"id", v.measure.id}, {"line", seen[v.measure.id]}}));
            }
            seen.emplace(v.measure.id, v.measure.pos.line);
        }
        std::set<std::string> chapters;
        for (const Chapter& c : plan_.chapters) chapters.insert(c.id);
        std::map<std::string, int> commented;
        for (const LsuChapterComment& c : plan_.lsu->statement->chapters) {
            if (c.chapter.id.empty()) continue;
            if (!chapters.count(c.chapter.id)) {
                diags_.report(DiagnosticKind::stray_lsu_view, c.chapter.pos,
                              fill(tr("LSU's statement comments on chapter '{id}', which the plan does not have"),
                                   {{"id", c.chapter.id}}),
                              tr("it may have been removed or renamed"));
            } else if (commented.count(c.chapter.id)) {
                diags_.report(DiagnosticKind::stray_lsu_view, c.chapter.pos,
                              fill(tr("LSU's comment on chapter '{id}' is given twice (first on line {line})"),
                                   {{"id", c.chapter.id}, {"line", commented[c.chapter.id]}}));
            }
            commented.emplace(c.chapter.id, c.chapter.pos.line);
        }
    }

    // The figures an assertion names are checked in the figures stage; here, what it refers to.
    void check_assertions() {
        for (const Assertion& a : plan_.assertions) {
            if (a.unit) reference(*a.unit, index_.units, kUnit, units_);
            if (a.chapter) reference(*a.chapter, index_.chapters, kChapter, chapters_);
            if (a.doctor) reference(*a.doctor, index_.doctors, kDoctor, doctors_);
            const Period& period = plan_.meta.period;
            if (a.year && period.from != 0 && !period.contains(*a.year)) {
                diags_.report(DiagnosticKind::year_outside_period, a.pos,
                              fill(tr("assertion year {year} is outside the plan period {from}–{to}"),
                                   {{"year", *a.year}, {"from", period.from}, {"to", period.to}}));
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
                              fill(tr("follow-up report for {year}, outside the plan period {from}–{to}"),
                                   {{"year", r.year}, {"from", period.from}, {"to", period.to}}),
                              tr("a plan reports on the years it covers"));
            }
            auto [first, inserted] = report_lines.emplace(r.year, r.year_pos.line);
            if (!inserted) {
                diags_.report(DiagnosticKind::duplicate_follow_up, r.year_pos,
                              fill(tr("a second follow-up report for {year} (the first is on line {line})"),
                                   {{"year", r.year}, {"line", first->second}}),
                              tr("give each year one report; merge the two"));
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
                              fill(tr("the follow-up report for {year} leaves out measure {number} '{id}'"),
                                   {{"year", r->year}, {"number", m.number}, {"id", m.id}}),
                              fill(tr("add '- measure: {id}' with its status for the year"), {{"id", m.id}}));
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
        auto twice = [&](std::map<std::string, int>& seen, const Ref& ref, const char* what) {
            if (ref.id.empty()) return;
            auto [first, inserted] = seen.emplace(ref.id, ref.pos.line);
            if (inserted) return;
            diags_.report(DiagnosticKind::duplicate_follow_up, ref.pos,
                          fill(tr("{what} '{id}' is reported twice for {year} (first on line {line})"),
                               {{"what", tr(what)}, {"id", ref.id}, {"year", r.year}, {"line", first->second}}),
                          fill(tr("give each {what} one entry per report"), {{"what", tr(what)}}));
        };
        for (const FollowUpMeasure& m : r.measures) {
            reference(m.measure, index_.measures, kMeasure, measures_);
            twice(measures, m.measure, kMeasure.what);
        }
        for (const FollowUpIndicator& i : r.indicators) {
            reference(i.indicator, index_.indicators, kIndicator, indicators_);
            twice(indicators, i.indicator, kIndicator.what);
        }
    }

    // Every KOSTRA code a measure or a cost names is in the list legeplan ships.
    void check_kostra() {
        for (const Measure& m : plan_.measures) {
            if (m.kostra) kostra_function(*m.kostra);
            if (m.art) kostra_art(*m.art);
            for (const Cost& c : m.costs) {
                if (c.kostra) kostra_function(*c.kostra);
                if (c.art) kostra_art(*c.art);
                for (const Grant& g : c.grants) {
                    if (g.art) kostra_art(*g.art);
                }
            }
        }
    }

    void kostra_art(const Ref& code) {
        if (find_kostra_art(code.id)) return;
        bool three_digits = code.id.size() == 3 && code.id.find_first_not_of("0123456789") == std::string::npos;
        std::string hint;
        for (const KostraArt* a : kostra_arts_near(code.id)) {
            hint += (hint.empty() ? "" : ", ") + std::string(a->code);
            if (!a->name.empty()) hint += " " + std::string(a->name);
        }
        diags_.report(DiagnosticKind::unknown_kostra_art, code.pos,
                      fill(tr("'{code}' is not a KOSTRA art for municipalities"), {{"code", code.id}}),
                      // TRANSLATORS: {arts} lists KOSTRA art codes, with their names where known.
                      three_digits ? fill(tr("arts near it: {arts}"), {{"arts", hint}})
                                   : fill(tr("an art is three digits, written as text (\"010\"); common ones are {arts}"),
                                          {{"arts", hint}}));
    }

    // A one-time cost at or above the threshold for fixed assets (anleggsmidler: 100 000 kr and a
    // useful life of three years or more, budsjett- og regnskapsforskriften) that the plan books in
    // the operating budget without saying so. Salaries (FTE) are never assets; for a count of
    // units the threshold holds per unit.
    void check_budget_kind() {
        constexpr Amount kThreshold = 100'000;
        for (const Measure& m : plan_.measures) {
            for (const Cost& c : m.costs) {
                if (c.type != CostType::one_time || c.basis == CostBasis::fte || c.budget_given) continue;
                if (c.amount.is_range() || c.amount.low < kThreshold) continue;
                diags_.report(DiagnosticKind::capitalisable_cost_in_operating, c.pos,
                              fill(tr("a one-time cost of {amount} kr is booked in the operating budget; "
                                      "an asset of 100 000 kr or more that lasts three years or more "
                                      "belongs in the investment budget"),
                                   {{"amount", format_amount(c.amount.low)}}),
                              tr("write 'budget: investment' for equipment, vehicles, buildings or a system "
                                 "the municipality buys; if it is not such an asset (training, a study, "
                                 "a service), the operating budget is right: write 'budget: operating'"));
            }
        }
    }

    void kostra_function(const Ref& code) {
        if (const KostraFunction* f = find_kostra_function(code.id)) {
            const Period& period = plan_.meta.period;
            if (f->last_year == 0 || period.from == 0 || period.from <= f->last_year) return;
            // TRANSLATORS: {year} is the last year the function could be booked on.
            diags_.report(DiagnosticKind::unknown_kostra_function, code.pos,
                          fill(tr("KOSTRA function {code} ({name}) was last used in {year}, before the plan period"),
                               {{"code", code.id}, {"name", f->name}, {"year", f->last_year}}),
                          f->replaced_by.empty()
                              ? tr("choose the function the costs are booked on now")
                              : fill(tr("it was replaced by {codes}"), {{"codes", f->replaced_by}}));
            return;
        }
        bool three_digits = code.id.size() == 3 && code.id.find_first_not_of("0123456789") == std::string::npos;
        std::string hint;
        for (const KostraFunction* f : kostra_functions_near(code.id)) {
            hint += (hint.empty() ? "" : ", ") + std::string(f->code);
            if (three_digits) hint += " " + std::string(f->name);
        }
        // TRANSLATORS: {functions} lists KOSTRA function codes, with their names when near.
        diags_.report(DiagnosticKind::unknown_kostra_function, code.pos,
                      fill(tr("'{code}' is not a KOSTRA function for municipalities"), {{"code", code.id}}),
                      three_digits ? fill(tr("functions near it: {functions}"), {{"functions", hint}})
                                   : fill(tr("a function is three digits; those for health are {functions}"),
                                          {{"functions", hint}}));
    }

    const Plan& plan_;
    PlanIndex index_;
    Diagnostics& diags_;
    bool partial_;
    // What each kind of reference may name, for the hints of unknown ones.
    std::vector<Candidate> units_, services_, rates_, chapters_, places_, goals_, indicators_, measures_, doctors_;
};

}  // namespace

void validate(const Plan& plan, Diagnostics& diags, bool partial) {
    Validator(plan, diags, partial).run();
}

}  // namespace legeplan
