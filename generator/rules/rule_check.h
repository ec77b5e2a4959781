// The check of a plan against the rule book (rule_book.h): for each rule, whether the plan meets
// it, does not (with a finding per doctor, indicator or topic it is about), cannot be assessed
// (and which of the plan's keys would give the data), or is not in force in the plan's period.
// validate reports the findings as diagnostics; legeplan rules and the document's appendix
// "Sjekk mot regelverk" show every result.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "figures/figures.h"
#include "plan/diag.h"
#include "plan/model.h"
#include "rules/rule_book.h"

namespace legeplan {

enum class Verdict { met, not_met, not_assessable, not_in_force };

// One place where the plan does not meet a rule.
struct RuleFinding {
    SourcePos pos;
    std::string subject;  // what it is about, as the document names it: a doctor, a topic, an indicator
    std::string message;  // in the user's language, as validate prints it
    std::string hint;
};

// A figure of the plan set against the rule's reference figure (the nursing-home norm against the
// national median), both in hundredths.
struct RuleComparison {
    std::int64_t plan = 0;
    std::int64_t reference = 0;
    int reference_year = 0;
};

struct RuleResult {
    const Rule* rule = nullptr;
    Verdict verdict = Verdict::not_assessable;
    std::vector<RuleFinding> findings;  // when not met
    // When it cannot be assessed: the keys of the plan that would give the data ("doctors",
    // "chief_medical_officer", "doctors: competence").
    std::vector<std::string> missing;
    // The sources in force in the plan's period, oldest first (all of them when the period is
    // not known).
    std::vector<const RuleSource*> sources;
    int checked = 0;  // the doctors, indicators or topics the rule was checked on
    std::optional<RuleComparison> comparison;  // for a rule that compares a figure
    // The plan's note on the rule (rule_notes), if it has one: a rule not met with a note is
    // explained rather than warned about.
    const RuleNote* note = nullptr;
    bool explained() const { return verdict == Verdict::not_met && note; }
};

// Checks the plan against every rule of the book, in its order. complete says the plan has no
// errors, so that its model and figures are whole; otherwise every rule in force is left
// "cannot be assessed" with nothing missing.
std::vector<RuleResult> check_rules(const Plan& plan, const Figures& figures, bool complete);

// "gp-list-ceiling: fastlegeforskriften § 10 (FOR-2025-12-02-2405)": the rule's id and the
// sources in force, as a diagnostic's rule line shows them.
std::string rule_reference(const RuleResult& result);

// Reports every finding of a rule the plan does not explain as a diagnostic of the rule's kind,
// with the rule's reference; and a rule note that names no rule of the book (E021) or a rule
// noted before (E020).
void report_findings(const Plan& plan, const std::vector<RuleResult>& results, Diagnostics& diags);

}  // namespace legeplan
