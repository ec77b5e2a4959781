#include "commands/validate.h"

#include <filesystem>
#include <list>
#include <sstream>
#include <string>

#include "commands/check.h"
#include "commands/plan_arguments.h"
#include "render/diagnostics_json.h"
#include "render/diagnostics_sarif.h"
#include "render/summary.h"
#include "text/terminal_text.h"

namespace legeplan {

namespace {

Outcome validate_one(const std::string& plan, bool strict, std::ostream& out, std::ostream& err) {
    CheckedPlan checked = check_plan(plan);
    Outcome outcome = report_checked(checked, strict, err);
    if (outcome == Outcome::ok) out << summary_text(checked.figures);
    return outcome;
}

// --diagnostics json|sarif: every plan's diagnostics in one document on out, and nothing else;
// the outcome is the worst of the plans', as with text.
Outcome validate_for_machines(const std::vector<std::string>& plans, const Arguments& arguments, std::ostream& out) {
    std::list<CheckedPlan> checked;  // a list: the report borrows each plan's files and diagnostics
    std::vector<PlanDiagnostics> reported;
    Outcome outcome = Outcome::ok;
    for (const std::string& plan : plans) {
        const CheckedPlan& one = checked.emplace_back(check_plan(plan));
        outcome = worst(outcome, outcome_of(one, arguments.strict));
        reported.push_back({plan, &one.files, &one.diags});
    }
    if (arguments.diagnostics == DiagnosticsFormat::json) {
        out << diagnostics_json(reported);
    } else {
        std::error_code ec;
        std::string root = std::filesystem::current_path(ec).string();
        out << diagnostics_sarif(reported, LEGEPLAN_VERSION, ec ? std::string("/") : root);
    }
    return outcome;
}

}  // namespace

Outcome run_validate(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    std::vector<std::string> plans{arguments.plan};
    std::error_code ec;
    if (std::filesystem::is_directory(arguments.plan, ec)) {
        // A folder, as build takes it: its own plan.yaml and those of the folders directly inside it.
        plans.clear();
        if (!plan_files({arguments.plan}, plans, err)) return Outcome::bad_usage;
    }
    if (arguments.diagnostics != DiagnosticsFormat::text) return validate_for_machines(plans, arguments, out);
    if (plans.size() == 1) return validate_one(plans.front(), arguments.strict, out, err);
    // Several: each plan's summary under its name, indented; the outcome is the worst of theirs.
    Outcome outcome = Outcome::ok;
    for (const std::string& plan : plans) {
        std::ostringstream summary;
        outcome = worst(outcome, validate_one(plan, arguments.strict, summary, err));
        out << shown_path(plan) << "\n";
        std::istringstream lines(summary.str());
        for (std::string line; std::getline(lines, line);) out << "  " << line << "\n";
    }
    return outcome;
}

}  // namespace legeplan
