#include <catch2/catch.hpp>

#include <string>

#include "rules/rule_check.h"
#include "test_util.h"

using namespace legeplan;

namespace {

// The result of one rule for a plan of the minimal lists and the YAML given after them.
Verdict verdict_of(const std::string& extra, std::string_view id,
                   const std::string& period = "{from: 2027, to: 2030}") {
    test::TempDir dir;
    CheckedPlan checked = test::check_text(dir, test::plan_header(period) + test::kMinimalLists + extra);
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    for (const RuleResult& r : checked.rules) {
        if (r.rule->id == id) return r.verdict;
    }
    FAIL("no rule " << id);
    return Verdict::not_in_force;
}

std::string doctor(const std::string& position, const std::string& public_hours) {
    return "doctors:\n  - id: a\n    position: " + position + "\n    list_ceiling: 1000\n"
           "    public_hours: [{task: other, hours: " + public_hours + "}]\n"
           "chief_medical_officer: {position: 50}\n";
}

}  // namespace

TEST_CASE("public duties: 7.5 hours a week at most, in proportion for a reduced position") {
    CHECK(verdict_of(doctor("100", "7.5"), "gp-public-duties-max") == Verdict::met);
    CHECK(verdict_of(doctor("100", "7.51"), "gp-public-duties-max") == Verdict::not_met);
    CHECK(verdict_of(doctor("80", "6"), "gp-public-duties-max") == Verdict::met);
    CHECK(verdict_of(doctor("80", "6.01"), "gp-public-duties-max") == Verdict::not_met);
    // 7.5 × 75 % = 5.625: 5.62 is within it, 5.63 not, though both round to 5.6.
    CHECK(verdict_of(doctor("75", "5.62"), "gp-public-duties-max") == Verdict::met);
    CHECK(verdict_of(doctor("75", "5.63"), "gp-public-duties-max") == Verdict::not_met);
}

TEST_CASE("the chief medical officer's share and the nursing-home norm at their bounds") {
    CHECK(verdict_of("chief_medical_officer: {position: 50}\n", "chief-medical-officer") == Verdict::met);
    CHECK(verdict_of("chief_medical_officer: {position: 49.999}\n", "chief-medical-officer") == Verdict::not_met);
    CHECK(verdict_of("", "chief-medical-officer") == Verdict::not_assessable);
    CHECK(verdict_of("nursing_home_norm: 0.54\n", "nursing-home-doctor-hours") == Verdict::met);
    CHECK(verdict_of("nursing_home_norm: 0.53\n", "nursing-home-doctor-hours") == Verdict::not_met);
}

TEST_CASE("an availability goal of exactly 80 % meets the floor") {
    auto goal = [](const std::string& target) {
        return "goals:\n  - id: g\n    title: Mål\n    indicators:\n      - id: i\n        title: Svar\n"
               "        unit: \"%\"\n        kind: gp_office_calls_answered\n"
               "        baseline: {year: 2026, value: 60}\n        target: {year: 2029, value: " + target + "}\n";
    };
    CHECK(verdict_of(goal("80"), "gp-office-phone-availability") == Verdict::met);
    CHECK(verdict_of(goal("79.999"), "gp-office-phone-availability") == Verdict::not_met);
    CHECK(verdict_of(goal("80"), "legevakt-centre-phone-availability") == Verdict::not_assessable);
}

TEST_CASE("a rule is held to the plan's period") {
    std::string lis1 = "doctors:\n  - {id: a, position: 100, competence: lis1, legevakt: true}\n"
                       "chief_medical_officer: {position: 50}\n";
    CHECK(verdict_of(lis1, "legevakt-doctor-competence", "{from: 2014, to: 2017}") == Verdict::not_in_force);
    CHECK(verdict_of(lis1, "legevakt-doctor-competence", "{from: 2018, to: 2021}") == Verdict::not_met);
    CHECK(verdict_of(lis1 + "legevakt: {backup_doctor: true}\n", "legevakt-doctor-competence") == Verdict::met);
}
