#include "commands/batch.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
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
bool names_distinct(const std::vector<std::string>& plans, const BatchOptions& options, std::ostream& err) {
    std::map<std::string, std::string> plan_of;
    for (const std::string& plan : plans) {
        Publication files;
        files.out_dir = options.out_dir;
        files.name = output_name(plan);
        files.formats = options.formats.empty() ? formats_where(&OutputFormatInfo::build_default) : options.formats;
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

int rank(BuildStatus status) {
    switch (status) {
        case BuildStatus::ok: return 0;
        case BuildStatus::invalid_plan: return 1;
        case BuildStatus::unreadable_plan: return 2;
        case BuildStatus::output_failed: return 3;
    }
    return 3;
}

}  // namespace

BuildStatus build_plans(const BatchOptions& options, std::ostream& out, std::ostream& err) {
    std::error_code ec;
    if (options.plans.size() == 1 && !fs::is_directory(options.plans.front(), ec)) {
        BuildOptions one = options;
        one.plan_path = options.plans.front();
        return build_outputs(one, out, err);
    }
    std::vector<std::string> plans;
    if (!plan_files(options.plans, plans, err) || !names_distinct(plans, options, err)) {
        return BuildStatus::unreadable_plan;
    }
    // Each plan already runs its converters in parallel: the cores are shared by all the
    // programs of all the plans, and a few more plans than cores keep them busy meanwhile.
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    limit_running_processes(std::max(2u, cores));
    std::size_t workers = std::min<std::size_t>(plans.size(), cores);

    BatchProgress progress(out, err, options.terminal, static_cast<int>(plans.size()));
    std::atomic<std::size_t> next{0};
    std::atomic<int> worst{0};
    auto work = [&] {
        for (std::size_t i = next++; i < plans.size(); i = next++) {
            std::string name = output_name(plans[i]);
            progress.started(name);
            BuildOptions one = options;
            one.plan_path = plans[i];
            std::ostringstream files;
            std::ostringstream messages;
            BuildStatus status = build_outputs(one, files, messages);
            int seen = worst.load();
            while (rank(status) > seen && !worst.compare_exchange_weak(seen, rank(status))) {
            }
            progress.finished(i, name, status, files.str(), messages.str());
        }
    };
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < workers; ++t) threads.emplace_back(work);
    for (std::thread& thread : threads) thread.join();
    progress.done();
    switch (worst.load()) {
        case 0: return BuildStatus::ok;
        case 1: return BuildStatus::invalid_plan;
        case 2: return BuildStatus::unreadable_plan;
    }
    return BuildStatus::output_failed;
}

}  // namespace legeplan
