// legeplan: flags and wiring only; every step lives in its own file.
#include <csignal>
#include <iostream>

#include <unistd.h>

#include <CLI/CLI.hpp>

#include "commands/batch.h"
#include "commands/check.h"
#include "commands/diff.h"
#include "commands/init.h"
#include "commands/overview.h"
#include "commands/report.h"
#include "commands/exit_codes.h"
#include "commands/schema.h"
#include "commands/watch.h"
#include "text/terminal_text.h"
#include "publish/process.h"
#include "publish/stop.h"
#include "render/summary.h"

namespace {

constexpr const char* kRunHelp = "Run with --help for more information.\n";

int run_validate(const std::string& path, bool strict) {
    legeplan::CheckedPlan checked = legeplan::check_plan(path);
    std::cerr << legeplan::format_diagnostics(checked.diags, checked.files);
    if (checked.unreadable) return legeplan::exit_code::bad_usage;
    if (!checked.usable(strict)) return legeplan::exit_code::invalid_plan;
    std::cout << legeplan::summary_text(checked.figures);
    return legeplan::exit_code::ok;
}

// The formats a command can write, from the table of outputs.
const std::vector<legeplan::OutputFormat> build_formats = legeplan::formats_where(nullptr);
const std::vector<legeplan::OutputFormat> diff_formats =
    legeplan::formats_where(&legeplan::OutputFormatInfo::diff);
const std::vector<legeplan::OutputFormat> report_formats =
    legeplan::formats_where(&legeplan::OutputFormatInfo::report);

bool parse_formats(const std::string& text, const std::vector<legeplan::OutputFormat>& allowed,
                   std::vector<legeplan::OutputFormat>& formats) {
    std::string error;
    if (legeplan::parse_output_formats(text, allowed, formats, error)) return true;
    std::cerr << "legeplan: error: " << legeplan::terminal_safe(error) << "\n";
    return false;
}

// "comma-separated, from: md (Pandoc Markdown), …; default: md,docx,…"
std::string formats_help(const std::vector<legeplan::OutputFormat>& allowed,
                         const std::vector<legeplan::OutputFormat>& defaults) {
    return "comma-separated, from: " + legeplan::format_names(allowed, ", ", true) +
           "; default: " + legeplan::format_names(defaults, ",");
}

// build, diff and report: parse --format against the formats the command writes, run it, and
// turn how it went into the exit code.
template <typename Options, typename Status>
int run_command(Options options, const std::string& formats_text,
                const std::vector<legeplan::OutputFormat>& allowed,
                Status (*work)(const Options&, std::ostream&, std::ostream&)) {
    if (!parse_formats(formats_text, allowed, options.formats)) return legeplan::exit_code::bad_usage;
    switch (work(options, std::cout, std::cerr)) {
        case Status::ok: return legeplan::exit_code::ok;
        case Status::invalid_plan: return legeplan::exit_code::invalid_plan;
        case Status::unreadable_plan: return legeplan::exit_code::bad_usage;
        case Status::output_failed: return legeplan::exit_code::output_failed;
    }
    return legeplan::exit_code::output_failed;
}

int run_init(const legeplan::InitOptions& options) {
    switch (legeplan::init_plan(options, std::cout, std::cerr)) {
        case legeplan::InitStatus::ok: return legeplan::exit_code::ok;
        case legeplan::InitStatus::bad_usage: return legeplan::exit_code::bad_usage;
        case legeplan::InitStatus::output_failed: return legeplan::exit_code::output_failed;
    }
    return legeplan::exit_code::output_failed;
}

// --timeout SECONDS on build, diff and report: how long one run of an external program may take.
void add_timeout_option(CLI::App* command, std::chrono::milliseconds& limit) {
    command->add_option_function<int>(
               "--timeout", [&limit](int seconds) { limit = std::chrono::seconds(seconds); },
               "seconds one run of Pandoc or WeasyPrint may take before it is stopped (default: " +
                   std::to_string(legeplan::default_time_limit.count()) + ")")
        ->check(CLI::Range(1, 86400));
}

// --memory-limit GB beside --timeout: how much memory one run of an external program may use
// (every run from then on: process.h).
void add_memory_limit_option(CLI::App* command) {
    command->add_option_function<int>(
               "--memory-limit", [](int gb) { legeplan::set_memory_limit(static_cast<std::uint64_t>(gb) << 30); },
               "gigabytes of memory one run of Pandoc, WeasyPrint or gnuplot may use before it is stopped "
               "(default: " + std::to_string(legeplan::default_memory_limit >> 30) + ")")
        ->check(CLI::Range(1, 1024));
}

// -o, --output on every command that writes files. An empty name is a slip (a script's unset
// variable), never "here" and never "nowhere": it is bad usage, like a missing one.
CLI::Option* add_output_option(CLI::App* command, std::string& dir, const std::string& description) {
    const CLI::Validator named(
        [](std::string& value) {
            return value.empty() ? std::string("the folder name is empty; give the folder to write into, e.g. -o out")
                                 : std::string();
        },
        "", "not empty");
    return command->add_option("-o,--output", dir, description)->check(named);
}

// --templates, --reference-doc and --css: the look of a command's documents (whose: "region's").
template <typename Options>
void add_look_options(CLI::App* command, Options& options, const std::string& whose,
                      const std::string& templates_hold) {
    command->add_option("--templates", options.templates_dir,
                        "a folder with the " + whose + " own " + templates_hold);
    command->add_option("--reference-doc", options.reference_doc,
                        "the " + whose + " own reference.docx (styles, logo)")
        ->check(CLI::ExistingFile);
    command->add_option("--css", options.css, "the " + whose + " own CSS for HTML and PDF")
        ->check(CLI::ExistingFile);
}

}  // namespace

