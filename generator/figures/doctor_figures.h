// The doctors' figures: how each GP position's week splits between public (municipal) work and
// the curative work of its patient list, and what the municipality's lists and positions add
// up to, SSB's list length corrected for municipal hours among them (docs/rules-sources.md,
// section 11). Hours are counted in hundredths and every division is done on whole numbers and
// rounded half up once, at the end, so the figures an assertion compares are exact; the rounding
// of each figure is documented in docs/format.md ("Figures from the doctors").
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plan/diag.h"
#include "plan/model.h"

namespace legeplan {

// The hours of a full position a week (SFS 2305 § 3.1), in hundredths.
inline constexpr Hundredths kFullWeek = 3750;
// A curative day: a fifth of the full week. Arithmetic, not a rule (rules-sources.md, 3).
inline constexpr Hundredths kDay = 750;

// A figure as documents show it: value 34 with decimals 1 is 3.4.
struct Decimal {
    std::int64_t value = 0;
    int decimals = 0;  // 0 to 3

    // The figure in thousandths: 3.4 is 3 400.
    std::int64_t milli() const;
    bool operator==(const Decimal&) const = default;
};

// a ÷ b rounded half up to a whole number, for a ≥ 0 and b > 0.
std::int64_t round_half_up(std::int64_t a, std::int64_t b);

// value / 10^decimals as the plan writes numbers: a decimal point and a minus sign for a
// negative value; trailing zeros dropped when trim ("19.6", "15"), kept otherwise ("1.0").
std::string point_text(std::int64_t value, int decimals, bool trim = true);

// One doctor's week.
struct DoctorFigure {
    Hundredths position_hours = 0;  // position × 37.5, rounded half up to hundredths
    Hundredths public_hours = 0;    // the sum of public_hours
    // The public hours per task: a task given twice (two notes) is summed; tasks the doctor does
    // not do are absent.
    std::map<PublicTask, Hundredths> task_hours;
    Hundredths curative_hours = 0;  // as given, else position_hours − public_hours (never below 0)
    Hundredths curative_days = 0;   // in hundredths of a day: curative hours ÷ 7.5, rounded half up
    // Whole patients, rounded half up from the exact hours (not from the rounded days); nullopt
    // for a doctor without a list or without curative hours.
    std::optional<std::int64_t> list_per_curative_day;  // list_ceiling ÷ (curative hours ÷ 7.5)
    std::optional<std::int64_t> list_per_curative_fte;  // list_ceiling ÷ (curative hours ÷ 37.5)
};

// The municipality's figures over all its doctors.
struct DoctorFigures {
    std::vector<DoctorFigure> doctors;  // parallel to plan.doctors
    std::int64_t lists = 0;             // doctors with a list ceiling
    std::int64_t list_ceilings = 0;     // the sum of their ceilings
    Milli positions = 0;                // the sum of positions, in thousandths of a percent
    Hundredths public_hours = 0;        // of every doctor
    // Every doctor's public hours per task, for the tasks some doctor does (the workbook's
    // columns), in the order of PublicTask.
    std::map<PublicTask, Hundredths> task_hours;
    Hundredths list_public_hours = 0;   // of the doctors with a list: SSB's municipal hours
    Hundredths curative_hours = 0;
    Decimal gp_fte;        // positions ÷ 100, two decimals
    Decimal curative_fte;  // curative hours ÷ 37.5, one decimal
    // Persons on GP lists, from the key figure of kind listed_patients; nullopt without one.
    std::optional<std::int64_t> listed_patients;
    // Listed patients ÷ (curative hours ÷ 37.5), whole, from the exact hours; nullopt without
    // listed patients or curative hours.
    std::optional<std::int64_t> patients_per_curative_fte;
    // SSB: (listed patients + list_public_hours ÷ 37.5 × 1 500) ÷ lists, whole; nullopt without
    // listed patients or lists.
    std::optional<std::int64_t> corrected_list_length;
};

// Computes the doctors' figures. Whether a doctor's hours fit the position is a rule
// (rules/rule_check.h, gp-hours-match-position), checked there.
DoctorFigures compute_doctor_figures(const Plan& plan);

}  // namespace legeplan
