// What the machine-readable reports of diagnostics (diagnostics_json, diagnostics_sarif) are
// made from: the plans one run of `validate` checked, each with the files read and the
// diagnostics found, and which of those a report lists.
#pragma once

#include <string>
#include <vector>

#include "plan/diag.h"

namespace legeplan {

// One plan checked in a run. The files and diagnostics are borrowed: they must outlive the report.
struct PlanDiagnostics {
    std::string plan;  // the plan file as named on the command line or found in a folder
    const SourceFiles* files = nullptr;
    const Diagnostics* diags = nullptr;
};

// The diagnostics a report lists: sorted by position, at most kShownDiagnostics, as the terminal
// shows them (a hostile plan can give millions; the counts still count them all).
std::vector<Diagnostic> listed_diagnostics(const Diagnostics& diags);

// "error" or "warning", as both formats spell a severity.
const char* severity_name(Severity severity);

}  // namespace legeplan