int main(int argc, char** argv) {
    // First, before any thread starts: a stop kills the children and removes temporary files.
    legeplan::stop_on_signals({{SIGINT, legeplan::exit_code::interrupted},
                               {SIGTERM, legeplan::exit_code::terminated},
                               {SIGHUP, legeplan::exit_code::hangup}});
    CLI::App app{"legeplan: plan for legetjenesten from YAML to documents and spreadsheets"};
    app.require_subcommand(1);
    app.set_version_flag("--version", LEGEPLAN_VERSION_TEXT);  // from cmake/version.cmake
    // CLI11's own errors (a missing argument, an unknown option) read like ours.
    app.failure_message([](const CLI::App*, const CLI::Error& e) {
        return "legeplan: error: " + legeplan::terminal_safe(e.what()) + "\n" + kRunHelp;
    });

    std::string plan_path;
    bool strict = false;
    CLI::App* validate = app.add_subcommand("validate", "check a plan and print its summary");
    validate->add_option("PLAN", plan_path, "the plan's YAML file")->required();
    validate->add_flag("--strict", strict, "treat warnings as errors");

    legeplan::BatchOptions build_options;
    std::string formats_text;
    CLI::App* build = app.add_subcommand("build", "check plans and write their documents and spreadsheets");
    build->add_option("PLAN", build_options.plans,
                      "the plan's YAML file; several, or folders of plan.yaml files, for a batch")
        ->required();
    add_output_option(build, build_options.out_dir, "the folder to write into")->required();
    build->add_option("--format", formats_text,
                      formats_help(build_formats,
                                   legeplan::formats_where(&legeplan::OutputFormatInfo::build_default)));
    add_look_options(build, build_options, "municipality's", "templates, labels or plan.css");
    build->add_flag("--strict", build_options.strict, "treat warnings as errors");
    build->add_flag("--no-charts", build_options.no_charts, "leave the charts out of the documents");
    add_timeout_option(build, build_options.time_limit);
    add_memory_limit_option(build);

    legeplan::BuildOptions watch_options;
    std::string watch_formats_text;
    CLI::App* watch = app.add_subcommand("watch", "build a plan again each time it or a file it reads changes, until Ctrl-C");
    watch->add_option("PLAN", watch_options.plan_path, "the plan's YAML file")->required();
    add_output_option(watch, watch_options.out_dir, "the folder to write into")->required();
    watch->add_option("--format", watch_formats_text, formats_help(build_formats, {legeplan::OutputFormat::html}));
    add_look_options(watch, watch_options, "municipality's", "templates, labels or plan.css");
    watch->add_flag("--strict", watch_options.strict, "treat warnings as errors");
    watch->add_flag("--no-charts", watch_options.no_charts, "leave the charts out of the documents");
    add_timeout_option(watch, watch_options.time_limit);
    add_memory_limit_option(watch);

    legeplan::DiffOptions diff_options;
    std::string diff_formats_text;
    CLI::App* diff = app.add_subcommand("diff", "show what changed between two versions of a plan");
    diff->add_option("OLD", diff_options.before, "the earlier version: a file, or REV:path in git")->required();
    diff->add_option("NEW", diff_options.after, "the later version: a file, or REV:path in git")->required();
    add_output_option(diff, diff_options.out_dir, "write the report into this folder");
    diff->add_option("--format", diff_formats_text, formats_help(diff_formats, diff_formats));
    diff->add_option("--templates", diff_options.templates_dir, "a folder with the municipality's own labels or plan.css");
    add_timeout_option(diff, diff_options.time_limit);
    add_memory_limit_option(diff);

    legeplan::ReportOptions report_options;
    std::string report_formats_text;
    CLI::App* report = app.add_subcommand("report", "write the follow-up report for one year of the plan");
    report->add_option("PLAN", report_options.plan_path, "the plan's YAML file")->required();
    report->add_option("--year", report_options.year, "the year to report on; the plan needs a follow_up report for it")
        ->required()
        ->check(CLI::Range(1980, 2099));
    add_output_option(report, report_options.out_dir, "the folder to write into")->required();
    report->add_option("--format", report_formats_text, formats_help(report_formats, report_formats));
    add_look_options(report, report_options, "municipality's", "labels or plan.css");
    add_timeout_option(report, report_options.time_limit);
    add_memory_limit_option(report);

    legeplan::OverviewOptions overview_options;
    std::string overview_formats_text;
    const std::vector<legeplan::OutputFormat> overview_formats = legeplan::overview_formats();
    CLI::App* overview = app.add_subcommand("overview", "write a regional overview of several municipalities' plans");
    overview->add_option("PLANS", overview_options.plan_paths, "plan files, or folders of plans (their own plan.yaml and those one level down)")
        ->required();
    add_output_option(overview, overview_options.out_dir, "the folder to write regionoversikt.* into")->required();
    overview->add_option("--format", overview_formats_text, formats_help(overview_formats, overview_formats));
    overview->add_option_function<std::string>(
                "--language",
                [&overview_options](const std::string& code) {
                    overview_options.language = code == "nn" ? legeplan::Language::nn : legeplan::Language::nb;
                },
                "nb (bokmål, the default) or nn (nynorsk)")
        ->check(CLI::IsMember({"nb", "nn"}));
    add_look_options(overview, overview_options, "region's", "labels or plan.css");
    overview->add_flag("--no-charts", overview_options.no_charts, "leave the chart of costs per municipality out");
    add_timeout_option(overview, overview_options.time_limit);
    add_memory_limit_option(overview);

    legeplan::InitOptions init_options;
    CLI::App* init = app.add_subcommand("init", "write a starter plan to fill in");
    init->add_option("DIR", init_options.dir, "the folder to write plan.yaml into (made if missing)")->required();
    init->add_option_function<std::string>(
            "--language",
            [&init_options](const std::string& code) {
                init_options.language = code == "nn" ? legeplan::Language::nn : legeplan::Language::nb;
            },
            "nb (bokmål) or nn (nynorsk)")
        ->required()
        ->check(CLI::IsMember({"nb", "nn"}));
    init->add_option("--municipality", init_options.municipality, "the municipality's name, as the title shows it")
        ->required();
    init->add_option("--period", init_options.period,
                     "FROM-TO, e.g. 2027-2030 (default: the four years of the economic plan from next year)");
    CLI::App* schema = app.add_subcommand(
        "schema", "print the JSON Schema of the plan format, for editors' completion and checks");

    bool known_command = false;
    for (const CLI::App* sub : app.get_subcommands({})) known_command |= argc > 1 && sub->check_name(argv[1]);
    if (argc > 1 && argv[1][0] != '-' && !known_command) {
        std::cerr << "legeplan: error: unknown command '" << legeplan::terminal_safe(argv[1])
                  << "' (commands: validate, build, watch, diff, report, overview, init, schema)\n"
                  << kRunHelp;
        return legeplan::exit_code::bad_usage;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? legeplan::exit_code::ok : legeplan::exit_code::bad_usage;
    }
    if (validate->parsed()) return run_validate(plan_path, strict);
    if (build->parsed()) {
        build_options.terminal = isatty(STDERR_FILENO) == 1;
        return run_command(build_options, formats_text, build_formats, &legeplan::build_plans);
    }
    if (watch->parsed()) return run_command(watch_options, watch_formats_text, build_formats, &legeplan::watch_plan);
    if (diff->parsed()) return run_command(diff_options, diff_formats_text, diff_formats, &legeplan::diff_outputs);
    if (report->parsed()) {
        return run_command(report_options, report_formats_text, report_formats, &legeplan::report_outputs);
    }
    if (overview->parsed()) {
        return run_command(overview_options, overview_formats_text, overview_formats, &legeplan::overview_outputs);
    }
    if (schema->parsed()) return legeplan::print_schema(std::cout);
    if (init->parsed()) return run_init(init_options);
    return legeplan::exit_code::bad_usage;
}
