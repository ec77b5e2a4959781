#include "compare/draft_state.h"

#include <algorithm>

#include "text/terminal_text.h"

namespace legeplan {

bool plan_loaded(const Diagnostics& diags) {
    return std::none_of(diags.all().begin(), diags.all().end(), [](const Diagnostic& d) {
        switch (d.kind) {
            case DiagnosticKind::unreadable_file:
            case DiagnosticKind::file_too_large:
            case DiagnosticKind::bad_encoding:
            case DiagnosticKind::yaml_syntax:
            case DiagnosticKind::nesting_too_deep:
            case DiagnosticKind::alias_expansion:
            case DiagnosticKind::format_version: return true;
            default: return false;
        }
    });
}

bool sums_trustworthy(const Diagnostics& diags) {
    return std::all_of(diags.all().begin(), diags.all().end(), [](const Diagnostic& d) {
        if (d.severity() != Severity::error) return true;
        switch (d.kind) {
            case DiagnosticKind::assertion_failed:
            case DiagnosticKind::number_gap:
            case DiagnosticKind::row_length:
            case DiagnosticKind::link_not_allowed:
            case DiagnosticKind::picture_not_allowed:
            case DiagnosticKind::forbidden_character: return true;
            default: return false;
        }
    });
}

std::vector<DraftError> draft_errors(const Diagnostics& diags, const SourceFiles& files,
                                     bool in_new_version) {
    std::vector<DraftError> out;
    for (const Diagnostic& d : diags.sorted()) {
        if (d.severity() != Severity::error) continue;
        std::string where;
        if (d.pos.known()) where = shown_path(files.path(d.pos.file)) + ":" + std::to_string(d.pos.line);
        out.push_back({in_new_version, where, std::string(d.code()), d.message});
    }
    return out;
}

}  // namespace legeplan
