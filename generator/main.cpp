// legeplan: the table of commands and the wiring between the command line and them; every
// command's work lives in commands/, its options in commands/command_line.cc.
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "commands/build.h"
#include "commands/command_line.h"
#include "commands/costs.h"
#include "commands/rules.h"
#include "commands/diff.h"
#include "commands/init.h"
#include "commands/lsu_import.h"
#include "commands/review.h"
#include "commands/outcome.h"
#include "commands/overview.h"
#include "commands/report.h"
#include "commands/schema.h"
#include "commands/usage_errors.h"
#include "commands/validate.h"
#include "commands/watch.h"
#include "publish/stop.h"
#include "render/template_dirs.h"
#include "text/terminal_text.h"
#include "text/translate.h"

namespace {

using legeplan::Arguments;
using legeplan::Outcome;

// One row per command, after ninja's table of tools: its name, what --help says of it, two
// examples that end its --help, the function that adds its options and the one that runs it
// with them.
struct Command {
    const char* name;
    const char* help;
    const char* examples;
    void (*add_options)(CLI::App& command, Arguments& arguments);
    Outcome (*run)(const Arguments& arguments, std::ostream& out, std::ostream& err);
};

using legeplan::gettext_noop;

constexpr Command kCommands[] = {
    {"validate", gettext_noop("check a plan and print its summary"),
     gettext_noop("Examples:\n  legeplan validate plan.yaml\n  legeplan validate planer/ --strict"),
     legeplan::add_validate_options, legeplan::run_validate},
    {"costs", gettext_noop("print what each measure costs in each year of the plan period"),
     gettext_noop("Examples:\n  legeplan costs plan.yaml\n  legeplan costs plan.yaml --csv > kostnader.csv"),
     legeplan::add_costs_options, legeplan::run_costs},
    {"rules", gettext_noop("list the rules a plan is checked against, with their sources, and whether a plan meets them"),
     gettext_noop("Examples:\n  legeplan rules\n  legeplan rules plan.yaml"),
     legeplan::add_rules_options, legeplan::run_rules},
    {"build", gettext_noop("check plans and write their documents and spreadsheets"),
     gettext_noop("Examples:\n  legeplan build plan.yaml\n  legeplan build planer/ -o ut/ --format pdf"),
     legeplan::add_build_options, legeplan::run_build},
    {"watch", gettext_noop("build a plan again each time it or a file it reads changes, until Ctrl-C"),
     gettext_noop("Examples:\n  legeplan watch plan.yaml\n  legeplan watch plan.yaml -o ut/ --format html,pdf"),
     legeplan::add_watch_options, legeplan::run_watch},
    {"diff", gettext_noop("show what changed between two versions of a plan"),
     gettext_noop("Examples:\n  legeplan diff forrige/plan.yaml plan.yaml\n"
                  "  legeplan diff HEAD~1:plan.yaml plan.yaml -o endringer/ --format html"),
     legeplan::add_diff_options, legeplan::run_diff},
    {"review", gettext_noop("write LSU's review form for a draft, with what changed since the draft before"),
     gettext_noop("Examples:\n  legeplan review utkast1/plan.yaml utkast2/plan.yaml\n"
                  "  legeplan review HEAD~1:plan.yaml plan.yaml -o til-lsu/"),
     legeplan::add_review_options, legeplan::run_review},
    {"lsu", gettext_noop("take LSU's filled review form into the plan (lsu import)"),
     gettext_noop("Examples:\n  legeplan lsu import bergen-kommune-2017-2020-lsu.xlsx plan.yaml\n"
                  "  legeplan lsu import --help"),
     legeplan::add_lsu_options, legeplan::run_lsu_import},
    {"report", gettext_noop("write the follow-up report for one year of the plan"),
     gettext_noop("Examples:\n  legeplan report plan.yaml --year 2027\n"
                  "  legeplan report plan.yaml --year 2027 -o ut/ --format pdf"),
     legeplan::add_report_options, legeplan::run_report},
    {"overview", gettext_noop("write a regional overview of several municipalities' plans"),
     gettext_noop("Examples:\n  legeplan overview region/\n"
                  "  legeplan overview a/plan.yaml b/plan.yaml -o ut/ --language nn"),
     legeplan::add_overview_options, legeplan::run_overview},
    {"init", gettext_noop("write a starter plan to fill in"),
     gettext_noop("Examples:\n  legeplan init bergen --language nb --municipality Bergen\n"
                  "  legeplan init voss --language nn --municipality Voss --period 2027-2030"),
     legeplan::add_init_options, legeplan::run_init},
    {"schema", gettext_noop("print the JSON Schema of the plan format, for editors' completion and checks"),
     gettext_noop("Examples:\n  legeplan schema\n  legeplan schema > legeplan.schema.json"),
     legeplan::add_no_options, legeplan::run_schema},
};

std::string run_help() { return legeplan::tr("Run with --help for more information.") + "\n"; }

// The message language: --messages when given (read before the help texts are made, which are
// in it), else the environment's.
std::string chosen_message_language(int argc, char** argv) {
    std::string language = legeplan::message_language([](const char* name) -> const char* { return std::getenv(name); });
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        std::string named;
        if (arg == "--messages" && i + 1 < argc) named = legeplan::message_language_named(argv[i + 1]);
        else if (arg.starts_with("--messages=")) named = legeplan::message_language_named(arg.substr(11));
        if (!named.empty()) language = named;
    }
    return language;
}

