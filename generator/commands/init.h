// The `init` command's work: write a starter plan (templates/init/) into a folder, never over a
// plan that is there.
#pragma once

#include <ostream>
#include <string>

#include "commands/command_line.h"
#include "commands/outcome.h"
#include "plan/model.h"

namespace legeplan {

struct InitOptions {
    std::string dir;           // made if missing
    Language language = Language::nb;
    std::string municipality;
    std::string period;        // "FROM-TO"; empty: the four years of the økonomiplan from next year
};

// Writes dir/plan.yaml. Prints what it wrote and what to do next to out; every failure to err
// as "legeplan: error: …". An existing dir/plan.yaml is bad usage, and nothing in dir changes.
Outcome init_plan(const InitOptions& options, std::ostream& out, std::ostream& err);

// The command: the starter plan the arguments describe.
Outcome run_init(const Arguments& arguments, std::ostream& out, std::ostream& err);

// "2027-2030" (or with an en dash) → the period; false with the reason in error when it is not
// two years in 1980–2099, in order, at most 20 years.
bool parse_period(const std::string& text, Period& period, std::string& error);

// The four-year økonomiplan that starts the year after this_year.
Period default_period(int this_year);

}  // namespace legeplan
