#include "plan/open_inside.h"

#include <cerrno>
#include <cstring>
#include <deque>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text/translate.h"

namespace legeplan {

namespace {

constexpr int kMaxLinks = 40;  // as the kernel's own limit on links in one path

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer; O_NOCTTY: a terminal
// device never becomes ours.
constexpr int kReadFlags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;

std::string reason(int err) {
    return err == ENOENT || err == EACCES ? tr("no such file or no access") : std::string(std::strerror(err));
}

void split_into(std::deque<std::string>& parts, const std::string& path, bool front) {
    std::vector<std::string> found;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        std::string part = path.substr(start, end - start);
        if (!part.empty() && part != ".") found.push_back(part);
        start = end + 1;
    }
    if (front) {
        parts.insert(parts.begin(), found.begin(), found.end());
    } else {
        parts.insert(parts.end(), found.begin(), found.end());
    }
}

// The folders walked so far, each open (O_PATH), the first being the folder itself.
class Walk {
public:
    ~Walk() {
        for (int fd : fds_) ::close(fd);
    }
    bool start(const std::string& folder, std::string& error) {
        int fd = ::open(folder.empty() ? "." : folder.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) {
            // TRANSLATORS: {reason} is why, e.g. "no such file or no access".
            error = fill(tr("cannot open the folder '{path}': {reason}"), {{"path", folder}, {"reason", reason(errno)}});
            return false;
        }
        fds_.push_back(fd);
        return true;
    }
    int top() const { return fds_.back(); }
    bool at_folder() const { return fds_.size() == 1; }
    void down(int fd, const std::string& name) {
        fds_.push_back(fd);
        names_.push_back(name);
    }
    void up() {
        ::close(fds_.back());
        fds_.pop_back();
        names_.pop_back();
    }
    std::string path(const std::string& last) const {
        std::string joined;
        for (const std::string& name : names_) joined += name + "/";
        return joined + last;
    }

private:
    std::vector<int> fds_;
    std::vector<std::string> names_;
};

}  // namespace

int open_inside(const std::string& folder, const std::string& relative, std::string& resolved,
                std::string& error, bool plan_folder) {
    if (relative.empty() || relative[0] == '/') {
        error = tr("the path must be relative to the folder");
        return -1;
    }
    Walk walk;
    if (!walk.start(folder, error)) return -1;
    std::deque<std::string> parts;
    split_into(parts, relative, false);
    if (parts.empty()) {
        error = tr("the path names the folder itself, not a file");
        return -1;
    }
    int links = 0;
    while (!parts.empty()) {
        std::string part = parts.front();
        parts.pop_front();
        if (part == "..") {
            if (walk.at_folder()) {
                error = plan_folder ? tr("it leads out of the plan's folder") : tr("it leads out of the folder");
                return -1;
            }
            walk.up();
            continue;
        }
        struct stat st {};
        if (::fstatat(walk.top(), part.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            error = reason(errno);
            return -1;
        }
        if (S_ISLNK(st.st_mode)) {
            if (++links > kMaxLinks) {
                error = tr("symbolic links nest too deep");
                return -1;
            }
            std::vector<char> target(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : 255) + 1);
            ssize_t n = ::readlinkat(walk.top(), part.c_str(), target.data(), target.size());
            if (n < 0 || static_cast<std::size_t>(n) >= target.size()) {
                error = fill(tr("cannot read the symbolic link '{path}'"), {{"path", walk.path(part)}});
                return -1;
            }
            std::string to(target.data(), static_cast<std::size_t>(n));
            if (to.empty() || to[0] == '/') {
                error = fill(plan_folder ? tr("the symbolic link '{path}' leads out of the plan's folder")
                                         : tr("the symbolic link '{path}' leads out of the folder"),
                             {{"path", walk.path(part)}});
                return -1;
            }
            split_into(parts, to, true);
            continue;
        }
        if (parts.empty()) {
            // The file itself: O_NOFOLLOW, so a link put in its place since fstatat is refused.
            int fd = ::openat(walk.top(), part.c_str(), kReadFlags | O_NOFOLLOW);
            if (fd < 0) {
                error = errno == ELOOP ? tr("the file changed while it was opened") : reason(errno);
                return -1;
            }
            resolved = walk.path(part);
            return fd;
        }
        int fd = ::openat(walk.top(), part.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            error = errno == ENOTDIR || errno == ELOOP ? fill(tr("'{path}' is not a folder"), {{"path", walk.path(part)}})
                                                        : reason(errno);
            return -1;
        }
        walk.down(fd, part);
    }
    error = tr("the path names a folder, not a file");
    return -1;
}

namespace {

// True when text is pattern with its {path} filled in.
bool matches(const std::string& text, const std::string& pattern) {
    std::size_t at = pattern.find("{path}");
    if (at == std::string::npos) return text == pattern;
    std::size_t tail = pattern.size() - at - 6;
    return text.size() >= pattern.size() - 6 && text.compare(0, at, pattern, 0, at) == 0 &&
           text.compare(text.size() - tail, tail, pattern, at + 6, tail) == 0;
}

}  // namespace

bool leaves_folder(const std::string& error) {
    for (const std::string& pattern :
         {tr("it leads out of the folder"), tr("it leads out of the plan's folder"),
          tr("the symbolic link '{path}' leads out of the folder"),
          tr("the symbolic link '{path}' leads out of the plan's folder")}) {
        if (matches(error, pattern)) return true;
    }
    return false;
}

bool read_regular(int fd, std::string& out, std::size_t max_bytes, std::string& error) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        error = std::strerror(errno);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        error = tr("it is a folder");
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        error = tr("it is not a regular file (a pipe, socket or device)");
        return false;
    }
    if (static_cast<std::size_t>(st.st_size) > max_bytes) {
        error = "too large";
        return false;
    }
    out.clear();
    char buffer[65536];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = std::strerror(errno);
            return false;
        }
        if (n == 0) return true;
        out.append(buffer, static_cast<std::size_t>(n));
        if (out.size() > max_bytes) {  // the file grew while being read
            error = "too large";
            return false;
        }
    }
}

bool read_named_file(const std::string& path, std::string& out, std::size_t max_bytes,
                     std::string& error) {
    int fd = ::open(path.c_str(), kReadFlags);
    if (fd < 0) {
        error = reason(errno);
        return false;
    }
    bool ok = read_regular(fd, out, max_bytes, error);
    ::close(fd);
    return ok;
}

bool read_file_inside(const std::string& folder, const std::string& relative, std::string& out,
                      std::size_t max_bytes, std::string& error) {
    std::string resolved;
    int fd = open_inside(folder, relative, resolved, error);
    if (fd < 0) return false;
    bool ok = read_regular(fd, out, max_bytes, error);
    ::close(fd);
    return ok;
}

bool read_input(const InputFile& file, std::string& out, std::size_t max_bytes, std::string& error) {
    return file.folder.empty() ? read_named_file(file.name, out, max_bytes, error)
                               : read_file_inside(file.folder, file.name, out, max_bytes, error);
}

}  // namespace legeplan
