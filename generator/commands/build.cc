#include "commands/build.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "commands/batch_progress.h"
#include "commands/check.h"
#include "commands/plan_arguments.h"
#include "text/terminal_text.h"
#include "text/translate.h"
#include "publish/process.h"
#include "publish/output_format.h"
#include "publish/publish.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

// Each plan's options and the name its outputs are written under, before any is built: the
// name comes from the plan's municipality and period, so the plan is read and checked for it. A
// plan that cannot be checked writes nothing; it keeps the name of its file for the messages.
struct PlannedBuild {
    BuildOptions options;
    std::string name;
    bool named = false;  // name is the one its outputs would be written under
};

std::vector<PlannedBuild> plan_builds(const std::vector<std::string>& plans, const BuildOptions& each) {
    std::vector<PlannedBuild> builds;
    for (const std::string& plan : plans) {
        PlannedBuild build{for_plan(each, plan), output_name(plan), false};
        CheckedPlan checked = check_plan(plan);
        if (checked.usable(each.strict)) {
            build.name = output_name_of(each.output, checked.plan);
            build.options.output.name = build.name;
            build.named = true;
        }
        builds.push_back(std::move(build));
    }
    return builds;
}

// False, with a message, when two plans would write one file: compared by the files' paths, not
// the plans' names, since a plan "a" writes a-lsu.xlsx as its review form and a plan "a-lsu" its
// workbook under the same name, and two plans of one municipality and period in one folder
// would both write its name.
bool names_distinct(const std::vector<PlannedBuild>& builds, std::ostream& err) {
    std::map<std::string, std::string> plan_of;
    for (const PlannedBuild& build : builds) {
        if (!build.named) continue;
        Publication files;
        files.out_dir = build.options.output.out_dir;
        files.name = build.name;
        files.formats = build.options.output.formats;
        for (const std::string& path : output_paths(files)) {
            auto [it, added] = plan_of.emplace(path, build.options.plan_path);
            if (added) continue;
            err << fill(tr("legeplan: error: {plan} and {other} would both write {file}; build them into different "
                           "folders, or one at a time with its own --name"),
                        {{"plan", shown_path(it->second)},
                         {"other", shown_path(build.options.plan_path)},
                         {"file", shown_path(path)}})
                << "\n";
            return false;
        }
    }
    return true;
}

}  // namespace

Outcome build_plans(const std::vector<std::string>& arguments, const BuildOptions& each, bool terminal,
                    std::ostream& out, std::ostream& err) {
    std::error_code ec;
    if (arguments.size() == 1 && !fs::is_directory(arguments.front(), ec)) {
        BuildOptions one = for_plan(each, arguments.front());
        StepLines lines(err);
        if (terminal) one.output.progress = &lines;
        return build_outputs(one, out, err);
    }
    std::vector<std::string> plans;
    if (!plan_files(arguments, plans, err)) return Outcome::bad_usage;
    std::vector<PlannedBuild> builds = plan_builds(plans, each);
    if (!names_distinct(builds, err)) return Outcome::bad_usage;
    // Each plan already runs its converters in parallel: the cores are shared by all the
    // programs of all the plans, and a few more plans than cores keep them busy meanwhile.
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    limit_running_processes(std::max(2u, cores));
    std::size_t workers = std::min<std::size_t>(builds.size(), cores);

    BatchProgress progress(out, err, terminal, static_cast<int>(builds.size()));
    std::atomic<std::size_t> next{0};
    std::mutex worst_mutex;
    Outcome outcome = Outcome::ok;
    auto work = [&] {
        for (std::size_t i = next++; i < builds.size(); i = next++) {
            const PlannedBuild& build = builds[i];
            progress.started(build.name);
            std::ostringstream files;
            std::ostringstream messages;
            Outcome built = build_outputs(build.options, files, messages);
            {
                std::lock_guard<std::mutex> lock(worst_mutex);
                outcome = worst(outcome, built);
            }
            progress.finished(i, build.name, built, files.str(), messages.str());
        }
    };
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < workers; ++t) threads.emplace_back(work);
    for (std::thread& thread : threads) thread.join();
    progress.done();
    return outcome;
}

Outcome run_build(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    BuildOptions each;
    if (!read_output(arguments, "build", each.output, err)) return Outcome::bad_usage;
    each.strict = arguments.strict;
    return build_plans(arguments.plans, each, stderr_is_terminal(), out, err);
}

}  // namespace legeplan
