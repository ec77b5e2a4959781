#include "plan/diagnostic_codes.h"

namespace legeplan {

namespace {

constexpr DiagnosticInfo kDiagnostics[] = {
#define LEGEPLAN_DIAGNOSTIC_ROW(name, code, severity, meaning) \
    {DiagnosticKind::name, code, Severity::severity, meaning, #name},
    LEGEPLAN_DIAGNOSTICS(LEGEPLAN_DIAGNOSTIC_ROW)
#undef LEGEPLAN_DIAGNOSTIC_ROW
};

}  // namespace

const DiagnosticInfo& diagnostic_info(DiagnosticKind kind) {
    // The enum and the table come from the same rows, so the enum's value is the row's index.
    return kDiagnostics[static_cast<std::size_t>(kind)];
}

std::span<const DiagnosticInfo> all_diagnostics() { return kDiagnostics; }

}  // namespace legeplan
