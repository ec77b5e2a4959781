// Stage rules/: the plan held against the rules that govern GP services. This file is the rule
// book: every rule legeplan checks, as data — its id, what it says in bokmål and nynorsk, where
// it comes from (each source with the years it is in force and the date its text was read), its
// kind, and the diagnostic a plan that does not meet it gets (which gives its severity). The
// research behind each row is docs/rules-sources.md; the checks are rule_check.h.
#pragma once

#include <span>
#include <string_view>

#include "plan/diagnostic_codes.h"

namespace legeplan {

enum class RuleKind {
    law,        // an act or a regulation: binding
    agreement,  // a collective agreement between KS and the Norwegian Medical Association
    guidance,   // statistics or recommended practice: never more than a warning
};

// One source of a rule, in force from one year to another.
struct RuleSource {
    std::string_view citation;  // as a Norwegian reader cites it: "fastlegeforskriften § 10 (FOR-2025-12-02-2405)"
    int from_year;              // the first year it is in force
    int to_year;                // the last; 0 while in force
    std::string_view read;      // the date (YYYY-MM-DD) its text, in the version cited, was read
    // False when the point rests on a secondary source or an older version, not on the text
    // itself; rules-sources.md says which.
    bool confirmed;

    bool in_force(int year) const { return year >= from_year && (to_year == 0 || year <= to_year); }
};

struct Rule {
    std::string_view id;  // stable: "gp-public-duties-max"
    std::string_view nb;  // one sentence in bokmål
    std::string_view nn;  // and in nynorsk
    RuleKind kind;
    DiagnosticKind diagnostic;  // what a plan that does not meet it gets; its severity
    std::span<const RuleSource> sources;  // oldest first
};

// Every rule, in the order legeplan rules lists them.
std::span<const Rule> rule_book();

// The rule with this id, or null.
const Rule* find_rule(std::string_view id);

// Whether any of the rule's sources is in force in a year from..to.
bool in_force(const Rule& rule, int from, int to);

}  // namespace legeplan
