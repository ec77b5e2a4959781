#include "figures/doctor_figures.h"

#include <algorithm>

#include "figures/figures.h"
#include "text/translate.h"

namespace legeplan {

std::int64_t Decimal::milli() const {
    std::int64_t scale = 1;
    for (int i = decimals; i < 3; ++i) scale *= 10;
    return value * scale;
}

std::int64_t round_half_up(std::int64_t a, std::int64_t b) { return (2 * a + b) / (2 * b); }

std::string point_text(std::int64_t value, int decimals, bool trim) {
    std::string sign = value < 0 ? "-" : "";
    std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::string digits = std::to_string(magnitude);
    if (decimals <= 0) return sign + digits;
    auto d = static_cast<std::size_t>(decimals);
    if (digits.size() <= d) digits.insert(0, d + 1 - digits.size(), '0');
    std::string whole = digits.substr(0, digits.size() - d);
    std::string fraction = digits.substr(digits.size() - d);
    while (trim && !fraction.empty() && fraction.back() == '0') fraction.pop_back();
    return sign + whole + (fraction.empty() ? "" : "." + fraction);
}

namespace {

// A position's hours are position (thousandths of a percent) × 37.5 ÷ 100: × 3 ÷ 80 in
// hundredths of an hour; exactly, × 375 in millionths of an hour.
constexpr std::int64_t kPositionTimes = 3;
constexpr std::int64_t kPositionPer = 80;
DoctorFigure doctor_figure(const Doctor& d) {
    DoctorFigure f;
    f.position_hours = round_half_up(d.position * kPositionTimes, kPositionPer);
    for (const PublicHours& h : d.public_hours) {
        f.public_hours += h.hours;
        f.task_hours[h.task] += h.hours;
    }
    f.curative_hours = d.curative_hours ? *d.curative_hours
                                        : std::max<Hundredths>(0, f.position_hours - f.public_hours);
    f.curative_days = round_half_up(f.curative_hours * 100, kDay);
    if (d.list_ceiling && f.curative_hours > 0) {
        f.list_per_curative_day = round_half_up(std::int64_t{*d.list_ceiling} * kDay, f.curative_hours);
        f.list_per_curative_fte = round_half_up(std::int64_t{*d.list_ceiling} * kFullWeek, f.curative_hours);
    }
    return f;
}

// Persons on GP lists: the latest value of the key figure of kind listed_patients.
std::optional<std::int64_t> listed_patients(const Plan& plan) {
    for (const KeyFigure& k : plan.key_figures) {
        if (k.kind != "listed_patients") continue;
        if (auto latest = latest_value(k)) return latest->value / 1000;
    }
    return std::nullopt;
}

}  // namespace

DoctorFigures compute_doctor_figures(const Plan& plan) {
    DoctorFigures out;
    for (const Doctor& d : plan.doctors) {
        DoctorFigure f = doctor_figure(d);
        out.positions += d.position;
        out.public_hours += f.public_hours;
        for (const auto& [task, hours] : f.task_hours) out.task_hours[task] += hours;
        out.curative_hours += f.curative_hours;
        if (d.list_ceiling) {
            ++out.lists;
            out.list_ceilings += *d.list_ceiling;
            out.list_public_hours += f.public_hours;
        }
        out.doctors.push_back(f);
    }
    out.gp_fte = {round_half_up(out.positions, 1000), 2};
    out.curative_fte = {round_half_up(out.curative_hours * 10, kFullWeek), 1};
    out.listed_patients = listed_patients(plan);
    if (out.listed_patients && out.curative_hours > 0) {
        out.patients_per_curative_fte = round_half_up(*out.listed_patients * kFullWeek, out.curative_hours);
    }
    // (P + H ÷ 100 ÷ 37.5 × 1 500) ÷ n = (P + 2H ÷ 5) ÷ n = (5P + 2H) ÷ 5n, H in hundredths.
    if (out.listed_patients && out.lists > 0) {
        out.corrected_list_length =
            round_half_up(5 * *out.listed_patients + 2 * out.list_public_hours, 5 * out.lists);
    }
    return out;
}

}  // namespace legeplan
