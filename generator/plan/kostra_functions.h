// The KOSTRA functions a municipality (kommune) books its accounts by, compiled in so that
// validation never depends on where the program is installed. docs/format.md says which year's
// list it is.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace legeplan {

struct KostraFunction {
    std::string_view code;  // three digits: "241"
    std::string_view name;  // the official (bokmål) name
};

// Every function, in code order.
std::span<const KostraFunction> kostra_functions();

// The function with this code, or null.
const KostraFunction* find_kostra_function(std::string_view code);

// For a hint on an unknown code: the functions numerically nearest a three-digit code (at most
// two on each side); for anything else, the health functions a plan for legetjenesten uses.
std::vector<const KostraFunction*> kostra_functions_near(std::string_view code);

}  // namespace legeplan
