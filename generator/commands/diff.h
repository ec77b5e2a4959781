// The `diff` command's work: check both versions (files or git revisions), compare them, print
// a summary and, when asked, write the report for LSU.
#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "publish/output_format.h"
#include "publish/process.h"

namespace legeplan {

struct DiffOptions {
    std::string before;  // a plan file, or REV:path
    std::string after;
    std::string out_dir;               // empty: only the terminal summary
    std::vector<OutputFormat> formats;  // empty: every format the table marks for diff
    std::string templates_dir;
    std::chrono::milliseconds time_limit = default_time_limit;  // for each Pandoc run
};

enum class DiffStatus { ok, invalid_plan, unreadable_plan, output_failed };

DiffStatus diff_outputs(const DiffOptions& options, std::ostream& out, std::ostream& err);

}  // namespace legeplan
