#include "commands/watch.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <sstream>

#include "text/terminal_text.h"
#include "text/translate.h"
#include "publish/file_watch.h"
#include "publish/output_format.h"
#include "publish/publish.h"
#include "render/template_dirs.h"

namespace legeplan {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

namespace {

// A plan deleted by its editor's save comes back within this time; a build before then would
// only report it missing.
constexpr milliseconds kPlanReturn{1000};

// "09:30:05 ", local time.
std::string now_text() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M:%S ", &local);
    return text;
}

// How the user would name path: relative to the current folder when it lies below it; escaped
// for the terminal.
std::string shown(const std::string& path) {
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    if (ec) return shown_path(path);
    fs::path relative = fs::path(path).lexically_relative(cwd);
    if (relative.empty() || *relative.begin() == "..") return shown_path(path);
    return shown_path(relative.string());
}

// name is the build's output name, escaped for the terminal.
std::string ended(Outcome outcome, const std::string& name, long files) {
    if (outcome == Outcome::ok) {
        return fill(tr_n("built {name} ({count} file)", "built {name} ({count} files)", static_cast<std::uint64_t>(files)),
                    {{"name", name}, {"count", files}});
    }
    return fill(tr("failed {name} ({reason}); the outputs are as they were"),
                {{"name", name}, {"reason", why_failed(outcome)}});
}

// The files of the plan and of the municipality's look among those the build read; legeplan's
// own templates and labels are not the user's to edit.
std::vector<std::string> users_files(const std::vector<std::string>& read) {
    std::error_code ec;
    fs::path ours = fs::weakly_canonical(standard_templates_dir(), ec);
    std::vector<std::string> files;
    for (const std::string& path : read) {
        fs::path file = fs::weakly_canonical(path, ec);
        auto [end, unused] = std::mismatch(ours.begin(), ours.end(), file.begin(), file.end());
        if (ours.empty() || end != ours.end()) files.push_back(path);
    }
    return files;
}

// The folders whose every file the build may read: a municipality's own templates and labels.
std::vector<std::string> template_folders(const OutputOptions& options) {
    if (options.templates_dir.empty()) return {};
    return {options.templates_dir, (fs::path(options.templates_dir) / "labels").string()};
}

// The files a build writes into the output folder, whatever its formats: the finished files it
// named on out and those its formats are written as (a failed build names none).
std::vector<std::string> own_outputs(const OutputOptions& options, const std::string& name,
                                     const std::string& written) {
    std::vector<std::string> outputs;
    for (OutputFormat format : options.formats) {
        outputs.push_back((fs::path(options.out_dir) / (name + std::string(format_info(format).suffix))).string());
    }
    outputs.push_back(options.out_dir);  // made in the plan's folder when it is the default one
    std::istringstream lines(written);
    for (std::string line; std::getline(lines, line);) outputs.push_back(line);
    return outputs;
}

// "watching 4 files and the templates folder for changes; Ctrl-C stops": the first time with the
// way to stop, after that only when the count changes.
std::string watching_text(std::size_t count, const OutputOptions& options, bool first) {
    const auto n = static_cast<std::uint64_t>(count);
    const bool templates = !options.templates_dir.empty();
    std::string text;
    if (first && templates) {
        text = tr_n("watching {count} file and the templates folder for changes; Ctrl-C stops",
                    "watching {count} files and the templates folder for changes; Ctrl-C stops", n);
    } else if (first) {
        text = tr_n("watching {count} file for changes; Ctrl-C stops", "watching {count} files for changes; Ctrl-C stops", n);
    } else if (templates) {
        text = tr_n("watching {count} file and the templates folder", "watching {count} files and the templates folder", n);
    } else {
        text = tr_n("watching {count} file", "watching {count} files", n);
    }
    return fill(text, {{"count", static_cast<unsigned long long>(count)}});
}

// Prints what one wait saw: each file changed, then each folder that went or came back.
void print_changes(const WatchChanges& changes, bool with_files, std::ostream& err) {
    if (with_files) {
        for (const std::string& path : changes.files) {
            err << now_text() << fill(tr("changed: {file}"), {{"file", shown(path)}}) << "\n";
        }
    }
    for (const std::string& folder : changes.gone) {
        bool back = std::find(changes.back.begin(), changes.back.end(), folder) != changes.back.end();
        err << now_text()
            << fill(back ? tr("the folder {folder} was replaced; watching the new one")
                         : tr("the folder {folder} is gone; waiting for it to come back"),
                    {{"folder", shown(folder)}})
            << "\n";
    }
    for (const std::string& folder : changes.back) {
        if (std::find(changes.gone.begin(), changes.gone.end(), folder) != changes.gone.end()) continue;
        err << now_text() << fill(tr("the folder {folder} is back; watching it again"), {{"folder", shown(folder)}})
            << "\n";
    }
    err << std::flush;
}

// Waits for a change worth a build, printing what changed; false when the file system's events
// cannot be read. While the plan's folder is gone there is nothing to build: it waits for the
// folder to come back. A plan deleted by an editor's save is given kPlanReturn to come back.
bool await_change(FileWatch& watch, const std::string& plan, std::ostream& err) {
    WatchChanges changes = watch.wait(kWatchSettle);
    if (changes.failed) return false;
    print_changes(changes, true, err);
    for (;;) {
        std::error_code ec;
        bool gone = watch.folder_gone(plan);
        if (!gone && fs::exists(plan, ec)) return true;
        changes = gone ? watch.wait(kWatchSettle) : watch.wait(kWatchSettle, kPlanReturn);
        if (changes.failed) return false;
        if (!gone && changes.empty()) return true;  // still missing: the build says so
        print_changes(changes, false, err);
    }
}

}  // namespace

Outcome watch_plan(const BuildOptions& given, std::ostream& out, std::ostream& err) {
    BuildOptions options = for_plan(given, given.plan_path);
    FileWatch watch;
    if (!watch.ok()) {
        err << fill(tr("legeplan: error: {message}"), {{"message", watch.error()}}) << "\n";
        return Outcome::output_failed;
    }
    std::string name = output_name(options.plan_path);  // until the plan is read: its file's name
    DrawnCharts charts;  // most saves change text, not costs: the charts stay as they were
    options.drawn_charts = &charts;
    for (bool first = true;; first = false) {
        std::vector<std::string> read;
        std::ostringstream written;
        std::string summary;
        options.tell_folder = first;  // where the files go, once
        Outcome outcome = build_outputs(options, written, err, read, &summary, &name);
        if (first && outcome == Outcome::bad_usage) return outcome;
        std::string files = written.str();
        out << files << std::flush;
        err << now_text() << ended(outcome, shown_path(name), std::count(files.begin(), files.end(), '\n'))
            << "\n" << summary;  // the totals, as validate prints them, to check a change of costs at once
        std::size_t before = watch.file_count();
        watch.ignore_own(own_outputs(options.output, name, files));
        watch.watch(users_files(read), template_folders(options.output));
        std::size_t count = watch.file_count();
        if (first || count != before) err << now_text() << watching_text(count, options.output, first) << "\n";
        err << std::flush;
        if (!await_change(watch, options.plan_path, err)) {
            err << tr("legeplan: error: cannot read the file system's events any more") << "\n";
            return Outcome::output_failed;
        }
    }
}

Outcome run_watch(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    BuildOptions options;
    if (!read_output(arguments, "watch", options.output, err)) return Outcome::bad_usage;
    options.plan_path = arguments.plan;
    options.strict = arguments.strict;
    return watch_plan(options, out, err);
}

}  // namespace legeplan
