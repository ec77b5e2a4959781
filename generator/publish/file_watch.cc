#include "publish/file_watch.h"
#include "text/translate.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
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
// The folder itself deleted or moved away (the watch would follow it to its new name), or its
// watch ended by the kernel.
constexpr std::uint32_t kFolderLost = IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT | IN_IGNORED;

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

std::string folder_of(const std::string& path) { return fs::path(path).parent_path().string(); }

// Whether path is folder or lies below it (both absolute, normalised).
bool within(const std::string& path, const std::string& folder) {
    if (path == folder) return true;
    std::string prefix = folder.back() == '/' ? folder : folder + "/";
    return path.compare(0, prefix.size(), prefix) == 0;
}

// An editor's own files in a watched folder: its swap files (.plan.css.swp) and backups (plan.css~).
bool editor_file(const std::string& name) {
    return name.empty() || name.front() == '.' || name.back() == '~';
}

// A temporary file of our outputs (publish/output.h): hidden, ".tmp-" in its name. Its exact
// form is the writer's business.
bool temporary_file(const std::string& name) {
    return !name.empty() && name.front() == '.' && name.find(".tmp-") != std::string::npos;
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

bool same_folder(const std::string& path, dev_t device, ino_t inode) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_dev == device && st.st_ino == inode;
}

// The folders of a set that no other folder of it holds: "p" for "p" and "p/tekst".
std::vector<std::string> topmost(const std::set<std::string>& folders) {
    std::vector<std::string> top;
    for (const std::string& folder : folders) {
        bool held = std::any_of(folders.begin(), folders.end(), [&folder](const std::string& other) {
            return other != folder && within(folder, other);
        });
        if (!held) top.push_back(folder);
    }
    return top;
}

}  // namespace

FileWatch::FileWatch() {
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) error_ = fill(tr("cannot watch files: {reason}"), {{"reason", std::strerror(errno)}});
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
        needed.insert(folder_of(path));
    }
    for (const std::string& folder : folders) {
        std::string path = absolute_path(folder);
        whole_folders_.insert(path);
        needed.insert(path);
    }
    std::set<std::string> watched;
    for (auto it = folder_of_.begin(); it != folder_of_.end();) {
        if (needed.count(it->second.path) != 0) {
            watched.insert(it->second.path);
            ++it;
            continue;
        }
        inotify_rm_watch(fd_, it->first);
        it = folder_of_.erase(it);
    }
    for (auto* set : {&missing_, &gone_}) {
        for (auto it = set->begin(); it != set->end();) it = needed.count(*it) != 0 ? std::next(it) : set->erase(it);
    }
    // A folder watched already keeps its descriptor, and the events waiting for it; one that is
    // not there is for look to find.
    for (const std::string& folder : needed) {
        if (watched.count(folder) == 0 && missing_.count(folder) == 0 && !add(folder)) missing_.insert(folder);
    }
}

void FileWatch::ignore_own(const std::vector<std::string>& outputs) {
    own_files_.clear();
    own_folders_.clear();
    for (const std::string& output : outputs) {
        std::string path = absolute_path(output);
        own_files_.insert(path);
        own_folders_.insert(folder_of(path));
    }
}

bool FileWatch::folder_gone(const std::string& file) const {
    return gone_.count(folder_of(absolute_path(file))) != 0;
}

bool FileWatch::add(const std::string& folder) {
    struct stat before {};
    if (stat(folder.c_str(), &before) != 0 || !S_ISDIR(before.st_mode)) return false;
    int wd = inotify_add_watch(fd_, folder.c_str(), kChanges | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR);
    if (wd < 0) return false;
    // Replaced between the look and the watch: the watch may be on the folder that went.
    if (!same_folder(folder, before.st_dev, before.st_ino)) {
        if (folder_of_.count(wd) == 0) inotify_rm_watch(fd_, wd);
        return false;
    }
    folder_of_[wd] = {folder, before.st_dev, before.st_ino};
    return true;
}

