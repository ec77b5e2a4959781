#include "commands/batch_progress.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "text/terminal_text.h"
#include "text/translate.h"

namespace legeplan {

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

namespace {

// "DOCX", "HTML": a format as the lines name it.
std::string format_word(OutputFormat format) {
    std::string word(format_info(format).name);
    for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return word;
}

// The line as a step starts; the format's word fills {format}.
const char* starting_line(PublishStep step) {
    switch (step) {
        case PublishStep::charts: return gettext_noop("Drawing the charts with gnuplot …");
        case PublishStep::pandoc: return gettext_noop("Converting to {format} with Pandoc …");
        case PublishStep::libreoffice: return gettext_noop("Converting to PDF with LibreOffice …");
    }
    return "";
}

// The line as a step ends: what it did and in how many seconds.
const char* finished_line(PublishStep step, bool ok) {
    switch (step) {
        case PublishStep::charts:
            return ok ? gettext_noop("Drew the charts with gnuplot ({seconds} s)")
                      : gettext_noop("Drawing the charts with gnuplot failed ({seconds} s)");
        case PublishStep::pandoc:
            return ok ? gettext_noop("Converted to {format} with Pandoc ({seconds} s)")
                      : gettext_noop("Converting to {format} with Pandoc failed ({seconds} s)");
        case PublishStep::libreoffice:
            return ok ? gettext_noop("Converted to PDF with LibreOffice ({seconds} s)")
                      : gettext_noop("Converting to PDF with LibreOffice failed ({seconds} s)");
    }
    return "";
}

}  // namespace

StepLines::StepLines(std::ostream& err) : err_(err) {}

void StepLines::started(PublishStep step, OutputFormat format) {
    std::lock_guard<std::mutex> lock(mutex_);
    running_.push_back({{step, format}, std::chrono::steady_clock::now()});
    err_ << fill(tr(starting_line(step)), {{"format", format_word(format)}}) << "\n" << std::flush;
}

void StepLines::finished(PublishStep step, OutputFormat format, bool ok) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto now = std::chrono::steady_clock::now();
    auto it = std::find_if(running_.begin(), running_.end(),
                           [&](const auto& entry) { return entry.first == std::make_pair(step, format); });
    double seconds = 0;
    if (it != running_.end()) {
        seconds = std::chrono::duration<double>(now - it->second).count();
        running_.erase(it);
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", seconds);
    err_ << fill(tr(finished_line(step, ok)), {{"format", format_word(format)}, {"seconds", text}}) << "\n"
         << std::flush;
}

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
        err_ << fill(tr("failed {name} ({reason})"), {{"name", shown_path(r.name)}, {"reason", why_failed(r.status)}})
             << "\n";
    } else if (!terminal_) {
        long count = std::count(r.files.begin(), r.files.end(), '\n');
        err_ << fill(tr_n("built {name} ({count} file)", "built {name} ({count} files)", static_cast<std::uint64_t>(count)),
                     {{"name", shown_path(r.name)}, {"count", count}})
             << "\n";
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
    err_ << fill(tr("[{done}/{total}] {name} …"),
                 {{"done", finished_}, {"total", total_}, {"name", shown_path(running_.back())}})
         << std::flush;
    line_shown_ = true;
}

}  // namespace legeplan
