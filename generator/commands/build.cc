#include "commands/build.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "commands/batch_progress.h"
#include "commands/plan_arguments.h"
#include "text/terminal_text.h"
#include "publish/process.h"
#include "publish/output_format.h"
#include "publish/publish.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

// False, with a message, when two plans would write one file: compared by the files' names, not
// the plans', since a plan "a" writes a-lsu.xlsx as its review form and a plan "a-lsu" its
// workbook under the same name.
bool names_distinct(const std::vector<std::string>& plans, const OutputOptions& options, std::ostream& err) {
    std::map<std::string, std::string> plan_of;
    for (const std::string& plan : plans) {
        Publication files;
        files.out_dir = options.out_dir;
        files.name = output_name(plan);
        files.formats = options.formats;
        for (const std::string& path : output_paths(files)) {
            auto [it, added] = plan_of.emplace(path, plan);
            if (added) continue;
            err << "legeplan: error: " << shown_path(it->second) << " and " << shown_path(plan)
                << " would both write " << shown_path(path)
                << "; build them into different folders, or rename one\n";
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
        BuildOptions one = each;
        one.plan_path = arguments.front();
        return build_outputs(one, out, err);
    }
    std::vector<std::string> plans;
    if (!plan_files(arguments, plans, err) || !names_distinct(plans, each.output, err)) return Outcome::bad_usage;
    // Each plan already runs its converters in parallel: the cores are shared by all the
    // programs of all the plans, and a few more plans than cores keep them busy meanwhile.
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    limit_running_processes(std::max(2u, cores));
    std::size_t workers = std::min<std::size_t>(plans.size(), cores);

    BatchProgress progress(out, err, terminal, static_cast<int>(plans.size()));
    std::atomic<std::size_t> next{0};
    std::mutex worst_mutex;
    Outcome outcome = Outcome::ok;
    auto work = [&] {
        for (std::size_t i = next++; i < plans.size(); i = next++) {
            std::string name = output_name(plans[i]);
            progress.started(name);
            BuildOptions one = each;
            one.plan_path = plans[i];
            std::ostringstream files;
            std::ostringstream messages;
            Outcome built = build_outputs(one, files, messages);
            {
                std::lock_guard<std::mutex> lock(worst_mutex);
                outcome = worst(outcome, built);
            }
            progress.finished(i, name, built, files.str(), messages.str());
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
    return build_plans(arguments.plans, each, isatty(STDERR_FILENO) == 1, out, err);
}

}  // namespace legeplan
