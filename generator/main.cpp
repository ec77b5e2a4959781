// legeplan: the table of commands and the wiring between the command line and them; every
// command's work lives in commands/, its options in commands/command_line.cc.
#include <csignal>
#include <iostream>

#include <CLI/CLI.hpp>

#include "commands/build.h"
#include "commands/command_line.h"
#include "commands/costs.h"
#include "commands/diff.h"
#include "commands/init.h"
#include "commands/outcome.h"
#include "commands/overview.h"
#include "commands/report.h"
#include "commands/schema.h"
#include "commands/validate.h"
#include "commands/watch.h"
#include "publish/stop.h"
#include "text/terminal_text.h"

namespace {

using legeplan::Arguments;
using legeplan::Outcome;

// One row per command, after ninja's table of tools: its name, what --help says of it, the
// function that adds its options and the one that runs it with them.
struct Command {
    const char* name;
    const char* help;
    void (*add_options)(CLI::App& command, Arguments& arguments);
    Outcome (*run)(const Arguments& arguments, std::ostream& out, std::ostream& err);
};

constexpr Command kCommands[] = {
    {"validate", "check a plan and print its summary", legeplan::add_validate_options, legeplan::run_validate},
    {"costs", "print what each measure costs in each year of the plan period", legeplan::add_costs_options,
     legeplan::run_costs},
    {"build", "check plans and write their documents and spreadsheets", legeplan::add_build_options,
     legeplan::run_build},
    {"watch", "build a plan again each time it or a file it reads changes, until Ctrl-C",
     legeplan::add_watch_options, legeplan::run_watch},
    {"diff", "show what changed between two versions of a plan", legeplan::add_diff_options, legeplan::run_diff},
    {"report", "write the follow-up report for one year of the plan", legeplan::add_report_options,
     legeplan::run_report},
    {"overview", "write a regional overview of several municipalities' plans", legeplan::add_overview_options,
     legeplan::run_overview},
    {"init", "write a starter plan to fill in", legeplan::add_init_options, legeplan::run_init},
    {"schema", "print the JSON Schema of the plan format, for editors' completion and checks",
     legeplan::add_no_options, legeplan::run_schema},
};

constexpr const char* kRunHelp = "Run with --help for more information.\n";

// "validate, build, …": the commands, as the table lists them.
std::string command_names() {
    std::string names;
    for (const Command& command : kCommands) names += std::string(names.empty() ? "" : ", ") + command.name;
    return names;
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
    Arguments arguments;
    const Command* chosen = nullptr;
    for (const Command& command : kCommands) {
        CLI::App* sub = app.add_subcommand(command.name, command.help);
        command.add_options(*sub, arguments);
        sub->callback([&chosen, &command] { chosen = &command; });
        if (argc > 1 && sub->check_name(argv[1])) chosen = &command;
    }
    if (argc > 1 && argv[1][0] != '-' && !chosen) {
        std::cerr << "legeplan: error: unknown command '" << legeplan::terminal_safe(argv[1])
                  << "' (commands: " << command_names() << ")\n"
                  << kRunHelp;
        return legeplan::exit_code::bad_usage;
    }
    chosen = nullptr;  // set again once its command line is parsed
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? legeplan::exit_code::ok : legeplan::exit_code::bad_usage;
    }
    if (!chosen) return legeplan::exit_code::bad_usage;
    return legeplan::exit_code_of(chosen->run(arguments, std::cout, std::cerr));
}
