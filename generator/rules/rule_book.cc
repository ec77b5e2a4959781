#include "rules/rule_book.h"

#include <array>

namespace legeplan {

namespace {

using D = DiagnosticKind;
using K = RuleKind;

// The sources, one array per rule. The 2012 GP regulation's section numbers come from the notes
// of the 2025 regulation that replaced it (its own text was not read): not confirmed.
constexpr std::array kListCeiling = {
    RuleSource{"fastlegeforskriften 2012 § 34 (FOR-2012-08-29-842)", 2013, 2025, "2026-12-07", false},
    RuleSource{"fastlegeforskriften § 10 (FOR-2025-12-02-2405)", 2026, 0, "2026-12-07", true},
};
constexpr std::array kPublicDuties = {
    RuleSource{"fastlegeforskriften 2012 § 12 (FOR-2012-08-29-842)", 2013, 2025, "2026-12-07", false},
    RuleSource{"fastlegeforskriften § 32 (FOR-2025-12-02-2405)", 2026, 0, "2026-12-07", true},
};
constexpr std::array kHours = {
    RuleSource{"særavtalen SFS 2305 punkt 3.1", 2018, 0, "2026-12-07", false},
};
constexpr std::array kLsu = {
    RuleSource{"rammeavtalen ASA 4310 punkt 6.2", 2013, 0, "2026-12-07", false},
};
constexpr std::array kOfficePhone = {
    RuleSource{"fastlegeforskriften 2012 §§ 21–22 (FOR-2012-08-29-842)", 2013, 2025, "2026-12-07", false},
    RuleSource{"fastlegeforskriften § 16 andre ledd bokstav b (FOR-2025-12-02-2405)", 2026, 0, "2026-12-07",
               true},
};
constexpr std::array kCentrePhone = {
    RuleSource{"akuttmedisinforskriften § 13 bokstav d (FOR-2015-03-20-231)", 2015, 0, "2026-12-07", true},
};
constexpr std::array kLegevaktCompetence = {
    RuleSource{"akuttmedisinforskriften § 7 (FOR-2015-03-20-231)", 2020, 2025, "2026-12-07",
               false},
    RuleSource{"kompetanseforskriften §§ 3, 3a og 4 (FOR-2017-02-17-192), jf. akuttmedisinforskriften § 7",
               2026, 0, "2026-12-07", true},
};
constexpr std::array kSupervisor = {
    RuleSource{"spesialistforskriften §§ 17 og 25 (FOR-2016-12-08-1482)", 2019, 0, "2026-12-07", true},
};
constexpr std::array kChiefMedicalOfficer = {
    RuleSource{"helse- og omsorgstjenesteloven § 5-5 (LOV-2011-06-24-30)", 2012, 0, "2026-12-07", false},
    RuleSource{"særavtalen SFS 2305 punkt 13.3 (minst 50 % stilling)", 2018, 0, "2026-12-07", false},
};
constexpr std::array kNursingHome = {
    RuleSource{"Helsedirektoratet, Allmennlegetjenesten – statusrapport høsten 2023, kap. 4.1",
               2015, 0, "2026-12-07", true},
};
constexpr std::array kTopics = {
    RuleSource{"rammeavtalen ASA 4310 punkt 6.2", 2013, 0, "2026-12-07", false},
};

constexpr std::array kRules = {
    Rule{"gp-list-ceiling",
         "Et listetak er høyst 2 500 personer; et listetak under 500 må være avtalt med kommunen.",
         "Eit listetak er høgst 2 500 personar; eit listetak under 500 må vere avtalt med kommunen.",
         K::law, D::list_ceiling_out_of_range, kListCeiling},
    Rule{"gp-public-duties-max",
         "Kommunen kan pålegge en fastlege med liste høyst 7,5 timer i uken med offentlige "
         "allmennlegeoppgaver, og tilsvarende mindre i redusert stilling; mer må avtales.",
         "Kommunen kan påleggje ein fastlege med liste høgst 7,5 timar i veka med offentlege "
         "allmennlegeoppgåver, og tilsvarande mindre i redusert stilling; meir må avtalast.",
         K::law, D::public_duties_above_limit, kPublicDuties},
    Rule{"gp-hours-match-position",
         "Offentlige og kurative timer til sammen er stillingen regnet i timer (37,5 timer er full "
         "stilling), med 0,1 time slingringsmonn.",
         "Offentlege og kurative timar til saman er stillinga rekna i timar (37,5 timar er full "
         "stilling), med 0,1 time slingringsmonn.",
         K::agreement, D::doctor_hours, kHours},
    Rule{"lsu-statement",
         "Planen legges fram for LSU, og LSUs uttalelse foreligger før planen går til kommunestyret.",
         "Planen blir lagd fram for LSU, og fråsegna frå LSU ligg føre før planen går til kommunestyret.",
         K::agreement, D::no_lsu_statement, kLsu},
    Rule{"gp-office-phone-availability",
         "Fastlegekontorene skal normalt besvare 80 prosent av telefonene innen to minutter; et mål "
         "i planen ligger ikke under det.",
         "Fastlegekontora skal normalt svare på 80 prosent av telefonane innan to minutt; eit mål i "
         "planen ligg ikkje under det.",
         K::law, D::availability_goal_below_floor, kOfficePhone},
    Rule{"legevakt-centre-phone-availability",
         "Legevaktsentralen skal normalt besvare 80 prosent av telefonene innen to minutter; et mål "
         "i planen ligger ikke under det.",
         "Legevaktsentralen skal normalt svare på 80 prosent av telefonane innan to minutt; eit mål i "
         "planen ligg ikkje under det.",
         K::law, D::availability_goal_below_floor, kCentrePhone},
    Rule{"legevakt-doctor-competence",
         "En lege som ikke oppfyller kompetansekravene, har legevakt bare når kommunen har en bakvakt "
         "som oppfyller dem.",
         "Ein lege som ikkje oppfyller kompetansekrava, har legevakt berre når kommunen har ein bakvakt "
         "som oppfyller dei.",
         K::law, D::legevakt_competence, kLegevaktCompetence},
    Rule{"specialist-training-supervisor",
         "En lege i spesialisering (LIS1 eller ALIS) har en veileder; for ALIS normalt en spesialist i "
         "allmennmedisin.",
         "Ein lege i spesialisering (LIS1 eller ALIS) har ein rettleiar; for ALIS normalt ein spesialist "
         "i allmennmedisin.",
         K::law, D::no_supervisor, kSupervisor},
    Rule{"chief-medical-officer",
         "Kommunen har en kommuneoverlege, egen eller delt med andre kommuner, i minst 50 prosent "
         "stilling.",
         "Kommunen har ein kommuneoverlege, eigen eller delt med andre kommunar, i minst 50 prosent "
         "stilling.",
         K::law, D::chief_medical_officer, kChiefMedicalOfficer},
    Rule{"nursing-home-doctor-hours",
         "Kommunens norm for legetimer per uke per beboer i sykehjem ligger ikke under landsmedianen.",
         "Norma til kommunen for legetimar per veke per bebuar i sjukeheim ligg ikkje under "
         "landsmedianen.",
         K::guidance, D::nursing_home_norm_below_median, kNursingHome},
    Rule{"plan-topics",
         "Planen dekker fastlegeordningen, de offentlige legeoppgavene, legevakten, samfunnsmedisinen og "
         "samarbeidet i LSU.",
         "Planen dekkjer fastlegeordninga, dei offentlege legeoppgåvene, legevakta, samfunnsmedisinen og "
         "samarbeidet i LSU.",
         K::agreement, D::topic_not_covered, kTopics},
};

}  // namespace

std::span<const Rule> rule_book() { return kRules; }

const Rule* find_rule(std::string_view id) {
    for (const Rule& r : kRules) {
        if (r.id == id) return &r;
    }
    return nullptr;
}

bool in_force(const Rule& rule, int from, int to) {
    for (const RuleSource& s : rule.sources) {
        if (s.from_year <= to && (s.to_year == 0 || s.to_year >= from)) return true;
    }
    return false;
}

}  // namespace legeplan
