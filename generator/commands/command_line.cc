#include "commands/command_line.h"

#include <map>

#include <CLI/CLI.hpp>

#include <filesystem>

#include "rules/rule_book.h"
#include "text/terminal_text.h"
#include "text/translate.h"

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
        {"review", {{OutputFormat::review}, {OutputFormat::review}}},
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
                       fill(tr("comma-separated, from: {formats}; default: {defaults}"),
                            {{"formats", format_names(formats.allowed, ", ", true)},
                             {"defaults", format_names(formats.defaults, ",")}}));
}

// -o, --output. An empty name is a slip (a script's unset variable), never "here" and never
// "nowhere": it is bad usage, like a missing one.
CLI::Option* add_output_option(CLI::App& command, Arguments& arguments, const std::string& description) {
    const CLI::Validator named(
        [](std::string& value) {
            return value.empty() ? tr("the folder name is empty; give the folder to write into, e.g. -o out")
                                 : std::string();
        },
        "", "not empty");
    return command.add_option("-o,--output", arguments.output.out_dir, description)->check(named);
}

// --name STEM: the outputs' file name before the suffix. A name with a folder in it, or one
// that makes hidden files, is a slip, as an empty one is.
void add_name_option(CLI::App& command, Arguments& arguments, const std::string& description) {
    const CLI::Validator stem(
        [](std::string& value) {
            if (value.empty() || value.front() == '.' || value.find_first_of("/\\") != std::string::npos) {
                return tr("give a file name without a folder, e.g. --name bergen-2027");
            }
            return std::string();
        },
        "", "a file name");
    command.add_option("--name", arguments.output.name, description)->check(stem);
}

// The help of --templates, --reference-doc and --css: whose look they give, as whole sentences.
struct LookHelp {
    const char* templates;
    const char* reference_doc;
    const char* css;
};

constexpr LookHelp kMunicipalityLook = {
    gettext_noop("a folder with the municipality's own templates, labels or plan.css"),
    gettext_noop("the municipality's own reference.docx (styles, logo)"),
    gettext_noop("the municipality's own CSS for HTML"),
};
constexpr LookHelp kMunicipalityReportLook = {
    gettext_noop("a folder with the municipality's own labels or plan.css"),
    kMunicipalityLook.reference_doc,
    kMunicipalityLook.css,
};
constexpr LookHelp kRegionLook = {
    gettext_noop("a folder with the region's own labels or plan.css"),
    gettext_noop("the region's own reference.docx (styles, logo)"),
    gettext_noop("the region's own CSS for HTML"),
};

// --templates, --reference-doc and --css: the look of a command's documents.
void add_look_options(CLI::App& command, Arguments& arguments, const LookHelp& help) {
    OutputOptions& output = arguments.output;
    command.add_option("--templates", output.templates_dir, tr(help.templates));
    command.add_option("--reference-doc", output.reference_doc, tr(help.reference_doc))->check(CLI::ExistingFile);
    command.add_option("--css", output.css, tr(help.css))->check(CLI::ExistingFile);
}

// --timeout SECONDS and --memory-limit GB: how long one run of an external program may take and
// how much memory it may use (every run from then on: process.h).
void add_limit_options(CLI::App& command, Arguments& arguments) {
    std::chrono::milliseconds& limit = arguments.output.time_limit;
    command
        .add_option_function<int>(
            "--timeout", [&limit](int seconds) { limit = std::chrono::seconds(seconds); },
            fill(tr("seconds one run of Pandoc, LibreOffice or gnuplot may take before it is stopped (default: "
                    "{seconds})"),
                 {{"seconds", static_cast<long long>(default_time_limit.count())}}))
        ->check(CLI::Range(1, 86400));
    command
        .add_option_function<int>(
            "--memory-limit", [](int gb) { set_memory_limit(static_cast<std::uint64_t>(gb) << 30); },
            fill(tr("gigabytes of memory one run of Pandoc, LibreOffice or gnuplot may use before it is stopped "
                    "(default: {gigabytes})"),
                 {{"gigabytes", static_cast<unsigned long long>(default_memory_limit >> 30)}}))
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
    command.add_flag("--strict", arguments.strict, tr("treat warnings as errors"));
}

