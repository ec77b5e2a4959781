// legeplan: flags and wiring only; every step lives in its own file.
#include <iostream>

#include <CLI/CLI.hpp>

#include "check.h"
#include "exit_codes.h"
#include "summary.h"

namespace {

int run_validate(const std::string& path, bool strict) {
    legeplan::CheckedPlan checked = legeplan::check_plan(path);
    std::cerr << legeplan::format_diagnostics(checked.diags, checked.files);
    if (!checked.usable(strict)) return legeplan::exit_code::invalid_plan;
    std::cout << legeplan::summary_text(checked.plan);
    return legeplan::exit_code::ok;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"legeplan: plan for legetjenesten from YAML to documents and spreadsheets"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "legeplan 0.1.0");

    std::string plan_path;
    bool strict = false;
    CLI::App* validate = app.add_subcommand("validate", "check a plan and print its summary");
    validate->add_option("PLAN", plan_path, "the plan's YAML file")->required();
    validate->add_flag("--strict", strict, "treat warnings as errors");

    bool known_command = false;
    for (const CLI::App* sub : app.get_subcommands({})) known_command |= argc > 1 && sub->check_name(argv[1]);
    if (argc > 1 && argv[1][0] != '-' && !known_command) {
        std::cerr << "legeplan: unknown command '" << argv[1] << "' (commands: validate)\n"
                  << "Run with --help for more information.\n";
        return legeplan::exit_code::bad_usage;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? legeplan::exit_code::ok : legeplan::exit_code::bad_usage;
    }
    if (validate->parsed()) return run_validate(plan_path, strict);
    return legeplan::exit_code::bad_usage;
}
