#include "publish/output.h"

#include <algorithm>
#include <cstdlib>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "publish/stop.h"

namespace legeplan {

namespace fs = std::filesystem;

std::string temporary_path_for(const std::string& final_path) {
    static std::atomic<int> counter{0};
    fs::path p(final_path);
    // Piece by piece: "literal" + a temporary string trips a false -Wrestrict in g++ 12 -O3.
    std::string name = ".";
    name += p.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
            std::to_string(counter++);
    // Keep the extension last: Pandoc picks its writer from it.
    name += p.extension().string();
    std::string tmp = (p.parent_path() / name).string();
    remove_on_stop(tmp);
    return tmp;
}

bool commit_output(const std::string& tmp, const std::string& final_path, std::string& error) {
    std::error_code ec;
    fs::rename(tmp, final_path, ec);
    if (ec) {
        error = "cannot move the finished file into place as " + final_path + ": " + ec.message();
        discard_temporary(tmp);
        return false;
    }
    keep_on_stop(tmp);
    return true;
}

void discard_temporary(const std::string& tmp) {
    std::error_code ec;
    fs::remove(tmp, ec);
    keep_on_stop(tmp);
}

ScratchFolder::ScratchFolder() {
    const char* tmpdir = std::getenv("TMPDIR");
    std::string pattern = (fs::path(tmpdir && *tmpdir ? tmpdir : "/tmp") / "legeplan-XXXXXX").string();
    // A stop waits while the folder is made and registered, so it cannot miss it.
    StopDeferral no_stop_in_between;
    if (mkdtemp(pattern.data()) == nullptr) {
        error_ = "cannot make a private folder " + pattern + ": " + std::strerror(errno);
        return;
    }
    path_ = pattern;
    remove_on_stop(path_);
}

ScratchFolder::~ScratchFolder() {
    if (path_.empty()) return;
    std::error_code ec;
    fs::remove_all(path_, ec);
    keep_on_stop(path_);
}

bool write_file_atomically(const std::string& final_path, const std::string& text,
                           std::string& error) {
    std::string tmp = temporary_path_for(final_path);
    {
        std::ofstream out(tmp, std::ios::binary);
        out << text;
        out.flush();
        if (!out) {
            error = "cannot write " + final_path + ": " + std::strerror(errno);
            discard_temporary(tmp);
            return false;
        }
    }
    return commit_output(tmp, final_path, error);
}

}  // namespace legeplan