// What build and watch share after the plan: they write the same documents the same way.
void add_plan_output_options(CLI::App& command, Arguments& arguments) {
    add_output_option(command, arguments, tr("the folder to write into (default: utdata in the plan's folder)"));
    add_name_option(command, arguments,
                    tr("the outputs' file name without its suffix (default: the municipality and the period, "
                       "e.g. bergen-kommune-2027-2030)"));
    add_format_option(command, arguments);
    add_look_options(command, arguments, kMunicipalityLook);
    add_strict_flag(command, arguments);
    command.add_flag("--no-charts", arguments.output.no_charts, tr("leave the charts out of the documents"));
    command
        .add_option_function<std::string>(
            "--budget-layout",
            [&arguments](const std::string& name) {
                arguments.output.budget_long = name == "long";
            },
            tr("the budget file's rows: wide (the default: a row per ansvar, art, function, project and budget, "
               "a column per year) or long (a line per year and cost)"))
        ->check(CLI::IsMember({"wide", "long"}));
    add_limit_options(command, arguments);
}

}  // namespace

void add_validate_options(CLI::App& command, Arguments& arguments) {
    command.add_option("PLAN", arguments.plan, tr("the plan's YAML file, or a folder of plan.yaml files"))->required();
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
    command.add_option("PLAN", arguments.plan, tr("the plan's YAML file"))->required();
    command.add_flag("--csv", arguments.csv, tr("print the table as CSV (';' between fields, whole kroner)"));
    add_strict_flag(command, arguments);
}

void add_rules_options(CLI::App& command, Arguments& arguments) {
    command.add_option("PLAN", arguments.plan, tr("a plan's YAML file, to check it against the rules"));
    std::vector<std::string> ids;
    for (const Rule& rule : rule_book()) ids.emplace_back(rule.id);
    command.add_option("--rule", arguments.rules, tr("show only this rule (the option may be given more than once)"))
        ->check(CLI::IsMember(ids));
}

void add_build_options(CLI::App& command, Arguments& arguments) {
    command.add_option("PLAN", arguments.plans, tr("the plan's YAML file; several, or folders of plan.yaml files, for a batch"))
        ->required();
    add_plan_output_options(command, arguments);
}

void add_watch_options(CLI::App& command, Arguments& arguments) {
    command.add_option("PLAN", arguments.plan, tr("the plan's YAML file"))->required();
    add_plan_output_options(command, arguments);
}

void add_diff_options(CLI::App& command, Arguments& arguments) {
    command.add_option("OLD", arguments.before, tr("the earlier version: a file, or REV:path in git"))->required();
    command.add_option("NEW", arguments.after, tr("the later version: a file, or REV:path in git"))->required();
    add_output_option(command, arguments, tr("write the report into this folder"));
    add_name_option(command, arguments,
                    tr("the report's file name without its suffix (default: the new plan's municipality and "
                       "period, then -diff)"));
    add_format_option(command, arguments);
    add_look_options(command, arguments, kMunicipalityLook);  // the measures' blocks use the plan's templates
    add_limit_options(command, arguments);
}

void add_review_options(CLI::App& command, Arguments& arguments) {
    command.add_option("OLD", arguments.before, tr("the draft LSU saw before: a file, or REV:path in git"))->required();
    command.add_option("NEW", arguments.after, tr("the draft LSU reviews now: a file, or REV:path in git"))->required();
    add_output_option(command, arguments, tr("the folder to write into (default: utdata in the new draft's folder)"));
    add_name_option(command, arguments,
                    tr("the form's file name before -lsu.xlsx (default: the municipality and the period)"));
    command.add_option("--templates", arguments.output.templates_dir, tr(kMunicipalityReportLook.templates));
}

