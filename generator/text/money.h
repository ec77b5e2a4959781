// Amounts of money: whole kroner, parsed as Norwegians write them, added without silent overflow.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace legeplan {

using Amount = std::int64_t;

// The largest amount a plan may state; sums of many such amounts still fit in 64 bits
// only up to a point, so every sum is checked.
constexpr Amount kMaxAmount = 1'000'000'000'000'000;  // 10^15 kr

// Parses "1300000", "1 300 000" or "1 300 000" (non-breaking or narrow no-break spaces).
// Groups must be three digits after the first, and only 0 itself starts with a 0. Returns
// nullopt for anything else, including negative amounts and amounts above kMaxAmount.
std::optional<Amount> parse_amount(std::string_view text);

// a + b, or nullopt when the sum would overflow.
std::optional<Amount> checked_add(Amount a, Amount b);

// The amount written the Norwegian way with the given thousands separator: "18 400 000".
std::string format_amount(Amount amount, std::string_view separator = " ");

// A quantity such as FTE or a count, in thousandths (1.5 FTE = 1500), so it stays exact.
using Milli = std::int64_t;

// The most decimals a quantity may have: it is counted in thousandths.
constexpr std::size_t kMilliDecimals = 3;

// Parses "2", "0.5", "1.125" (a decimal point, at most kMilliDecimals decimals, not negative).
// nullopt otherwise, "1,5" included.
std::optional<Milli> parse_milli(std::string_view text);

// quantity × unit amount, rounded half away from zero to whole kroner; nullopt on overflow
// or above kMaxAmount.
std::optional<Amount> multiply(Milli quantity, Amount unit_amount);

// "1,5" / "2" — a quantity written the Norwegian way.
std::string format_milli(Milli quantity);

}  // namespace legeplan
