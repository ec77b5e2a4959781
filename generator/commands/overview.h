// The `overview` command's work: check several municipalities' plans and write one regional
// overview of them (regionoversikt.*): a row per valid plan with its own figures, the region's
// sums and averages, and the invalid plans with their errors, left out of the sums.
#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "plan/model.h"
#include "publish/output_format.h"
#include "publish/process.h"

namespace legeplan {

struct OverviewOptions {
    std::vector<std::string> plan_paths;  // plan files, or folders holding plan.yaml
    std::string out_dir;
    std::vector<OutputFormat> formats;  // empty: every format overview_formats() lists
    Language language = Language::nb;
    std::string templates_dir;
    std::string reference_doc;
    std::string css;
    std::chrono::milliseconds time_limit = default_time_limit;
    bool no_charts = false;  // leave the chart of costs per municipality out
};

// The formats overview writes: the documents and the workbook, as the follow-up report does.
std::vector<OutputFormat> overview_formats();

// The file name of every output, before its suffix.
inline constexpr const char* kOverviewName = "regionoversikt";

// invalid_plan when any plan has errors (the overview is still written, listing them);
// unreadable_plan when a path names no readable plan (nothing is written).
enum class OverviewStatus { ok, invalid_plan, unreadable_plan, output_failed };

OverviewStatus overview_outputs(const OverviewOptions& options, std::ostream& out, std::ostream& err);

}  // namespace legeplan
