#include "publish/output.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "publish/stop.h"
#include "text/translate.h"

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
        error = ec ? ec.message() : tr("not copied");
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
        error_ = fill(tr("cannot make a private folder {path}: {reason}"), {{"path", pattern}, {"reason", std::strerror(errno)}});
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
        error = fill(tr("cannot write {path}: {reason}"), {{"path", final_path}, {"reason", std::strerror(errno)}});
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
        error = fill(tr("cannot write {path}: {reason}"), {{"path", final_path}, {"reason", error}});
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
        error = fill(tr("cannot move the finished file into place as {path}: {reason}"),
                     {{"path", final_path}, {"reason", std::strerror(errno)}});
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
            return fill(tr("cannot look at {path}: {reason}"), {{"path", files[i].final_path}, {"reason", std::strerror(errno)}});
        }
        if (S_ISDIR(st.st_mode)) return fill(tr("a folder is in the way of {path}"), {{"path", files[i].final_path}});
        std::string backup = (fs::path(backup_folder) / ("earlier-" + std::to_string(i))).string();
        std::string error;
        if (::link(files[i].final_path.c_str(), backup.c_str()) != 0 &&
            !(S_ISREG(st.st_mode) && copy_file_exclusively(files[i].final_path, backup, error))) {
            return fill(tr("cannot keep the earlier {path} while the new one is put in place: {reason}"),
                        {{"path", files[i].final_path}, {"reason", error.empty() ? std::strerror(errno) : error}});
        }
        kept[i] = backup;
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (::rename(files[i].made.c_str(), files[i].final_path.c_str()) == 0) continue;
        std::string failure = fill(tr("cannot move the finished file into place as {path}: {reason}"),
                                   {{"path", files[i].final_path}, {"reason", std::strerror(errno)}});
        // Put back what moved before it, newest first.
        std::string left;
        for (std::size_t j = i; j-- > 0;) {
            bool back = kept[j].empty() ? ::unlink(files[j].final_path.c_str()) == 0
                                        : ::rename(kept[j].c_str(), files[j].final_path.c_str()) == 0;
            if (back) continue;
            left += kept[j].empty() ? fill(tr("; {path} is the new one"), {{"path", files[j].final_path}})
                                    : fill(tr("; {path} is the new one, the earlier one is kept as {kept}"),
                                           {{"path", files[j].final_path}, {"kept", kept[j]}});
        }
        if (left.empty()) return fill(tr("{failure}; every earlier output is as it was"), {{"failure", failure}});
        keep_backups = true;
        return fill(tr("{failure}; putting back the earlier outputs failed too"), {{"failure", failure}}) + left;
    }
    return {};
}

}  // namespace legeplan
