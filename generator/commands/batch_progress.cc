#include "commands/batch_progress.h"

#include <algorithm>

#include "text/terminal_text.h"

namespace legeplan {

BatchProgress::BatchProgress(std::ostream& out, std::ostream& err, bool terminal, int total)
    : out_(out), err_(err), terminal_(terminal), total_(total), results_(static_cast<std::size_t>(total)) {}

void BatchProgress::started(const std::string& name) {
    std::lock_guard<std::mutex> lock(mutex_);
    running_.push_back(name);
    draw_line();
}

void BatchProgress::finished(std::size_t index, const std::string& name, Outcome status, std::string files,
                             std::string messages) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = std::find(running_.begin(), running_.end(), name);
    if (it != running_.end()) running_.erase(it);
    ++finished_;
    results_.at(index) = {name, status, std::move(files), std::move(messages), true};
    clear_line();
    for (; next_ < results_.size() && results_[next_].ready; ++next_) {
        print(results_[next_]);
        results_[next_] = {};  // its text is printed: free it
    }
    draw_line();
}

void BatchProgress::print(const Result& r) {
    // As in a build of one plan: the plan's warnings, then the files written despite them.
    err_ << r.messages << std::flush;
    out_ << r.files << std::flush;
    if (r.status != Outcome::ok) {
        err_ << "failed " << shown_path(r.name) << " (" << why_failed(r.status) << ")\n";
    } else if (!terminal_) {
        long count = std::count(r.files.begin(), r.files.end(), '\n');
        err_ << "built " << shown_path(r.name) << " (" << count << (count == 1 ? " file" : " files") << ")\n";
    }
    err_ << std::flush;
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
    err_ << "[" << finished_ << "/" << total_ << "] " << shown_path(running_.back()) << " …" << std::flush;
    line_shown_ = true;
}

}  // namespace legeplan
