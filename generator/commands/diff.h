// The `diff` command's work: check both versions (files or git revisions), compare them, print
// a summary and, when asked, write the report for LSU.
#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "publish/process.h"

namespace legeplan {

struct DiffOptions {
    std::string before;  // a plan file, or REV:path
    std::string after;
    std::string out_dir;               // empty: only the terminal summary
    std::vector<std::string> formats;  // md, html, docx; empty = all three
    std::string templates_dir;
    std::chrono::milliseconds time_limit = default_time_limit;  // for each Pandoc run
};

enum class DiffStatus { ok, invalid_plan, output_failed };

const std::vector<std::string>& diff_formats();

DiffStatus diff_outputs(const DiffOptions& options, std::ostream& out, std::ostream& err);

}  // namespace legeplan
