// One plan built: checked, rendered as Markdown, and published in every format asked for (the
// documents by their converters in parallel, the workbooks and the budget file by our own
// renderers), all put in place together. The work of `build` for each of its plans and of `watch`.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "commands/command_line.h"
#include "commands/outcome.h"
#include "publish/publish.h"

namespace legeplan {

struct BuildOptions {
    std::string plan_path;
    OutputOptions output;  // formats already read (command_line.h: read_output)
    bool strict = false;
    DrawnCharts* drawn_charts = nullptr;  // watch: the last build's charts, reused while unchanged
};

// Prints diagnostics and failures to err, and one line per written file to out.
Outcome build_outputs(const BuildOptions& options, std::ostream& out, std::ostream& err);

// The same, and sets read to every file the build read or looked for, whether or not it
// succeeded: the plan, its includes, texts and pictures, labels, templates, the CSS and the
// reference document given. A change to any of them may change the outputs. When the build
// succeeds and summary is given, sets it to the plan's summary as validate prints it.
Outcome build_outputs(const BuildOptions& options, std::ostream& out, std::ostream& err,
                      std::vector<std::string>& read, std::string* summary = nullptr);

}  // namespace legeplan
