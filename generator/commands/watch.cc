#include "commands/watch.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <sstream>

#include "plan/terminal_text.h"
#include "publish/file_watch.h"
#include "publish/output_name.h"
#include "publish/publish.h"
#include "render/data_dir.h"

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
std::string ended(BuildStatus status, const std::string& name, long files) {
    switch (status) {
        case BuildStatus::ok:
            return "built " + name + " (" + std::to_string(files) + (files == 1 ? " file)" : " files)");
        case BuildStatus::invalid_plan:
            return "failed " + name + " (the plan has errors); the outputs are as they were";
        case BuildStatus::unreadable_plan:
            return "failed " + name + " (the plan could not be read); the outputs are as they were";
        case BuildStatus::output_failed:
            return "failed " + name + " (writing an output failed); the outputs are as they were";
    }
    return {};
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
std::vector<std::string> template_folders(const BuildOptions& options) {
    if (options.templates_dir.empty()) return {};
    return {options.templates_dir, (fs::path(options.templates_dir) / "labels").string()};
}

}  // namespace

BuildStatus watch_plan(const BuildOptions& given, std::ostream& out, std::ostream& err) {
    BuildOptions options = given;
    if (options.formats.empty()) options.formats = {OutputFormat::html};
    FileWatch watch;
    if (!watch.ok()) {
        err << "legeplan: error: " << watch.error() << "\n";
        return BuildStatus::output_failed;
    }
    std::string name = output_name(options.plan_path);
    DrawnCharts charts;  // most saves change text, not costs: the charts stay as they were
    options.drawn_charts = &charts;
    for (bool first = true;; first = false) {
        std::vector<std::string> read;
        std::ostringstream written;
        BuildStatus status = build_outputs(options, written, err, read);
        if (first && status == BuildStatus::unreadable_plan) return status;
        std::string files = written.str();
        out << files << std::flush;
        err << now_text() << ended(status, shown_path(name), std::count(files.begin(), files.end(), '\n'))
            << "\n";
        std::size_t before = watch.file_count();
        watch.watch(users_files(read), template_folders(options));
        std::size_t count = watch.file_count();
        if (first || count != before) {
            err << now_text() << "watching " << count << (count == 1 ? " file" : " files")
                << (options.templates_dir.empty() ? "" : " and the templates folder")
                << (first ? " for changes; Ctrl-C stops" : "") << "\n";
        }
        err << std::flush;
        std::vector<std::string> changed = watch.wait(kWatchSettle);
        if (changed.empty()) {  // waiting for ever returns nothing only when the events cannot be read
            err << "legeplan: error: cannot read the file system's events any more\n";
            return BuildStatus::output_failed;
        }
        for (const std::string& path : changed) err << now_text() << "changed: " << shown(path) << "\n";
        err << std::flush;
        std::error_code ec;
        if (!fs::exists(options.plan_path, ec)) watch.wait(kWatchSettle, kPlanReturn);
    }
}

}  // namespace legeplan
