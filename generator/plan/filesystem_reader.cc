// Reading a plan's files from the file system: regular files only, their size checked before
// and while reading, so a FIFO, a device or /dev/zero named as a plan file cannot hang or flood
// the tool.
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plan/load.h"

namespace legeplan {

namespace {

class FilesystemReader : public FileReader {
public:
    bool read(const std::string& path, std::string& out, std::size_t max_bytes,
              std::string& error) const override {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) {
            error = errno == ENOENT || errno == EACCES ? "no such file or no access" : std::strerror(errno);
            return false;
        }
        bool ok = read_open(fd, out, max_bytes, error);
        ::close(fd);
        return ok;
    }

private:
    static bool read_open(int fd, std::string& out, std::size_t max_bytes, std::string& error) {
        struct stat st {};
        if (::fstat(fd, &st) != 0) {
            error = std::strerror(errno);
            return false;
        }
        if (S_ISDIR(st.st_mode)) {
            error = "it is a folder";
            return false;
        }
        if (!S_ISREG(st.st_mode)) {
            error = "it is not a regular file (a pipe, socket or device)";
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
};

}  // namespace

const FileReader& filesystem_reader() {
    static const FilesystemReader reader;
    return reader;
}

}  // namespace legeplan
