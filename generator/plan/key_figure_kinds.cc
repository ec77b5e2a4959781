#include "plan/key_figure_kinds.h"

#include <algorithm>
#include <array>

#include "text/money.h"

namespace legeplan {

namespace {

using M = FigureMeasure;
using R = RegionRule;

constexpr std::array kKinds = {
    KeyFigureKind{"population", M::count, R::sum},
    KeyFigureKind{"legevakt_population", M::count, R::average},  // districts are shared: a sum counts twice
    KeyFigureKind{"gps", M::count, R::sum},
    KeyFigureKind{"gps_aged_60_count", M::count, R::sum},
    KeyFigureKind{"gp_specialists_count", M::count, R::sum},
    KeyFigureKind{"gp_lists", M::count, R::sum},
    KeyFigureKind{"vacant_lists", M::count, R::sum},
    KeyFigureKind{"substitutes", M::count, R::sum},
    KeyFigureKind{"patients_without_gp", M::count, R::sum},
    KeyFigureKind{"listed_patients", M::count, R::sum},
    KeyFigureKind{"list_length", M::number, R::average, {}, "gp_lists"},
    KeyFigureKind{"list_ceiling", M::number, R::average, {}, "gp_lists"},
    KeyFigureKind{"gps_aged_60", M::percent, R::share, "gps_aged_60_count", "gps"},
    KeyFigureKind{"gp_specialists", M::percent, R::share, "gp_specialists_count", "gps"},
    KeyFigureKind{"contract_years", M::number, R::average, {}, "gps"},
    KeyFigureKind{"gp_fte_per_10000", M::number, R::average, {}, "population"},
    KeyFigureKind{"nursing_home_doctor_hours", M::number, R::average},
};

}  // namespace

std::span<const KeyFigureKind> key_figure_kinds() { return kKinds; }

const KeyFigureKind* find_key_figure_kind(std::string_view id) {
    auto found = std::find_if(kKinds.begin(), kKinds.end(), [&](const KeyFigureKind& k) { return k.id == id; });
    return found == kKinds.end() ? nullptr : &*found;
}

std::optional<std::int64_t> key_figure_number(std::string_view value) {
    if (auto milli = parse_milli(value)) return milli;
    if (auto whole = parse_amount(value); whole && *whole <= kMaxAmount / 1000) return *whole * 1000;
    return std::nullopt;
}

bool is_percent_unit(std::string_view unit) { return unit == "%" || unit == "prosent"; }

}  // namespace legeplan
