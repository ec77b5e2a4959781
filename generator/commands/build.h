// The `build` command's work: check the plan, render Markdown, then every requested format in
// parallel, each written through a temporary file and renamed into place.
#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "publish/output_format.h"
#include "publish/process.h"
#include "publish/publish.h"

namespace legeplan {

struct BuildOptions {
    std::string plan_path;
    std::string out_dir;
    std::vector<OutputFormat> formats;  // empty: the table's build_default formats
    std::string templates_dir;         // a municipality's own templates (optional)
    std::string reference_doc;         // a municipality's own reference.docx (optional)
    std::string css;                   // a municipality's own CSS (optional)
    bool strict = false;
    bool no_charts = false;  // leave the cost chapter's charts out (and gnuplot unused)
    std::chrono::milliseconds time_limit = default_time_limit;  // for each Pandoc/WeasyPrint run
    DrawnCharts* drawn_charts = nullptr;  // watch: the last build's charts, reused while unchanged
};

enum class BuildStatus { ok, invalid_plan, unreadable_plan, output_failed };

// Prints diagnostics and failures to err, and one line per written file to out.
BuildStatus build_outputs(const BuildOptions& options, std::ostream& out, std::ostream& err);

// The same, and sets read to every file the build read or looked for, whether or not it
// succeeded: the plan, its includes, texts and pictures, labels, templates, the CSS and the
// reference document given. A change to any of them may change the outputs.
BuildStatus build_outputs(const BuildOptions& options, std::ostream& out, std::ostream& err,
                          std::vector<std::string>& read);

}  // namespace legeplan
