#include "commands/command_line.h"

#include <map>

#include <CLI/CLI.hpp>

#include "text/terminal_text.h"

namespace legeplan {

namespace {

// The formats a command can write and those it writes when --format is not given, from the
// table of outputs.
struct CommandFormats {
    std::vector<OutputFormat> allowed;
    std::vector<OutputFormat> defaults;
};

const CommandFormats& command_formats(std::string_view command) {
    static const std::map<std::string_view, CommandFormats> table = {
        {"build", {formats_where(nullptr), formats_where(&OutputFormatInfo::build_default)}},
        {"watch", {formats_where(nullptr), {OutputFormat::html}}},
        {"diff", {formats_where(&OutputFormatInfo::diff), formats_where(&OutputFormatInfo::diff)}},
        {"report", {formats_where(&OutputFormatInfo::report), formats_where(&OutputFormatInfo::report)}},
        {"overview", {formats_where(&OutputFormatInfo::report), formats_where(&OutputFormatInfo::report)}},
    };
    return table.at(command);
}

// --format, with its help from the command's formats: "comma-separated, from: md (Pandoc
// Markdown), …; default: md,docx,…".
void add_format_option(CLI::App& command, Arguments& arguments) {
    const CommandFormats& formats = command_formats(command.get_name());
    command.add_option("--format", arguments.formats,
                       "comma-separated, from: " + format_names(formats.allowed, ", ", true) +
                           "; default: " + format_names(formats.defaults, ","));
}

// -o, --output. An empty name is a slip (a script's unset variable), never "here" and never
// "nowhere": it is bad usage, like a missing one.
CLI::Option* add_output_option(CLI::App& command, Arguments& arguments, const std::string& description) {
    const CLI::Validator named(
        [](std::string& value) {
            return value.empty() ? std::string("the folder name is empty; give the folder to write into, e.g. -o out")
                                 : std::string();
        },
        "", "not empty");
    return command.add_option("-o,--output", arguments.output.out_dir, description)->check(named);
}

// --templates, --reference-doc and --css: the look of a command's documents (whose: "region's").
void add_look_options(CLI::App& command, Arguments& arguments, const std::string& whose,
                      const std::string& templates_hold) {
    OutputOptions& output = arguments.output;
    command.add_option("--templates", output.templates_dir, "a folder with the " + whose + " own " + templates_hold);
    command.add_option("--reference-doc", output.reference_doc, "the " + whose + " own reference.docx (styles, logo)")
        ->check(CLI::ExistingFile);
    command.add_option("--css", output.css, "the " + whose + " own CSS for HTML")->check(CLI::ExistingFile);
}

// --timeout SECONDS and --memory-limit GB: how long one run of an external program may take and
// how much memory it may use (every run from then on: process.h).
void add_limit_options(CLI::App& command, Arguments& arguments) {
    std::chrono::milliseconds& limit = arguments.output.time_limit;
    command
        .add_option_function<int>(
            "--timeout", [&limit](int seconds) { limit = std::chrono::seconds(seconds); },
            "seconds one run of Pandoc, LibreOffice or gnuplot may take before it is stopped (default: " +
                std::to_string(default_time_limit.count()) + ")")
        ->check(CLI::Range(1, 86400));
    command
        .add_option_function<int>(
            "--memory-limit", [](int gb) { set_memory_limit(static_cast<std::uint64_t>(gb) << 30); },
            "gigabytes of memory one run of Pandoc, LibreOffice or gnuplot may use before it is stopped "
            "(default: " + std::to_string(default_memory_limit >> 30) + ")")
        ->check(CLI::Range(1, 1024));
}

CLI::Option* add_language_option(CLI::App& command, Arguments& arguments, const std::string& description) {
    return command
        .add_option_function<std::string>(
            "--language",
            [&arguments](const std::string& code) { arguments.language = code == "nn" ? Language::nn : Language::nb; },
            description)
        ->check(CLI::IsMember({"nb", "nn"}));
}

void add_strict_flag(CLI::App& command, Arguments& arguments) {
    command.add_flag("--strict", arguments.strict, "treat warnings as errors");
}

// What build and watch share after the plan: they write the same documents the same way.
void add_plan_output_options(CLI::App& command, Arguments& arguments) {
    add_output_option(command, arguments, "the folder to write into")->required();
    add_format_option(command, arguments);
    add_look_options(command, arguments, "municipality's", "templates, labels or plan.css");
    add_strict_flag(command, arguments);
    command.add_flag("--no-charts", arguments.output.no_charts, "leave the charts out of the documents");
    add_limit_options(command, arguments);
}

}  // namespace

void add_validate_options(CLI::App& command, Arguments& arguments) {
    command.add_option("PLAN", arguments.plan, "the plan's YAML file, or a folder of plan.yaml files")->required();
    add_strict_flag(command, arguments);
    static const std::map<std::string, DiagnosticsFormat> formats = {
        {"text", DiagnosticsFormat::text}, {"json", DiagnosticsFormat::json}, {"sarif", DiagnosticsFormat::sarif}};
    command
        .add_option_function<std::string>(
            "--diagnostics", [&arguments](const std::string& name) { arguments.diagnostics = formats.at(name); },
            "text (the default), or json or sarif: one document on standard output with every plan's "
            "diagnostics, and no summary")
        ->check(CLI::IsMember({"text", "json", "sarif"}));
}

void add_costs_options(CLI::App& command, Arguments& arguments) {
    command.add_option("PLAN", arguments.plan, "the plan's YAML file")->required();
    command.add_flag("--csv", arguments.csv, "print the table as CSV (';' between fields, whole kroner)");
    add_strict_flag(command, arguments);
}

void add_build_options(CLI::App& command, Arguments& arguments) {
    command.add_option("PLAN", arguments.plans, "the plan's YAML file; several, or folders of plan.yaml files, for a batch")
        ->required();
    add_plan_output_options(command, arguments);
}

void add_watch_options(CLI::App& command, Arguments& arguments) {
    command.add_option("PLAN", arguments.plan, "the plan's YAML file")->required();
    add_plan_output_options(command, arguments);
}

void add_diff_options(CLI::App& command, Arguments& arguments) {
    command.add_option("OLD", arguments.before, "the earlier version: a file, or REV:path in git")->required();
    command.add_option("NEW", arguments.after, "the later version: a file, or REV:path in git")->required();
    add_output_option(command, arguments, "write the report into this folder");
    add_format_option(command, arguments);
    command.add_option("--templates", arguments.output.templates_dir,
                       "a folder with the municipality's own labels or plan.css");
    add_limit_options(command, arguments);
}

void add_report_options(CLI::App& command, Arguments& arguments) {
    command.add_option("PLAN", arguments.plan, "the plan's YAML file")->required();
    command.add_option("--year", arguments.year, "the year to report on; the plan needs a follow_up report for it")
        ->required()
        ->check(CLI::Range(1980, 2099));
    add_output_option(command, arguments, "the folder to write into")->required();
    add_format_option(command, arguments);
    add_look_options(command, arguments, "municipality's", "labels or plan.css");
    add_limit_options(command, arguments);
}

void add_overview_options(CLI::App& command, Arguments& arguments) {
    command
        .add_option("PLANS", arguments.plans,
                    "plan files, or folders of plans (their own plan.yaml and those one level down)")
        ->required();
    add_output_option(command, arguments, "the folder to write regionoversikt.* into")->required();
    add_format_option(command, arguments);
    add_language_option(command, arguments, "nb (bokmål, the default) or nn (nynorsk)");
    add_look_options(command, arguments, "region's", "labels or plan.css");
    command.add_flag("--no-charts", arguments.output.no_charts, "leave the chart of costs per municipality out");
    add_limit_options(command, arguments);
}

void add_init_options(CLI::App& command, Arguments& arguments) {
    command.add_option("DIR", arguments.folder, "the folder to write plan.yaml into (made if missing)")->required();
    add_language_option(command, arguments, "nb (bokmål) or nn (nynorsk)")->required();
    command.add_option("--municipality", arguments.municipality, "the municipality's name, as the title shows it")
        ->required();
    command.add_option("--period", arguments.period,
                       "FROM-TO, e.g. 2027-2030 (default: the four years of the economic plan from next year)");
}

void add_no_options(CLI::App&, Arguments&) {}

bool read_output(const Arguments& arguments, std::string_view command, OutputOptions& options, std::ostream& err) {
    const CommandFormats& formats = command_formats(command);
    options = arguments.output;
    options.formats.clear();
    std::string error;
    if (!parse_output_formats(arguments.formats, formats.allowed, options.formats, error)) {
        err << "legeplan: error: " << terminal_safe(error) << "\n";
        return false;
    }
    if (options.formats.empty()) options.formats = formats.defaults;
    return true;
}

}  // namespace legeplan