void add_lsu_options(CLI::App& command, Arguments& arguments) {
    command.require_subcommand(1);
    CLI::App* import = command.add_subcommand(
        "import", tr("read LSU's filled review form into lsu.yaml beside the plan, and validate the plan"));
    import->set_help_flag("-h,--help", tr("Print this help message and exit"));
    import->add_option("FORM", arguments.form, tr("the review form LSU filled in (NAME-lsu.xlsx)"))->required();
    import->add_option("PLAN", arguments.plan, tr("the plan's YAML file, which includes lsu.yaml"))->required();
}

void add_report_options(CLI::App& command, Arguments& arguments) {
    command.add_option("PLAN", arguments.plan, tr("the plan's YAML file"))->required();
    command.add_option("--year", arguments.year, tr("the year to report on; the plan needs a follow_up report for it"))
        ->required()
        ->check(CLI::Range(1980, 2099));
    add_output_option(command, arguments, tr("the folder to write into (default: utdata in the plan's folder)"));
    add_name_option(command, arguments,
                    tr("the report's file name without its suffix (default: the municipality and the period, "
                       "then -oppfolging- and the year)"));
    add_format_option(command, arguments);
    add_look_options(command, arguments, kMunicipalityReportLook);
    add_limit_options(command, arguments);
}

void add_overview_options(CLI::App& command, Arguments& arguments) {
    command
        .add_option("PLANS", arguments.plans,
                    tr("a region file (region.yaml), or plan files, or folders of plans (their own plan.yaml and "
                       "those one level down)"))
        ->required();
    add_output_option(command, arguments,
                      tr("the folder to write regionoversikt.* into (default: utdata in the first folder given, "
                         "or in the first plan's or the region file's folder)"));
    command.add_option("--name", arguments.region, tr("the region's name, as the cover shows it (default: the region file's)"));
    command.add_option("--year", arguments.year,
                       tr("the year the overview is for (default: the region file's; without one, the year most "
                          "of the plans' periods cover)"))
        ->check(CLI::Range(1980, 2099));
    add_format_option(command, arguments);
    add_language_option(command, arguments, tr("nb (bokmål, the default) or nn (nynorsk)"));
    add_look_options(command, arguments, kRegionLook);
    command.add_flag("--no-charts", arguments.output.no_charts, tr("leave the chart of costs per municipality out"));
    add_limit_options(command, arguments);
}

void add_init_options(CLI::App& command, Arguments& arguments) {
    command.add_option("DIR", arguments.folder, tr("the folder to write plan.yaml into (made if missing)"))->required();
    add_language_option(command, arguments, tr("nb (bokmål) or nn (nynorsk)"))->required();
    command.add_option("--municipality", arguments.municipality, tr("the municipality's name, as the title shows it"))
        ->required();
    command.add_option("--period", arguments.period,
                       tr("FROM-TO, e.g. 2027-2030 (default: the four years of the economic plan from next year)"));
}

void add_no_options(CLI::App&, Arguments&) {}

bool read_output(const Arguments& arguments, std::string_view command, OutputOptions& options, std::ostream& err) {
    const CommandFormats& formats = command_formats(command);
    options = arguments.output;
    options.formats.clear();
    std::string error;
    if (!parse_output_formats(arguments.formats, formats.allowed, options.formats, error)) {
        err << fill(tr("legeplan: error: {message}"), {{"message", terminal_safe(error)}}) << "\n";
        return false;
    }
    if (options.formats.empty()) options.formats = formats.defaults;
    return true;
}

std::string output_folder_beside(const std::string& plan_path) {
    return (std::filesystem::path(plan_path).parent_path() / kDefaultOutputFolder).string();
}

std::string output_folder_of_argument(const std::string& argument) {
    std::error_code ec;
    if (std::filesystem::is_directory(argument, ec)) return (std::filesystem::path(argument) / kDefaultOutputFolder).string();
    return output_folder_beside(argument);
}

}  // namespace legeplan
