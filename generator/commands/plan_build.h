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
    OutputOptions output;  // formats already read (command_line.h: read_output); out_dir set: for_plan
    bool strict = false;
    bool tell_folder = true;  // say where the files went when the folder is the default one
    DrawnCharts* drawn_charts = nullptr;  // watch: the last build's charts, reused while unchanged
};

// The options for one plan: its path, and its output folder when -o was not given
// (command_line.h: output_folder_beside).
BuildOptions for_plan(const BuildOptions& each, const std::string& plan_path);

// The name the plan's outputs are written under: --name when given, else output_stem of the
// plan's metadata (render/output_stem.h).
std::string output_name_of(const OutputOptions& options, const Plan& plan);

// Prints diagnostics and failures to err, and one line per written file to out; when the
// output folder is the default one, says on err where the files went ("Wrote 5 files to
// bergen/utdata"), since the user did not name it.
Outcome build_outputs(const BuildOptions& options, std::ostream& out, std::ostream& err);

// The same, and sets read to every file the build read or looked for, whether or not it
// succeeded: the plan, its includes, texts and pictures, labels, templates, the CSS and the
// reference document given. A change to any of them may change the outputs. When the build
// succeeds and summary is given, sets it to the plan's summary as validate prints it; when the
// plan was checked and name is given, sets it to the name its outputs are written under.
Outcome build_outputs(const BuildOptions& options, std::ostream& out, std::ostream& err,
                      std::vector<std::string>& read, std::string* summary = nullptr, std::string* name = nullptr);

}  // namespace legeplan
