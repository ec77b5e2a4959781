// `validate --diagnostics sarif`: every plan a run checked as one SARIF 2.1.0 log, for GitHub
// code scanning and other readers of SARIF (docs/diagnostics.md, "For machines"; docs/ci.md).
//
// One run: the tool with one rule per kind of diagnostic (its code as the id, in the order of
// diagnostic_codes.h, so a rule's index is the kind's), and one result per diagnostic listed.
// A file's place is its path from the folder legeplan was started in, percent-encoded, against
// the base "%SRCROOT%" (that folder as a file URI); a file outside that folder is named by its
// own file URI. Columns count code points ("columnKind": "unicodeCodePoints").
#pragma once

#include <string>
#include <vector>

#include "render/diagnostic_report.h"

namespace legeplan {

// The log as JSON text. version is legeplan's ("0.4.0"); root is the absolute path of the folder
// legeplan was started in, which relative file names are read from.
std::string diagnostics_sarif(const std::vector<PlanDiagnostics>& plans, const std::string& version,
                              const std::string& root);

// path as a URI reference: every byte but ASCII letters, digits, '-', '.', '_', '~' and '/'
// percent-encoded ("Ål kommune/plan.yaml" → "%C3%85l%20kommune/plan.yaml").
std::string uri_path(const std::string& path);

}  // namespace legeplan
