// The `report` command's work: check the plan, find its follow-up report for the year asked,
// and write it as documents and a workbook (NAME-oppfolging-YEAR.*), in the plan's language.
#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "publish/output_format.h"
#include "publish/process.h"

namespace legeplan {

struct ReportOptions {
    std::string plan_path;
    int year = 0;
    std::string out_dir;
    std::vector<OutputFormat> formats;  // empty: every format the table marks for report
    std::string templates_dir;
    std::string reference_doc;
    std::string css;
    std::chrono::milliseconds time_limit = default_time_limit;
};

// invalid_plan also when the plan has no report for the year.
enum class ReportStatus { ok, invalid_plan, unreadable_plan, output_failed };

ReportStatus report_outputs(const ReportOptions& options, std::ostream& out, std::ostream& err);

}  // namespace legeplan
