// What `legeplan rules` prints: every rule of the book with its statement (bokmål, or nynorsk
// when messages are in nynorsk), its kind, severity and sources with their years; with a plan,
// each rule's result — met, not met (with the findings), cannot be assessed (with the data the
// plan lacks) or not in force in the plan's period — and a count of each at the end.
#pragma once

#include <string>
#include <vector>

#include "rules/rule_check.h"

namespace legeplan {

// The book alone when results is null; only the rules whose ids are in only, unless it is empty
// (the count at the end then counts those shown).
std::string rule_listing_text(const std::vector<RuleResult>* results, const std::vector<std::string>& only = {});

}  // namespace legeplan