void FileWatch::lose(int wd) {
    std::string lost = folder_of_.at(wd).path;
    for (auto it = folder_of_.begin(); it != folder_of_.end();) {
        if (!within(it->second.path, lost)) {
            ++it;
            continue;
        }
        // Erased first, so the IN_IGNORED this causes finds no folder.
        std::string folder = it->second.path;
        int gone_wd = it->first;
        it = folder_of_.erase(it);
        inotify_rm_watch(fd_, gone_wd);
        missing_.insert(folder);
        gone_.insert(folder);
        went_.insert(folder);
        note_folder(folder);
    }
}

void FileWatch::note_folder(const std::string& folder) {
    bool any = false;
    for (const std::string& file : files_) {
        if (folder_of(file) != folder) continue;
        changed_.insert(file);
        any = true;
    }
    if (!any && whole_folders_.count(folder) != 0) changed_.insert(folder);
}

int FileWatch::look() {
    int count = 0;
    std::vector<int> lost;
    for (const auto& [wd, folder] : folder_of_) {
        if (!same_folder(folder.path, folder.device, folder.inode)) lost.push_back(wd);
    }
    for (int wd : lost) {
        if (folder_of_.count(wd) == 0) continue;  // went with a folder above it
        lose(wd);
        ++count;
    }
    // Folders first, then what they hold: "p" is watched again before "p/tekst" is looked for.
    for (auto it = missing_.begin(); it != missing_.end();) {
        if (!add(*it)) {
            ++it;
            continue;
        }
        if (gone_.erase(*it) != 0) {
            came_back_.insert(*it);
            // Those below it are for the copy to bring (or not): looked for without a word.
            for (auto below = gone_.begin(); below != gone_.end();) {
                below = within(*below, *it) ? gone_.erase(below) : std::next(below);
            }
        }
        note_folder(*it);
        ++count;
        it = missing_.erase(it);
    }
    return count;
}

bool FileWatch::own(const std::string& folder, const std::string& name) const {
    if (own_folders_.count(folder) == 0) return false;
    return temporary_file(name) || own_files_.count((fs::path(folder) / name).string()) != 0;
}

bool FileWatch::wanted(const std::string& folder, const std::string& name) const {
    if (files_.count((fs::path(folder) / name).string()) != 0) return true;
    return whole_folders_.count(folder) != 0 && !editor_file(name) && !own(folder, name);
}

int FileWatch::read_events() {
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
                changed_.insert(files_.begin(), files_.end());
                ++count;
                continue;
            }
            auto folder = folder_of_.find(event->wd);
            if (folder == folder_of_.end()) continue;
            if (event->mask & kFolderLost) {
                lose(event->wd);
                ++count;
                continue;
            }
            if (event->len == 0 || !wanted(folder->second.path, event->name)) continue;
            changed_.insert((fs::path(folder->second.path) / event->name).string());
            ++count;
        }
    }
}

WatchChanges FileWatch::wait(milliseconds settle, milliseconds limit) {
    WatchChanges result;
    auto noticed = [this] { return !changed_.empty() || !went_.empty() || !came_back_.empty(); };
    Clock::time_point deadline = limit.count() < 0 ? Clock::time_point::max() : Clock::now() + limit;
    for (;;) {
        look();
        if (noticed()) break;
        milliseconds timeout = kLookAgain;
        if (limit.count() >= 0) {
            if (until(deadline).count() == 0) return result;
            timeout = std::min(timeout, until(deadline));
        }
        int ready = readable(fd_, timeout);
        if (ready < 0 || (ready > 0 && read_events() < 0)) {
            result.failed = true;
            return result;
        }
    }
    Clock::time_point give_up = Clock::now() + kLongestBurst;
    Clock::time_point quiet = Clock::now() + settle;
    while (Clock::now() < quiet && Clock::now() < give_up) {
        int ready = readable(fd_, std::min(until(std::min(quiet, give_up)), kLookAgain));
        if (ready < 0) break;
        int more = ready > 0 ? read_events() : 0;
        if (more < 0) break;
        more += look();
        if (more > 0) quiet = Clock::now() + settle;
    }
    result.files.assign(changed_.begin(), changed_.end());
    result.gone = topmost(went_);
    std::set<std::string> back;
    std::set_difference(came_back_.begin(), came_back_.end(), gone_.begin(), gone_.end(),
                        std::inserter(back, back.end()));
    result.back = topmost(back);
    changed_.clear();
    went_.clear();
    came_back_.clear();
    return result;
}

}  // namespace legeplan
