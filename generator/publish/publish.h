// Writing a run's outputs: the Markdown, its Pandoc conversions and any other format, all in
// parallel, each through a temporary file renamed into place. Shared by build and diff.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "plan/model.h"
#include "plan/open_inside.h"
#include "publish/gnuplot.h"
#include "publish/output.h"
#include "publish/output_format.h"
#include "publish/process.h"

namespace legeplan {

// The charts one build drew, kept for the next (watch): while the script is the same, so are the
// pictures, and gnuplot need not run again. The folder goes with it, or on a stop.
struct DrawnCharts {
    std::string script;
    std::shared_ptr<ScratchFolder> folder;
};

// Writes a format made by our own renderer (Production::renderer) to tmp_path; returns the
// failure, or "".
using Producer = std::function<std::string(OutputFormat format, const std::string& tmp_path)>;

struct Publication {
    const Plan* plan = nullptr;  // for Pandoc's metadata (language, date)
    std::string out_dir;
    std::string name;      // file name without extension
    std::string markdown;  // the document as Pandoc Markdown
    std::vector<OutputFormat> formats;
    std::string title;     // document title; the plan's when empty
    std::string subtitle;
    // The document's look, read and checked by publish before any converter runs: the
    // stylesheet and the HTML template may load nothing (resource_policy.h), the reference
    // document is a bounded zip; each converter is given the checked copy.
    InputFile css;
    InputFile html_template;  // the HTML page around the body (HTML and PDF); empty for Pandoc's own
    InputFile reference_doc;
    // The plan's folder, from which its pictures (plan->pictures, checked by validate) are
    // copied for the converters; empty for none.
    std::string resource_dir;
    bool contents = true;      // a table of contents after the title (not for a short report)
    // What draws the document's charts (render/charts/charts.h), run once for every format in a
    // private folder of the build; an empty script for none.
    GnuplotJob charts;
    DrawnCharts* drawn = nullptr;  // the charts of the build before, to reuse and to replace; or none
    std::map<std::string, std::string> chart_descriptions;  // the DOCX's: a chart's caption → its alt text
    std::string docx_header;  // a running header on every DOCX page ("UTKAST – …"); empty for none
    std::string page_word = "Side";  // the DOCX footer's "Side 3 av 40", in the plan's language
    std::string of_word = "av";
    Producer other;
    std::vector<std::string> inputs;  // files read for this run (besides the look's): never written over
    std::chrono::milliseconds time_limit = default_time_limit;  // for each external program run
};

// The paths publish writes, in the order it prints them.
std::vector<std::string> output_paths(const Publication& publication);

// Prints each written file to out and each failure to err; false when anything failed, and then
// no output is written and every earlier one is as it was.
bool publish(const Publication& publication, std::ostream& out, std::ostream& err);

}  // namespace legeplan
