// Drawing charts with the external gnuplot program (started by process.cc, under the same time
// limit as Pandoc), and the Pandoc filter that shows them as SVG in HTML.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "publish/process.h"

namespace legeplan {

// A script and the pictures it writes (file names in its working folder).
struct GnuplotJob {
    std::string script;
    std::vector<std::string> pictures;
};

// Runs gnuplot on the job's script in folder, its working folder, where the script writes its
// pictures. HOME points at the folder too, so no ~/.gnuplot of the user's changes the charts.
// gnuplot stops at the first error (exit code 1); its warnings alone are no failure, but a
// picture it did not write is. Returns what went wrong, or "".
std::string run_gnuplot(const GnuplotJob& job, const std::string& folder, std::chrono::milliseconds time_limit);

// A Pandoc Lua filter that exchanges each chart's PNG (a picture of class legeplan-diagram) for
// the SVG beside it. Plan text cannot give a picture a class, so the plan's own pictures pass.
const char* svg_charts_filter();

}  // namespace legeplan
