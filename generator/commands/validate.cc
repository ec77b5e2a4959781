#include "commands/validate.h"

#include <filesystem>
#include <sstream>
#include <string>

#include "commands/check.h"
#include "commands/plan_arguments.h"
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

}  // namespace

Outcome run_validate(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    std::error_code ec;
    if (!std::filesystem::is_directory(arguments.plan, ec)) return validate_one(arguments.plan, arguments.strict, out, err);
    // A folder, as build takes it: its own plan.yaml and those of the folders directly inside it.
    std::vector<std::string> plans;
    if (!plan_files({arguments.plan}, plans, err)) return Outcome::bad_usage;
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
