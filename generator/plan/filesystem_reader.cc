// Reading a plan's files from the file system: regular files only, their size checked before
// and while reading, so a FIFO, a device or /dev/zero named as a plan file cannot hang or flood
// the tool; a file inside the plan's folder resolved on the disk, one part at a time, so that
// neither '..' nor a symbolic link takes it out of the folder (open_inside.h).
#include <unistd.h>

#include "plan/load.h"
#include "plan/open_inside.h"

namespace legeplan {

namespace {

class FilesystemReader : public FileReader {
public:
    bool read(const std::string& path, std::string& out, std::size_t max_bytes,
              std::string& error) const override {
        return read_named_file(path, out, max_bytes, error);
    }

    bool read_inside(const std::string& folder, const std::string& relative, std::string& resolved,
                     std::string& out, std::size_t max_bytes, std::string& error) const override {
        int fd = open_inside(folder, relative, resolved, error, true);
        if (fd < 0) return false;
        bool ok = read_regular(fd, out, max_bytes, error);
        ::close(fd);
        return ok;
    }
};

}  // namespace

const FileReader& filesystem_reader() {
    static const FilesystemReader reader;
    return reader;
}

}  // namespace legeplan
