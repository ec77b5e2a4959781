// legeplan review OLD NEW: LSU's review form for the new draft, with what changed since the old
// one in it (render/workbook/review_form.h).
#pragma once

#include <ostream>

#include "commands/command_line.h"
#include "commands/outcome.h"

namespace legeplan {

Outcome run_review(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
