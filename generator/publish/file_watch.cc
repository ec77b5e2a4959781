#include "publish/file_watch.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace legeplan {

namespace fs = std::filesystem;
using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

namespace {

// Every way an editor's save can show: written in place (IN_CLOSE_WRITE), another file renamed
// over it (IN_MOVED_TO), deleted and made again (IN_DELETE, IN_CREATE), its mode changed.
constexpr std::uint32_t kChanges =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB;

// A burst of changes that never ends (a file written for ever) still gets built after this.
constexpr milliseconds kLongestBurst{2000};

std::string absolute_path(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::absolute(path, ec);
    if (ec) p = path;
    p = p.lexically_normal();
    if (!p.has_filename() && p.has_parent_path()) p = p.parent_path();  // "templates/" → "templates"
    return p.string();
}

// An editor's own files in a watched folder: its swap files (.plan.css.swp) and backups (plan.css~).
bool editor_file(const std::string& name) {
    return name.empty() || name.front() == '.' || name.back() == '~';
}

// Waits at most timeout (negative: for ever) for events: 1 when there are some, 0 when there
// are none, -1 when waiting failed.
int readable(int fd, milliseconds timeout) {
    pollfd pfd{fd, POLLIN, 0};
    for (;;) {
        int r = poll(&pfd, 1, static_cast<int>(timeout.count()));
        if (r < 0 && errno == EINTR) continue;
        return r < 0 ? -1 : r > 0 ? 1 : 0;
    }
}

milliseconds until(Clock::time_point deadline) {
    auto left = std::chrono::ceil<milliseconds>(deadline - Clock::now());
    return std::max(left, milliseconds(0));
}

}  // namespace

FileWatch::FileWatch() {
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) error_ = std::string("cannot watch files: ") + std::strerror(errno);
}

FileWatch::~FileWatch() {
    if (fd_ >= 0) close(fd_);
}

void FileWatch::watch(const std::vector<std::string>& files, const std::vector<std::string>& folders) {
    files_.clear();
    whole_folders_.clear();
    std::set<std::string> needed;
    for (const std::string& file : files) {
        std::string path = absolute_path(file);
        files_.insert(path);
        needed.insert(fs::path(path).parent_path().string());
    }
    for (const std::string& folder : folders) {
        std::string path = absolute_path(folder);
        whole_folders_.insert(path);
        needed.insert(path);
    }
    for (auto it = folder_of_.begin(); it != folder_of_.end();) {
        if (needed.count(it->second) != 0) {
            ++it;
            continue;
        }
        inotify_rm_watch(fd_, it->first);
        it = folder_of_.erase(it);
    }
    // Adding a folder watched already keeps its descriptor, and the events waiting for it.
    for (const std::string& folder : needed) {
        int wd = inotify_add_watch(fd_, folder.c_str(), kChanges | IN_ONLYDIR);
        if (wd >= 0) folder_of_[wd] = folder;
    }
}

bool FileWatch::wanted(const std::string& folder, const std::string& name) const {
    if (whole_folders_.count(folder) != 0 && !editor_file(name)) return true;
    return files_.count((fs::path(folder) / name).string()) != 0;
}

int FileWatch::read_events(std::set<std::string>& changed) {
    alignas(inotify_event) char buffer[16 * 1024];
    int count = 0;
    for (;;) {
        ssize_t n = read(fd_, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno == EAGAIN ? count : -1;
        if (n == 0) return count;
        for (char* at = buffer; at < buffer + n;) {
            const auto* event = reinterpret_cast<const inotify_event*>(at);
            at += sizeof(inotify_event) + event->len;
            if (event->mask & IN_Q_OVERFLOW) {  // events were lost: any file may have changed
                changed.insert(files_.begin(), files_.end());
                ++count;
                continue;
            }
            auto folder = folder_of_.find(event->wd);
            if (folder == folder_of_.end()) continue;
            if (event->mask & IN_IGNORED) {  // the folder is gone
                folder_of_.erase(folder);
                continue;
            }
            if (event->len == 0 || !wanted(folder->second, event->name)) continue;
            changed.insert((fs::path(folder->second) / event->name).string());
            ++count;
        }
    }
}

std::vector<std::string> FileWatch::wait(milliseconds settle, milliseconds limit) {
    std::set<std::string> changed;
    Clock::time_point deadline = limit.count() < 0 ? Clock::time_point::max() : Clock::now() + limit;
    while (changed.empty()) {
        milliseconds timeout = limit.count() < 0 ? milliseconds(-1) : until(deadline);
        if (limit.count() >= 0 && timeout.count() == 0) return {};
        int ready = readable(fd_, timeout);
        if (ready < 0) return {};
        if (ready == 0) continue;
        if (read_events(changed) < 0) return {};
    }
    Clock::time_point give_up = Clock::now() + kLongestBurst;
    Clock::time_point quiet = Clock::now() + settle;
    while (Clock::now() < quiet && Clock::now() < give_up) {
        int ready = readable(fd_, until(std::min(quiet, give_up)));
        if (ready < 0) break;
        if (ready == 0) continue;
        int more = read_events(changed);
        if (more < 0) break;
        if (more > 0) quiet = Clock::now() + settle;
    }
    return {changed.begin(), changed.end()};
}

}  // namespace legeplan
