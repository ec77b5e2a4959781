#include "commands/batch_progress.h"

#include <algorithm>

namespace legeplan {

namespace {

std::string why_failed(BuildStatus status) {
    switch (status) {
        case BuildStatus::ok: break;
        case BuildStatus::invalid_plan: return "the plan has errors";
        case BuildStatus::unreadable_plan: return "the plan could not be read";
        case BuildStatus::output_failed: return "writing an output failed";
    }
    return {};
}

}  // namespace

BatchProgress::BatchProgress(std::ostream& out, std::ostream& err, bool terminal, int total)
    : out_(out), err_(err), terminal_(terminal), total_(total) {}

void BatchProgress::started(const std::string& name) {
    std::lock_guard<std::mutex> lock(mutex_);
    running_.push_back(name);
    draw_line();
}

void BatchProgress::finished(const std::string& name, BuildStatus status, const std::string& files,
                             const std::string& messages) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = std::find(running_.begin(), running_.end(), name);
    if (it != running_.end()) running_.erase(it);
    ++finished_;
    clear_line();
    // As in a build of one plan: the plan's warnings, then the files written despite them.
    err_ << messages << std::flush;
    out_ << files << std::flush;
    if (status != BuildStatus::ok) {
        err_ << "failed " << name << " (" << why_failed(status) << ")\n";
    } else if (!terminal_) {
        long count = std::count(files.begin(), files.end(), '\n');
        err_ << "built " << name << " (" << count << (count == 1 ? " file" : " files") << ")\n";
    }
    err_ << std::flush;
    draw_line();
}

void BatchProgress::done() {
    std::lock_guard<std::mutex> lock(mutex_);
    clear_line();
}

void BatchProgress::clear_line() {
    if (!line_shown_) return;
    err_ << "\r\033[K" << std::flush;
    line_shown_ = false;
}

// The latest plan started that is still running, after how many have ended.
void BatchProgress::draw_line() {
    if (!terminal_ || running_.empty()) return;
    clear_line();
    err_ << "[" << finished_ << "/" << total_ << "] " << running_.back() << " …" << std::flush;
    line_shown_ = true;
}

}  // namespace legeplan
