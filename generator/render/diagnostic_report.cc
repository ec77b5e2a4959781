#include "render/diagnostic_report.h"

namespace legeplan {

std::vector<Diagnostic> listed_diagnostics(const Diagnostics& diags) {
    std::vector<Diagnostic> sorted = diags.sorted();
    if (sorted.size() > kShownDiagnostics) sorted.resize(kShownDiagnostics);
    return sorted;
}

const char* severity_name(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

}  // namespace legeplan