// "validate, build, …": the commands, as the table lists them.
std::string command_names() {
    std::string names;
    for (const Command& command : kCommands) names += std::string(names.empty() ? "" : ", ") + command.name;
    return names;
}

// CLI11's own words in --help (headings, "REQUIRED", the help flag's text) in the user's language,
// as the rest of the help is. Before any option or command is added: they take their group from
// here, and the commands their help flag.
void help_in_the_users_language(CLI::App& app) {
    using legeplan::tr;
    auto formatter = app.get_formatter();
    for (const char* word : {legeplan::gettext_noop("Usage"), legeplan::gettext_noop("Positionals"),
                             legeplan::gettext_noop("OPTIONS"), legeplan::gettext_noop("SUBCOMMAND"),
                             legeplan::gettext_noop("REQUIRED"), legeplan::gettext_noop("TEXT"),
                             legeplan::gettext_noop("INT")}) {
        formatter->label(word, tr(word));
    }
    app.option_defaults()->group(tr("Options"));
    app.group(tr("Subcommands"));
    app.set_help_flag("-h,--help", tr("Print this help message and exit"));
}

}  // namespace

int main(int argc, char** argv) {
    // First, before any thread starts: a stop kills the children and removes temporary files.
    legeplan::stop_on_signals({{SIGINT, legeplan::exit_code::interrupted},
                               {SIGTERM, legeplan::exit_code::terminated},
                               {SIGHUP, legeplan::exit_code::hangup}});
    legeplan::use_messages(chosen_message_language(argc, argv), legeplan::message_catalogs_dir());
    CLI::App app{legeplan::tr("legeplan: plan for legetjenesten from YAML to documents and spreadsheets")};
    app.name("legeplan");  // not argv[0], which may be a path: help reads "Usage: legeplan build …"
    app.require_subcommand(1);
    help_in_the_users_language(app);
    app.set_version_flag("--version", LEGEPLAN_VERSION_TEXT,  // from cmake/version.cmake
                         legeplan::tr("Display program version information and exit"));
    // CLI11's own errors (a missing argument, an unknown option) read like ours, in the user's language.
    app.failure_message([](const CLI::App*, const CLI::Error& e) {
        return legeplan::fill(legeplan::tr("legeplan: error: {message}"),
                              {{"message", legeplan::terminal_safe(legeplan::usage_error_text(e.what()))}}) +
               "\n" + run_help();
    });
    Arguments arguments;
    std::string message_language;
    app.add_option("--messages", message_language,
                   legeplan::tr("the language of messages: nb (bokmål), nn (nynorsk) or en; by default the "
                                "environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)"))
        ->check(CLI::IsMember({"nb", "nn", "en", "no"}));
    app.fallthrough();
    const Command* chosen = nullptr;
    for (const Command& command : kCommands) {
        CLI::App* sub = app.add_subcommand(command.name, legeplan::tr(command.help));
        // Made again, now in the group the command's options are in (its own constructor made it
        // before the command took the group's translated name).
        sub->set_help_flag("-h,--help", legeplan::tr("Print this help message and exit"));
        command.add_options(*sub, arguments);
        sub->footer(legeplan::tr(command.examples));
        sub->callback([&chosen, &command] { chosen = &command; });
        if (argc > 1 && sub->check_name(argv[1])) chosen = &command;
    }
    if (argc > 1 && argv[1][0] != '-' && !chosen) {
        std::cerr << legeplan::fill(legeplan::tr("legeplan: error: unknown command '{command}' (commands: {commands})"),
                                    {{"command", legeplan::terminal_safe(argv[1])}, {"commands", command_names()}})
                  << "\n"
                  << run_help();
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
