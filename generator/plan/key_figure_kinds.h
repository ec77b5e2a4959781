// The standard kinds of key figure: what a plan may mark a figure as, so that figures of
// the same kind can be set side by side across plans (legeplan overview). A kind says what
// its numbers are (a count, a share in percent or another number) and how a region's figure
// is formed from its municipalities' (a sum or an average). Their names and units in
// Norwegian are labels (kind_ID, kind_ID_unit); docs/format.md lists the kinds.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace legeplan {

enum class FigureMeasure {
    count,    // whole numbers from 0: lists, doctors, inhabitants
    percent,  // a share from 0 to 100, unit "%"
    number,   // any number from 0: averages, rates, years
};

enum class RegionRule {
    sum,      // the region's figure is the sum of its municipalities'
    share,    // a share: the sum of the part's counts over the sum of the whole's (numerator, weight)
    average,  // an average over the municipalities that give it, weighted by `weight` when it names a kind
};

struct KeyFigureKind {
    std::string_view id;  // "gp_lists"
    FigureMeasure measure;
    RegionRule region;
    // For a share, the count kind of its part ("gps_aged_60_count"); empty otherwise.
    std::string_view numerator = {};
    // For a share, the count kind of its whole ("gps"); for an average, the count kind that
    // weighs each municipality's figure; empty for an average that nothing weighs.
    std::string_view weight = {};
};

// The largest figure of any kind, in thousandths: more than Norway's people, fewer than would
// make a region's sum overflow.
constexpr std::int64_t kMaxKindFigure = 100'000'000'000;

// Every kind, in the order the documentation and the overview list them.
std::span<const KeyFigureKind> key_figure_kinds();

// The kind with this id, or null.
const KeyFigureKind* find_key_figure_kind(std::string_view id);

// The number a key figure's value states, in thousandths: "230", "1 300", "11.6"; nullopt for
// text, a range or a decimal comma.
std::optional<std::int64_t> key_figure_number(std::string_view value);

// Whether a unit, as written, says percent: "%", "prosent".
bool is_percent_unit(std::string_view unit);

}  // namespace legeplan
