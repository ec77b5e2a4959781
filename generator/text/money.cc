#include "text/money.h"

#include <cctype>
#include <limits>
#include <vector>

namespace legeplan {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Splits on ordinary, non-breaking (U+00A0) and narrow no-break (U+202F) spaces.
std::optional<std::vector<std::string>> digit_groups(std::string_view text) {
    std::vector<std::string> groups(1);
    for (std::size_t i = 0; i < text.size();) {
        if (is_digit(text[i])) {
            groups.back() += text[i];
            ++i;
            continue;
        }
        std::size_t skip = 0;
        if (text[i] == ' ') skip = 1;
        else if (text.substr(i, 2) == "\xC2\xA0") skip = 2;
        else if (text.substr(i, 3) == "\xE2\x80\xAF") skip = 3;
        if (skip == 0 || groups.back().empty()) return std::nullopt;
        groups.emplace_back();
        i += skip;
    }
    if (groups.back().empty()) return std::nullopt;
    return groups;
}

}  // namespace

std::optional<Amount> parse_amount(std::string_view text) {
    auto groups = digit_groups(text);
    if (!groups) return std::nullopt;
    // "0 300 000" or "0300000": a zero in front is a slip (a digit left out, a group too many),
    // never how an amount is written; only 0 itself starts with 0.
    if (groups->front().front() == '0' && (groups->size() > 1 || groups->front().size() > 1)) {
        return std::nullopt;
    }
    if (groups->size() > 1) {
        if (groups->front().size() > 3) return std::nullopt;
        for (std::size_t i = 1; i < groups->size(); ++i) {
            if ((*groups)[i].size() != 3) return std::nullopt;
        }
    }
    Amount value = 0;
    for (const std::string& g : *groups) {
        for (char c : g) {
            value = value * 10 + (c - '0');
            if (value > kMaxAmount) return std::nullopt;
        }
    }
    return value;
}

std::optional<Amount> checked_add(Amount a, Amount b) {
    Amount sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) return std::nullopt;
    return sum;
}

std::string format_amount(Amount amount, std::string_view separator) {
    bool negative = amount < 0;
    // Work on the unsigned magnitude so that the most negative value formats too.
    auto magnitude = negative ? 0 - static_cast<std::uint64_t>(amount)
                              : static_cast<std::uint64_t>(amount);
    std::string digits = std::to_string(magnitude);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

std::optional<Milli> parse_milli(std::string_view text) {
    // Only a decimal point: inside a YAML flow map ({fte: 0,5}) a comma ends the value, so a
    // decimal comma cannot mean the same in every place a plan may write a number.
    std::size_t sep = text.find('.');
    std::string_view whole = text.substr(0, sep);
    std::string_view frac = sep == std::string_view::npos ? "" : text.substr(sep + 1);
    if (whole.empty() || whole.size() > 9 || frac.size() > kMilliDecimals) return std::nullopt;
    if (sep != std::string_view::npos && frac.empty()) return std::nullopt;
    Milli value = 0;
    for (char c : whole) {
        if (!is_digit(c)) return std::nullopt;
        value = value * 10 + (c - '0');
    }
    Milli fraction = 0;
    for (std::size_t i = 0; i < kMilliDecimals; ++i) {
        char c = i < frac.size() ? frac[i] : '0';
        if (!is_digit(c)) return std::nullopt;
        fraction = fraction * 10 + (c - '0');
    }
    return value * 1000 + fraction;
}

std::optional<Amount> multiply(Milli quantity, Amount unit_amount) {
    Amount product = 0;
    if (__builtin_mul_overflow(quantity, unit_amount, &product)) return std::nullopt;
    if (product > std::numeric_limits<Amount>::max() - 500) return std::nullopt;
    Amount rounded = (product + 500) / 1000;
    if (rounded > kMaxAmount) return std::nullopt;
    return rounded;
}

std::string format_milli(Milli quantity) {
    std::string out = std::to_string(quantity / 1000);
    Milli frac = quantity % 1000;
    if (frac != 0) {
        std::string digits = std::to_string(1000 + frac).substr(1);
        while (!digits.empty() && digits.back() == '0') digits.pop_back();
        out += "," + digits;
    }
    return out;
}

}  // namespace legeplan
