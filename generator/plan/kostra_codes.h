// What the KOSTRA function list (kostra_functions.h) and art list (kostra_arts.h) share: codes of
// three digits, found in a list in code order, and — for the hint on an unknown code — the codes
// of the list nearest it.
#pragma once

#include <algorithm>
#include <span>
#include <string_view>
#include <vector>

namespace legeplan {

inline bool is_three_digit_code(std::string_view code) {
    return code.size() == 3 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The entry of the list (each with a member code) whose code this is, or null.
template <typename Entry>
const Entry* find_code(std::span<const Entry> list, std::string_view code) {
    auto found = std::find_if(list.begin(), list.end(), [code](const Entry& e) { return e.code == code; });
    return found == list.end() ? nullptr : &*found;
}

// For a three-digit code, the entries numerically nearest it (at most two on each side); for
// anything else, the entries of the fallback codes.
template <typename Entry>
std::vector<const Entry*> codes_near(std::span<const Entry> list, std::string_view code,
                                     std::span<const std::string_view> fallback) {
    std::vector<const Entry*> out;
    if (!is_three_digit_code(code)) {
        for (std::string_view f : fallback) {
            if (const Entry* e = find_code(list, f)) out.push_back(e);
        }
        return out;
    }
    auto after = std::find_if(list.begin(), list.end(), [code](const Entry& e) { return e.code > code; });
    auto first = after - std::min<std::ptrdiff_t>(2, after - list.begin());
    auto last = after + std::min<std::ptrdiff_t>(2, list.end() - after);
    for (auto it = first; it != last; ++it) out.push_back(&*it);
    return out;
}

}  // namespace legeplan
