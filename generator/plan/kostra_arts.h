// The KOSTRA arts (account types: salaries, purchases, refunds …) a municipality (kommune) books
// its accounts by, compiled in like the function list (kostra_functions.h). docs/format.md says
// which year's list it is and where it comes from.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "plan/model.h"

namespace legeplan {

struct KostraArt {
    std::string_view code;  // three digits: "010"
    std::string_view name;  // the (bokmål) name; empty where the list gives none we could confirm
};

// Every art, in code order.
std::span<const KostraArt> kostra_arts();

// The art with this code, or null.
const KostraArt* find_kostra_art(std::string_view code);

// For a hint on an unknown code: the arts numerically nearest a three-digit code (at most two
// on each side); for anything else, the arts a plan for legetjenesten mostly books on.
std::vector<const KostraArt*> kostra_arts_near(std::string_view code);

// The art a grant is booked on when the plan does not say: 810 (other state transfers) for a
// state grant, 880 (transfers from others) for the rest.
std::string_view default_grant_art(Funding funding);

}  // namespace legeplan
