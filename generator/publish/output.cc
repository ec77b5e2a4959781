#include "publish/output.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "publish/stop.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

// umask can only be read by setting it, which changes it for every thread: it is read once,
// as the program starts, before any other thread runs.
mode_t read_umask() {
    mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}
const mode_t kUmask = read_umask();

bool write_all(int fd, const std::string& text, std::string& error) {
    std::size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = std::strerror(errno);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// Copies from to a new file to (created exclusively); false with a reason otherwise.
bool copy_file_exclusively(const std::string& from, const std::string& to, std::string& error) {
    std::error_code ec;
    if (!fs::copy_file(from, to, fs::copy_options::none, ec)) {
        error = ec ? ec.message() : "not copied";
        return false;
    }
    return true;
}

}  // namespace

ScratchFolder::ScratchFolder() {
    const char* tmpdir = std::getenv("TMPDIR");
    make((fs::path(tmpdir && *tmpdir ? tmpdir : "/tmp") / "legeplan-XXXXXX").string());
}

ScratchFolder::ScratchFolder(const std::string& parent, const std::string& hint) {
    make((fs::path(parent.empty() ? "." : parent) / ("." + hint + ".tmp-XXXXXX")).string());
}

void ScratchFolder::make(const std::string& pattern) {
    std::string name = pattern;
    // A stop waits while the folder is made and registered, so it cannot miss it.
    StopDeferral no_stop_in_between;
    if (mkdtemp(name.data()) == nullptr) {
        error_ = "cannot make a private folder " + pattern + ": " + std::strerror(errno);
        return;
    }
    path_ = name;
    remove_on_stop(path_);
}

void ScratchFolder::keep() {
    if (path_.empty()) return;
    keep_on_stop(path_);
    path_.clear();
}

ScratchFolder::~ScratchFolder() {
    if (path_.empty()) return;
    std::error_code ec;
    fs::remove_all(path_, ec);
    keep_on_stop(path_);
}

bool write_temporary_beside(const std::string& final_path, const std::string& text, std::string& tmp,
                            std::string& error) {
    fs::path p(final_path);
    std::string name = (p.parent_path() / ("." + p.filename().string() + ".tmp-XXXXXX")).string();
    int fd = mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) {
        error = "cannot write " + final_path + ": " + std::strerror(errno);
        return false;
    }
    remove_on_stop(name);
    // mkostemp makes the file for its owner alone; an output gets the mode any new file gets.
    bool ok = ::fchmod(fd, 0666 & ~kUmask) == 0 && write_all(fd, text, error);
    if (!ok && error.empty()) error = std::strerror(errno);
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = std::strerror(errno);
    }
    if (!ok) {
        error = "cannot write " + final_path + ": " + error;
        discard_temporary(name);
        return false;
    }
    tmp = name;
    return true;
}

void discard_temporary(const std::string& tmp) {
    std::error_code ec;
    fs::remove(tmp, ec);
    keep_on_stop(tmp);
}

bool write_file_atomically(const std::string& final_path, const std::string& text,
                           std::string& error) {
    std::string tmp;
    if (!write_temporary_beside(final_path, text, tmp, error)) return false;
    if (::rename(tmp.c_str(), final_path.c_str()) != 0) {
        error = "cannot move the finished file into place as " + final_path + ": " + std::strerror(errno);
        discard_temporary(tmp);
        return false;
    }
    keep_on_stop(tmp);
    return true;
}

std::string place_all(const std::vector<Placement>& files, const std::string& backup_folder,
                      bool& keep_backups) {
    keep_backups = false;
    // Before anything moves: no folder in the way, and each earlier file kept.
    std::vector<std::string> kept(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        struct stat st {};
        if (::lstat(files[i].final_path.c_str(), &st) != 0) {
            if (errno == ENOENT) continue;
            return "cannot look at " + files[i].final_path + ": " + std::strerror(errno);
        }
        if (S_ISDIR(st.st_mode)) return "a folder is in the way of " + files[i].final_path;
        std::string backup = (fs::path(backup_folder) / ("earlier-" + std::to_string(i))).string();
        std::string error;
        if (::link(files[i].final_path.c_str(), backup.c_str()) != 0 &&
            !(S_ISREG(st.st_mode) && copy_file_exclusively(files[i].final_path, backup, error))) {
            return "cannot keep the earlier " + files[i].final_path + " while the new one is put in place: " +
                   (error.empty() ? std::strerror(errno) : error);
        }
        kept[i] = backup;
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (::rename(files[i].made.c_str(), files[i].final_path.c_str()) == 0) continue;
        std::string failure = "cannot move the finished file into place as " + files[i].final_path + ": " +
                              std::strerror(errno);
        // Put back what moved before it, newest first.
        std::string left;
        for (std::size_t j = i; j-- > 0;) {
            bool back = kept[j].empty() ? ::unlink(files[j].final_path.c_str()) == 0
                                        : ::rename(kept[j].c_str(), files[j].final_path.c_str()) == 0;
            if (back) continue;
            left += "; " + files[j].final_path + " is the new one" +
                    (kept[j].empty() ? std::string() : ", the earlier one is kept as " + kept[j]);
        }
        if (left.empty()) return failure + "; every earlier output is as it was";
        keep_backups = true;
        return failure + "; putting back the earlier outputs failed too" + left;
    }
    return {};
}

}  // namespace legeplan
