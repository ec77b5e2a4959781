#include "rules/rule_check.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "figures/doctor_figures.h"
#include "plan/key_figure_kinds.h"
#include "plan/topics.h"
#include "text/money.h"
#include "text/translate.h"

namespace legeplan {

namespace {

// 80 % of calls answered within two minutes, in thousandths of a percent (rules-sources.md, 5).
constexpr Milli kAnswerFloor = 80'000;
// The national median of doctor hours a week per nursing-home resident, 2022, in hundredths
// (rules-sources.md, 9), and the year it is for.
constexpr Hundredths kNursingHomeMedian = 54;
constexpr int kNursingHomeMedianYear = 2022;
// A chief medical officer's position of at least 50 % (SFS 2305 point 13.3), in thousandths.
constexpr Milli kChiefMedicalOfficerShare = 50'000;
// The public hours a week the municipality may require of a full-time GP (§ 32), in hundredths.
constexpr Hundredths kPublicHoursLimit = 750;
// The tolerance on a position's hours: 0.1 hour, in hundredths.
constexpr Hundredths kTolerance = 10;

std::string doctor_subject(const Doctor& d) { return d.name.empty() ? d.id : d.name; }

std::string_view competence_word(Competence c) {
    switch (c) {
        case Competence::specialist: return "specialist";
        case Competence::in_training: return "in_training";
        case Competence::lis1: return "lis1";
        case Competence::other: return "other";
        case Competence::none: break;
    }
    return "";
}

class Checker {
public:
    Checker(const Plan& plan, const Figures& figures, bool complete)
        : plan_(plan), figures_(figures), complete_(complete) {}

    RuleResult check(const Rule& rule) {
        RuleResult r;
        r.rule = &rule;
        const Period& period = plan_.meta.period;
        bool known = period.from != 0 && period.to >= period.from;
        for (const RuleSource& s : rule.sources) {
            if (!known || (s.from_year <= period.to && (s.to_year == 0 || s.to_year >= period.from))) {
                r.sources.push_back(&s);
            }
        }
        if (r.sources.empty()) {
            r.verdict = Verdict::not_in_force;
            return r;
        }
        // A plan with errors is not held to the rules: what an error left out of the model would
        // show up as a rule broken (an unreadable topic as a topic not covered).
        if (!complete_) return r;
        if (rule.id == "gp-list-ceiling") list_ceiling(r);
        else if (rule.id == "gp-public-duties-max") public_duties(r);
        else if (rule.id == "gp-hours-match-position") hours(r);
        else if (rule.id == "lsu-statement") lsu(r);
        else if (rule.id == "gp-office-phone-availability") phone(r, IndicatorKind::gp_office_calls_answered);
        else if (rule.id == "legevakt-centre-phone-availability") phone(r, IndicatorKind::legevakt_calls_answered);
        else if (rule.id == "legevakt-doctor-competence") legevakt_competence(r);
        else if (rule.id == "specialist-training-supervisor") supervisor(r);
        else if (rule.id == "chief-medical-officer") chief_medical_officer(r);
        else if (rule.id == "nursing-home-doctor-hours") nursing_home(r);
        else if (rule.id == "plan-topics") topics_covered(r);
        else throw std::logic_error("check_rules: no check for rule '" + std::string(rule.id) + "'");
        if (!r.findings.empty()) r.verdict = Verdict::not_met;
        else if (!r.missing.empty() || r.checked == 0) r.verdict = Verdict::not_assessable;
        else r.verdict = Verdict::met;
        return r;
    }

private:
    static void add(RuleResult& r, SourcePos pos, std::string subject, std::string message,
                    std::string hint = {}) {
        r.findings.push_back({pos, std::move(subject), std::move(message), std::move(hint)});
    }

