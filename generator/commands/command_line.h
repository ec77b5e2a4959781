// Stage commands/, the last: one file per command (validate, costs, build, watch, diff, report,
// overview, init, schema), each a run_… function that main.cpp's table calls with the
// command line's Arguments (this header) and that ends with an Outcome (outcome.h). Shared by
// them: the front half of the pipeline (check.h) and one way to publish (publication.h).
//
// The command line: every command's options and arguments, added to its parser here and read
// into one record (Arguments) that every command takes. The options the commands that write
// documents share (build, watch, report, overview, diff: output folder, formats, templates,
// reference document, CSS, charts, time and memory limits) are added by the same functions,
// worded the same way, into one struct (OutputOptions). Only this file and main.cpp see CLI11.
#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "plan/model.h"
#include "publish/output_format.h"
#include "publish/process.h"
#include "publish/publish.h"

namespace CLI {
class App;
}

namespace legeplan {

struct OutputOptions {
    std::string out_dir;                // empty: -o not given (diff: the terminal summary alone)
    std::string name;                   // --name: the outputs' stem; empty: output_stem(plan)
    bool default_folder = false;        // out_dir is the default one beside the plan, not -o's
    std::vector<OutputFormat> formats;  // after read_output: the ones asked for, else the command's default
    std::string templates_dir;          // a municipality's own templates, labels or plan.css (optional)
    std::string reference_doc;          // a municipality's own reference.docx (optional)
    std::string css;                    // a municipality's own CSS (optional)
    bool no_charts = false;             // leave the charts out of the documents (and gnuplot unused)
    bool budget_long = false;           // --budget-layout long: the budget file's long layout (budget_csv.h)
    std::chrono::milliseconds time_limit = default_time_limit;  // for each run of an external program
    PublishProgress* progress = nullptr;  // a single build on a terminal: a line per step (batch_progress.h)
};

// How validate writes its diagnostics: as text for people (on standard error, the summary on
// standard output), or as one document for machines on standard output (render/diagnostics_*).
enum class DiagnosticsFormat { text, json, sarif };

struct Arguments {
    std::string plan;                 // validate, costs, watch, report: the plan's YAML file
    std::vector<std::string> plans;   // build, overview: plan files, or folders of plans; overview: or a region file
    std::string before;               // diff: the earlier version, a file or REV:path in git
    std::string after;                // diff: the later version
    std::string form;                 // lsu import: LSU's filled review form
    std::string formats;              // --format as written; read_output reads it
    OutputOptions output;
    bool strict = false;               // warnings count as errors
    DiagnosticsFormat diagnostics = DiagnosticsFormat::text;  // validate
    bool csv = false;                  // costs: the table as CSV
    int year = 0;                      // report: the year to report on; overview: the year it is for
    std::string region;                // overview: the region's name (--name)
    Language language = Language::nb;  // overview, init
    std::string folder;                // init: where to write plan.yaml
    std::string municipality;          // init
    std::string period;                // init: "FROM-TO"
    std::vector<std::string> rules;    // rules: the ids of the rules to show; all when empty
};

// Each command's options, in the order --help lists them.
void add_validate_options(CLI::App& command, Arguments& arguments);
void add_costs_options(CLI::App& command, Arguments& arguments);
void add_rules_options(CLI::App& command, Arguments& arguments);
void add_build_options(CLI::App& command, Arguments& arguments);
void add_watch_options(CLI::App& command, Arguments& arguments);
void add_diff_options(CLI::App& command, Arguments& arguments);
void add_review_options(CLI::App& command, Arguments& arguments);
void add_lsu_options(CLI::App& command, Arguments& arguments);
void add_report_options(CLI::App& command, Arguments& arguments);
void add_overview_options(CLI::App& command, Arguments& arguments);
void add_init_options(CLI::App& command, Arguments& arguments);
void add_no_options(CLI::App& command, Arguments& arguments);

// The output options as the command (by name) uses them: --format read against the formats it
// can write, and its default formats when none are asked for. False, with the message on err,
// for a format it cannot write.
bool read_output(const Arguments& arguments, std::string_view command, OutputOptions& options, std::ostream& err);

// The folder a plan's outputs go to when -o is not given: "utdata" in the plan's own folder
// (bergen/plan.yaml → bergen/utdata). A plan reads only the files it names, so the folder is
// never an input; watch ignores what it writes there as it ignores its other outputs.
inline constexpr const char* kDefaultOutputFolder = "utdata";
std::string output_folder_beside(const std::string& plan_path);

// The same for a command given a folder of plans or a plan file (overview): the folder's, or
// the file's folder's, "utdata".
std::string output_folder_of_argument(const std::string& argument);

}  // namespace legeplan
