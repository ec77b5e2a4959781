// `validate --diagnostics json`: every plan a run checked and its diagnostics as one JSON
// document of legeplan's own, simple form ("legeplan-diagnostics", version 1), described with an
// example in docs/diagnostics.md ("For machines") and by schema/legeplan-diagnostics.schema.json.
#pragma once

#include <string>
#include <vector>

#include "render/diagnostic_report.h"

namespace legeplan {

// {"format": "legeplan-diagnostics", "version": 1, "plans": [{"plan", "errors", "warnings",
// "diagnostics": [{"code", "severity", "file", "line", "column", "length", "message", "hint"}]}]}
// A place's keys are left out where it is not known, "hint" where there is none. Text that is
// not valid UTF-8 (a file's name, a quoted value) has U+FFFD for each bad byte.
std::string diagnostics_json(const std::vector<PlanDiagnostics>& plans);

}  // namespace legeplan
