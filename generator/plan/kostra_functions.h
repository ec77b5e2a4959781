// The KOSTRA functions a municipality (kommune) books its accounts by, compiled in so that
// validation never depends on where the program is installed. The codes are those Statistics
// Norway's control program for the municipal accounts accepts (docs/format.md names the version);
// a function that has expired stays in the list with its last year, since a plan for the years
// it was in use may book on it.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace legeplan {

struct KostraFunction {
    std::string_view code;  // three digits: "241"
    std::string_view name;  // the official (bokmål) name
    int last_year = 0;      // the last year it may be booked on; 0 while it is in use
    std::string_view replaced_by = {};  // for an expired one: the codes that took its place
};

// Every function, in code order.
std::span<const KostraFunction> kostra_functions();

// The function with this code, or null.
const KostraFunction* find_kostra_function(std::string_view code);

// For a hint on an unknown code: the functions numerically nearest a three-digit code (at most
// two on each side); for anything else, the health functions a plan for legetjenesten uses.
std::vector<const KostraFunction*> kostra_functions_near(std::string_view code);

}  // namespace legeplan