    // Above 2 500 never; below 500 only when agreed with the municipality. A key figure of kind
    // list_ceiling (an average the plan quotes) is held to the same bounds.
    void list_ceiling(RuleResult& r) {
        for (const Doctor& d : plan_.doctors) {
            if (!d.list_ceiling) continue;
            ++r.checked;
            int ceiling = *d.list_ceiling;
            if (ceiling > 2500) {
                add(r, d.list_ceiling_pos, doctor_subject(d),
                    fill(tr("doctor '{id}' has a list ceiling of {value}, above the 2 500 patients the GP regulation allows"),
                         {{"id", d.id}, {"value", format_amount(ceiling)}}));
            } else if (ceiling < 500 && !d.lower_ceiling_agreed) {
                add(r, d.list_ceiling_pos, doctor_subject(d),
                    fill(tr("doctor '{id}' has a list ceiling of {value}, below the 500 patients the GP regulation takes as the lower bound"),
                         {{"id", d.id}, {"value", format_amount(ceiling)}}),
                    tr("a lower ceiling needs the municipality's agreement; when it has it, add 'lower_ceiling_agreed: true'"));
            }
        }
        for (const KeyFigure& k : plan_.key_figures) {
            if (k.kind != "list_ceiling") continue;
            auto check = [&](Milli value, const SourcePos& pos) {
                ++r.checked;
                if (value >= 500'000 && value <= 2'500'000) return;
                add(r, pos, k.title,
                    fill(tr("list ceiling {value} is outside the 500–2 500 patients the GP regulation allows"),
                         {{"value", format_amount(value / 1000)}}));
            };
            if (auto v = key_figure_number(k.value)) check(*v, k.value_pos);
            for (const KeyFigurePoint& p : k.series) check(p.value, p.value_pos);
        }
        if (r.checked == 0) r.missing.push_back("doctors: list_ceiling");
    }

    // At most 7.5 hours a week for a GP with a list, in proportion for a reduced position (the
    // regulation's note says the limit shrinks "correspondingly"; measuring it by the position is
    // our reading, rules-sources.md, 2). Hours agreed above it are the doctor's choice.
    void public_duties(RuleResult& r) {
        for (std::size_t i = 0; i < plan_.doctors.size(); ++i) {
            const Doctor& d = plan_.doctors[i];
            if (!d.list_ceiling || d.position == 0) continue;
            ++r.checked;
            Milli share = std::min<Milli>(d.position, 100'000);
            Hundredths public_hours = 0;
            for (const PublicHours& h : d.public_hours) public_hours += h.hours;
            // public (hundredths) against 7.5 × share / 100 000, both × 100 000.
            if (public_hours * 100'000 <= kPublicHoursLimit * share || d.public_hours_agreed) continue;
            std::int64_t limit = round_half_up(kPublicHoursLimit * share, 10'000);  // thousandths of an hour
            SourcePos pos = d.public_hours.empty() ? d.pos : d.public_hours.front().pos;
            add(r, pos, doctor_subject(d),
                // TRANSLATORS: {public} and {limit} are hours a week ("8.5", "5.625"), {position} a percent.
                fill(tr("doctor '{id}' has {public} hours a week of public duties, more than the {limit} hours the "
                        "municipality may require of a GP with a list in a position of {position} %"),
                     {{"id", d.id}, {"public", point_text(public_hours, 2)}, {"limit", point_text(limit, 3)},
                      {"position", point_text(d.position, 3)}}),
                tr("more hours need the doctor's agreement; when the doctor has agreed to them, add "
                   "'public_hours_agreed: true'"));
        }
        if (r.checked == 0) r.missing.push_back("doctors: list_ceiling");
    }

    // Public and curative hours add up to the position's hours (× 37.5), within 0.1 hour; the
    // comparison is exact, on hundredths × 80 against position × 3.
    void hours(RuleResult& r) {
        if (plan_.doctors.empty()) r.missing.push_back("doctors");
        constexpr std::int64_t kTimes = 3;  // 37.5 ÷ 100 = 3 ÷ 8, and hundredths ÷ 1 000 …
        constexpr std::int64_t kPer = 80;
        for (std::size_t i = 0; i < plan_.doctors.size() && i < figures_.doctors.doctors.size(); ++i) {
            const Doctor& d = plan_.doctors[i];
            const DoctorFigure& f = figures_.doctors.doctors[i];
            if (d.position == 0) continue;
            ++r.checked;
            std::int64_t exact = d.position * kTimes;  // the position's hours × 80, in hundredths
            std::string position = point_text(d.position, 3);
            std::string expected = point_text(d.position * 375, 6);
            if (d.curative_hours) {
                std::int64_t stated = (f.public_hours + *d.curative_hours) * kPer;
                std::int64_t off = stated > exact ? stated - exact : exact - stated;
                if (off <= kTolerance * kPer) continue;
                add(r, d.curative_hours_pos, doctor_subject(d),
                    // TRANSLATORS: {public}, {curative} and {expected} are hours a week ("19.6"), {position} a percent.
                    fill(tr("doctor '{id}' has {public} public and {curative} curative hours a week, not the "
                            "{expected} hours of a position of {position} %"),
                         {{"id", d.id}, {"public", point_text(f.public_hours, 2)},
                          {"curative", point_text(*d.curative_hours, 2)}, {"expected", expected},
                          {"position", position}}),
                    tr("public and curative hours add up to the position × 37.5 hours, within 0.1 hour; "
                       "correct the hours or the position, or leave out 'curative_hours' to have them computed"));
            } else if (f.public_hours * kPer > exact) {
                add(r, d.position_pos, doctor_subject(d),
                    fill(tr("doctor '{id}' has {public} public hours a week, more than the {expected} hours of a "
                            "position of {position} %"),
                         {{"id", d.id}, {"public", point_text(f.public_hours, 2)}, {"expected", expected},
                          {"position", position}}),
                    tr("correct the public hours or the position"));
            }
        }
    }

    // ASA 4310 point 6.2: the plan goes to LSU for its statement before the council.
    void lsu(RuleResult& r) {
        PlanStatus status = plan_.meta.status;
        bool past_lsu = status == PlanStatus::sent_to_council || status == PlanStatus::adopted;
        bool statement = plan_.lsu && plan_.lsu->statement;
        if (statement || past_lsu) ++r.checked;
        if (past_lsu && !statement) {
            add(r, plan_.meta.status_pos, "LSU", tr("the plan is marked as past LSU, but no LSU statement is on record"),
                tr("add lsu: statement: with its date and text (ASA 4310 point 6.2)"));
        }
        if (r.checked == 0) r.missing.push_back("lsu: statement");
    }

    // A goal for the share of calls answered within two minutes is not set below the floor.
    void phone(RuleResult& r, IndicatorKind kind) {
        for (const Goal& g : plan_.goals) {
            for (const Indicator& i : g.indicators) {
                if (i.kind != kind) continue;
                ++r.checked;
                if (i.target.value >= kAnswerFloor) continue;
                add(r, i.target.year_pos.known() ? i.target.year_pos : i.pos, i.title,
                    // TRANSLATORS: {value} is a percent ("75").
                    fill(kind == IndicatorKind::gp_office_calls_answered
                             // xgettext:no-c-format
                             ? tr("indicator '{id}' aims at {value} % of calls to the GP offices answered within "
                                  "two minutes, below the 80 % the GP regulation requires")
                             // xgettext:no-c-format
                             : tr("indicator '{id}' aims at {value} % of calls to the legevakt centre answered "
                                  "within two minutes, below the 80 % the emergency medicine regulation requires"),
                         {{"id", i.id}, {"value", point_text(i.target.value, 3)}}),
                    tr("set the target to at least 80, and say in the text how it will be reached"));
            }
        }
        if (r.checked == 0) r.missing.push_back("goals: indicators: kind");
    }

    // A doctor on legevakt meets the competence requirements (a specialist, or in the second or
    // third part of specialist training), or the plan has a back-up doctor who does.
    void legevakt_competence(RuleResult& r) {
        bool backup = plan_.legevakt && plan_.legevakt->backup_doctor;
        bool on_duty = false;
        bool unknown = false;
        for (const Doctor& d : plan_.doctors) {
            if (!d.legevakt) continue;
            on_duty = true;
            if (d.competence == Competence::none) {
                unknown = true;
                continue;
            }
            ++r.checked;
            bool meets = d.competence == Competence::specialist || d.competence == Competence::in_training;
            if (meets || backup) continue;
            add(r, d.pos, doctor_subject(d),
                fill(tr("doctor '{id}' takes part in the legevakt with competence '{competence}', and the plan has "
                        "no back-up doctor"),
                     {{"id", d.id}, {"competence", competence_word(d.competence)}}),
                tr("a doctor who is neither a specialist nor in the second or third part of specialist training "
                   "may be on legevakt alone only after LIS1 or an old turnus and both courses; otherwise add "
                   "legevakt: {backup_doctor: true} once a back-up doctor is arranged"));
        }
        if (!on_duty) r.missing.push_back("doctors: legevakt");
        if (unknown) r.missing.push_back("doctors: competence");
    }

    // A doctor in specialist training has a supervisor; an ALIS's is a specialist.
    void supervisor(RuleResult& r) {
        std::map<std::string, const Doctor*> by_id;
        for (const Doctor& d : plan_.doctors) by_id.emplace(d.id, &d);
        for (const Doctor& d : plan_.doctors) {
            if (d.competence != Competence::lis1 && d.competence != Competence::in_training) continue;
            ++r.checked;
            if (!d.supervisor) {
                add(r, d.pos, doctor_subject(d),
                    fill(tr("doctor '{id}' is in specialist training but has no supervisor"), {{"id", d.id}}),
                    tr("add supervisor: with the id of the doctor who supervises"));
                continue;
            }
            auto found = by_id.find(d.supervisor->id);
            if (found == by_id.end() || d.competence != Competence::in_training) continue;
            Competence c = found->second->competence;
            if (c == Competence::none || c == Competence::specialist) continue;
            add(r, d.supervisor->pos, doctor_subject(d),
                fill(tr("doctor '{id}' is in specialist training in general practice, but supervisor '{supervisor}' "
                        "is not a specialist"),
                     {{"id", d.id}, {"supervisor", d.supervisor->id}}),
                tr("a supervisor in the second and third part of the training is a specialist in general practice, "
                   "unless Helsedirektoratet has granted an exemption"));
        }
        if (r.checked == 0) r.missing.push_back("doctors: competence");
    }

    // The municipality has a chief medical officer, in at least half a position.
    void chief_medical_officer(RuleResult& r) {
        if (const auto& c = plan_.chief_medical_officer) {
            ++r.checked;
            if (c->position > 0 && c->position < kChiefMedicalOfficerShare) {
                add(r, c->position_pos, c->name.empty() ? "kommuneoverlege" : c->name,
                    fill(tr("the chief medical officer's position is {position} %, below the 50 % the agreement "
                            "asks for"),
                         {{"position", point_text(c->position, 3)}}),
                    c->shared_with.empty()
                        ? tr("a position shared with neighbouring municipalities can reach 50 %; say so with shared_with")
                        : std::string());
            }
            return;
        }
        if (plan_.doctors.empty()) {
            r.missing.push_back("chief_medical_officer");
            return;
        }
        ++r.checked;
        add(r, plan_.doctors.front().pos, "kommuneoverlege",
            tr("the plan describes its doctors but names no chief medical officer"),
            tr("add chief_medical_officer: with position: (the percent of a position) and, for a shared "
               "position, shared_with:"));
    }

    // The local norm for doctor hours per nursing-home resident, against the national median.
    void nursing_home(RuleResult& r) {
        if (!plan_.nursing_home_norm) {
            r.missing.push_back("nursing_home_norm");
            return;
        }
        ++r.checked;
        r.comparison = RuleComparison{*plan_.nursing_home_norm, kNursingHomeMedian, kNursingHomeMedianYear};
        if (*plan_.nursing_home_norm >= kNursingHomeMedian) return;
        add(r, plan_.nursing_home_norm_pos, "sykehjem",
            // TRANSLATORS: {norm} and {median} are hours a week per resident ("0.45").
            fill(tr("the norm of {norm} doctor hours a week per nursing-home resident is below the national "
                    "median of {median} ({year})"),
                 {{"norm", point_text(*plan_.nursing_home_norm, 2, false)},
                  {"median", point_text(kNursingHomeMedian, 2, false)},
                  {"year", kNursingHomeMedianYear}}),
            tr("the median is a reference, not a requirement: say in the plan why the norm suits the "
               "municipality's nursing homes"));
    }

    // Every required topic is covered by a chapter or section that names it.
    void topics_covered(RuleResult& r) {
        std::vector<bool> covered(topics().size(), false);
        bool named = false;
        auto mark = [&](const std::vector<Topic>& list) {
            for (Topic t : list) {
                named = true;
                covered[static_cast<std::size_t>(t)] = true;
            }
        };
        for (const Chapter& c : plan_.chapters) {
            mark(c.topics);
            for (const Section& s : c.sections) mark(s.topics);
        }
        if (!named) {
            r.missing.push_back("chapters: topics");
            return;
        }
        SourcePos pos = plan_.chapters.front().pos;
        bool nynorsk = plan_.meta.language == Language::nn;
        for (const TopicInfo& t : topics()) {
            if (!t.required) continue;
            ++r.checked;
            if (covered[static_cast<std::size_t>(t.topic)]) continue;
            std::string name(nynorsk ? t.nn : t.nb);
            add(r, pos, name,
                fill(tr("no chapter or section covers the topic '{topic}' ({name}), which a plan for legetjenesten "
                        "covers"),
                     {{"topic", t.word}, {"name", name}}),
                fill(tr("name it in the topics of the chapter that deals with it: topics: [{topic}]"),
                     {{"topic", t.word}}));
        }
    }

    const Plan& plan_;
    const Figures& figures_;
    bool complete_;
};

}  // namespace

std::vector<RuleResult> check_rules(const Plan& plan, const Figures& figures, bool complete) {
    Checker checker(plan, figures, complete);
    std::vector<RuleResult> out;
    for (const Rule& rule : rule_book()) {
        RuleResult r = checker.check(rule);
        for (const RuleNote& note : plan.rule_notes) {
            if (note.rule.id == rule.id && !r.note) r.note = &note;
        }
        out.push_back(std::move(r));
    }
    return out;
}

std::string rule_reference(const RuleResult& result) {
    std::string out(result.rule->id);
    out += ": ";
    for (std::size_t i = 0; i < result.sources.size(); ++i) {
        if (i > 0) out += "; ";
        out += result.sources[i]->citation;
    }
    return out;
}

void report_findings(const Plan& plan, const std::vector<RuleResult>& results, Diagnostics& diags) {
    std::map<std::string, int> noted;  // rule id → the line of its note
    for (const RuleNote& note : plan.rule_notes) {
        if (note.rule.id.empty()) continue;
        if (!find_rule(note.rule.id)) {
            std::string ids;
            for (const Rule& rule : rule_book()) ids += (ids.empty() ? "" : ", ") + std::string(rule.id);
            diags.report(DiagnosticKind::unknown_reference, note.rule.pos,
                         fill(tr("rule note refers to rule '{id}', which the rule book does not have"),
                              {{"id", note.rule.id}}),
                         fill(tr("the rules are: {ids} (legeplan rules lists them)"), {{"ids", ids}}));
        } else if (auto [first, added] = noted.emplace(note.rule.id, note.pos.line); !added) {
            diags.report(DiagnosticKind::duplicate_id, note.rule.pos,
                         fill(tr("rule '{id}' has a note already (line {line})"),
                              {{"id", note.rule.id}, {"line", first->second}}),
                         tr("write one note per rule"));
        }
    }
    for (const RuleResult& r : results) {
        if (r.note) continue;
        for (const RuleFinding& f : r.findings) {
            diags.report(r.rule->diagnostic, f.pos, f.message, f.hint, rule_reference(r));
        }
    }
}

}  // namespace legeplan
