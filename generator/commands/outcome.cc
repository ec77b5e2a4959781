#include "commands/outcome.h"

#include "text/translate.h"

namespace legeplan {

int exit_code_of(Outcome outcome) {
    switch (outcome) {
        case Outcome::ok: return exit_code::ok;
        case Outcome::invalid_plan: return exit_code::invalid_plan;
        case Outcome::bad_usage: return exit_code::bad_usage;
        case Outcome::output_failed: return exit_code::output_failed;
    }
    return exit_code::output_failed;
}

Outcome worst(Outcome a, Outcome b) { return a < b ? b : a; }

std::string why_failed(Outcome outcome) {
    switch (outcome) {
        case Outcome::ok: break;
        case Outcome::invalid_plan: return tr("the plan has errors");
        case Outcome::bad_usage: return tr("the plan could not be read");
        case Outcome::output_failed: return tr("writing an output failed");
    }
    return {};
}

}  // namespace legeplan
